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
import { grownInt32, grownUint8 } from './tokens.js';
import { normalWord } from '../normalize/index.js';

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
/** One upper-case code unit (`A`, `Đ`): an initial. */
export const L_INITIAL = 64;
/** Starts with a digit (a number token). */
export const L_DIGIT = 128;

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

/** One-code-unit lexemes below this code unit are found without hashing (Lexemes.internUnit). */
const UNIT_CACHE = 0x800;

/** A copy of `a` with room for `size` elements (the rest zero). */
function grownUint16(a: Uint16Array, size: number): Uint16Array {
  const b = new Uint16Array(size);
  b.set(a);
  return b;
}

/** Clear the table before a document once it holds this many lexemes. */
const MAX_LEXEMES = 1 << 17;

/** The letter-case flags of a lexeme's surface (L_CAP, L_LETTERS, …): `Hà` cap and letters, `HĐND` all upper, `XII` Roman. */
function flagsOf(s: string): number {
  let f = shapeFlags(s);
  if (s.length > 0 && isUpperCode(s.charCodeAt(0))) f |= s.length === 1 ? L_CAP | L_INITIAL : L_CAP;
  if (ROMAN_RE.test(s)) f |= L_ROMAN;
  if (s.length > 0 && s.charCodeAt(0) >= 0x30 && s.charCodeAt(0) <= 0x39) f |= L_DIGIT;
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

/** A byte per lexeme, 0 until a pass sets it; grown with the table and zeroed when it is cleared. */
export interface ByteSlot {
  bytes: Uint8Array;
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
  /** for a word: 1 + the id of its normal form (`hoà` -> `hòa`; itself when nothing changes); 0 not known yet */
  toned: Int32Array = new Int32Array(1024);
  /** per-lexeme caches filled by the passes that need them (abbreviation senses …) */
  readonly cache: unknown[][] = [];
  private readonly byteSlots: ByteSlot[] = [];
  private table = new Int32Array(4096 * 4);
  private mask = 4095;
  /** every lexeme's code units, one after the other, and where each lexeme's start */
  private pool: Uint16Array = new Uint16Array(1 << 14);
  private pooled = 0;
  private poolAt: Int32Array = new Int32Array(1024);
  /** 1 + the id of each one-code-unit lexeme below UNIT_CACHE; 0 not interned yet */
  private readonly units = new Int32Array(UNIT_CACHE);

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
    for (const b of this.byteSlots) b.bytes.fill(0);
    this.table = new Int32Array(4096 * 4);
    this.mask = 4095;
    this.pooled = 0;
    this.units.fill(0);
  }

  /** A per-lexeme byte slot (see {@link ByteSlot}): a pass's flags, computed once per lexeme. */
  byteSlot(): ByteSlot {
    const b: ByteSlot = { bytes: new Uint8Array(this.flags.length) };
    this.byteSlots.push(b);
    return b;
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

  /** The id of the one code unit `c` at text[at] (a cache for the code units below U+0800: no hash, no probe). */
  internUnit(text: string, at: number, c: number): number {
    if (c >= UNIT_CACHE) return this.intern(text, at, at + 1);
    const known = this.units[c]!;
    if (known !== 0) return known - 1;
    const id = this.intern(text, at, at + 1);
    this.units[c] = id + 1;
    return id;
  }

  /**
   * {@link intern} with the hash of the code units already computed (see
   * {@link HASH_SEED}). The table's slots are four numbers: 1 + id, hash,
   * length, where the code units start in the pool; a slot of another hash
   * or length is passed without reading anything else, and the code units
   * are compared in one typed array.
   */
  internHashed(text: string, start: number, end: number, h: number): number {
    const slot = this.probe(text, start, end, h);
    const v = this.table[slot << 2]!;
    if (v !== 0) return v - 1;
    const id = this.add(text.slice(start, end));
    this.place(slot, id, h);
    if (this.surface.length * 2 > this.mask) this.rehash();
    return id;
  }

  /** The id of `text.slice(start, end)` if it is interned, else -1 (nothing is added). */
  find(text: string, start: number, end: number): number {
    return this.table[this.probe(text, start, end, hashRange(text, start, end)) << 2]! - 1;
  }

  /** The slot of the table that holds `text.slice(start, end)` (hash `h`), or the empty slot where it would go. */
  private probe(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    const table = this.table;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const at = slot << 2;
      if (table[at] === 0) return slot;
      if (table[at + 1] === h && table[at + 2] === len && this.sameUnits(table[at + 3]!, text, start, len)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Are the pool's code units from `at` those of text[start, start + len)? */
  private sameUnits(at: number, text: string, start: number, len: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < len; k++) if (pool[at + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private place(slot: number, id: number, h: number): void {
    const at = slot << 2;
    this.table[at] = id + 1;
    this.table[at + 1] = h;
    this.table[at + 2] = this.surface[id]!.length;
    this.table[at + 3] = this.poolAt[id]!;
  }

  /** The id of word `id` as normalisation writes it in a text (`hoà` -> `hòa`, `Ð` -> `Đ`), computed once per lexeme. */
  normalForm(id: number): number {
    const known = this.toned[id]!;
    if (known !== 0) return known - 1;
    const s = this.surface[id]!;
    const t = normalWord(s);
    const to = t === s ? id : this.intern(t, 0, t.length);
    this.toned[id] = to + 1;
    return to;
  }

  private add(s: string): number {
    const id = this.surface.length;
    if (id >= this.flags.length) {
      this.flags = grownUint8(this.flags, this.flags.length * 2);
      this.upper = grownUint8(this.upper, this.upper.length * 2);
      this.toned = grownInt32(this.toned, this.toned.length * 2);
      this.poolAt = grownInt32(this.poolAt, this.poolAt.length * 2);
      for (const b of this.byteSlots) b.bytes = grownUint8(b.bytes, this.flags.length);
    }
    this.toned[id] = 0;
    this.poolAt[id] = this.pooled;
    if (this.pooled + s.length > this.pool.length) this.pool = grownUint16(this.pool, Math.max(this.pool.length * 2, this.pooled + s.length));
    for (let k = 0; k < s.length; k++) this.pool[this.pooled++] = s.charCodeAt(k);
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
    this.table = new Int32Array(size * 4);
    this.mask = size - 1;
    this.surface.forEach((s, id) => {
      const h = hashRange(s, 0, s.length);
      let slot = h & this.mask;
      while (this.table[slot << 2] !== 0) slot = (slot + 1) & this.mask;
      this.place(slot, id, h);
    });
  }
}

