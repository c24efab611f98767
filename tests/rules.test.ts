/**
 * The declared entity rules (`src/recognize/rules.ts`): ids, order, gates.
 * Sentences are our own, in the genre's style.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_RULES } from '../src/recognize/rules.js';
import { gating, RULE_IDS } from '../src/recognize/entities.js';
import { annotate } from '../src/index.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const SENTENCES = [
  'Chiều 12/3, đồng chí Trần Văn Hưng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.',
  'Dự hội nghị có đ/c Hưng, UVBTV, Trưởng Ban Dân vận HU; ông Y Thanh Hà Niê Kđăm, Chủ tịch UBND xã Ea Tu.',
  'UBND tỉnh Nam Định giao Sở Kế hoạch và Đầu tư phối hợp với 2 xã Thu Phong và Bắc Phong triển khai.',
  'Văn phòng HĐND&UBND huyện thông báo kết luận của TTHU về xây dựng NTM tại TP.HCM và Hà Nội.',
  '(CTO) - Ngày 16-6, Hội Nông dân xã Mỹ Thuận tổng kết; Hội đã kết nạp 40 hội viên mới.',
  '04 xã: Bình Chánh, Bình Hải (huyện Bình Sơn); Phổ Nhơn gồm các thôn An Phú, Tân Hòa.',
  'Quốc Sự - Ủy viên UBKT Tỉnh ủy phát biểu. Hồ Chí Minh là lãnh tụ vĩ đại.',
  'Ban Chỉ đạo phòng, chống thiên tai (BCĐ PCTT) huyện họp; quyền Chủ tịch UBND huyện Lê Thị Lan dự.\n\nN.HƯNG',
  'Ảnh: C.L\nT.Duyên - H.Vân',
];

/** For each rule, a sentence of ours where it finds the span given. */
const EACH_RULE: [string, string, string][] = [
  ['role.title', 'Bí thư Huyện ủy dự hội nghị sơ kết.', 'Bí thư'],
  ['org.body', 'Hôm qua, UBND xã Mỹ Thuận tổ chức hội nghị.', 'UBND xã Mỹ Thuận'],
  ['org.after-title', 'Phát biểu có Trưởng Ban Dân vận Huyện ủy.', 'Ban Dân vận Huyện ủy'],
  ['loc.typed', 'Đoàn công tác về huyện Mỹ Lộc kiểm tra.', 'huyện Mỹ Lộc'],
  ['loc.shared-type', 'Cử tri 2 xã Thu Phong và Bắc Phong kiến nghị.', 'Bắc Phong'],
  ['per.addressed', 'Tại buổi làm việc, đ/c Hưng đề nghị các xã quan tâm.', 'Hưng'],
  ['per.initial', 'Hội nghị kết thúc lúc 17 giờ.\nT.Duyên', 'T.Duyên'],
  ['org.dateline', '(CTO) - Ngày 16-6, huyện tổ chức hội nghị tổng kết.', 'CTO'],
  ['per.signature', 'Hội nghị kết thúc lúc 17 giờ cùng ngày.\n\nN.HƯNG', 'N.HƯNG'],
  ['loc.abbreviation', 'Đoàn đã đến thăm TPHCM trong hai ngày.', 'TPHCM'],
  ['loc.listed', 'Huyện công nhận 04 xã: Bình Chánh, Bình Hải đạt chuẩn.', 'Bình Chánh'],
  ['org.short-form', 'Hội Nông dân xã Mỹ Thuận tổ chức đại hội. Năm qua, Hội đã kết nạp 40 hội viên.', 'Hội'],
  ['per.short-form', 'Ông Trần Văn Hưng phát biểu tại hội nghị. Cũng theo ông, Hưng sẽ làm việc tiếp.', 'Hưng'],
  ['loc.known-name', 'Đoàn đại biểu đã đến thăm Hà Nội trong hai ngày.', 'Hà Nội'],
  ['per.minority', 'Tham dự có Ksor Phước Hà và nhiều đại biểu khác.', 'Ksor Phước Hà'],
  ['per.before-role', 'Quốc Sự - Ủy viên UBKT Tỉnh ủy phát biểu.', 'Quốc Sự'],
  ['per.name-shape', 'Tham dự hội nghị có Trần Văn Hưng cùng các đại biểu.', 'Trần Văn Hưng'],
  ['per.credit', 'Hội nghị bế mạc (ảnh Minh Tú) lúc 17 giờ trong không khí phấn khởi.', 'Minh Tú'],
];

describe('the rule table', () => {
  it('declares each rule once, with a type and a dotted id naming it', () => {
    const ids = ENTITY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ENTITY_RULES) {
      expect(r.id).toMatch(/^(per|role|org|loc)\.[a-z-]+$/);
      expect(r.id.split('.')[0]!.toUpperCase()).toBe(r.type);
      expect(r.gate).toBeGreaterThan(0);
    }
  });

  it('reports each entity with the rule that found it', () => {
    const ids = new Set(RULE_IDS);
    for (const s of SENTENCES) for (const e of annotate(s, { explain: true }).entities) expect(ids.has(e.rule!)).toBe(true);
  });

  it('has a sentence for every rule, where the rule finds the span', () => {
    expect(new Set(EACH_RULE.map(([rule]) => rule))).toEqual(new Set(RULE_IDS));
    for (const [rule, sentence, text] of EACH_RULE) {
      const found = annotate(sentence, { explain: true }).entities.filter((e) => e.text === text).map((e) => e.rule);
      expect(found, `${rule}: ${sentence}`).toContain(rule);
    }
  });

  it('keeps precedence in declared order: a title before a body before a typed place before the rest', () => {
    const ids = ENTITY_RULES.map((r) => r.id);
    expect(ids.slice(0, 3)).toEqual(['role.title', 'org.body', 'loc.typed']);
    expect(ids.indexOf('loc.known-name')).toBeLessThan(ids.indexOf('per.name-shape'));
  });
});

describe('gates', () => {
  // our sentences and sample, and the corpus's texts where ../shared is beside the project
  const texts = [...SENTENCES, readFileSync(new URL('../samples/sample-report.txt', import.meta.url), 'utf8'), ...corpusTexts()];
  it('change no answer: every rule asked at every token gives the same entities', () => {
    const gated = texts.map((t) => JSON.stringify(annotate(t, { explain: true })));
    gating.gated = false;
    try {
      const all = texts.map((t) => JSON.stringify(annotate(t, { explain: true })));
      expect(all).toEqual(gated);
    } finally {
      gating.gated = true;
    }
  });
});

function corpusTexts(): string[] {
  const dir = new URL('../../shared/corpus/', import.meta.url);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.gold.jsonl'))) {
    for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out;
}
