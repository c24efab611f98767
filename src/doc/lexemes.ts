/**
 * Lexemes: every distinct token surface of an annotator's documents, interned
 * once as an integer id, with its properties computed once per lexeme (not
 * per occurrence): folded form, abbreviation-lookup key, letter-case flags,
 * abbreviation senses. Interning hashes the code units in place, so a token
 * seen before costs no string allocation.
 *
 * The table belongs to one annotator (its abbreviation lexicon decides the
 * senses) and is cleared between documents once it grows past a bound, so
 * memory stays bounded however many distinct words a long run sees.
 */
import { isLetterCode, isUpperCode } from './chars.js';
import { grownUint8 } from './tokens.js';

/** First code unit upper case. */
export const L_CAP = 1;
/** Letters (and combining marks) only. */
export const L_LETTERS = 2;
/** Every code unit an upper-case letter or a combining mark U+0300–U+036F, at least one upper. */
export const L_ALLUPPER = 4;
/** Abbreviation shape: 2–12 code units with at least two capitals (`HU`, `ThS`). */
export const L_ABBRSHAPE = 8;
/** Every letter upper case, at least one letter (other characters ignored). */
export const L_ALLCAPS = 16;
/** A Roman numeral (`XII`). */
export const L_ROMAN = 32;

const ROMAN_RE = /^(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;
/** FNV-1a over UTF-16 code units: h = imul(h ^ c, HASH_PRIME) from HASH_SEED. */
export const HASH_SEED = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/** The hash of `text.slice(start, end)`'s code units (scanText computes the same while it scans). */
function hashRange(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), HASH_PRIME);
  return h;
}

/** Clear the table before a document once it holds this many lexemes. */
const MAX_LEXEMES = 1 << 17;

/** The letter-case flags of a lexeme's surface (L_CAP, L_LETTERS, …): `Hà` cap and letters, `HĐND` all upper, `XII` Roman. */
function flagsOf(s: string): number {
  let f = shapeFlags(s);
  if (s.length > 0 && isUpperCode(s.charCodeAt(0))) f |= L_CAP;
  if (ROMAN_RE.test(s)) f |= L_ROMAN;
  return f;
}

/**
 * The flags read off every code unit: letters only (`Hà`), all upper
 * (`HĐND`, NFD marks allowed), the abbreviation shape (`ThS`), all letters
 * capital whatever else (`TTVH-TT-TT`).
 */
function shapeFlags(s: string): number {
  let f = 0;
  const len = s.length;
  let letters = true;
  let upper = 0;
  let allUpper = len > 0;
  let capsLetters = 0;
  let allCaps = true;
  for (let k = 0; k < len; k++) {
    const c = s.charCodeAt(k);
    const letter = isLetterCode(c);
    if (!letter) letters = false;
    const up = isUpperCode(c);
    if (up) upper++;
    else if (c < 0x300 || c > 0x36f) allUpper = false;
    if (letter && (c < 0x300 || c > 0x36f)) {
      capsLetters++;
      if (!up) allCaps = false;
    }
  }
  if (letters && len > 0) f |= L_LETTERS;
  if (allUpper && upper > 0) f |= L_ALLUPPER;
  if (len >= 2 && len <= 12 && upper >= 2) f |= L_ABBRSHAPE;
  if (allCaps && capsLetters > 0) f |= L_ALLCAPS;
  return f;
}

/** Remove white space (the abbreviation key of `QP- AN` is `QP-AN`). */
function keyOf(surface: string): string {
  for (let k = 0; k < surface.length; k++) {
    const c = surface.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c > 0x1fff) return surface.replace(/\s+/gu, '');
  }
  return surface;
}

export class Lexemes {
  /** the surface as written (normalised text) */
  readonly surface: string[] = [];
  /** lower case */
  readonly fold: string[] = [];
  /** abbreviation lookup key: the surface without white space */
  readonly key: string[] = [];
  /** `[fold]`, shared by every occurrence */
  readonly one: string[][] = [];
  flags: Uint8Array = new Uint8Array(1024);
  /** number of upper-case code units (capped at 255) */
  upper: Uint8Array = new Uint8Array(1024);
  /** per-lexeme caches filled by the passes that need them (abbreviation senses …) */
  readonly cache: unknown[][] = [];
  private table = new Int32Array(4096);
  private mask = 4095;

  get size(): number {
    return this.surface.length;
  }

  /** Called before each document: keeps ids stable within it, memory bounded across documents. */
  beginDocument(): void {
    if (this.surface.length > MAX_LEXEMES) this.clear();
  }

  clear(): void {
    this.surface.length = 0;
    this.fold.length = 0;
    this.key.length = 0;
    this.one.length = 0;
    for (const c of this.cache) c.length = 0;
    this.table = new Int32Array(4096);
    this.mask = 4095;
  }

  /** A per-lexeme cache slot (an array indexed by lexeme id, cleared with the table). */
  slot<T>(): (T | undefined)[] {
    const c: unknown[] = [];
    this.cache.push(c);
    return c as (T | undefined)[];
  }

  /** The id of `text.slice(start, end)`, interned on first sight. */
  intern(text: string, start: number, end: number): number {
    return this.internHashed(text, start, end, hashRange(text, start, end));
  }

  /** {@link intern} with the hash of the code units already computed (see {@link HASH_SEED}). */
  internHashed(text: string, start: number, end: number, h: number): number {
    const slot = this.probe(text, start, end, h);
    const v = this.table[slot]!;
    if (v !== 0) return v - 1;
    const id = this.add(text.slice(start, end));
    this.table[slot] = id + 1;
    if (this.surface.length * 2 > this.mask) this.rehash();
    return id;
  }

  /** The id of `text.slice(start, end)` if it is interned, else -1 (nothing is added). */
  find(text: string, start: number, end: number): number {
    return this.table[this.probe(text, start, end, hashRange(text, start, end))]! - 1;
  }

  /** The slot of the table that holds `text.slice(start, end)`, or the empty slot where it would go. */
  private probe(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    let slot = h & this.mask;
    for (;;) {
      const v = this.table[slot]!;
      if (v === 0) return slot;
      const s = this.surface[v - 1]!;
      if (s.length === len) {
        let k = 0;
        while (k < len && s.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private add(s: string): number {
    const id = this.surface.length;
    if (id >= this.flags.length) {
      this.flags = grownUint8(this.flags, this.flags.length * 2);
      this.upper = grownUint8(this.upper, this.upper.length * 2);
    }
    const fold = s.toLowerCase();
    this.surface.push(s);
    this.fold.push(fold);
    this.key.push(keyOf(s));
    this.one.push([fold]);
    this.flags[id] = flagsOf(s);
    let upper = 0;
    for (let k = 0; k < s.length; k++) if (isUpperCode(s.charCodeAt(k))) upper++;
    this.upper[id] = Math.min(upper, 255);
    return id;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    this.surface.forEach((s, id) => {
      let slot = hashRange(s, 0, s.length) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    });
    this.table = table;
    this.mask = mask;
  }
}
