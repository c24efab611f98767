/**
 * The one scan of a (normalised) text: syllables (letter runs), numbers,
 * single punctuation characters, with the white space before each token,
 * each token interned as a lexeme. Char codes only, no regular expressions.
 */
import { isDigitCode, isLetterCode, isNewlineCode, isSpaceCode } from './chars.js';
import { HASH_PRIME, HASH_SEED, type Lexemes } from './lexemes.js';
import { K_NUMBER, K_PUNCT, K_WORD, TokenArrays } from './tokens.js';

export function scanText(text: string, lexemes: Lexemes): TokenArrays {
  const len = text.length;
  // about one token for every three or four code units in Vietnamese text
  const out = new TokenArrays(((len / 3) | 0) + 16);
  let i = 0;
  let newlines = 0;
  let spaced = false;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (isNewlineCode(c)) newlines++;
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    const gap = !spaced ? 0 : newlines >= 2 ? 3 : newlines === 1 ? 2 : 1;
    spaced = false;
    newlines = 0;
    if (isLetterCode(c)) {
      // hash while scanning: a word seen before costs no second pass
      let h = Math.imul(HASH_SEED ^ c, HASH_PRIME);
      i++;
      for (; i < len; i++) {
        const d = text.charCodeAt(i);
        if (!isLetterCode(d)) break;
        h = Math.imul(h ^ d, HASH_PRIME);
      }
      out.push(start, i, K_WORD, gap, lexemes.internHashed(text, start, i, h));
      continue;
    }
    let kind: number;
    if (isDigitCode(c)) {
      i = numberEnd(text, i + 1);
      kind = K_NUMBER;
    } else {
      // one punctuation character; a valid surrogate pair stays together
      i++;
      if (c >= 0xd800 && c <= 0xdbff && i < len) {
        const d = text.charCodeAt(i);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      kind = K_PUNCT;
    }
    out.push(start, i, kind, gap, lexemes.intern(text, start, i));
  }
  return out;
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
