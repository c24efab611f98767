/**
 * Vietnamese normalisation with an offset map back to the input.
 *
 * What changes (and why):
 * - Unicode NFC: a base letter followed by combining marks is composed
 *   (`a` + U+0300 -> `à`), so NFD input (macOS, some PDF extractions) matches.
 * - Tone-mark placement: `hoà` -> `hòa`, `Uỷ` -> `Ủy` (see `tone.ts`).
 * - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the soft
 *   hyphen (U+00AD) are removed: they are invisible and split words.
 * - No-break and other space separators become a plain space.
 * - Dash variants (‐ ‑ ‒ – — ― − ﹘ ﹣ －) become `-`.
 * - `\r\n` and lone `\r`, U+0085, U+2028, U+2029 become `\n`.
 * - `Ð` (U+00D0, Icelandic eth, produced for `Đ` by some legacy converters)
 *   becomes `Đ` (U+0110).
 *
 * Everything else is kept as is: letter case, punctuation and line breaks.
 * Line breaks inside a phrase are treated as spaces by the matcher, not here.
 */
import { fixSyllableTone } from './tone.js';
import { vowelBase, vowelTone } from './vowels.js';

/** The result of {@link normalize}. */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /**
   * Map an offset in the normalised text (0..text.length) to the offset of the
   * same position in the original input. Use it for span starts.
   */
  toOriginal(offset: number): number;
  /**
   * Like {@link Normalized.toOriginal}, for span ends: a span that ends right
   * before a removed invisible character does not take it in, and a span that
   * ends after a composed letter ends after all of its original code units.
   */
  toOriginalEnd(offset: number): number;
}

// Lazily filled tables for non-ASCII BMP code units.
// markTable: 0 unknown, 1 not a mark, 2 combining mark
// nfcTable: 0 unknown, 1 NFC-stable alone, 2 changes under NFC
const markTable = new Uint8Array(0x10000);
const nfcTable = new Uint8Array(0x10000);
const MARK_RE = /^\p{M}$/u;

/** Is this UTF-16 code unit a combining mark (General Category M)? */
export function isMark(c: number): boolean {
  if (c < 0x300) return false;
  if (c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let m = markTable[c]!;
  if (m === 0) {
    m = MARK_RE.test(String.fromCharCode(c)) ? 2 : 1;
    markTable[c] = m;
  }
  return m === 2;
}

function changesUnderNfc(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let m = nfcTable[c]!;
  if (m === 0) {
    const ch = String.fromCharCode(c);
    m = ch.normalize('NFC') === ch ? 1 : 2;
    nfcTable[c] = m;
  }
  return m === 2;
}

function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}

function isSpaceVariant(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}

/** Dash variants that we read as a hyphen-minus. */
export function isDashVariant(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

function isLineBreakVariant(c: number): boolean {
  return c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** A letter that can be part of a Vietnamese syllable (for the tone pass). */
function isVietLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x111 || c === 0x110 || vowelBase(c) !== -1;
}

/**
 * `offset` if it is an offset into a normalised text of length `total`
 * (an integer in 0..total); a RangeError naming it otherwise. Every map checks
 * it, the identity maps of unchanged texts included.
 */
function checkOffset(offset: number, total: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > total) {
    throw new RangeError(`vn-admin-ner: offset ${typeof offset === 'number' ? String(offset) : describe(offset)} is not an integer in 0..${total} (the normalised text's offsets)`);
  }
  return offset;
}

/** Identity maps for a text of length `total`, with the range check. */
function identity(text: string, total: number): Normalized {
  const same = (offset: number): number => checkOffset(offset, total);
  return { text, toOriginal: same, toOriginalEnd: same };
}

/**
 * The normalisation of a text whose normal form `normalized` has the same
 * length and offsets (nothing composed, removed or split): identity maps.
 * @internal
 */
export function sameLength(normalized: string): Normalized {
  return identity(normalized, normalized.length);
}

/** {@link normalUnit}: the code unit stays as it is. */
export const UNIT_KEPT = -1;
/** {@link normalUnit}: the code unit is composed, removed or turns into more than one (or `\r`). */
export const UNIT_RESHAPED = -2;

/**
 * What {@link normalize} makes of one code unit met outside a combining
 * sequence: {@link UNIT_KEPT}, one replacement code unit (a space, `-` or
 * `\n` for a space, dash or line-break variant, `Đ` for `Ð`), or
 * {@link UNIT_RESHAPED} (a combining mark, an invisible character, `\r`, a
 * character NFC changes). Surrogates are kept, as `normalize` keeps them.
 * @internal
 */
export function normalUnit(c: number): number {
  if (c === 13) return UNIT_RESHAPED;
  if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) return UNIT_KEPT;
  if (isMark(c) || isZeroWidth(c)) return UNIT_RESHAPED;
  const replaced = replacementOf(c);
  if (replaced !== -1) return replaced;
  return changesUnderNfc(c) ? UNIT_RESHAPED : UNIT_KEPT;
}

