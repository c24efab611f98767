/**
 * Names of Vietnam's ethnic minorities (the accuracy issue, family
 * "ethnic-minority names"): one PER span each, found by the shapes of the
 * names and their clans (dict/minority-names.tsv), not by lists of people.
 * The sentences are written for this file in the style of provincial news;
 * the people in them are invented.
 */
import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';
import { foreignSyllable } from '../src/recognize/minority-names.js';

const spans = (text: string): string[] => lib.annotate(text).entities.map((e) => `${e.type}:${e.text}`);
const people = (text: string): string[] => lib.annotate(text).entities.filter((e) => e.type === 'PER').map((e) => e.text);

describe('Ê Đê, M\'nông and Jrai names in Ê Đê order: marker, given syllables, clan', () => {
  it('a man: Y, two given syllables and a clan of two syllables, after a form of address', () => {
    expect(spans('Ông Y Minh Sang Niê Kđăm, Phó Chủ tịch UBND huyện, trao quà cho các hộ nghèo.')).toEqual([
      'PER:Y Minh Sang Niê Kđăm',
      'ROLE:Phó Chủ tịch',
      'ORG:UBND huyện',
    ]);
  });
  it('a sub-clan of no Vietnamese shape stays with its clan', () => {
    expect(people('Đồng chí Y Lâm Brơk Niê Knơng, Bí thư Đảng ủy xã, chủ trì buổi làm việc.')).toEqual(['Y Lâm Brơk Niê Knơng']);
  });
  it('a woman: H\' glued to the given name, then the clan', () => {
    expect(people('Bà H\'Mai Êban và bà H\'Lan Buôn Yă được bầu vào Ban Chấp hành.')).toEqual(['H\'Mai Êban', 'H\'Lan Buôn Yă']);
  });
  it('the curly apostrophe too', () => {
    expect(people('Chị H’Nhung Mlô nhận giấy khen của Hội Nông dân.')).toEqual(['H’Nhung Mlô']);
  });
  it('without a form of address, when a clan closes the name', () => {
    expect(spans('Y Tâm Ayun, Chủ tịch UBND xã, phát biểu khai mạc.')).toEqual(['PER:Y Tâm Ayun', 'ROLE:Chủ tịch', 'ORG:UBND xã']);
    expect(people('Trao quyết định cho Y Khoa Mlô Duôn Du và H\'Bích Niê Siêng.')).toEqual(['Y Khoa Mlô Duôn Du', 'H\'Bích Niê Siêng']);
  });
  it('a clan not listed is known by a syllable no Vietnamese word has', () => {
    expect(people('Tham dự có H\'Loan Kđoh và Y Phú Knul cùng cán bộ thôn.')).toEqual(['H\'Loan Kđoh', 'Y Phú Knul']);
  });
  it('the clan ends the name before the title that follows it', () => {
    expect(spans('Y Sơn Niê Chủ tịch Hội Cựu chiến binh xã dự lễ.')).toContain('PER:Y Sơn Niê');
  });
  it('a clan glued with an apostrophe inside the name', () => {
    expect(people('Y Phong B\'krông nhận Huy hiệu 40 năm tuổi Đảng.')).toEqual(['Y Phong B\'krông']);
  });
  it('Y before a given name of no Vietnamese shape (Ba Na, Xơ Đăng women)', () => {
    expect(people('Y Nhơk được bầu làm Chi hội trưởng.')).toEqual(['Y Nhơk']);
  });
  it('a Kơ Ho or M\'nông man: K\' glued to the name', () => {
    expect(people('Nghệ nhân K\'Brơi kể lại chuyện của buôn.')).toEqual(['K\'Brơi']);
  });
});

