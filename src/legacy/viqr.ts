/**
 * VIQR, Vietnamese Quoted-Readable (RFC 1456, Viet-Std 1992): 7-bit ASCII
 * with the marks written after the vowel.
 *
 * Source of the mapping: RFC 1456 §VIQR (Vietnamese Standardization Working
 * Group, May 1993) and the Viet-Std VIQR summary it is based on:
 *
 *   breve (   circumflex ^   horn +            (quality, first)
 *   acute '   grave `   hook ?   tilde ~   dot below .   (tone, after it)
 *   dd -> đ, DD or Dd -> Đ;  a backslash before a mark character keeps
 *   it literal: `gi`\?` -> `gì?`.
 *
 * RFC 1456 interprets a mark character as a mark "if and only if it can
 * combine with the previous letter into a legal Vietnamese character"; we
 * apply that rule, and a few more so that ordinary punctuation in text that
 * is not VIQR survives:
 * - a tone mark applies only when its word has no tone yet, so `Hà Nội?`,
 *   `Nội.` and a closing quote after a toned word stay as they are;
 * - `..` (an ellipsis) and `?!`/`??` are punctuation, not a dot or hook;
 * - `dd` is `đ` only where no vowel comes right before it (`add`, `ladder`
 *   stay; `ddi`, `HDDND` are `đi`, `HĐND`), as `đ` only begins a syllable.
 * RFC 1456's mode switches (English / Vietnamese / literal mode) are not
 * implemented: the whole input is read in Vietnamese mode.
 */
import {
  ACUTE, BREVE, CIRCUMFLEX, DOT, GRAVE, HOOK, HORN, TILDE,
  analyzeVowel, canApply, compose, isToneMark, type Vowel,
} from './marks.js';

const QUALITY_CHARS: Record<string, string> = { '^': CIRCUMFLEX, '(': BREVE, '+': HORN };
const TONE_CHARS: Record<string, string> = { "'": ACUTE, '`': GRAVE, '?': HOOK, '~': TILDE, '.': DOT };
/** Every character that VIQR may read as a mark (what a backslash escapes). */
export const VIQR_MARK_CHARS = "^(+'`?~.";

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

export function decodeViqr(text: string): string {
  const cps = Array.from(text);
  const out: string[] = [];
  /** the vowel right before the current position, if marks may change it */
  let last: Vowel | null = null;
  /** the current word already carries a tone */
  let wordTone = false;

  const boundary = (): void => {
    last = null;
    wordTone = false;
  };

  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i] as string;
    const next = cps[i + 1];

    if (ch === '\\' && next !== undefined && VIQR_MARK_CHARS.includes(next)) {
      out.push(next);
      i++;
      boundary();
      continue;
    }

    if ((ch === 'd' || ch === 'D') && last === null && (next === 'd' || next === 'D') && !(ch === 'd' && next === 'D')) {
      out.push(ch === 'd' ? 'đ' : 'Đ');
      i++;
      last = null;
      continue;
    }

    const quality = QUALITY_CHARS[ch];
    if (quality !== undefined && last !== null && canApply(last, quality, '')) {
      last.quality = quality;
      out[last.index] = compose(last);
      continue;
    }

    const tone = TONE_CHARS[ch];
    if (
      tone !== undefined &&
      last !== null &&
      !wordTone &&
      canApply(last, '', tone) &&
      !(ch === '.' && next === '.') &&
      !(ch === '?' && (next === '?' || next === '!'))
    ) {
      last.tone = tone;
      out[last.index] = compose(last);
      wordTone = true;
      continue;
    }

    out.push(ch);
    if (LETTER.test(ch)) {
      const v = analyzeVowel(ch);
      if (v !== null) {
        if (v.tone !== '') wordTone = true;
        last = { index: out.length - 1, ...v };
      } else {
        last = null;
      }
    } else if (MARK.test(ch)) {
      // NFD input: a combining mark belongs to the word but ends VIQR composition.
      if (isToneMark(ch)) wordTone = true;
      last = null;
    } else {
      boundary();
    }
  }
  return out.join('').normalize('NFC');
}
