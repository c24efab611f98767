/**
 * VNI (the VNI-Windows fonts: VNI-Times, VNI-Helve, …): ASCII base letters
 * followed by Latin-1 characters that the fonts draw as marks, plus a few
 * Latin-1 characters that stand for a whole Vietnamese letter.
 *
 * Source of the mapping: the VNI-Windows layout as tabulated in public
 * converters, e.g. `vni.h` of xvnkb (Dao Hai Lam, 2002, github.com/lamdao/xvnkb)
 * and `src/charsets.ts` of vietnamese-conversion (github.com/duydev/
 * vietnamese-conversion); both agree with the table below.
 *
 *   mark after a vowel        lower  upper
 *   acute / grave / hook       ù ø û  Ù Ø Û
 *   tilde / dot below          õ ï    Õ Ï
 *   circumflex (a e o)         â      Â
 *   circumflex + acute/grave   á à    Á À
 *   circumflex + hook/tilde    å ã    Å Ã
 *   circumflex + dot below     ä      Ä
 *   breve (a)                  ê      Ê
 *   breve + acute/grave        é è    É È
 *   breve + hook/tilde         ú ü    Ú Ü
 *   breve + dot below          ë      Ë
 *
 *   whole letters: ô Ô = ơ Ơ, ö Ö = ư Ư, ñ Ñ = đ Đ, î Î = ỵ Ỵ,
 *   í ì æ ó ò (Í Ì Æ Ó Ò) = í ì ỉ ĩ ị (Í Ì Ỉ Ĩ Ị).
 *
 * A mark applies only right after a vowel that can take it (a circumflex
 * after a e o, a breve after a, a tone after an untoned vowel); anywhere else
 * the character is kept as it is, so Latin-1 text in other positions is not
 * touched. The case of the result follows the base letter (`Aù` and `AÙ`
 * are both `Á`).
 */
import {
  ACUTE, BREVE, CIRCUMFLEX, DOT, GRAVE, HOOK, HORN, TILDE,
  canApply, compose, type Vowel,
} from './marks.js';

/** [lower, upper, quality, tone] */
const MARK_ROWS: [string, string, string, string][] = [
  ['ù', 'Ù', '', ACUTE],
  ['ø', 'Ø', '', GRAVE],
  ['û', 'Û', '', HOOK],
  ['õ', 'Õ', '', TILDE],
  ['ï', 'Ï', '', DOT],
  ['â', 'Â', CIRCUMFLEX, ''],
  ['á', 'Á', CIRCUMFLEX, ACUTE],
  ['à', 'À', CIRCUMFLEX, GRAVE],
  ['å', 'Å', CIRCUMFLEX, HOOK],
  ['ã', 'Ã', CIRCUMFLEX, TILDE],
  ['ä', 'Ä', CIRCUMFLEX, DOT],
  ['ê', 'Ê', BREVE, ''],
  ['é', 'É', BREVE, ACUTE],
  ['è', 'È', BREVE, GRAVE],
  ['ú', 'Ú', BREVE, HOOK],
  ['ü', 'Ü', BREVE, TILDE],
  ['ë', 'Ë', BREVE, DOT],
];

/** [lower, upper, base letter (lower), quality, tone] */
const LETTER_ROWS: [string, string, string, string, string][] = [
  ['ô', 'Ô', 'o', HORN, ''],
  ['ö', 'Ö', 'u', HORN, ''],
  ['î', 'Î', 'y', '', DOT],
  ['í', 'Í', 'i', '', ACUTE],
  ['ì', 'Ì', 'i', '', GRAVE],
  ['æ', 'Æ', 'i', '', HOOK],
  ['ó', 'Ó', 'i', '', TILDE],
  ['ò', 'Ò', 'i', '', DOT],
];

const MARKS = new Map<string, { quality: string; tone: string }>();
for (const [lower, upper, quality, tone] of MARK_ROWS) {
  MARKS.set(lower, { quality, tone });
  MARKS.set(upper, { quality, tone });
}

const LETTERS = new Map<string, Omit<Vowel, 'index'>>();
for (const [lower, upper, base, quality, tone] of LETTER_ROWS) {
  LETTERS.set(lower, { base, quality, tone });
  LETTERS.set(upper, { base: base.toUpperCase(), quality, tone });
}

const PLAIN_VOWEL = /^[aeiouyAEIOUY]$/;

export function decodeVni(text: string): string {
  const out: string[] = [];
  let last: Vowel | null = null;
  for (const ch of text) {
    const mark = MARKS.get(ch);
    if (mark !== undefined && last !== null && canApply(last, mark.quality, mark.tone)) {
      if (mark.quality !== '') last.quality = mark.quality;
      if (mark.tone !== '') last.tone = mark.tone;
      out[last.index] = compose(last);
      continue;
    }
    if (ch === 'ñ' || ch === 'Ñ') {
      out.push(ch === 'ñ' ? 'đ' : 'Đ');
      last = null;
      continue;
    }
    const letter = LETTERS.get(ch);
    if (letter !== undefined) {
      last = { index: out.length, ...letter };
      out.push(compose(last));
      continue;
    }
    out.push(ch);
    last = PLAIN_VOWEL.test(ch) ? { index: out.length - 1, base: ch, quality: '', tone: '' } : null;
  }
  return out.join('').normalize('NFC');
}