const wordScratch = { codes: new Uint16Array(64) };

/**
 * A word (a run of letters between non-letters, no code unit in it that
 * {@link normalUnit} calls reshaped) as {@link normalize} writes it in a
 * text: `Ð` as `Đ`, then the tone pass (`hoà` -> `hòa`); the same string when
 * nothing changes.
 * @internal
 */
export function normalWord(word: string): string {
  const n = word.length;
  if (n > wordScratch.codes.length) wordScratch.codes = new Uint16Array(n * 2);
  const codes = wordScratch.codes;
  let changed = false;
  for (let k = 0; k < n; k++) {
    const c = word.charCodeAt(k);
    codes[k] = c === 0xd0 ? 0x110 : c;
    if (c === 0xd0) changed = true;
  }
  if (toneRuns(codes, n, undefined)) changed = true;
  return changed ? codesToString(codes, n) : word;
}

const scratch = new Uint16Array(64);

/** Would the tone pass change the letter run [from, to)? */
function toneChanges(text: string, from: number, to: number): boolean {
  if (to - from > scratch.length) return true;
  for (let k = from; k < to; k++) scratch[k - from] = text.charCodeAt(k);
  return fixSyllableTone(scratch, 0, to - from);
}

/** A code unit that normalisation replaces, removes or composes. */
function changes(c: number): boolean {
  return isMark(c) || isZeroWidth(c) || isSpaceVariant(c) || isDashVariant(c) || isLineBreakVariant(c) || c === 0xd0 || changesUnderNfc(c);
}

/** Code-unit classes for the normal-text check, filled on first sight: 1 + bits. */
const CLASS = new Uint8Array(0x10000);
const C_CHANGES = 1;
const C_LETTER = 2;
const C_VOWEL = 4;
const C_TONED = 8;

function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    let bits = 0;
    if (c >= 0x80 && (c < 0xd800 || c > 0xdfff) && changes(c)) bits |= C_CHANGES;
    if (isVietLetter(c)) bits |= C_LETTER;
    if (vowelBase(c) !== -1) bits |= C_VOWEL;
    if (vowelTone(c) !== 0) bits |= C_TONED;
    k = CLASS[c] = bits + 1;
  }
  return k - 1;
}

/**
 * Is the text already normal: nothing that {@link normalize} would change?
 * One pass over the code units; letter runs with non-ASCII letters are tried
 * with the tone pass on a copy.
 */
function unchanged(text: string): boolean {
  const len = text.length;
  let run = -1;
  // a run is tried only when it has a toned vowel next to another vowel
  // (the tone pass moves tones within `oa`, `oe`, `uy` only)
  let suspect = false;
  let prevVowel = false;
  let prevToned = false;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text.charCodeAt(i) : 32;
    if (c === 13) return false;
    const k = classOf(c);
    if (k & C_CHANGES) return false;
    if (k & C_LETTER) {
      if (run < 0) run = i;
      const vowel = (k & C_VOWEL) !== 0;
      const toned = (k & C_TONED) !== 0;
      if (vowel && prevVowel && (toned || prevToned)) suspect = true;
      prevVowel = vowel;
      prevToned = toned;
      continue;
    }
    if (suspect && toneChanges(text, run, i)) return false;
    run = -1;
    suspect = false;
    prevVowel = false;
    prevToned = false;
  }
  return true;
}

/**
 * Normalise Vietnamese text for matching: NFC, one tone-mark placement,
 * invisible characters removed, space and dash variants unified. Returns the
 * normalised text and maps from its offsets back to the input's.
 *
 * @example
 * ```ts
 * const n = normalize('Uỷ ban nhân dân\u200b huyện');
 * n.text;            // 'Ủy ban nhân dân huyện'
 * n.toOriginal(16);  // 17: 'huyện' starts after the removed zero-width space
 * ```
 */
export function normalize(text: string): Normalized {
  if (typeof text !== 'string') {
    throw new TypeError(`vn-admin-ner: normalize() expects a string, got ${describe(text)}`);
  }
  // Fast path: text that is already normal (most text is) comes back as it is.
  if (unchanged(text)) return identity(text, text.length);
  const w = new Rewrite(text.length + 16);
  composeAndCopy(text, copyAsciiPrefix(text, w), w);
  if (w.sawVietnamese) placeTones(w);
  const normalized = codesToString(w.out, w.n);
  if (w.eNorm.length === 0) {
    return identity(normalized, normalized.length);
  }
  return withOffsetMaps(normalized, w);
}

