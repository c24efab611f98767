/**
 * Shared pieces of the mark-based decoders (VNI, VIQR): the combining marks,
 * a vowel being built, and its composition into one NFC letter.
 */

export const GRAVE = '\u0300';
export const ACUTE = '\u0301';
export const TILDE = '\u0303';
export const HOOK = '\u0309';
export const DOT = '\u0323';
export const CIRCUMFLEX = '\u0302';
export const BREVE = '\u0306';
export const HORN = '\u031B';

const TONES = new Set([GRAVE, ACUTE, TILDE, HOOK, DOT]);
const QUALITIES = new Set([CIRCUMFLEX, BREVE, HORN]);

/** Which plain vowels take each quality mark: â ê ô, ă, ơ ư. */
const QUALITY_BASES: Record<string, string> = {
  [CIRCUMFLEX]: 'aeo',
  [BREVE]: 'a',
  [HORN]: 'ou',
};

/** A vowel already written to the output, that a following mark may change. */
export interface Vowel {
  /** its slot in the output array */
  index: number;
  /** the plain letter, with its case: one of aeiouy / AEIOUY */
  base: string;
  /** '' or one of CIRCUMFLEX, BREVE, HORN */
  quality: string;
  /** '' or one of the five tone marks */
  tone: string;
}

export function compose(v: Vowel): string {
  return (v.base + v.quality + v.tone).normalize('NFC');
}

/** Can `quality` and/or `tone` be added to `v`? */
export function canApply(v: Vowel, quality: string, tone: string): boolean {
  if (quality !== '') {
    if (v.quality !== '' || v.tone !== '') return false;
    const bases = QUALITY_BASES[quality];
    if (bases === undefined || !bases.includes(v.base.toLowerCase())) return false;
  }
  if (tone !== '' && v.tone !== '') return false;
  return true;
}

const PLAIN_VOWEL = /^[aeiouyAEIOUY]$/;

/**
 * Split one character into a Vowel (without its index) when it is a
 * Vietnamese vowel letter, precomposed or not: `ấ` -> a + circumflex + acute.
 */
export function analyzeVowel(ch: string): Omit<Vowel, 'index'> | null {
  const d = ch.normalize('NFD');
  const base = d[0];
  if (base === undefined || !PLAIN_VOWEL.test(base)) return null;
  let quality = '';
  let tone = '';
  for (const m of d.slice(1)) {
    if (QUALITIES.has(m) && quality === '') quality = m;
    else if (TONES.has(m) && tone === '') tone = m;
    else return null;
  }
  if (quality !== '' && !canApply({ index: 0, base, quality: '', tone: '' }, quality, '')) return null;
  return { base, quality, tone };
}

export function isToneMark(ch: string): boolean {
  return TONES.has(ch);
}
