/**
 * CoNLL files that evaluation tools accept:
 * - gold and prediction files of one text have the same first column and the
 *   same blank lines (sentences depend on the text only), on every text of
 *   ../shared/corpus and on our own sentences;
 * - tokens are disjoint, in order and hold every character but white space,
 *   for every code point of the BMP and a sample of the astral planes, in
 *   several contexts;
 * - every line has exactly the tag columns asked for, and no character at
 *   which Python's `str.splitlines` or `str.split` would cut it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import { conllSentences, toConll } from '../src/format/index.js';
import type { Annotation, Entity, EntityType } from '../src/types.js';

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');

function ann(text: string, entities: Entity[] = []): Annotation {
  return { text, entities, abbreviations: [], people: [] };
}

/** The gold spans of a corpus line as an Annotation. */
function fromGold(text: string, spans: [number, number, string][]): Annotation {
  return ann(
    text,
    spans.map(([start, end, type]) => ({ type: type as EntityType, start, end, text: text.slice(start, end), normalized: text.slice(start, end) })),
  );
}

function goldDocs(): { id: string; a: Annotation }[] {
  if (!existsSync(CORPUS)) return [];
  const out: { id: string; a: Annotation }[] = [];
  for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.gold.jsonl')).sort()) {
    for (const line of readFileSync(join(CORPUS, f), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const d = JSON.parse(line) as { id: string; text: string; entities: [number, number, string][] };
      out.push({ id: `${f}#${d.id}`, a: fromGold(d.text, d.entities) });
    }
  }
  return out;
}

/** Python's `str.splitlines` boundaries. */
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\u0085\u2028\u2029]/u;
/** Python's `str.split()` white space, and JavaScript's. */
const PY_WHITE = /[\s\x1c-\x1f\u0085]/u;

/** The first column and the blank lines of a CoNLL text. */
function skeleton(conll: string): string[] {
  return conll.split('\n').map((l) => l.split('\t')[0]!);
}

/** Every line: empty (between sentences) or a token and `columns` tags; no other line break or white space. */
function checkLines(conll: string, columns: number): void {
  if (conll === '') return;
  expect(conll.endsWith('\n')).toBe(true);
  const lines = conll.slice(0, -1).split('\n');
  expect(conll.slice(0, -1).split(PY_LINE_BREAK)).toEqual(lines);
  for (const l of lines) {
    if (l === '') continue;
    const cols = l.split('\t');
    expect(cols).toHaveLength(columns + 1);
    expect(cols[0]).not.toMatch(PY_WHITE);
    expect(cols[0]).not.toBe('');
  }
  expect(lines[0]).not.toBe('');
  expect(conll).not.toContain('\n\n\n');
}

/** Our own sentences, in the style of district and commune reports. */
const OWN: { text: string; gold: [string, EntityType][]; pred: [string, EntityType][] }[] = [
  {
    text: 'Đại biểu HĐND tỉnh tiếp xúc cử tri xã Phú\nLạc\nsáng ngày 05/7/2024, ông Đinh Văn Khải phát biểu.',
    gold: [['HĐND tỉnh', 'ORG'], ['xã Phú\nLạc', 'LOC'], ['Đinh Văn Khải', 'PER']],
    pred: [['Đại biểu', 'ROLE'], ['Phú\nLạc\nsáng', 'LOC'], ['ông Đinh Văn Khải', 'PER']],
  },
  {
    text: 'Tới dự có đ/c Lò Thị Mai- Phó Bí thư TT Huyện\nủy; đ/c Vi Văn Sơn- Chủ tịch UBND\nhuyện.\n\nHội nghị thống nhất các chỉ tiêu năm 2025.',
    gold: [['Lò Thị Mai', 'PER'], ['Phó Bí thư TT', 'ROLE'], ['Huyện\nủy', 'ORG'], ['Vi Văn Sơn', 'PER'], ['Chủ tịch', 'ROLE'], ['UBND\nhuyện', 'ORG']],
    pred: [['đ/c Lò Thị Mai- Phó', 'PER'], ['TT Huyện\nủy; đ/c', 'ORG'], ['UBND\nhuyện.\n\nHội nghị', 'ORG']],
  },
  {
    text: 'Ban Thường vụ Đảng ủy xã đã kiểm điểm. TP. Lạng Sơn và TX. Quảng Yên cùng báo cáo.\nQUANG CẢNH HỘI NGHỊ',
    gold: [['Ban Thường vụ Đảng ủy xã', 'ORG'], ['TP. Lạng Sơn', 'LOC'], ['TX. Quảng Yên', 'LOC']],
    pred: [['Đảng ủy xã đã kiểm điểm. TP', 'ORG'], ['Sơn và TX. Quảng Yên cùng báo cáo.\nQUANG', 'LOC']],
  },
];

