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
 * Spans across line breaks: brat's text field cannot hold a line break, so a
 * span that crosses one is written as discontinuous fragments split at each
 * run of line breaks (the white space around the break left out), as brat
 * does itself: `T3<TAB>ORG 10 15;16 19<TAB>huyện ủy` — the text field is the
 * fragments joined by one space. Spans that are empty, out of range, or only
 * white space are left out. A tab inside a span is written as is: brat reads
 * everything after the second tab as the text.
 */
import type { Annotation } from '../types.js';

/** Options of {@link toBrat}. */
export interface BratOptions {
  /** `codepoint` (default, what brat counts) or `utf16` (the library's offsets). */
  offsets?: 'codepoint' | 'utf16';
}

const LINE_BREAK = /[ \t\f\v\u00a0]*(?:\r\n|[\n\r\u0085\u2028\u2029])[\s\u0085\u2028\u2029]*/gu;
const BREAK_CHARS = /[\n\r\u0085\u2028\u2029]+/gu;

/** Split [start, end) at line breaks into fragments without white space at the break. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const span = text.slice(start, end);
  let from = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(span); m !== null; m = LINE_BREAK.exec(span)) {
    if (m.index > from) out.push([start + from, start + m.index]);
    from = m.index + m[0].length;
  }
  if (from < span.length) out.push([start + from, end]);
  return out.filter(([s, e]) => /\S/u.test(text.slice(s, e)));
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
  const at = offsetMap(text, options.offsets ?? 'codepoint');
  const lines: string[] = [];
  let t = 0;
  let note = 0;
  const bound = (type: string, start: number, end: number): string | undefined => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return undefined;
    const parts = fragments(text, start, end);
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
    if (id !== undefined) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${a.expansion.replace(BREAK_CHARS, ' ')}`);
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
