/**
 * brat standoff output (the `.ann` file that goes next to the `.txt`).
 *
 * - Entities first, `T1`, `T2`, … in text order: `T1<TAB>PER 12 25<TAB>Trần Văn Hưng`.
 * - Then each abbreviation as a text-bound `Abbreviation` annotation followed
 *   by a note holding its full form:
 *   `T5<TAB>Abbreviation 30 34<TAB>HĐND` and
 *   `#1<TAB>AnnotatorNotes T5<TAB>Hội đồng nhân dân`.
 *
 * Offsets: brat is written in Python and counts Unicode code points, while
 * this library's offsets are UTF-16 code units. By default the offsets are
 * converted to code points, so a text with astral characters (emoji, rare
 * CJK) opens correctly in brat; for text without them the two are identical.
 * Pass `{ offsets: 'utf16' }` to keep the library's offsets.
 *
 * Line breaks: brat reads the `.ann` file line by line with Python's
 * `str.splitlines`, which splits at `\n`, `\r`, `\r\n`, `\v`, `\f`, U+001C,
 * U+001D, U+001E, U+0085, U+2028 and U+2029. So no line of the output holds
 * one: a span that crosses one is written as discontinuous fragments split at
 * each run of white space holding a line break (that white space left out),
 * as brat does itself: `T3<TAB>ORG 10 15;16 19<TAB>huyện ủy`, the text field
 * being the fragments joined by one space; and a break in an expansion is
 * written as a space. Fragments of white space only (for JavaScript or
 * Python) are left out, and so are spans that are empty, out of range or only
 * white space. A tab inside a span is written as is: brat reads everything
 * after the second tab as the text. With code point offsets, a span edge in
 * the middle of a surrogate pair moves out to take in the whole character.
 */
import type { Annotation } from '../types.js';

/** Options of {@link toBrat}. */
export interface BratOptions {
  /** `codepoint` (default, what brat counts) or `utf16` (the library's offsets). */
  offsets?: 'codepoint' | 'utf16';
}

/** Python's `str.splitlines` boundaries (`\r\n` is one). */
const BREAK = /[\n\r\v\f\x1c-\x1e\u0085\u2028\u2029]/u;
const BREAKS = /[\n\r\v\f\x1c-\x1e\u0085\u2028\u2029]+/gu;
/** White space for JavaScript (`\s`) or Python (`str.isspace`). */
const WHITE_RUN = /[\s\x1c-\x1f\u0085]+/gu;
const NOT_WHITE = /[^\s\x1c-\x1f\u0085]/u;

/** Split [start, end) at white space holding a line break into fragments that are not only white space. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const span = text.slice(start, end);
  let from = 0;
  WHITE_RUN.lastIndex = 0;
  for (let m = WHITE_RUN.exec(span); m !== null; m = WHITE_RUN.exec(span)) {
    if (!BREAK.test(m[0])) continue;
    out.push([start + from, start + m.index]);
    from = m.index + m[0].length;
  }
  out.push([start + from, end]);
  return out.filter(([s, e]) => NOT_WHITE.test(text.slice(s, e)));
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Move an offset that splits a surrogate pair to the pair's start (`dir` -1) or end (+1). */
function outOfPair(text: string, i: number, dir: -1 | 1): number {
  const inPair = i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
  return inPair ? i + (dir === -1 ? -1 : 1) : i;
}

/** UTF-16 offset -> code point offset (identity when the text has no surrogates). */
function offsetMap(text: string, mode: 'codepoint' | 'utf16'): (i: number) => number {
  if (mode === 'utf16' || !/[\ud800-\udfff]/.test(text)) return (i) => i;
  const cp = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    cp[i] = n;
    const c = text.charCodeAt(i);
    // a low surrogate right after a high one is the same code point (an
    // offset between the two halves points after that code point)
    const pairTail = c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    if (!pairTail) n++;
  }
  cp[text.length] = n;
  return (i) => cp[i]!;
}

/**
 * The brat standoff (`.ann`) text of an annotation: entities, then
 * abbreviations with an `AnnotatorNotes` line holding the expansion. One line
 * per annotation, each ending in a line break; empty when there is nothing to
 * write. See the module comment for offsets and line breaks.
 *
 * @example
 * ```ts
 * toBrat({ text: 'Chủ tịch HĐND huyện', people: [], entities: [
 *   { type: 'ROLE', start: 0, end: 8, text: 'Chủ tịch', normalized: 'Chủ tịch' },
 *   { type: 'ORG', start: 9, end: 19, text: 'HĐND huyện', normalized: 'Hội đồng nhân dân huyện' },
 * ], abbreviations: [
 *   { start: 9, end: 13, text: 'HĐND', expansion: 'Hội đồng nhân dân', source: 'dictionary' },
 * ] });
 * // 'T1\tROLE 0 8\tChủ tịch\n'
 * // + 'T2\tORG 9 19\tHĐND huyện\n'
 * // + 'T3\tAbbreviation 9 13\tHĐND\n'
 * // + '#1\tAnnotatorNotes T3\tHội đồng nhân dân\n'
 * ```
 */
export function toBrat(annotation: Annotation, options: BratOptions = {}): string {
  const text = annotation.text;
  const codepoints = (options.offsets ?? 'codepoint') === 'codepoint';
  const at = offsetMap(text, codepoints ? 'codepoint' : 'utf16');
  const lines: string[] = [];
  let t = 0;
  let note = 0;
  const bound = (type: string, start: number, end: number): string | undefined => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return undefined;
    const parts = codepoints ? fragments(text, outOfPair(text, start, -1), outOfPair(text, end, 1)) : fragments(text, start, end);
    if (parts.length === 0) return undefined;
    const id = `T${++t}`;
    const offsets = parts.map(([s, e]) => `${at(s)} ${at(e)}`).join(';');
    const covered = parts.map(([s, e]) => text.slice(s, e)).join(' ');
    lines.push(`${id}\t${type} ${offsets}\t${covered}`);
    return id;
  };
  const byPosition = <T extends { start: number; end: number }>(xs: readonly T[]): T[] =>
    [...xs].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const e of byPosition(annotation.entities)) bound(e.type, e.start, e.end);
  for (const a of byPosition(annotation.abbreviations)) {
    const id = bound('Abbreviation', a.start, a.end);
    if (id !== undefined) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${String(a.expansion).replace(BREAKS, ' ')}`);
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
