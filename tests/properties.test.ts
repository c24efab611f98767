import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';

const { annotate, expand, normalize } = lib;
// issue 5: at least 10,000 runs each in CI; `npm run test:long` runs 100,000 (PROPERTY_RUNS=100000)
const RUNS = Number(process.env.PROPERTY_RUNS ?? 10000);

/** Any UTF-16 string, lone surrogates and combining marks included. */
const anyUnits = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\u0300', '\u0301', '\u0309', '\u0303', '\u0323', '\u200b', '\u00a0', '–', '\r', '\n', '(', ')', '-', '&', '/', '.'),
  ),
  maxLength: 80,
});

/** Genre-like text: syllables, abbreviations, punctuation, odd spacing. */
const WORDS = [
  'Huyện', 'ủy', 'Uỷ', 'Ủy', 'ban', 'nhân', 'dân', 'huyện', 'xã', 'tỉnh', 'hòa', 'hoà', 'thủy', 'thuỷ', 'khóa', 'khoá',
  'Bí', 'thư', 'Chủ', 'tịch', 'Phó', 'đ/c', 'Đ/c', 'HU', 'HĐND', 'UBND', 'MTTQ', 'NTM', 'KT-XH', 'QP- AN', 'VH – XH',
  'NN&PTNT', 'HĐND&UBND', 'T.Ư', 'UVT.Ư', 'TP.', 'CT', 'số', '05', '04-NQ/HU', '178/QĐ-UBND', 'XII', 'khóa', 'TTHU',
  'Hội', 'đồng', '(HĐND)', '(', ')', 'Nam', 'Định', 'Trần', 'Văn', 'Hưng', ',', '.', ';', '-', 'COVID', 'N.HƯNG',
  'Ban', 'Thường', 'vụ', 'Tỉnh', 'Sở', 'Y', 'tế', 'Trưởng', 'ban', 'Dân', 'vận', 'Đảng', 'Đoàn', 'ông', 'bà', 'đồng chí',
  'Mỹ', 'Lộc', 'Hà', 'Nội', 'phường', 'Việt', 'đại biểu', 'UVBTV', 'PCT', 'Ảnh:', 'VŨ', 'NAM', 'Trung ương', 'Quốc hội',
];
const SEPS = [' ', ' ', ' ', '\n', '', '\u00a0', '\u200b', '  ', '\r\n'];
/** The same words always apart (tone placement is a property of words, not of glued strings). */
const spaced = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '\n', '  ', '\u00a0', ', ')), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const genre = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

function checkSpans(text: string): void {
  const a = annotate(text);
  let last = 0;
  for (const x of a.abbreviations) {
    expect(Number.isInteger(x.start) && Number.isInteger(x.end)).toBe(true);
    expect(x.start).toBeGreaterThanOrEqual(last);
    expect(x.end).toBeGreaterThan(x.start);
    expect(x.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(x.start, x.end)).toBe(x.text);
    last = x.end;
  }
  let lastEnd = 0;
  for (const e of a.entities) {
    expect(e.start).toBeGreaterThanOrEqual(lastEnd);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    lastEnd = e.end;
  }
  for (const p of a.people) for (const r of p.roles) expect(a.entities).toContain(r.title);
}

describe('properties', () => {
  it('normalize never throws and its maps are monotonic and in range', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, genre), (s) => {
        const n = normalize(s);
        let prev = 0;
        for (let k = 0; k <= n.text.length; k++) {
          const o = n.toOriginal(k);
          const e = n.toOriginalEnd(k);
          expect(o).toBeGreaterThanOrEqual(prev);
          expect(o).toBeLessThanOrEqual(s.length);
          expect(e).toBeLessThanOrEqual(s.length);
          expect(e).toBeGreaterThanOrEqual(k === 0 ? 0 : n.toOriginal(k - 1));
          prev = o;
        }
        expect(n.toOriginal(n.text.length)).toBe(s.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('annotate never throws; spans are in range, sorted and slice to their text', () => {
    fc.assert(fc.property(fc.oneof(anyUnits, genre), (s) => checkSpans(s)), { numRuns: RUNS });
  });

  it('is deterministic: the same answer again, after annotating another string too', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, genre), fc.oneof(anyUnits, genre), (s, other) => {
        const first = annotate(s);
        annotate(other);
        expect(annotate(s)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('NFD input gives the same spans, mapped into the NFD string', () => {
    fc.assert(
      fc.property(genre, (s) => {
        const a = annotate(s);
        const nfd = s.normalize('NFD');
        const b = annotate(nfd);
        expect(b.abbreviations.length).toBe(a.abbreviations.length);
        expect(b.entities.map((e) => [e.type, e.normalized])).toEqual(a.entities.map((e) => [e.type, e.normalized]));
        for (const e of b.entities) expect(nfd.slice(e.start, e.end)).toBe(e.text);
        b.abbreviations.forEach((x, k) => {
          const y = a.abbreviations[k]!;
          expect(nfd.slice(x.start, x.end)).toBe(x.text);
          expect(x.text.normalize('NFC')).toBe(y.text.normalize('NFC'));
          expect(x.expansion).toBe(y.expansion);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('old and new tone placement give the same spans', () => {
    const toNew = (s: string) => s.replace(/Ủy/gu, 'Uỷ').replace(/ủy/gu, 'uỷ').replace(/hòa/gu, 'hoà').replace(/thủy/gu, 'thuỷ').replace(/khóa/gu, 'khoá');
    fc.assert(
      fc.property(spaced, (s) => {
        const t = toNew(s);
        expect(t.length).toBe(s.length);
        const a = annotate(s);
        const b = annotate(t);
        expect(b.abbreviations.map((x) => [x.start, x.end, x.expansion])).toEqual(a.abbreviations.map((x) => [x.start, x.end, x.expansion]));
        expect(b.entities.map((e) => [e.type, e.start, e.end, e.normalized])).toEqual(a.entities.map((e) => [e.type, e.start, e.end, e.normalized]));
      }),
      { numRuns: RUNS },
    );
  });

  it('expand keeps every character outside abbreviations, in order', () => {
    fc.assert(
      fc.property(fc.oneof(genre, anyUnits), (s) => {
        const a = annotate(s);
        const out = expand(s);
        let at = 0;
        let pos = 0;
        for (const x of a.abbreviations) {
          const seg = s.slice(at, x.start);
          expect(out.slice(pos, pos + seg.length)).toBe(seg);
          pos += seg.length;
          expect(out.slice(pos, pos + x.expansion.length).toLowerCase()).toBe(x.expansion.toLowerCase());
          pos += x.expansion.length;
          at = x.end;
        }
        expect(out.slice(pos)).toBe(s.slice(at));
      }),
      { numRuns: RUNS },
    );
  });
});
