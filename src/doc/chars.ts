/**
 * Character classes over UTF-16 code units, with lazily filled tables for
 * the code units outside ASCII (one `\p{…}` test per distinct code unit).
 */
import { lazyRegExp } from '../regexp.js';

const letterTable = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes
const upperTable = new Uint8Array(0x10000);
const LETTER_RE = lazyRegExp('^[\\p{L}\\p{M}]$');
const UPPER_RE = lazyRegExp('^\\p{Lu}$');

/** Letter or combining mark (UTF-16 code unit; surrogates are not letters here). */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = letterTable[c]!;
  if (v === 0) {
    v = LETTER_RE().test(String.fromCharCode(c)) ? 2 : 1;
    letterTable[c] = v;
  }
  return v === 2;
}

/** Upper-case letter (Lu). */
export function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = upperTable[c]!;
  if (v === 0) {
    v = UPPER_RE().test(String.fromCharCode(c)) ? 2 : 1;
    upperTable[c] = v;
  }
  return v === 2;
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** White space that separates tokens (after normalisation). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13;
  return c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}

/**
 * White space exactly as `\s` of JavaScript regular expressions (the
 * Unicode space separators, line terminators and U+FEFF): a test by code,
 * where a regular expression per character would cost a call.
 */
export function isRegExpSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Words joined by single spaces, with no other white space, no control
 * character and no space at either end: nothing for {@link collapseSpaces}
 * to change (the usual case, told without a regular expression).
 */
export function singleSpaced(s: string): boolean {
  let prevSpace = true;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c < 32 || (c >= 0x80 && isRegExpSpaceCode(c))) return false;
    else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

/** White space runs made one space, the ends trimmed: `s` itself when it is {@link singleSpaced}. */
export function collapseSpaces(s: string): string {
  return singleSpaced(s) ? s : s.replace(/\s+/gu, ' ').trim();
}

/** A line break among the separators. */
export function isNewlineCode(c: number): boolean {
  return c === 10 || c === 0x2028 || c === 0x2029;
}
