/**
 * Tokenizer for (normalised) Vietnamese administrative text.
 *
 * Two layers:
 * 1. {@link scan}: syllables (letter runs), numbers, single punctuation
 *    characters, with the white space before each token recorded.
 * 2. {@link tokenize}: the same tokens with abbreviation shapes merged into one
 *    token (`HĐND`, `ThS`, `KT-XH`, `QP- AN`, `NN&PTNT`, `đ/c`, `T.Ư`) and
 *    document codes merged into one `code` token (`04-NQ/HU`,
 *    `178/QĐ-UBND`, `30/2020/NĐ-CP`).
 *
 * Offsets are UTF-16 code units into the string given (callers pass the
 * normalised text and map back with its offset map).
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'abbr' | 'code';

/** A token: a half-open range of the text with its kind. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** White space right before the token: 0 none, 1 spaces, 2 one line break, 3 a blank line or more. */
  gap: 0 | 1 | 2 | 3;
}

const letterTable = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes
const LETTER_RE = /^[\p{L}\p{M}]$/u;
const UPPER_RE = /^\p{Lu}$/u;

/** Letter or combining mark (UTF-16 code unit; surrogates are not letters here). */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = letterTable[c]!;
  if (v === 0) {
    v = LETTER_RE.test(String.fromCharCode(c)) ? 2 : 1;
    letterTable[c] = v;
  }
  return v === 2;
}

const upperTable = new Uint8Array(0x10000);
/** Upper-case letter (Lu). */
export function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = upperTable[c]!;
  if (v === 0) {
    v = UPPER_RE.test(String.fromCharCode(c)) ? 2 : 1;
    upperTable[c] = v;
  }
  return v === 2;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13;
}

/**
 * First layer: syllables, numbers and punctuation.
 *
 * @example
 * ```ts
 * scan('HU-Chủ tịch').map((t) => t.text); // ['HU', '-', 'Chủ', 'tịch']
 * ```
 */
export function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const len = text.length;
  let i = 0;
  let gap: 0 | 1 | 2 | 3 = 0;
  let newlines = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || (c >= 0x80 && (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029))) {
      if (c === 10 || c === 0x2028 || c === 0x2029) newlines++;
      gap = newlines >= 2 ? 3 : newlines === 1 ? 2 : 1;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isLetterCode(c)) {
      i++;
      while (i < len && isLetterCode(text.charCodeAt(i))) i++;
      kind = 'word';
    } else if (isDigit(c)) {
      i++;
      for (;;) {
        while (i < len && isDigit(text.charCodeAt(i))) i++;
        const d = text.charCodeAt(i);
        if ((d === 0x2e || d === 0x2c) && i + 1 < len && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
      kind = 'number';
    } else {
      // one punctuation character; a valid surrogate pair stays together
      i++;
      if (c >= 0xd800 && c <= 0xdbff && i < len) {
        const d = text.charCodeAt(i);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      kind = 'punct';
    }
    tokens.push({ kind, start, end: i, text: text.slice(start, i), gap });
    gap = 0;
    newlines = 0;
  }
  return tokens;
}

/** Number of upper-case letters in a word. */
export function upperCount(word: string): number {
  let n = 0;
  for (let k = 0; k < word.length; k++) if (isUpperCode(word.charCodeAt(k))) n++;
  return n;
}

/** All letters upper case (at least one letter). */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!isLetterCode(c)) continue;
    if (c >= 0x300 && c <= 0x36f) continue;
    letters++;
    if (!isUpperCode(c)) return false;
  }
  return letters > 0;
}

/**
 * An abbreviation shape: at least two capitals (`HU`, `HĐND`, `ThS`, `TTg`,
 * `QyĐ`), short enough to be one.
 */
export function isAbbrShape(word: string): boolean {
  return word.length >= 2 && word.length <= 12 && upperCount(word) >= 2;
}

function isPunct(t: Token | undefined, ch: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === ch;
}

/**
 * Try to read a document code starting at token `i` (a number):
 * NUMBER ( [/-] (NUMBER | WORD) )+ without spaces, with at least one `/` and
 * one upper-case part. Returns the index after the code, or -1.
 */