describe('Jrai names: the clan first', () => {
  it('Ksor, Siu and Kpă before the given syllables', () => {
    expect(spans('Ksor Thanh Hải, Phó Chủ tịch UBND huyện, kiểm tra tiến độ.')).toEqual(['PER:Ksor Thanh Hải', 'ROLE:Phó Chủ tịch', 'ORG:UBND huyện']);
    expect(people('Đoàn do Siu Thuận và Kpă Nhân dẫn đầu.')).toEqual(['Siu Thuận', 'Kpă Nhân']);
  });
  it('clans of two syllables: Rơ Mah, Rơ Châm, Rah Lan', () => {
    expect(people('Rơ Mah Đông, Rơ Châm H\'Nhi và Rah Lan Tuấn nhận bằng khen.')).toEqual(['Rơ Mah Đông', 'Rơ Châm H\'Nhi', 'Rah Lan Tuấn']);
  });
  it('the surname Điểu of the Xtiêng and Chơ Ro with a given name of no Vietnamese shape', () => {
    expect(people('Điểu Brông và Điểu Thị Lan được tuyên dương.')).toEqual(['Điểu Brông', 'Điểu Thị Lan']);
  });
  it('Nay, also the word for "now", is a clan only with a sign of the shape or a form of address', () => {
    expect(people('Bà Nay Thị Huê phát biểu.')).toEqual(['Nay Thị Huê']);
    expect(people('Nay H\'Mây được khen thưởng.')).toEqual(['Nay H\'Mây']);
    expect(people('Nay UBND xã thông báo lịch tiếp dân.')).toEqual([]);
    expect(people('Nay Thường trực HĐND huyện triệu tập kỳ họp.')).toEqual([]);
  });
});

describe("H'Mông names: clan, middle, given name", () => {
  it('A, Seo, Mí and Thị after the clan', () => {
    expect(people('Giàng A Dình, Sùng Seo Chù, Vàng Mí Pó và Thào Thị Dua được kết nạp Đảng.')).toEqual([
      'Giàng A Dình',
      'Sùng Seo Chù',
      'Vàng Mí Pó',
      'Thào Thị Dua',
    ]);
  });
  it('in a list of holders after a plural form of address', () => {
    const a = lib.annotate('Phó Chủ tịch UBND tỉnh gồm các ông: Lò Văn Tiến; Nguyễn Hữu Đức; Hờ A Pao.');
    expect(a.entities.filter((e) => e.type === 'PER').map((e) => e.text)).toEqual(['Lò Văn Tiến', 'Nguyễn Hữu Đức', 'Hờ A Pao']);
  });
  it('a clan that is an everyday word is a name only with its middle', () => {
    expect(people('Mùa A Chư nhận giấy khen; mùa vàng đã về trên bản.')).toEqual(['Mùa A Chư']);
    expect(people('Đội tuyển giành Huy chương Vàng Seo Games.')).toEqual([]);
  });
});

describe('Thái, Tày, Nùng and Khmer surnames', () => {
  it('Thái and Tày surnames in the usual shape', () => {
    expect(people('Lù Văn Tạo, Cầm Thị Hoa, Quàng Văn Bảo và Bế Thị Thu dự họp.')).toEqual([
      'Lù Văn Tạo',
      'Cầm Thị Hoa',
      'Quàng Văn Bảo',
      'Bế Thị Thu',
    ]);
  });
  it('Khmer: Thạch, Danh, Sơn with a name of three syllables', () => {
    expect(people('Sơn Thị Kim Ngân, Thạch Minh Tài và Danh Út cùng dự lễ.')).toEqual(['Sơn Thị Kim Ngân', 'Thạch Minh Tài', 'Danh Út']);
  });
  it('places that start with the same syllables stay places', () => {
    expect(spans('Đoàn công tác đến Sơn La, Lâm Đồng và Kim Bảng.')).toEqual(['LOC:Sơn La', 'LOC:Lâm Đồng', 'LOC:Kim Bảng']);
    expect(people('Người dân Hà Nội và Sơn Tây đón Tết.')).toEqual([]);
  });
  it('a capital headline that opens with a surname is no name', () => {
    const body = 'Sáng nay, kỳ họp đã bế mạc sau hai ngày làm việc khẩn trương và hiệu quả. Các đại biểu đã thảo luận và thông qua nhiều nghị quyết quan trọng về phát triển kinh tế - xã hội.';
    const a = lib.annotate(`BẾ MẠC KỲ HỌP THỨ MƯỜI HĐND HUYỆN\n\n${body}\n\nKỳ họp kết thúc lúc 11 giờ cùng ngày.`);
    expect(a.entities.filter((e) => e.type === 'PER')).toEqual([]);
  });
});

