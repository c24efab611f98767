/**
 * Vietnamese vowel tables: every precomposed vowel split into its base
 * (with quality marks: ă â ê ô ơ ư) and its tone, and back.
 *
 * Tones are the five marks of the Vietnamese orthography: huyền (grave,
 * U+0300), sắc (acute, U+0301), hỏi (hook above, U+0309), ngã (tilde,
 * U+0303) and nặng (dot below, U+0323). Source: Unicode Standard, Vietnamese
 * alphabet in the Latin Extended Additional block (U+1EA0–U+1EF9).
 */

export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

const BASES = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';

/** code unit of a toned/untoned vowel -> base vowel code unit */
const baseOf = new Map<number, number>();
/** code unit of a toned/untoned vowel -> tone index 0..5 */
const toneOf = new Map<number, number>();
/** `${base}${tone}` -> composed code unit */
const composeTable = new Map<number, number>();

for (const base of BASES) {
  const b = base.charCodeAt(0);
  for (let t = 0; t < TONE_MARKS.length; t++) {
    const composed = (base + TONE_MARKS[t]).normalize('NFC');
    if (composed.length !== 1) continue;
    const c = composed.charCodeAt(0);
    baseOf.set(c, b);
    toneOf.set(c, t);
    composeTable.set(b * 8 + t, c);
  }
}

/** The same tables as arrays over the code units up to U+1EFF (base + 1, 0 for none; tone). */
const BASE_TABLE = new Uint16Array(0x1f00);
const TONE_TABLE = new Uint8Array(0x1f00);
for (const [c, b] of baseOf) {
  BASE_TABLE[c] = b + 1;
  TONE_TABLE[c] = toneOf.get(c)!;
}

/** Base vowel (tone removed, quality marks kept) of a code unit, or -1 when it is not a vowel. */
export function vowelBase(code: number): number {
  return code < 0x1f00 ? BASE_TABLE[code]! - 1 : -1;
}

/** Tone index (0 = none) of a vowel code unit; 0 for anything else. */
export function vowelTone(code: number): number {
  return code < 0x1f00 ? TONE_TABLE[code]! : 0;
}

/** Compose a base vowel with a tone index. */
export function composeVowel(base: number, tone: number): number {
  return composeTable.get(base * 8 + tone) ?? base;
}

const PLAIN_LOWER: Record<string, string> = {
  ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u',
};

/**
 * The letter a syllable starts with, without any mark (`Ủ` -> `u`, `Đ` -> `đ`):
 * used to match abbreviations against the initials of their definitions.
 * `đ` stays apart from `d`.
 */
export function initialLetter(ch: string): string {
  const lower = ch.toLowerCase();
  const code = lower.charCodeAt(0);
  const b = baseOf.get(code);
  if (b === undefined) return lower;
  const base = String.fromCharCode(b);
  return PLAIN_LOWER[base] ?? base;
}