function readCode(tokens: Token[], i: number, scanned: { end: number }): number {
  let j = i + 1;
  let slash = false;
  let upper = false;
  let lastPart = i;
  while (j + 1 < tokens.length) {
    const sep = tokens[j]!;
    const part = tokens[j + 1]!;
    if (!(isPunct(sep, '/') || isPunct(sep, '-'))) break;
    if (sep.gap !== 0 || part.gap !== 0) {
      // `669/QĐ – TTg`: spaces around a dash between two capitalised parts
      const spacedDash = sep.text === '-' && sep.gap <= 1 && part.gap <= 1 && part.kind === 'word' && upperCount(part.text) >= 2 && tokens[j - 1]!.kind === 'word';
      if (!spacedDash) break;
    }
    if (part.kind !== 'word' && part.kind !== 'number') break;
    if (part.kind === 'word') {
      if (upperCount(part.text) === 0) break;
      upper = true;
    }
    if (sep.text === '/') slash = true;
    lastPart = j + 1;
    j += 2;
  }
  // a failed chain fails from every later number in it too: remember how far it went
  scanned.end = lastPart + 1;
  if (!slash || !upper) return -1;
  return lastPart + 1;
}

/** A part that can continue an abbreviation compound after a connector. */
function compoundPart(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (isAbbrShape(t.text) || (t.text.length === 1 && isUpperCode(t.text.charCodeAt(0))));
}

/**
 * Read an abbreviation compound starting at word token `i`. Returns the index
 * after it (i + 1 when the word stands alone).
 */
function readCompound(tokens: Token[], i: number): number {
  const first = tokens[i]!;
  // slash form: short word / short word, no spaces (đ/c, Đ/c, T/h)
  const s1 = tokens[i + 1];
  const s2 = tokens[i + 2];
  if (isPunct(s1, '/') && s2 && s2.kind === 'word' && s1!.gap === 0 && s2.gap === 0 && first.text.length <= 2 && s2.text.length <= 3) {
    return i + 3;
  }
  const firstShape = isAbbrShape(first.text);
  const firstLetter = first.text.length === 1 && isUpperCode(first.text.charCodeAt(0));
  if (!firstShape && !firstLetter) return i + 1;
  let j = i + 1;
  let end = i + 1;
  while (j + 1 < tokens.length) {
    const sep = tokens[j]!;
    const part = tokens[j + 1]!;
    if (sep.kind !== 'punct' || !compoundPart(part)) break;
    const ch = sep.text;
    if (ch === '.') {
      // dotted: T.Ư, UVT.Ư (no spaces, all capitals)
      if (sep.gap !== 0 || part.gap !== 0 || !isAllCaps(tokens[j - 1]!.text) || !isAllCaps(part.text)) break;
    } else if (ch === '-' || ch === '&') {
      if (sep.gap === 0 && part.gap === 0) {
        // KT-XH, NN&PTNT
      } else if (sep.gap <= 1 && part.gap <= 1 && isAllCaps(tokens[j - 1]!.text) && isAllCaps(part.text) && isAbbrShape(part.text) && isAbbrShape(tokens[j - 1]!.text)) {
        // spaced: QP- AN, VH – XH
      } else break;
    } else break;
    end = j + 2;
    j += 2;
  }
  if (end === i + 1 && firstLetter) return i + 1;
  return end;
}

/**
 * Tokenize with abbreviation shapes and document codes merged.
 *
 * @example
 * ```ts
 * tokenize('Bí thư HU-Chủ tịch').map((t) => `${t.kind}:${t.text}`);
 * // ['word:Bí', 'word:thư', 'abbr:HU', 'punct:-', 'word:Chủ', 'word:tịch']
 * tokenize('theo 04-NQ/HU').at(-1);  // { kind: 'code', text: '04-NQ/HU', … }
 * ```
 */
export function tokenize(text: string): Token[] {
  return merge(scan(text), text);
}

/** Second layer over scanned tokens (exported for the annotator). */
export function merge(base: Token[], text: string): Token[] {
  const out: Token[] = [];
  const scanned = { end: 0 };
  let i = 0;
  while (i < base.length) {
    const t = base[i]!;
    if (t.kind === 'number' && i >= scanned.end) {
      const end = readCode(base, i, scanned);
      if (end > 0) {
        const last = base[end - 1]!;
        out.push({ kind: 'code', start: t.start, end: last.end, text: text.slice(t.start, last.end), gap: t.gap });
        i = end;
        continue;
      }
    } else if (t.kind === 'word') {
      const end = readCompound(base, i);
      if (end > i + 1 || isAbbrShape(t.text)) {
        const last = base[end - 1]!;
        out.push({ kind: 'abbr', start: t.start, end: last.end, text: text.slice(t.start, last.end), gap: t.gap });
        i = end;
        continue;
      }
    }
    out.push(t);
    i++;
  }
  return out;
}