function spansOf(text: string, list: [string, EntityType][]): Entity[] {
  let from = 0;
  return list.map(([span, type]) => {
    const start = text.indexOf(span, from);
    if (start < 0) throw new Error(`no ${span}`);
    from = start + span.length;
    return { type, start, end: start + span.length, text: span, normalized: span };
  });
}

describe('gold and prediction files line up', () => {
  it('on our own sentences, with any spans', () => {
    for (const { text, gold, pred } of OWN) {
      const g = ann(text, spansOf(text, gold));
      const p = ann(text, spansOf(text, pred));
      const a = annotate(text);
      expect(skeleton(toConll(p))).toEqual(skeleton(toConll(g)));
      expect(skeleton(toConll(a))).toEqual(skeleton(toConll(g)));
      const both = toConll(g, { columns: [p, a] });
      checkLines(both, 3);
      expect(skeleton(both)).toEqual(skeleton(toConll(g)));
    }
  });

  it('on random spans of our sentences (fast-check)', () => {
    const spans = (len: number) =>
      fc.array(fc.tuple(fc.nat(len), fc.nat(len), fc.constantFrom<EntityType>('PER', 'ROLE', 'ORG', 'LOC')), { maxLength: 8 }).map((xs) => {
        // flat, sorted, non-overlapping
        const out: [number, number, string][] = [];
        let at = 0;
        for (const [x, y, t] of xs.map(([x, y, t]) => [Math.min(x, y), Math.max(x, y), t] as const).sort((u, v) => u[0] - v[0])) {
          if (x < at || x === y) continue;
          out.push([x, y, t]);
          at = y;
        }
        return out;
      });
    fc.assert(
      fc.property(fc.constantFrom(...OWN.map((o) => o.text)).chain((text) => fc.tuple(fc.constant(text), spans(text.length), spans(text.length))), ([text, g, p]) => {
        const gold = fromGold(text, g);
        const pred = fromGold(text, p);
        expect(skeleton(toConll(pred))).toEqual(skeleton(toConll(gold)));
        checkLines(toConll(gold, { columns: [pred] }), 2);
      }),
      { numRuns: 300 },
    );
  });

  describe.runIf(existsSync(CORPUS))('on every text of ../shared/corpus', () => {
    const docs = goldDocs();
    it('has texts', () => {
      expect(docs.length).toBeGreaterThan(0);
    });
    it('toConll(gold) and toConll(annotate(text)) have the same first column and blank lines', () => {
      for (const { id, a } of docs) {
        const gold = toConll(a);
        const pred = annotate(a.text);
        expect(skeleton(toConll(pred)), id).toEqual(skeleton(gold));
        const both = toConll(a, { columns: [pred] });
        checkLines(both, 2);
        expect(skeleton(both), id).toEqual(skeleton(gold));
        // column 2 is the gold file's tag column
        expect(both.split('\n').map((l) => l.split('\t').slice(0, 2).join('\t')).join('\n'), id).toBe(gold);
      }
    });
  });
});

// ------------------------------------------------------------ every code point

/** Characters that no token holds: white space and what normalisation removes. */
const SKIPPED = /[\s\x1c-\x1f\u0085\u200b-\u200d\u2060\u00ad]/u;

