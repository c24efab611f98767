/**
 * The one scan of a text: syllables (letter runs), numbers, single
 * punctuation characters, with the white space before each token, each token
 * interned as a lexeme. Char codes only, no regular expressions: one table
 * read per code unit, the hash of a word computed while it is scanned, no
 * string made but for a lexeme seen for the first time.
 *
 * {@link scanNormalizing} scans the input as {@link scanText} would scan its
 * normal form (`normalize(text).text`), and makes that form along the way
 * when normalisation only replaces code units one for one: space, dash and
 * line-break variants, `Ð`, tone placement within a word (`hoà` -> `hòa`,
 * decided once per distinct word). Anything else (combining marks, invisible
 * characters, `\r`) is left to `normalize` and a second scan.
 */
import { isDigitCode, isLetterCode, isNewlineCode, isSpaceCode } from './chars.js';
import { HASH_PRIME, HASH_SEED, type Lexemes } from './lexemes.js';
import { K_NUMBER, K_PUNCT, K_WORD, TokenArrays } from './tokens.js';
import { normalUnit, UNIT_KEPT, UNIT_RESHAPED } from '../normalize/index.js';

const C_SPACE = 1;
const C_NEWLINE = 2;
const C_LETTER = 4;
const C_DIGIT = 8;
/** normalisation replaces the code unit by one of the class given by the other bits */
const C_REPLACED = 16;
/** normalisation changes more than the code unit: scanNormalizing gives up */
const C_RESHAPED = 32;
const C_KNOWN = 128;

/** Classes of each code unit as it is (0: not computed yet). */
const RAW = new Uint8Array(0x10000);
/** Classes of what normalisation makes of each code unit, with C_REPLACED or C_RESHAPED. */
const NORMAL = new Uint8Array(0x10000);

function rawClass(c: number): number {
  let k = C_KNOWN;
  if (isSpaceCode(c)) k |= C_SPACE;
  if (isNewlineCode(c)) k |= C_NEWLINE;
  if (isLetterCode(c)) k |= C_LETTER;
  if (isDigitCode(c)) k |= C_DIGIT;
  return k;
}

function normalClass(c: number): number {
  const u = normalUnit(c);
  if (u === UNIT_RESHAPED) return C_KNOWN | C_RESHAPED;
  return u === UNIT_KEPT ? rawClass(c) : rawClass(u) | C_REPLACED;
}

function classify(c: number, table: Uint8Array): number {
  return (table[c] = table === RAW ? rawClass(c) : normalClass(c));
}

/** The edits that make the normal form: ranges of the input and what replaces them, in order. */
class Edits {
  readonly parts: string[] = [];
  at = 0;

  replace(text: string, start: number, end: number, by: string): void {
    this.parts.push(text.slice(this.at, start), by);
    this.at = end;
  }

  /** The normal form (the input itself when nothing was replaced); the edits are cleared. */
  result(text: string): string {
    if (this.parts.length === 0) return text;
    this.parts.push(text.slice(this.at));
    const normal = this.parts.join('');
    this.clear();
    return normal;
  }

  clear(): void {
    this.parts.length = 0;
    this.at = 0;
  }
}

/**
 * The one set of edits, reused by every scan: the scan is synchronous, and a
 * long-lived object keeps the optimised scan loop's view of its shape valid
 * across garbage collections.
 */
const edits = new Edits();

/** Scan `text` into `out` (emptied first; new arrays when not given). */
export function scanText(text: string, lexemes: Lexemes, out = new TokenArrays(16)): TokenArrays {
  out.reset(((text.length / 3) | 0) + 16);
  scanInto(text, lexemes, out, null);
  return out;
}

/**
 * Scan `text`'s normal form into `out` (emptied first) and return that form
 * (see the module comment), or null when normalisation does more than
 * replace code units.
 */
