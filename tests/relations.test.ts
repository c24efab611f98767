/**
 * Who holds which office (GUIDELINES layer 3), per mention: `relations`
 * and the `people` derived from them. Sentences written for these tests in
 * the genre's style (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';
import type { Annotation } from '../src/types.js';

const { annotate, toJSON } = lib;

/** `[role, person, organisation or null]` for every relation, as text. */
function triples(a: Annotation): [string, string, string | null][] {
  return (a.relations ?? []).map((r) => [
    a.entities[r.role]!.text,
    a.entities[r.person]!.text,
    r.organization === undefined ? null : a.entities[r.organization]!.text,
  ]);
}
const rel = (text: string) => triples(annotate(text));

describe('relations: a title before the name', () => {
  it('gives the title and its body to the name right after it', () => {
    expect(rel('Giám đốc Sở Y tế Nguyễn Văn An phát biểu.')).toEqual([['Giám đốc', 'Nguyễn Văn An', 'Sở Y tế']]);
  });

  it('passes over a bracketed abbreviation of the body', () => {
    expect(rel('Giám đốc Sở Lao động - Thương binh và Xã hội (LĐTB&XH) Trần Văn Sơn chủ trì.')).toEqual([
      ['Giám đốc', 'Trần Văn Sơn', 'Sở Lao động - Thương binh và Xã hội'],
    ]);
  });

  it('gives each of two titled names its own title', () => {
    expect(rel('Giám đốc Sở Y tế Trần Văn An, Giám đốc Sở Tài chính Lê Văn Bình cùng dự.')).toEqual([
      ['Giám đốc', 'Trần Văn An', 'Sở Y tế'],
      ['Giám đốc', 'Lê Văn Bình', 'Sở Tài chính'],
    ]);
  });

  it('does not give a title in a possessive (`của Chủ tịch …,`) to the next clause’s name', () => {
    expect(rel('Theo quyết định của Chủ tịch UBND tỉnh, ông Lê Văn Cường giữ chức Giám đốc Sở Xây dựng.')).toEqual([
      ['Giám đốc', 'Lê Văn Cường', 'Sở Xây dựng'],
    ]);
  });

  // `UBND tỉnh Bạc Liêu Phạm Văn Thiều`: the place ends where the name starts
  // (tests/families.test.ts has the entity side of it).
  it('gives both sentences their holders', () => {
    expect(rel('Các Phó Bí thư Tỉnh ủy gồm: ông Nguyễn Văn An và bà Lê Thị Hồng. Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều chủ trì.')).toEqual([
      ['Phó Bí thư', 'Nguyễn Văn An', 'Tỉnh ủy'],
      ['Phó Bí thư', 'Lê Thị Hồng', 'Tỉnh ủy'],
      ['Chủ tịch', 'Phạm Văn Thiều', 'UBND tỉnh Bạc Liêu'],
    ]);
  });
});

describe('relations: a chain of titles after one name', () => {
  it('gives every title of the chain to the name, each with the body right after it', () => {
    expect(rel('Dự hội nghị có ông Trần Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.')).toEqual([
      ['Phó Bí thư', 'Trần Văn Bình', 'Tỉnh ủy'],
      ['Chủ tịch', 'Trần Văn Bình', 'UBND tỉnh'],
    ]);
  });

  it('reads dash-joined chains, welded titles without a body, and ends a chain at `;`', () => {
    expect(rel('Tới dự có đ/c Lê Văn Tám- Tỉnh ủy viên- Bí thư HU; đ/c Đinh Công Sáu- Phó bí thư HU- Chủ tịch UBND huyện.')).toEqual([
      ['Tỉnh ủy viên', 'Lê Văn Tám', null],
      ['Bí thư', 'Lê Văn Tám', 'HU'],
      ['Phó bí thư', 'Đinh Công Sáu', 'HU'],
      ['Chủ tịch', 'Đinh Công Sáu', 'UBND huyện'],
    ]);
  });

  it('in a coordination gives the body only to the title right before it', () => {
    expect(rel('Ông Đào Duy Khánh, Phó Bí thư, Chủ tịch UBND xã trình bày báo cáo.')).toEqual([
      ['Phó Bí thư', 'Đào Duy Khánh', null],
      ['Chủ tịch', 'Đào Duy Khánh', 'UBND xã'],
    ]);
  });

  it('counts a former office and a title in brackets', () => {
    expect(rel('Phát biểu có ông Hà Minh Đức, nguyên Bí thư Tỉnh ủy.')).toEqual([['Bí thư', 'Hà Minh Đức', 'Tỉnh ủy']]);
    expect(rel('Ông Trịnh Văn Quý (Bí thư Chi bộ) phát biểu.')).toEqual([['Bí thư', 'Trịnh Văn Quý', 'Chi bộ']]);
  });

  it('keeps a chain with its own name in a list of titled names', () => {
    expect(rel('Giám đốc Sở Y tế Trần Văn An và ông Lê Văn Bình, Giám đốc Sở Xây dựng, cùng dự.')).toEqual([
      ['Giám đốc', 'Trần Văn An', 'Sở Y tế'],
      ['Giám đốc', 'Lê Văn Bình', 'Sở Xây dựng'],
    ]);
  });
});