/** Problems with the tokens of `text` (empty when they are disjoint, in order and cover it). */
function tokenProblems(text: string): string[] {
  const problems: string[] = [];
  const tokens = conllSentences(ann(text)).flat();
  let last = 0;
  const covered = new Uint8Array(text.length);
  for (const t of tokens) {
    if (t.start < last) problems.push(`overlap at ${t.start}`);
    if (t.end <= t.start) problems.push(`empty at ${t.start}`);
    if (t.text !== text.slice(t.start, t.end)) problems.push(`text at ${t.start}`);
    if (PY_WHITE.test(t.text[0] ?? '') || PY_WHITE.test(t.text[t.text.length - 1] ?? '')) problems.push(`white space at the edge of ${t.start}`);
    covered.fill(1, t.start, t.end);
    last = Math.max(last, t.end);
  }
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0 && !SKIPPED.test(text[i]!)) problems.push(`U+${text.charCodeAt(i).toString(16)} at ${i} in no token`);
  }
  return problems;
}

const CONTEXTS: ((c: string) => string)[] = [
  (c) => c,
  (c) => `1${c}`,
  (c) => `a${c}b`,
  (c) => ` ${c} `,
  (c) => `${c}${c}\u0301`,
  (c) => `Hà${c}Nội.\n${c}Xã`,
  (c) => `UBND ${c}\u0344 huyện. ${c}`,
];

function sweep(chars: Iterable<string>): string[] {
  const failures: string[] = [];
  for (const c of chars) {
    for (const make of CONTEXTS) {
      const text = make(c);
      const problems = tokenProblems(text);
      if (problems.length > 0) failures.push(`${JSON.stringify(text)}: ${problems.join(', ')}`);
      if (failures.length > 20) return failures;
    }
  }
  return failures;
}

function* range(from: number, to: number): Generator<string> {
  for (let cp = from; cp < to; cp++) yield String.fromCharCode(cp);
}

describe('CoNLL tokens for every code point', () => {
  it('the characters whose NFC form is longer stay in one token', () => {
    expect(conllSentences(ann('1\u0344')).flat().map((t) => [t.start, t.end])).toEqual([[0, 2]]);
    for (const c of ['\u0344', '\u0f73', '\u0f75', '\u0f81', '\u2adc', '\u{1d15e}', '\u{1d160}']) expect(tokenProblems(`1${c} x${c}`), c).toEqual([]);
    // a mark on a space: the space stays out of the token
    expect(conllSentences(ann('a \u0344')).flat().map((t) => t.text)).toEqual(['a', '\u0344']);
    expect(toConll(ann('1\u0344'))).toBe('1\u0344\tO\n');
  });

  it('the BMP, lone surrogates included: tokens disjoint, in order, covering every non-space character', () => {
    expect(sweep(range(0, 0x8000))).toEqual([]);
    expect(sweep(range(0x8000, 0x10000))).toEqual([]);
  });

  it('a sample of the astral planes, and the ones NFC changes', () => {
    const nfcChanges = [0x1d15e, 0x1d15f, 0x1d160, 0x1d164, 0x1d1bb, 0x1d1c0, 0x2f800, 0x2fa1d, 0x1f1fb, 0x1f600, 0x10ffff];
    expect(sweep(nfcChanges.map((cp) => String.fromCodePoint(cp)))).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 0x10000, max: 0x10ffff }), fc.nat(CONTEXTS.length - 1), (cp, k) => {
        expect(tokenProblems(CONTEXTS[k]!(String.fromCodePoint(cp)))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('random strings of any code points: the same, and lines that Python and conlleval read as written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(tokenProblems(text)).toEqual([]);
        checkLines(toConll(ann(text)), 1);
      }),
      { numRuns: 2000 },
    );
    for (const text of ['a\x1cb\x1d\x1e\x1fc', 'x\x1c\u0344y', 'a\u0085b\u2028c', '\t\u0344', 'Ban\vChấp\fhành']) {
      expect(tokenProblems(text)).toEqual([]);
      checkLines(toConll(ann(text)), 1);
    }
  });
});
