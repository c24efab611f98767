/**
 * brat standoff that brat accepts. `readAnn` below follows brat's reader
 * (server/src/annotation.py, `Annotations._parse_ann_file` and
 * `TextAnnotations._parse_textbound_annotation`):
 * - the `.ann` file is read line by line as Python's `str.splitlines` cuts it;
 * - a line is `ID<TAB>DATA[<TAB>TAIL]`; a text-bound `DATA` is
 *   `TYPE START END[;START END]…`, each start ≤ end, inside the document,
 *   fragments not overlapping;
 * - the tail is a tab, then exactly the document slices of the fragments
 *   joined by one space, then nothing or white space; a tail of white space
 *   only is "missing text", an error;
 * - offsets count code points (a wide Python build; a narrow one counts UTF-16
 *   code units: `{ offsets: 'utf16' }`);
 * - an `AnnotatorNotes` line is `#N<TAB>AnnotatorNotes TARGET<TAB>NOTE`, its
 *   target a text-bound annotation of the file.
 * Every corpus output, hostile strings and random texts go through it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import { toBrat } from '../src/format/index.js';
import type { Abbreviation, Annotation, Entity, EntityType } from '../src/types.js';
import { corpusTexts } from './helpers/snapshot.js';

/** Python's `str.isspace` characters. */
const PY_SPACE = /^[\t\n\v\f\r\x1c-\x1f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
const pyStrip = (s: string[]): string[] => {
  let a = 0;
  let b = s.length;
  while (a < b && PY_SPACE.test(s[a]!)) a++;
  while (b > a && PY_SPACE.test(s[b - 1]!)) b--;
  return s.slice(a, b);
};

/** Python's `str.splitlines(keepends=True)`. */
function splitlines(s: string): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c-\x1e\u0085\u2028\u2029]/gu;
  let from = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(s.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  if (from < s.length) out.push(s.slice(from));
  return out;
}

type Unit = 'codepoint' | 'utf16';
/** A string as Python sees it: code points (wide build) or UTF-16 code units (narrow build). */
const units = (s: string, unit: Unit): string[] => (unit === 'codepoint' ? Array.from(s) : s.split(''));

interface TextBound {
  id: string;
  type: string;
  spans: [number, number][];
  text: string;
}

/** brat's parse of one text-bound line's data and tail; throws what brat reports. */
function textBound(id: string, data: string, tail: string, doc: string[], unit: Unit): TextBound {
  const sp = data.indexOf(' ');
  if (sp < 0) throw new Error(`${id}: no space after the type`);
  const type = data.slice(0, sp);
  const spans = data
    .slice(sp + 1)
    .split(';')
    .map((part): [number, number] => {
      const m = /^[ \t]*([+-]?\d+) (\S+?)[\s]*$/u.exec(part);
      if (m === null || !/^[+-]?\d+$/u.test(m[2]!)) throw new Error(`${id}: bad offsets "${part}"`);
      return [Number(m[1]), Number(m[2])];
    });
  const seen: [number, number][] = [];
  for (const [s, e] of spans) {
    if (s > e || s < 0 || e > doc.length) throw new Error(`${id}: offsets ${s} ${e} outside the document (${doc.length})`);
    for (const [os, oe] of seen) if (e >= os && s < oe) throw new Error(`${id}: fragments overlap`);
    seen.push([s, e]);
  }
  const spanlen = spans.reduce((n, [s, e]) => n + e - s, 0) + spans.length - 1;
  const t = units(tail, unit);
  if (pyStrip(t).length === 0 && spanlen > 0) throw new Error(`${id}: missing text`);
  if (t[0] !== '\t') throw new Error(`${id}: no tab before the text`);
  if (spanlen > t.length - 1) throw new Error(`${id}: text shorter than the spans`);
  const text = t.slice(1, spanlen + 1).join('');
  const ref = spans.map(([s, e]) => doc.slice(s, e).join('')).join(' ');
  if (text !== ref) throw new Error(`${id}: text ${JSON.stringify(text)} is not the document's ${JSON.stringify(ref)}`);
  const rest = t.slice(spanlen + 1);
  if (rest.length > 0 && !PY_SPACE.test(rest[0]!)) throw new Error(`${id}: text not followed by white space`);
  return { id, type, spans, text };
}

