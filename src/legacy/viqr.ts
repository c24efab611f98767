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
import { lazyRegExp } from '../regexp.js';

const QUALITY_CHARS: Record<string, string> = { '^': CIRCUMFLEX, '(': BREVE, '+': HORN };
const TONE_CHARS: Record<string, string> = { "'": ACUTE, '`': GRAVE, '?': HOOK, '~': TILDE, '.': DOT };
/** Every character that VIQR may read as a mark (what a backslash escapes). */
export const VIQR_MARK_CHARS = "^(+'`?~.";

const LETTER = lazyRegExp('^\\p{L}$');
const MARK = lazyRegExp('^\\p{M}$');

/** Decode VIQR text (`Vie^.t Nam` -> `Việt Nam`), NFC. */
export function decodeViqr(text: string): string {
  const cps = Array.from(text);
  const d = new ViqrDecoder();
  for (let i = 0; i < cps.length; ) i += d.read(cps[i] as string, cps[i + 1]);
  return d.out.join('').normalize('NFC');
}

/** The output so far and what the marks that follow may change. */
class ViqrDecoder {
  readonly out: string[] = [];
  /** the vowel right before the current position, if marks may change it */
  last: Vowel | null = null;
  /** the current word already carries a tone */
  wordTone = false;

  /** Read the code point ch, `next` after it: how many code points it took (1, or 2 for `\?` and `dd`). */
  read(ch: string, next: string | undefined): number {
    if (this.escaped(ch, next) || this.dd(ch, next)) return 2;
    if (!this.quality(ch) && !this.tone(ch, next)) this.literal(ch);
    return 1;
  }

  /** A word ends (a space, punctuation): no vowel to mark, no tone yet. */
  private boundary(): void {
    this.last = null;
    this.wordTone = false;
  }

  /** A backslash before a mark character keeps it literal: `gi`\?` -> `gì?`. */
  private escaped(ch: string, next: string | undefined): boolean {
    if (ch === '\\' && next !== undefined && VIQR_MARK_CHARS.includes(next)) {
      this.out.push(next);
      this.boundary();
      return true;
    }
    return false;
  }

  /** `dd` -> `đ`, `DD` and `Dd` -> `Đ`, where no vowel comes right before (`ddi`, `HDDND`; not `add`). */
  private dd(ch: string, next: string | undefined): boolean {
    if ((ch === 'd' || ch === 'D') && this.last === null && (next === 'd' || next === 'D') && !(ch === 'd' && next === 'D')) {
      this.out.push(ch === 'd' ? 'đ' : 'Đ');
      this.last = null;
      return true;
    }
    return false;
  }

  /** A quality mark after a vowel that takes it: a^ -> â, a( -> ă, o+ -> ơ. */
  private quality(ch: string): boolean {
    const quality = QUALITY_CHARS[ch];
    const { last } = this;
    if (quality !== undefined && last !== null && canApply(last, quality, '')) {
      last.quality = quality;
      this.out[last.index] = compose(last);
      return true;
    }
    return false;
  }

  /**
   * A tone mark after a vowel of a word without a tone yet (a' -> á, a. ->
   * ạ); not `..` (an ellipsis) nor `?!`, `??`.
   */
  private tone(ch: string, next: string | undefined): boolean {
    const tone = TONE_CHARS[ch];
    const { last } = this;
    if (
      tone !== undefined &&
      last !== null &&
      !this.wordTone &&
      canApply(last, '', tone) &&
      !(ch === '.' && next === '.') &&
      !(ch === '?' && (next === '?' || next === '!'))
    ) {
      last.tone = tone;
      this.out[last.index] = compose(last);
      this.wordTone = true;
      return true;
    }
    return false;
  }

  /** Any other code point, copied: a vowel may take marks after it; a non-letter ends the word. */
  private literal(ch: string): void {
    const { out } = this;
    out.push(ch);
    if (LETTER().test(ch)) {
      const v = analyzeVowel(ch);
      if (v !== null) {
        if (v.tone !== '') this.wordTone = true;
        this.last = { index: out.length - 1, ...v };
      } else {
        this.last = null;
      }
    } else if (MARK().test(ch)) {
      // NFD input: a combining mark belongs to the word but ends VIQR composition.
      if (isToneMark(ch)) this.wordTone = true;
      this.last = null;
    } else {
      this.boundary();
    }
  }
}
