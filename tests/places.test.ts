/** Places linked to the gazetteer, both eras, ambiguity and document context (issue 6). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';

const { annotate } = lib;
const SEED = join(__dirname, '..', '..', 'shared', 'corpus', 'seed-my-loc-2021.txt');

const find = (a: ReturnType<typeof annotate>, text: string) => a.entities.find((e) => e.text.replace(/\s+/gu, ' ') === text);

describe('linking places', () => {
  it('reads a shared type word as its rule read it: the second commune is a commune (not the district of that name)', () => {
    const a = annotate('Huyện Hải Hậu có 2 xã Hải Phong và Hải Châu về đích nông thôn mới trong năm.');
    expect(find(a, 'xã Hải Phong')!.place).toMatchObject({ level: 'commune', type: 'xã', province: 'Nam Định' });
    const second = find(a, 'Hải Châu')!;
    expect(second.rule ?? 'loc.shared-type').toBe('loc.shared-type');
    // a commune of Hải Hậu, not the urban district of Đà Nẵng
    expect(second.place).toMatchObject({ level: 'commune', type: 'xã', province: 'Nam Định' });
  });

  it('reads the type word that introduces a list: `3 thị trấn: …` names towns, not districts', () => {
    const a = annotate('Huyện Hải Hậu có 3 thị trấn: Yên Định, Thịnh Long, Cồn đạt chuẩn văn minh đô thị.');
    // not the district Yên Định of Thanh Hóa
    expect(find(a, 'Yên Định')!.place).toMatchObject({ level: 'commune', type: 'thị trấn', province: 'Nam Định' });
    expect(find(a, 'Thịnh Long')!.place).toMatchObject({ level: 'commune', type: 'thị trấn', province: 'Nam Định' });
  });

  it('gives a commune shared with a type word candidates of that type only when it stays ambiguous', () => {
    const a = annotate('Cử tri 2 xã Tân Hòa và Tân Phú kiến nghị sửa đường.');
    for (const name of ['Tân Hòa', 'Tân Phú']) {
      const e = find(a, name) ?? find(a, `xã ${name}`)!;
      for (const c of e.candidates ?? [e.place!]) expect(c.level).toBe('commune');
    }
  });

  it("reads a body's place where its parser read it: the level word, even when the holder's name follows", () => {
    // the commune of the council, not the district of the same name (Nghệ An)
    const a = annotate('Bí thư Đảng ủy xã Yên Thành Nguyễn Văn An phát biểu khai mạc hội nghị.');
    const body = find(a, 'Đảng ủy xã Yên Thành')!;
    for (const c of body.candidates ?? [body.place!]) expect(c).toMatchObject({ level: 'commune', type: 'xã' });
    // a commune body followed by its chairwoman's name is linked, with the district around it
    const b = annotate('Tại huyện Hải Hậu, Chủ tịch UBND xã Hải Phong Nguyễn Thị Lan báo cáo kết quả thu ngân sách.');
    expect(find(b, 'UBND xã Hải Phong')!.place).toMatchObject({ level: 'commune', type: 'xã', province: 'Nam Định' });
  });

  it("reads a parent body's committee as the unit's kind: Thành ủy names a city, not the province", () => {
    const a = annotate('Phó Trưởng Ban Tuyên giáo Thành ủy Nam Định Trần Thị Hoa dự và phát biểu.');
    const body = find(a, 'Ban Tuyên giáo Thành ủy Nam Định')!;
    expect(body.rule ?? 'org.after-title').toBe('org.after-title');
    expect(body.candidates).toBeUndefined();
    expect(body.place).toMatchObject({ name: 'Nam Định', type: 'thành phố', level: 'district' });
  });

  it("links a body with several places by the first, its own: the commune, not the district after it", () => {
    const a = annotate('Sáng 3/4, Đảng ủy xã Hải Phong huyện Hải Hậu tổ chức hội nghị sơ kết.');
    expect(find(a, 'Đảng ủy xã Hải Phong')!.place).toMatchObject({ level: 'commune', province: 'Nam Định' });
    const b = annotate('Văn phòng HĐND và UBND huyện Giao Thủy Nguyễn Văn Nam ký thông báo.');
    expect(find(b, 'Văn phòng HĐND và UBND huyện Giao Thủy')!.place).toMatchObject({ level: 'district', type: 'huyện', province: 'Nam Định' });
  });

  it('links a district of the old era by its committee and resolves bodies named by level', () => {
    const a = annotate('Huyện ủy Yên Thành tổ chức hội nghị. Dự có Chủ tịch HĐND huyện và Chủ tịch UBND tỉnh.');
    const hu = find(a, 'Huyện ủy Yên Thành')!;
    expect(hu.place).toMatchObject({ name: 'Yên Thành', level: 'district', type: 'huyện', province: 'Nghệ An', era: 'pre-2025' });
    expect(find(a, 'HĐND huyện')!.resolved).toBe('Hội đồng nhân dân huyện Yên Thành');
    expect(find(a, 'UBND tỉnh')!.resolved).toBe('Ủy ban nhân dân tỉnh Nghệ An');
    // people's roles carry the same organisation objects
    expect(a.people).toEqual([]);
  });

  it('links a ward of the new era with the document date', () => {
    const a = annotate('Sáng 5/8, UBND phường Mỹ Lộc, tỉnh Ninh Bình tổ chức hội nghị.', { date: '2025-08-05' });
    expect(find(a, 'UBND phường Mỹ Lộc')!.place).toMatchObject({ code: '13708', level: 'commune', province: 'Ninh Bình', era: 'post-2025' });
    expect(find(a, 'tỉnh Ninh Bình')!.place).toMatchObject({ code: '37', level: 'province' });
  });

  it('takes the old unit for an old date', () => {
    const a = annotate('Năm 2021, thị trấn Mỹ Lộc thuộc huyện Mỹ Lộc, tỉnh Nam Định.', { date: new Date('2021-12-30') });
    expect(find(a, 'thị trấn Mỹ Lộc')!.place).toMatchObject({ code: '13708', level: 'commune', province: 'Nam Định', era: 'pre-2025' });
    expect(find(a, 'huyện Mỹ Lộc')!.place).toMatchObject({ code: '358', level: 'district' });
  });

  it('gives candidates, not a guess, for an ambiguous name', () => {
    const a = annotate('Đoàn công tác về xã Tân Hòa kiểm tra.');
    const e = find(a, 'xã Tân Hòa')!;
    expect(e.place).toBeUndefined();
    expect(e.candidates!.length).toBeGreaterThan(5);
    expect(new Set(e.candidates!.map((c) => `${c.code}:${c.era}`)).size).toBe(e.candidates!.length);
  });

  it('uses the other places of the document to choose', () => {
    const a = annotate('Đoàn làm việc tại xã Tân Hòa, huyện Phú Tân, tỉnh An Giang.', { date: '2024-03-01' });
    expect(find(a, 'xã Tân Hòa')!.place).toMatchObject({ level: 'commune', province: 'An Giang' });
    expect(find(a, 'huyện Phú Tân')!.place).toMatchObject({ level: 'district', province: 'An Giang' });
  });

  it('rejects a bad date', () => {
    expect(() => annotate('xã Tân Hòa', { date: 'hôm qua' })).toThrow(/^vn-admin-ner: annotate\(\) option date must be a Date or an ISO date string, got "hôm qua"/u);
  });
});

describe.skipIf(!existsSync(SEED))('the seed report', () => {
  it('links Huyện ủy Mỹ Lộc to district 358 and resolves HĐND huyện', () => {
    const a = annotate(readFileSync(SEED, 'utf8'));
    expect(find(a, 'Huyện ủy Mỹ Lộc')!.place).toMatchObject({ code: '358', level: 'district', province: 'Nam Định', era: 'pre-2025' });
    const hdnd = a.entities.filter((e) => e.text === 'HĐND huyện');
    expect(hdnd.length).toBeGreaterThan(0);
    for (const e of hdnd) expect(e.resolved).toBe('Hội đồng nhân dân huyện Mỹ Lộc');
    // the people's organisations carry the resolution
    const lap = a.people.find((p) => p.name.text === 'Trần Quốc Lập')!;
    expect(lap.roles[1]!.organization!.resolved).toBe('Hội đồng nhân dân huyện Mỹ Lộc');
  });
});