/** Read an `.ann` text against its document as brat does; throws on anything brat would reject. */
function readAnn(ann: string, document: string, unit: Unit = 'codepoint'): { bounds: TextBound[]; notes: [string, string][] } {
  const doc = units(document, unit);
  const bounds: TextBound[] = [];
  const notes: [string, string][] = [];
  const ids = new Set<string>();
  for (const line of splitlines(ann)) {
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`no tab in line ${JSON.stringify(line)}`);
    const id = line.slice(0, tab);
    if (!/^(?:[A-Za-z]+|#[A-Za-z]*)[0-9]+$/u.test(id)) throw new Error(`bad id ${JSON.stringify(id)}`);
    if (ids.has(id)) throw new Error(`duplicate id ${id}`);
    ids.add(id);
    const rest = line.slice(tab + 1);
    const tab2 = rest.indexOf('\t');
    const data = tab2 < 0 ? rest : rest.slice(0, tab2);
    const tail = tab2 < 0 ? '' : rest.slice(tab2);
    if (id.startsWith('T')) bounds.push(textBound(id, data, tail, doc, unit));
    else if (id.startsWith('#')) {
      const words = data.split(/[\t\n\v\f\r\x1c-\x1f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u).filter((w) => w !== '');
      if (words.length !== 2 || words[0] !== 'AnnotatorNotes') throw new Error(`${id}: bad note ${JSON.stringify(data)}`);
      notes.push([words[1]!, tail.slice(1).replace(/\r\n|[\n\r\v\f\x1c-\x1e\u0085\u2028\u2029]$/u, '')]);
    } else throw new Error(`unexpected id ${id}`);
  }
  for (const [target] of notes) if (!bounds.some((b) => b.id === target)) throw new Error(`note on unknown ${target}`);
  return { bounds, notes };
}

/** No line of the output holds a character at which Python splits lines (but its end). */
function checkLines(ann: string): void {
  if (ann === '') return;
  expect(ann.endsWith('\n')).toBe(true);
  const lines = ann.slice(0, -1).split('\n');
  for (const l of lines) expect(l).not.toMatch(/[\n\r\v\f\x1c-\x1e\u0085\u2028\u2029]/u);
  expect(splitlines(ann)).toHaveLength(lines.length);
}

/** Both offset modes through the reader; returns the code point reading. */
function check(a: Annotation): { bounds: TextBound[]; notes: [string, string][] } {
  for (const unit of ['codepoint', 'utf16'] as const) checkLines(toBrat(a, { offsets: unit }));
  readAnn(toBrat(a, { offsets: 'utf16' }), a.text, 'utf16');
  return readAnn(toBrat(a), a.text);
}

function ann(text: string, entities: Entity[] = [], abbreviations: Abbreviation[] = []): Annotation {
  return { text, entities, abbreviations, people: [] };
}
const ent = (text: string, type: EntityType, start: number, end: number): Entity => ({ type, start, end, text: text.slice(start, end), normalized: text.slice(start, end) });
const abbr = (text: string, start: number, end: number, expansion: string): Abbreviation => ({ start, end, text: text.slice(start, end), expansion, source: 'dictionary' });

/** Python's line boundaries, each inside a span of its own. */
const PY_BREAKS = ['\n', '\r', '\r\n', '\v', '\f', '\x1c', '\x1d', '\x1e', '\u0085', '\u2028', '\u2029'];

describe('toBrat splits at every line boundary of Python', () => {
  it.each(PY_BREAKS.map((b) => [JSON.stringify(b), b]))('%s', (_, br) => {
    const text = `Ủy ban nhân dân huyện${br}Mỹ Lộc và${br} HĐND${br}${br}xã`;
    const a = ann(text, [ent(text, 'ORG', 0, text.indexOf(' và'))], [abbr(text, text.indexOf('HĐND'), text.indexOf('HĐND') + 4, `Hội đồng${br}nhân dân`)]);
    const out = toBrat(a);
    checkLines(out);
    const { bounds, notes } = check(a);
    expect(bounds[0]!.text).toBe('Ủy ban nhân dân huyện Mỹ Lộc');
    expect(bounds[0]!.spans).toHaveLength(2);
    expect(notes).toEqual([['T2', 'Hội đồng nhân dân']]);
    // a span that is only a break and white space is left out
    expect(toBrat(ann(text, [ent(text, 'LOC', text.indexOf(br), text.indexOf(br) + br.length)]))).toBe('');
  });

  it('keeps white space that is no line break inside a fragment, and leaves white-space fragments out', () => {
    const text = 'Ban\u00a0Tuyên giáo\x1f Huyện\u2028\x1f\u2029ủy';
    const { bounds } = check(ann(text, [ent(text, 'ORG', 0, text.length)]));
    expect(bounds[0]!.text).toBe('Ban\u00a0Tuyên giáo\x1f Huyện ủy');
    expect(bounds[0]!.spans).toEqual([
      [0, 21],
      [24, 26],
    ]);
  });

  it('moves a span edge inside a surrogate pair out of it (code points), keeps it (UTF-16)', () => {
    const text = 'Xã 😀An Bình';
    const a = ann(text, [ent(text, 'LOC', 4, 9)]);
    const { bounds } = check(a);
    expect(bounds[0]!.text).toBe('😀An B');
    expect(readAnn(toBrat(a, { offsets: 'utf16' }), text, 'utf16').bounds[0]!.spans).toEqual([[4, 9]]);
  });

  it('the reader rejects what brat rejects', () => {
    const text = 'Huyện ủy Mỹ Lộc';
    expect(() => readAnn('T1\tORG 0 8\tHuyện ủ\n', text)).toThrow(/not the document/u);
    expect(() => readAnn('T1\tORG 0 99\tHuyện ủy\n', text)).toThrow(/outside/u);
    expect(() => readAnn('T1\tORG 0 8;7 10\tHuyện ủy  M\n', text)).toThrow(/overlap/u);
    expect(() => readAnn('T1\tORG 0 8\t \n', text)).toThrow(/missing text/u);
    expect(() => readAnn('T1\tORG 0 5\tHuyện\x1cX\n', text)).toThrow(/no tab|bad id/u);
    expect(() => readAnn('T1\tORG 0 5\tHuyệnX\n', text)).toThrow(/white space/u);
    expect(() => readAnn('#1\tAnnotatorNotes T9\tx\n', text)).toThrow(/unknown T9/u);
    expect(readAnn('T1\tORG 0 8;9 15\tHuyện ủy Mỹ Lộc\n', text).bounds).toHaveLength(1);
  });
});

// hostile texts: every line boundary, surrogates (paired and lone), marks, tabs, long runs
const HOSTILE = [
  '\n\r\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029',
  'a\tb\t\tc HĐND\t huyện',
  '\ud83d\ude00\ud83d x\ude00 \ud83c\uddfb\ud83c\uddf3 UBND',
  'e\u0301\u0344\u0f73 \u200b\ufeff\u00ad Xã',
  ' '.repeat(500) + '\n' + '\u2028'.repeat(50) + 'Tỉnh ủy',
  'T1\tORG 0 1\tx\n#1\tAnnotatorNotes T1\ty',
];

/** Random text from pieces and random (possibly overlapping, possibly pair-splitting) spans. */
const PIECES = ['Hà', 'Nội', ' ', '\t', '\u00a0', '\x1f', '😀', '\ud83d', '\ude00', 'e\u0301', ...PY_BREAKS];
const randomCase = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.array(fc.tuple(fc.nat(200), fc.nat(200), fc.boolean()), { maxLength: 10 }))
  .map(([pieces, spans]) => {
    const text = pieces.join('');
    const n = text.length + 1;
    const list = spans.map(([x, y, isEnt]) => [Math.min(x % n, y % n), Math.max(x % n, y % n), isEnt] as const);
    return ann(
      text,
      list.filter(([, , e]) => e).map(([s, e]) => ent(text, 'ORG', s, e)),
      list.filter(([, , e]) => !e).map(([s, e]) => abbr(text, s, e, `x${PY_BREAKS.join('y')}`)),
    );
  });

describe('every output reads back in brat', () => {
  it('hostile texts, annotated and with spans over all of them', () => {
    for (const text of HOSTILE) {
      check(annotate(text));
      check(ann(text, [ent(text, 'ORG', 0, text.length)], [abbr(text, 0, text.length, text)]));
    }
  });

  it('random texts and spans (fast-check)', () => {
    fc.assert(
      fc.property(randomCase, (a) => {
        const { bounds } = check(a);
        // one text-bound line per span that has something besides white space (and line breaks)
        const writable = [...a.entities, ...a.abbreviations].filter((s) => s.start < s.end && /[^\s\x1c-\x1f\u0085]/u.test(s.text));
        expect(bounds).toHaveLength(writable.length);
      }),
      { numRuns: 500 },
    );
  });

  const texts = corpusTexts();
  it.runIf(texts.length > 0)('annotate() of every text of ../shared/corpus', () => {
    let lines = 0;
    for (const { key, text } of texts) {
      const a = annotate(text);
      const { bounds, notes } = check(a);
      expect(bounds.length, key).toBe(a.entities.length + a.abbreviations.length);
      expect(notes.length, key).toBe(a.abbreviations.length);
      lines += bounds.length;
    }
    expect(lines).toBeGreaterThan(0);
  });
});
