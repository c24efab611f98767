/**
 * `annotate(text, { explain: true })`: every entity and abbreviation names
 * the rule that found it; without it the output is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';

const TEXT =
  'Dự hội nghị có đ/c Nguyễn Văn An- Bí thư HU, Chủ tịch HĐND huyện; ông Lê Văn Bình, Giám đốc Sở Y tế tỉnh Nam Định. ' +
  'Các xã An Hòa, An Phú và TP. Hà Nội. Ban Chỉ đạo phòng, chống thiên tai (BCĐPCTT) họp; BCĐPCTT giao HĐND&UBND xã.\n\nẢnh: C.L';

describe('explain', () => {
  it('adds a rule id to every entity and abbreviation', () => {
    const a = lib.annotate(TEXT, { explain: true });
    expect(a.entities.length).toBeGreaterThan(5);
    for (const e of a.entities) expect(e.rule).toMatch(/^(per|role|org|loc)\.[a-z-]+$/u);
    for (const x of a.abbreviations) expect(x.rule).toMatch(/^abbr\.[a-z-]+$/u);
  });

  it('names the rules as the guidelines describe them', () => {
    const a = lib.annotate(TEXT, { explain: true });
    const rule = (text: string): string | undefined => a.entities.find((e) => e.text === text)?.rule;
    const abbr = (text: string): string | undefined => a.abbreviations.find((x) => x.text === text)?.rule;
    expect(rule('Nguyễn Văn An')).toBe('per.addressed');
    expect(rule('Bí thư')).toBe('role.title');
    // split off the title `Giám đốc Sở` because a named Sở follows
    expect(rule('Sở Y tế tỉnh Nam Định')).toBe('org.after-title');
    expect(rule('HU')).toBe('org.body');
    expect(abbr('HU')).toBe('abbr.dictionary');
    expect(abbr('TP.')).toBe('abbr.dictionary-dotted');
    expect(new Set(a.abbreviations.filter((x) => x.text === 'BCĐPCTT').map((x) => x.rule))).toEqual(new Set(['abbr.definition']));
    expect(abbr('HĐND')).toBe('abbr.dictionary');
    expect(a.abbreviations.some((x) => x.rule === 'abbr.compound-part')).toBe(true);
  });

  it('changes nothing else', () => {
    const plain = lib.annotate(TEXT);
    const explained = lib.annotate(TEXT, { explain: true });
    const strip = <T extends { rule?: string }>(x: T): T => {
      const { rule: _rule, ...rest } = x;
      return rest as T;
    };
    expect(explained.entities.map(strip)).toEqual(plain.entities);
    expect(explained.abbreviations.map(strip)).toEqual(plain.abbreviations);
    expect(plain.entities.every((e) => !('rule' in e))).toBe(true);
    expect(lib.toJSON(plain)).not.toContain('"rule"');
  });

  it('rejects a non-boolean explain', () => {
    expect(() => lib.annotate('HU', { explain: 'yes' as unknown as boolean })).toThrow(/explain must be a boolean/u);
  });
});

describe('explain output and the JSON Schema', () => {
  it('validates with rule ids, and rejects a malformed one', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(new URL('../schema/annotation.schema.json', import.meta.url), 'utf8'));
    const ajv = new (Ajv2020 as unknown as new (o: object) => { compile: (s: object) => ((v: unknown) => boolean) })({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    const a = JSON.parse(lib.toJSON(lib.annotate(TEXT, { explain: true })));
    expect(validate(a)).toBe(true);
    a.entities[0].rule = 'nonsense';
    expect(validate(a)).toBe(false);
  });
});

describe('each entity rule, by a sentence of its own', () => {
  const cases: [string, string, string][] = [
    ['role.title', 'Đồng chí Trần Văn Hưng, Phó Chủ tịch UBND huyện phát biểu.', 'Phó Chủ tịch'],
    ['org.body', 'Sở Y tế tỉnh Nam Định tổ chức hội nghị.', 'Sở Y tế tỉnh Nam Định'],
    ['org.after-title', 'Ông Lê Văn Bình, Trưởng Ban Dân vận Huyện ủy dự họp.', 'Ban Dân vận Huyện ủy'],
    ['loc.typed', 'Đoàn công tác làm việc tại xã Mỹ Thuận.', 'xã Mỹ Thuận'],
    ['loc.shared-type', 'Hai xã Thu Phong và Bắc Phong về đích nông thôn mới.', 'Bắc Phong'],
    ['loc.known-name', 'Du khách đến Bạc Liêu ngày càng đông.', 'Bạc Liêu'],
    ['loc.abbreviation', 'Đoàn công tác đến TPHCM làm việc.', 'TPHCM'],
    ['per.addressed', 'Dự hội nghị có đ/c Hưng.', 'Hưng'],
    ['per.initial', 'Hội nghị bế mạc.\n\nT.Duyên', 'T.Duyên'],
    ['per.minority', 'Hôm qua Y Minh Sang Niê Kđăm nhận bằng khen.', 'Y Minh Sang Niê Kđăm'],
    ['per.name-shape', 'Hôm qua Nguyễn Thị Mai nhận bằng khen.', 'Nguyễn Thị Mai'],
    ['per.before-role', 'Quốc Sự - Ủy viên UBKT Huyện ủy trình bày.', 'Quốc Sự'],
    ['per.credit', 'Hội nghị bế mạc (ảnh Minh Tú) lúc 17 giờ trong không khí phấn khởi của toàn thể đại biểu tham dự hôm nay tại hội trường lớn của huyện nhà.', 'Minh Tú'],
    ['per.signature', 'Hội nghị bế mạc.\n\nN.HƯNG', 'N.HƯNG'],
  ];
  for (const [rule, text, span] of cases) {
    it(`${rule}: ${span}`, () => {
      const e = lib.annotate(text, { explain: true }).entities.find((x) => x.text === span);
      expect(e?.rule).toBe(rule);
    });
  }
});
