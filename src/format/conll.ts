/**
 * CoNLL output: one token a line, `TOKEN<TAB>TAG` (more tag columns on
 * request), BIO tags, a blank line between sentences.
 *
 * Tokens: the syllables, numbers and punctuation characters of the document
 * store's scan (`scan`, read from its typed arrays),
 * run on the normalised text (so NFD input, zero-width characters and space
 * variants tokenise exactly as the annotator sees them) and mapped back to the
 * original: every token's `text` is `annotation.text.slice(start, end)`.
 * Tokens are disjoint, in order, and hold every character of the text except
 * white space (what JavaScript's `\s` or Python's `str.isspace` call white
 * space, U+0085 and U+001C–U+001F included) and the invisible characters that
 * normalisation removes (U+200B–U+200D, U+2060, U+FEFF, U+00AD). A character
 * that normalisation turns into several (U+0344, U+0F73, U+2ADC …) stays in
 * one token.
 *
 * Sentences depend on the text only, never on the annotation, so the CoNLL
 * files of two annotations of one text (gold and prediction) have the same
 * tokens and the same blank lines. A new sentence starts before a token
 * 1. after a blank line (two line breaks or more, white space between them
 *    allowed);
 * 2. after one line break, unless the token starts with a lower-case letter
 *    and the line before does not end in `.`, `!`, `?` or `…` (hard-wrapped
 *    text: `khu công\nnghiệp` is one sentence, `Trà Tân\nChiều` two);
 * 3. after white space, when it starts with an upper-case letter (or is an
 *    opening quote or bracket directly followed by one) and the text before
 *    the white space ends in `.`, `!`, `?` or `…`, optionally followed by
 *    closing quotes or brackets; not after a `.` that follows a single letter
 *    (`N. Hưng`, `Ô. Nguyễn`) or a title or place abbreviation written with a
 *    dot (`TP. Hà Nội`, `TS. Lê Văn A`, see {@link DOTTED}).
 * Line breaks are the characters at which Python's `str.splitlines` splits:
 * `\n`, `\r`, `\r\n`, `\v`, `\f`, U+001C–U+001E, U+0085, U+2028, U+2029.
 *
 * Tags: a token belongs to the entity its start lies in. An entity in which no
 * token starts (it starts and ends inside one token) takes the first token it
 * overlaps if no other entity has it. The first token of an entity is `B-`,
 * the next ones `I-`; an entity that a sentence break cuts starts again with
 * `B-` in the next sentence, so every sentence is valid BIO on its own (what
 * conlleval and seqeval read). Gold and prediction are cut at the same places,
 * so they stay comparable: such an entity counts as two in both.
 */
import { normalize } from '../normalize/index.js';
import { isUpperCode, scanStore } from '../tokenize.js';
import type { Annotation, Entity } from '../types.js';
import { lazyRegExp } from '../regexp.js';

/** One token of the CoNLL output. */
export interface ConllToken {
  /**
   * `annotation.text.slice(start, end)`. {@link toConll} writes any white
   * space inside it (which only a hostile text can put there) as U+FFFD.
   */
  text: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** `O`, `B-PER`, `I-ORG`, … */
  tag: string;
}

/** Options of {@link toConll}. */
export interface ConllOptions {
  /**
   * More annotations of the same text: each adds a tag column after the
   * first, in order. `toConll(gold, { columns: [prediction] })` writes
   * `TOKEN<TAB>GOLD<TAB>PREDICTION`, the layout conlleval reads.
   */
  columns?: readonly Annotation[];
}

interface RawToken {
  start: number;
  end: number;
  /** The token in the normalised text (for the punctuation and case tests). */
  norm: string;
  /** Offset of `norm` in the normalised text. */
  normStart: number;
}

/** The tokens of a text and where its sentences start: a function of the text only. */
interface Layout {
  tokens: RawToken[];
  /** `sentenceStart[i]`: token i starts a sentence. */
  sentenceStart: boolean[];
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']']);
const OPENING = new Set(['"', "'", '“', '‘', '«', '(', '[']);

/**
 * Abbreviations written with a dot before a name (`TP. Hà Nội`, `TS. Lê Văn A`):
 * a dot after them does not end a sentence.
 */