describe('relations: a title said of several named people', () => {
  it('relates `các … gồm: A và B` to each', () => {
    const text = 'Các Phó Bí thư Tỉnh ủy gồm: ông Nguyễn Văn An và bà Lê Thị Hồng.';
    expect(rel(text)).toEqual([
      ['Phó Bí thư', 'Nguyễn Văn An', 'Tỉnh ủy'],
      ['Phó Bí thư', 'Lê Thị Hồng', 'Tỉnh ủy'],
    ]);
  });

  it('relates a counted title to each name of a list, also one joined by `;`', () => {
    expect(rel('Hai Phó Chủ tịch UBND tỉnh là ông Lâm Văn Tâm và ông Triệu Văn Hòa.')).toEqual([
      ['Phó Chủ tịch', 'Lâm Văn Tâm', 'UBND tỉnh'],
      ['Phó Chủ tịch', 'Triệu Văn Hòa', 'UBND tỉnh'],
    ]);
    expect(rel('Ba Phó Bí thư Tỉnh ủy gồm các ông: Lâm Văn Tâm; Triệu Văn Hòa; Đặng Văn Lai.').map((r) => r[1])).toEqual([
      'Lâm Văn Tâm',
      'Triệu Văn Hòa',
      'Đặng Văn Lai',
    ]);
  });

  it('relates a title in apposition to two names joined by `và`', () => {
    expect(rel('Ông Nguyễn Văn Phúc và ông Trần Văn Lộc, đại biểu HĐND huyện, tiếp xúc cử tri.')).toEqual([
      ['đại biểu', 'Nguyễn Văn Phúc', 'HĐND huyện'],
      ['đại biểu', 'Trần Văn Lộc', 'HĐND huyện'],
    ]);
  });
});

describe('relations: verbs of taking or leaving office', () => {
  it.each([
    ['Ông Hoàng Văn Nam được bầu giữ chức Chủ tịch HĐND huyện.', ['Chủ tịch', 'Hoàng Văn Nam', 'HĐND huyện']],
    ['Bà Đỗ Thị Lan được bổ nhiệm làm Giám đốc Sở Tài chính.', ['Giám đốc', 'Đỗ Thị Lan', 'Sở Tài chính']],
    ['Ông Vũ Quang Minh tái đắc cử Bí thư Tỉnh Đoàn.', ['Bí thư', 'Vũ Quang Minh', 'Tỉnh Đoàn']],
    ['Ông Phan Văn Lực thôi giữ chức Chủ tịch UBND huyện để nhận nhiệm vụ mới.', ['Chủ tịch', 'Phan Văn Lực', 'UBND huyện']],
    ['HĐND xã đã miễn nhiệm chức danh Phó Chủ tịch UBND xã đối với ông Ngô Văn Hải.', ['Phó Chủ tịch', 'Ngô Văn Hải', 'UBND xã']],
    [
      'HĐND tỉnh bầu bổ sung chức danh Phó Chủ tịch HĐND tỉnh nhiệm kỳ 2021-2026 đối với ông Hồ Văn Lợi.',
      ['Phó Chủ tịch', 'Hồ Văn Lợi', 'HĐND tỉnh'],
    ],
  ])('%s', (text, want) => {
    expect(rel(text)).toEqual([want]);
  });

  it('gives the office to every name of the clause', () => {
    expect(rel('Ông Nguyễn Văn Phúc và bà Trần Thị Mai được bầu làm Phó Chủ tịch HĐND tỉnh.')).toEqual([
      ['Phó Chủ tịch', 'Nguyễn Văn Phúc', 'HĐND tỉnh'],
      ['Phó Chủ tịch', 'Trần Thị Mai', 'HĐND tỉnh'],
    ]);
  });

  it('adds the new office to a name with a chain', () => {
    expect(rel('Ông Lý Văn Hưng, Phó Bí thư Huyện ủy, được bầu giữ chức Chủ tịch UBND huyện.')).toEqual([
      ['Phó Bí thư', 'Lý Văn Hưng', 'Huyện ủy'],
      ['Chủ tịch', 'Lý Văn Hưng', 'UBND huyện'],
    ]);
  });
});