/**
 * The slow path's output: the normalised code units written so far, and the
 * edits, regions where the normalised and original lengths differ (`a` +
 * U+0300 -> `à`, `\r\n` -> `\n`, a removed zero-width space), in order.
 */
class Rewrite {
  out: Uint16Array;
  n = 0;
  readonly eNorm: number[] = [];
  readonly eOrig: number[] = [];
  readonly eNormLen: number[] = [];
  readonly eOrigLen: number[] = [];
  /** a composed cluster or a letter of the Vietnamese ranges was seen: run the tone pass */
  sawVietnamese = false;

  constructor(capacity: number) {
    this.out = new Uint16Array(capacity);
  }

  /** Record an edit; removals next to each other are one edit. */
  addEdit(normPos: number, origPos: number, normLen: number, origLen: number): void {
    const { eNorm, eOrig, eNormLen, eOrigLen } = this;
    const last = eNorm.length - 1;
    if (
      last >= 0 &&
      eNorm[last]! + eNormLen[last]! === normPos &&
      eOrig[last]! + eOrigLen[last]! === origPos &&
      normLen === 0 && eNormLen[last] === 0
    ) {
      eNormLen[last]! += normLen;
      eOrigLen[last]! += origLen;
      return;
    }
    eNorm.push(normPos);
    eOrig.push(origPos);
    eNormLen.push(normLen);
    eOrigLen.push(origLen);
  }

  /** Room for `extra` more code units. */
  ensure(extra: number): void {
    const { n } = this;
    if (n + extra > this.out.length) {
      const bigger = new Uint16Array(Math.max(this.out.length * 2, n + extra + 16));
      bigger.set(this.out.subarray(0, n));
      this.out = bigger;
    }
  }
}

/**
 * Copy the text's ASCII start (no CR) as it is, but for its last character,
 * which may be the base of a combining sequence. Where the rest starts.
 */
function copyAsciiPrefix(text: string, w: Rewrite): number {
  const len = text.length;
  let i = 0;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 13) break;
  }
  // the ASCII character before may be the base of a combining sequence
  if (i > 0) i--;
  const { out } = w;
  for (let k = 0; k < i; k++) out[w.n++] = text.charCodeAt(k);
  return i;
}

/**
 * The composition and copy loop from `i`: clusters of a base and combining
 * marks go through NFC (`a` + U+0300 -> `à`), every other code unit is copied
 * or replaced ({@link copyUnit}).
 */
function composeAndCopy(text: string, i: number, w: Rewrite): void {
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    // length of the base (1, or 2 for a valid surrogate pair)
    let baseLen = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) baseLen = 2;
    }
    const next = i + baseLen < len ? text.charCodeAt(i + baseLen) : -1;
    if (next >= 0x300 && isMark(next) && c !== 13 && c !== 10) {
      i = composeCluster(text, i, baseLen, w);
      continue;
    }
    w.ensure(2);
    i = copyUnit(text, i, c, baseLen, next, w);
  }
}

/**
 * A cluster at i, base + combining marks, composed by NFC (`o` + U+0302 +
 * U+0301 -> `ố`; `Ð` from it becomes `Đ`). At most 30 marks go through NFC
 * with their base (the Unicode stream-safe limit; V8's NFC is quadratic on
 * long runs); further marks are copied as they are. Where the cluster ends.
 */
function composeCluster(text: string, i: number, baseLen: number, w: Rewrite): number {
  const len = text.length;
  let j = i + baseLen;
  while (j < len && j - i - baseLen < 30 && isMark(text.charCodeAt(j))) j++;
  const composed = text.slice(i, j).normalize('NFC');
  w.ensure(composed.length);
  const at = w.n;
  const { out } = w;
  for (let k = 0; k < composed.length; k++) {
    let u = composed.charCodeAt(k);
    if (u === 0xd0) u = 0x110;
    out[w.n++] = u;
  }
  if (composed.length !== j - i) w.addEdit(at, i, composed.length, j - i);
  w.sawVietnamese = true;
  return j;
}

/**
 * One code unit (a surrogate pair) at i that starts no cluster: `\r\n` and
 * other line breaks -> `\n`, zero-width characters removed, space and dash
 * variants -> ` ` and `-`, `Ð` -> `Đ`, a character that NFC changes alone
 * composed (`Å` U+212B -> `Å`). There is room for two code units. Where the
 * next starts.
 */