const DOTTED: ReadonlySet<string> = new Set([
  'TP', 'Tp', 'TX', 'Tx', 'TT', 'Tt', 'TS', 'Ts', 'GS', 'PGS', 'ThS', 'Ths', 'BS', 'KS', 'NXB',
]);

/** Python's `str.splitlines` boundaries. */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\u0085\u2028\u2029]/gu;
/** White space for JavaScript (`\s`) or Python (`str.isspace`). */
const WHITE = /[\s\x1c-\x1f\u0085]/u;
const WHITE_ALL = /[\s\x1c-\x1f\u0085]/gu;
const ONLY_WHITE = /^[\s\x1c-\x1f\u0085]*$/u;
const SINGLE_LETTER = lazyRegExp('^\\p{L}\\p{M}*$');
const LOWER_START = lazyRegExp('^\\p{Ll}');

function startsUpper(s: string): boolean {
  return s.length > 0 && isUpperCode(s.charCodeAt(0));
}

function isSingleLetter(s: string): boolean {
  // one letter, possibly followed by combining marks
  return SINGLE_LETTER().test(s);
}

/** Tokens of the text: disjoint, in order, without white space. */
function rawTokens(text: string): RawToken[] {
  const norm = normalize(text);
  const tokens: RawToken[] = [];
  // the document store's scan, read from its arrays
  const { t: store, L } = scanStore(norm.text);
  for (let k = 0; k < store.n; k++) {
    const t = { start: store.start[k]!, end: store.end[k]!, text: L.surface[store.lex[k]!]! };
    let start = norm.toOriginal(t.start);
    const end = norm.toOriginalEnd(t.end);
    // a combining mark on a space is composed with it: the space stays out
    while (start < end && WHITE.test(text[start]!)) start++;
    if (end <= start) continue;
    const last = tokens[tokens.length - 1];
    if (last !== undefined && start < last.end) {
      // one original character normalised into several tokens: one token
      last.end = Math.max(last.end, end);
      last.norm = norm.text.slice(last.normStart, t.end);
      continue;
    }
    if (ONLY_WHITE.test(text.slice(start, end))) continue;
    tokens.push({ start, end, norm: t.text, normStart: t.start });
  }
  return tokens;
}

/** The index of the sentence-final punctuation before token i (skipping closing quotes), or -1. */
function terminalBefore(tokens: readonly RawToken[], i: number): number {
  let j = i - 1;
  while (j > 0 && CLOSING.has(tokens[j]!.norm) && tokens[j - 1]!.end === tokens[j]!.start) j--;
  return TERMINAL.has(tokens[j]!.norm) ? j : -1;
}

/** Does token i start a sentence (rules 1–3 of the module comment)? */
function startsSentence(text: string, tokens: readonly RawToken[], i: number): boolean {
  const next = tokens[i]!;
  const prev = tokens[i - 1]!;
  const gap = text.slice(prev.end, next.start);
  const breaks = gap.match(LINE_BREAK)?.length ?? 0;
  const j = terminalBefore(tokens, i);
  if (breaks >= 2) return true;
  if (breaks === 1) return j !== -1 || !LOWER_START().test(next.norm);
  if (!WHITE.test(gap) || j === -1) return false;
  const term = tokens[j]!;
  if (term.norm === '.' && j > 0) {
    const before = tokens[j - 1]!;
    if (before.end === term.start && (isSingleLetter(before.norm) || DOTTED.has(before.norm))) return false;
  }
  if (startsUpper(next.norm)) return true;
  const after = tokens[i + 1];
  return OPENING.has(next.norm) && after !== undefined && after.start === next.end && startsUpper(after.norm);
}

function layout(text: string): Layout {
  const tokens = rawTokens(text);
  const sentenceStart = tokens.map((_, i) => i === 0 || startsSentence(text, tokens, i));
  return { tokens, sentenceStart };
}