describe('relations: none without a named holder in the sentence', () => {
  it.each([
    'Kỳ họp đã bầu các chức danh Chủ tịch, Phó Chủ tịch HĐND huyện.',
    'Chủ tịch UBND huyện phát biểu khai mạc.',
    'Các đồng chí Phó Chủ tịch UBND tỉnh cùng dự.',
    'Chủ tịch UBND tỉnh dự họp. Ông Trần Văn An cho biết sẽ triển khai.',
    'Bổ nhiệm Giám đốc Sở Tài chính\nÔng Lê Văn Cường nhận quyết định.',
  ])('%s', (text) => {
    const a = annotate(text);
    expect(a.entities.some((e) => e.type === 'ROLE')).toBe(true);
    expect(a.relations).toEqual([]);
  });
});

describe('relations in the annotation', () => {
  const text = 'Ông Trần Văn An, Bí thư Huyện ủy, phát biểu. Bí thư Huyện ủy TRẦN VĂN AN nhấn mạnh; ông Lê Văn Bình, Phó Bí thư Huyện ủy dự.';
  const a = annotate(text);

  it('indexes entities: a PER, a ROLE and the ORG, sorted by role then person', () => {
    expect(a.relations!.length).toBeGreaterThan(0);
    for (const r of a.relations!) {
      expect(a.entities[r.person]!.type).toBe('PER');
      expect(a.entities[r.role]!.type).toBe('ROLE');
      if (r.organization !== undefined) expect(a.entities[r.organization]!.type).toBe('ORG');
    }
    const order = a.relations!.map((r) => [r.role, r.person]);
    expect(order).toEqual([...order].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!));
  });

  it('keeps one relation per mention, and derives one person per name with each role once', () => {
    expect(triples(a)).toEqual([
      ['Bí thư', 'Trần Văn An', 'Huyện ủy'],
      ['Bí thư', 'TRẦN VĂN AN', 'Huyện ủy'],
      ['Phó Bí thư', 'Lê Văn Bình', 'Huyện ủy'],
    ]);
    expect(a.people.map((p) => [p.name.text, p.roles.map((r) => `${r.title.text} ${r.organization?.text}`)])).toEqual([
      ['Trần Văn An', ['Bí thư Huyện ủy']],
      ['Lê Văn Bình', ['Phó Bí thư Huyện ủy']],
    ]);
  });

  it('lists a person without a role too', () => {
    const b = annotate('Ông Đặng Văn Khoa cho biết, Chủ tịch UBND xã Ngô Văn Tường đã chỉ đạo.');
    expect(b.people.map((p) => [p.name.text, p.roles.length])).toEqual([
      ['Đặng Văn Khoa', 0],
      ['Ngô Văn Tường', 1],
    ]);
  });

  it('is carried by toJSON, and absent when entities are not asked for', () => {
    const json = JSON.parse(toJSON(a)) as Annotation;
    expect(json.relations).toEqual(a.relations);
    expect(Object.keys(json)).toEqual(['text', 'entities', 'abbreviations', 'people', 'relations']);
    expect(annotate(text, { entities: false }).relations).toBeUndefined();
  });
});