export function scanNormalizing(text: string, lexemes: Lexemes, out: TokenArrays): string | null {
  out.reset(((text.length / 3) | 0) + 16);
  edits.clear();
  if (!scanInto(text, lexemes, out, edits)) {
    edits.clear();
    return null;
  }
  return edits.result(text);
}

/**
 * The scan loop. With `edits`, code units are read as normalisation makes
 * them and the edits that make the normal form are recorded; false when a
 * code unit is one that normalisation reshapes.
 */
function scanInto(text: string, L: Lexemes, out: TokenArrays, edits: Edits | null): boolean {
  const table = edits ? NORMAL : RAW;
  const len = text.length;
  let { start: S, end: E, kind: K, gap: G, lex: X } = out;
  let n = out.n;
  let i = 0;
  let gap = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    let k = table[c]!;
    if (k === 0) k = classify(c, table);
    if (k & C_SPACE) {
      if (k & C_REPLACED) edits!.replace(text, i, i + 1, (k & C_NEWLINE) !== 0 ? '\n' : ' ');
      gap = (k & C_NEWLINE) === 0 ? (gap === 0 ? 1 : gap) : gap >= 2 ? 3 : 2;
      i++;
      continue;
    }
    const start = i;
    let kind = K_WORD;
    let id: number;
    if (k & C_LETTER) {
      i = wordEnd(text, i + 1, table, Math.imul(HASH_SEED ^ c, HASH_PRIME));
      id = L.internHashed(text, start, i, wordHash[0]!);
      if (edits) id = normalWordAt(text, start, i, id, L, edits);
    } else {
      if (k & C_RESHAPED) return false;
      kind = k & C_DIGIT ? K_NUMBER : K_PUNCT;
      i = kind === K_NUMBER ? numberEnd(text, i + 1) : punctEnd(text, i, c);
      // a replaced punctuation character is a dash variant: `-`
      if (k & C_REPLACED) edits!.replace(text, start, i, '-');
      id = k & C_REPLACED ? L.intern('-', 0, 1) : i === start + 1 ? L.internUnit(text, start, c) : L.intern(text, start, i);
    }
    if (n === S.length) {
      out.n = n;
      out.grow();
      ({ start: S, end: E, kind: K, gap: G, lex: X } = out);
    }
    S[n] = start;
    E[n] = i;
    K[n] = kind;
    G[n] = gap;
    X[n] = id;
    n++;
    gap = 0;
  }
  out.n = n;
  return true;
}

/** The hash of the word {@link wordEnd} scanned last (a typed array: an int32 in a variable can be a heap number). */
const wordHash = new Int32Array(1);

/** The end of the word going on at i, its hash (`h` so far) left in {@link wordHash}. */
function wordEnd(text: string, i: number, table: Uint8Array, h: number): number {
  const len = text.length;
  for (; i < len; i++) {
    const d = text.charCodeAt(i);
    let k = table[d]!;
    if (k === 0) k = classify(d, table);
    if ((k & C_LETTER) === 0) break;
    h = Math.imul(h ^ d, HASH_PRIME);
  }
  wordHash[0] = h;
  return i;
}

/** Word `id` at [start, end) in its normal form, with the edit recorded when it changes. */
function normalWordAt(text: string, start: number, end: number, id: number, L: Lexemes, edits: Edits): number {
  const to = L.normalForm(id);
  if (to !== id) edits.replace(text, start, end, L.surface[to]!);
  return to;
}

/** The end of one punctuation character at i; a valid surrogate pair stays together. */
function punctEnd(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/** The end of a number: digits, with `.` or `,` between digits (`1.000`, `2,5`). */
function numberEnd(text: string, i: number): number {
  const len = text.length;
  for (;;) {
    while (i < len && isDigitCode(text.charCodeAt(i))) i++;
    const d = text.charCodeAt(i);
    if ((d === 0x2e || d === 0x2c) && i + 1 < len && isDigitCode(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    return i;
  }
}