function validSpans<T extends { start: number; end: number }>(spans: readonly T[], len: number): T[] {
  return spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= len && s.start < s.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** For each token, the index of the entity that owns it (-1: none). */
function owners(tokens: readonly RawToken[], entities: readonly Entity[]): number[] {
  const owner = new Array<number>(tokens.length).fill(-1);
  const owned = new Array<boolean>(entities.length).fill(false);
  // the entity the token's start lies in (two pointers, both sorted)
  let e = 0;
  tokens.forEach((t, i) => {
    while (e < entities.length && entities[e]!.end <= t.start) e++;
    const ent = entities[e];
    if (ent !== undefined && ent.start <= t.start && t.start < ent.end) {
      owner[i] = e;
      owned[e] = true;
    }
  });
  // entities that no token starts in take the first free token they overlap
  let k = 0;
  entities.forEach((ent, n) => {
    if (owned[n]) return;
    while (k < tokens.length && tokens[k]!.end <= ent.start) k++;
    for (let j = k; j < tokens.length && tokens[j]!.start < ent.end; j++) {
      if (owner[j] === -1) {
        owner[j] = n;
        break;
      }
    }
  });
  return owner;
}

/** The BIO tag of every token for one annotation's entities. */
function tagColumn(text: string, { tokens, sentenceStart }: Layout, annotation: Annotation): string[] {
  const entities = validSpans(annotation.entities, text.length);
  const owner = owners(tokens, entities);
  return owner.map((o, i) => {
    if (o === -1) return 'O';
    const inside = i > 0 && !sentenceStart[i] && owner[i - 1] === o;
    return `${inside ? 'I' : 'B'}-${entities[o]!.type}`;
  });
}

/**
 * The tokens of {@link toConll}, grouped by sentence, with their tags and
 * original offsets.
 *
 * @example
 * ```ts
 * const text = 'Bí thư Trần Văn Hưng phát biểu.';
 * const s = conllSentences({ text, people: [], abbreviations: [],
 *   entities: [{ type: 'PER', start: 7, end: 20, text: 'Trần Văn Hưng', normalized: 'Trần Văn Hưng' }] });
 * s[0]!.map((t) => t.tag); // ['O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O']
 * ```
 */
export function conllSentences(annotation: Annotation): ConllToken[][] {
  const text = annotation.text;
  const lay = layout(text);
  const tags = tagColumn(text, lay, annotation);
  const sentences: ConllToken[][] = [];
  lay.tokens.forEach((t, i) => {
    if (lay.sentenceStart[i]) sentences.push([]);
    sentences[sentences.length - 1]!.push({ text: text.slice(t.start, t.end), start: t.start, end: t.end, tag: tags[i]! });
  });
  return sentences;
}

/**
 * CoNLL text: `TOKEN<TAB>TAG` a line, BIO tags from `annotation.entities`, a
 * blank line between sentences, a final line break. Empty for a text without
 * tokens. With `columns`, one more tag column for each of those annotations
 * (which must be of the same text), in their order. See the module comment
 * for the token, tag and sentence rules.
 *
 * @example
 * ```ts
 * toConll({ text: 'Chủ tịch UBND huyện.', people: [], abbreviations: [], entities: [
 *   { type: 'ROLE', start: 0, end: 8, text: 'Chủ tịch', normalized: 'Chủ tịch' },
 *   { type: 'ORG', start: 9, end: 19, text: 'UBND huyện', normalized: 'Ủy ban nhân dân huyện' },
 * ] });
 * // 'Chủ\tB-ROLE\ntịch\tI-ROLE\nUBND\tB-ORG\nhuyện\tI-ORG\n.\tO\n'
 * ```
 */
export function toConll(annotation: Annotation, options: ConllOptions = {}): string {
  const text = annotation.text;
  const columns = [annotation, ...(options.columns ?? [])];
  columns.forEach((c, k) => {
    if (c?.text !== text) throw new TypeError(`vn-admin-ner: toConll() columns[${k - 1}] is not an annotation of the same text`);
  });
  const lay = layout(text);
  if (lay.tokens.length === 0) return '';
  const tags = columns.map((c) => tagColumn(text, lay, c));
  const lines = lay.tokens.map((t, i) => {
    const row = [text.slice(t.start, t.end).replace(WHITE_ALL, '\uFFFD'), ...tags.map((col) => col[i]!)].join('\t');
    return i > 0 && lay.sentenceStart[i] ? `\n${row}` : row;
  });
  return lines.join('\n') + '\n';
}