describe('what is not a minority name', () => {
  it('health and medicine: Y before a Vietnamese word', () => {
    expect(people('Ngành Y Tế tỉnh tổ chức hội nghị.')).toEqual([]);
    expect(spans('Giám đốc Sở Y tế kiểm tra Trung tâm Y tế huyện.')).not.toContain('PER:Y tế');
  });
  it('peoples written with a glued marker', () => {
    expect(people('Đồng bào H\'Mông và K\'Ho giữ gìn bản sắc văn hóa.')).toEqual([]);
  });
  it('a marker inside a place name that no entity took', () => {
    expect(people('Tuyến đường đi qua Ea H\'Leo đã được nâng cấp.')).toEqual([]);
  });
  it('a Jrai clan inside a capitalised run is not a name start', () => {
    expect(people('Nhà máy Ia Siu Xanh đã đi vào hoạt động ổn định.')).toEqual([]);
  });
});

describe('a body with its place, then a minority name: the name is a PER, not part of the ORG', () => {
  it('a Jrai name after the province', () => {
    expect(spans('Phó Chủ tịch UBND tỉnh Gia Lai Kpă Thanh dự lễ khởi công.')).toEqual([
      'ROLE:Phó Chủ tịch',
      'ORG:UBND tỉnh Gia Lai',
      'PER:Kpă Thanh',
    ]);
  });
  it('an Ê Đê name of five syllables after the province', () => {
    expect(spans('Chủ tịch UBND tỉnh Đắk Lắk Y Minh Sang Niê Kđăm chủ trì hội nghị.')).toEqual([
      'ROLE:Chủ tịch',
      'ORG:UBND tỉnh Đắk Lắk',
      'PER:Y Minh Sang Niê Kđăm',
    ]);
  });
});

describe('gives the holder the office', () => {
  it('a long Ê Đê name after a form of address, then the title', () => {
    const a = lib.annotate('Ông Y Minh Sang Niê Kđăm, Phó Chủ tịch UBND huyện, trao quà.');
    expect(a.people.map((p) => [p.name.text, p.roles.map((r) => [r.title.text, r.organization?.text])])).toEqual([
      ['Y Minh Sang Niê Kđăm', [['Phó Chủ tịch', 'UBND huyện']]],
    ]);
  });
});

describe('the shape of a syllable', () => {
  it('knows Vietnamese syllables', () => {
    for (const s of ['thanh', 'hà', 'giang', 'nghiêng', 'quyền', 'khuya', 'người', 'hoài', 'gì', 'quốc', 'của', 'yêu', 'oanh', 'tuần', 'siu', 'nay', 'seo', 'ô']) {
      expect(foreignSyllable(s), s).toBe(false);
    }
  });
  it('knows syllables no Vietnamese word has', () => {
    for (const s of ['kđăm', 'knơng', 'mlô', 'êban', 'ayun', 'byă', 'niê', 'biêr', 'gry', 'ksor', 'mah', 'kđoh', 'hwing', 'games', 'jút']) {
      expect(foreignSyllable(s), s).toBe(true);
    }
  });
});

describe('names and places written with an apostrophe', () => {
  const spans = (text: string): string[] => lib.annotate(text).entities.map((e) => `${e.type}:${e.text}`);
  it('a letter glued by an apostrophe is one word of the place or the name', () => {
    expect(spans("Đoàn công tác làm việc tại huyện Ia H'Drai.")).toEqual(["LOC:huyện Ia H'Drai"]);
    expect(spans("Chủ tịch UBND tỉnh Đắk Lắk H'Yim Kđoh dự.")).toEqual(['ROLE:Chủ tịch', 'ORG:UBND tỉnh Đắk Lắk', "PER:H'Yim Kđoh"]);
  });
  it('a school named after a minority name is one ORG', () => {
    expect(spans('Học sinh Trường THCS Y Jút đạt giải.')).toEqual(['ORG:Trường THCS Y Jút']);
  });
  it('già làng is the elder named after it, not a village', () => {
    expect(spans("Già làng K'Brơi phát biểu.")).toEqual(["PER:K'Brơi"]);
  });
});