function copyUnit(text: string, i: number, c: number, baseLen: number, next: number, w: Rewrite): number {
  const { out } = w;
  if (c < 0x80) {
    if (c === 13) {
      if (next === 10) {
        w.addEdit(w.n, i, 1, 2);
        out[w.n++] = 10;
        return i + 2;
      }
      out[w.n++] = 10;
      return i + 1;
    }
    out[w.n++] = c;
    return i + 1;
  }
  if (baseLen === 2) {
    out[w.n++] = c;
    out[w.n++] = text.charCodeAt(i + 1);
    return i + 2;
  }
  if (isZeroWidth(c)) {
    w.addEdit(w.n, i, 0, 1);
    return i + 1;
  }
  const replaced = replacementOf(c);
  if (replaced !== -1) {
    out[w.n++] = replaced;
    return i + 1;
  }
  if (c >= 0xc0 && c <= 0x1ef9) w.sawVietnamese = true;
  if (c >= 0xd800 && c <= 0xdfff) {
    out[w.n++] = c; // lone surrogate: kept as is
    return i + 1;
  }
  if (changesUnderNfc(c)) composeAlone(text, i, w);
  else out[w.n++] = c;
  return i + 1;
}

/** A character at i that NFC changes on its own (`Å` U+212B -> `Å`, U+0958 -> U+0915 U+093C), composed. */
function composeAlone(text: string, i: number, w: Rewrite): void {
  const composed = text[i]!.normalize('NFC');
  w.ensure(composed.length);
  const at = w.n;
  const { out } = w;
  for (let k = 0; k < composed.length; k++) out[w.n++] = composed.charCodeAt(k);
  if (composed.length !== 1) w.addEdit(at, i, composed.length, 1);
}

/** The one code unit that replaces c: a space for a space variant, `-` for a dash, `\n` for a line break, `Đ` for `Ð`; or -1. */
function replacementOf(c: number): number {
  if (isSpaceVariant(c)) return 32;
  if (isDashVariant(c)) return 45;
  if (isLineBreakVariant(c)) return 10;
  if (c === 0xd0) return 0x110;
  return -1;
}

/**
 * The tone pass: one tone-mark placement in every letter run with a
 * non-ASCII letter (`hoà` -> `hòa`, `Uỷ` -> `Ủy`). A removed invisible
 * character still separates syllables.
 */
function placeTones(w: Rewrite): void {
  const { eNorm, eNormLen } = w;
  let breaks: Uint8Array | undefined;
  for (let e = 0; e < eNorm.length; e++) {
    if (eNormLen[e] === 0) {
      breaks ??= new Uint8Array(w.n + 1);
      breaks[eNorm[e]!] = 1;
    }
  }
  toneRuns(w.out, w.n, breaks);
}

/** The tone pass over `out[0..n)`, runs also ending at `breaks`; did anything change? */
function toneRuns(out: Uint16Array, n: number, breaks: Uint8Array | undefined): boolean {
  let changed = false;
  let k = 0;
  while (k < n) {
    if (!isVietLetter(out[k]!)) {
      k++;
      continue;
    }
    let r = k;
    let nonAscii = false;
    while (r < n && isVietLetter(out[r]!) && (r === k || !breaks || breaks[r] === 0)) {
      if (out[r]! >= 0x80) nonAscii = true;
      r++;
    }
    if (nonAscii && fixSyllableTone(out, k, r)) changed = true;
    k = r;
  }
  return changed;
}

/** The normalised text with its offset maps back to the input, built from the edits. */
function withOffsetMaps(normalized: string, w: Rewrite): Normalized {
  const total = w.n;
  const { eNorm, eOrig, eNormLen, eOrigLen } = w;
  const check = (offset: number): number => checkOffset(offset, total);
  return {
    text: normalized,
    toOriginal(offset: number): number {
      const p = check(offset);
      const k = lastEdit(eNorm, p, false);
      if (k < 0) return p;
      const endN = eNorm[k]! + eNormLen[k]!;
      if (p < endN) return eOrig[k]!;
      return eOrig[k]! + eOrigLen[k]! + (p - endN);
    },
    toOriginalEnd(offset: number): number {
      const p = check(offset);
      const k = lastEdit(eNorm, p, true);
      if (k < 0) return p;
      const endN = eNorm[k]! + eNormLen[k]!;
      if (p <= endN) return eOrig[k]! + eOrigLen[k]!;
      return eOrig[k]! + eOrigLen[k]! + (p - endN);
    },
  };
}

/** The last edit index with eNorm[k] <= p (or < p when strict), or -1. */
function lastEdit(eNorm: readonly number[], p: number, strict: boolean): number {
  let lo = 0;
  let hi = eNorm.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = eNorm[mid]!;
    if (strict ? v < p : v <= p) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function codesToString(codes: Uint16Array, n: number): string {
  const CHUNK = 8192;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < n; k += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Fold for comparison: normalise, then lower-case. `Đ`/`đ` stay apart from
 * `D`/`d`; diacritics are kept (`Hà` and `Ha` differ).
 *
 * @example
 * ```ts
 * fold('Uỷ Ban') === fold('ủy ban'); // true
 * ```
 */
export function fold(text: string): string {
  return normalize(text).text.toLowerCase();
}

/** Short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return 'an object';
}
