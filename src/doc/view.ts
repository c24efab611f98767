/**
 * The document store the entity rules read: one token layer over the
 * normalised text, built once from the merged tokens and the abbreviations
 * found. A token covered by one abbreviation with what follows (`TP` + `.`)
 * is one token; a token holding several abbreviations (`HĐND&UBND`) is a
 * token for each, with the connector between them as punctuation. An
 * abbreviation token stands for its expansion's syllables.
 *
 * Accessors in the style of wink-nlp's `its`: a token is an index; reading a
 * field past either end gives the empty value (`''`, `false`, `0`), so rules
 * can look around without bounds checks.
 */
import type { FoundAbbreviation } from '../recognize/abbreviations.js';
import { phraseSyllables } from '../lexicon/trie.js';
import { L_ALLUPPER, L_CAP, L_LETTERS, type Lexemes } from './lexemes.js';
import { grownInt32, grownUint8, K_ABBR, K_NUMBER, K_PUNCT, K_WORD, TokenArrays } from './tokens.js';

/** Token flags. */
export const F_CAP = 1;
export const F_CAPS = 2;
export const F_SYLLABLE = 4;

const NO_SYL: readonly string[] = [];

/**
 * What the view reads of an abbreviation: where it is (normalised offsets),
 * its full form and category. The recognizer's objects, or the output's
 * when the text needed no normalising (the offsets are then the same).
 */
export type ViewAbbreviation = Pick<FoundAbbreviation, 'start' | 'end' | 'expansion' | 'category' | 'source'>;

export class DocView {
  readonly text: string;
  readonly L: Lexemes;
  n = 0;
  start: Int32Array;
  end: Int32Array;
  lex: Int32Array;
  kind: Uint8Array;
  gap: Uint8Array;
  flags: Uint8Array;
  /** how many abbreviations the token is (0: none) */
  abbrN: Uint8Array;
  /** index into `sylLists` for tokens that stand for an expansion (-1: the lexeme's own syllables, -2: none) */
  sylAt: Int32Array;
  readonly found: readonly ViewAbbreviation[];
  readonly sylLists: (readonly string[])[];
  /** entries of `sylLists` so far (it is allocated for one per abbreviation) */
  sylN = 0;
  /** for each entry of `sylLists`: the token's first abbreviation in `found` (no more entries than abbreviations) */
  readonly sylAbbr: Int32Array;

  /**
   * A view that writes its tokens over the arrays of `t` (start, end,
   * lexeme, kind, gap), which it takes over: `t` is not to be read after.
   * Allocates the fields of its own for `capacity` tokens.
   */
  constructor(text: string, L: Lexemes, found: readonly ViewAbbreviation[], t: TokenArrays, capacity: number) {
    this.text = text;
    this.L = L;
    this.found = found;
    const c = Math.max(16, capacity);
    this.start = t.start;
    this.end = t.end;
    this.lex = t.lex;
    this.kind = t.kind;
    this.gap = t.gap;
    this.flags = new Uint8Array(c);
    this.abbrN = new Uint8Array(c);
    this.sylAt = new Int32Array(c);
    this.sylAbbr = new Int32Array(found.length + 1);
    this.sylLists = new Array<readonly string[]>(found.length);
  }

  /** Is i a token index? */
  has(i: number): boolean {
    return i >= 0 && i < this.n;
  }
  /** The surface as in the normalised text. */
  surface(i: number): string {
    return i >= 0 && i < this.n ? this.L.surface[this.lex[i]!]! : '';
  }
  /** Lower-cased surface. */
  fold(i: number): string {
    return i >= 0 && i < this.n ? this.L.fold[this.lex[i]!]! : '';
  }
  length(i: number): number {
    return i >= 0 && i < this.n ? this.end[i]! - this.start[i]! : 0;
  }
  /** Folded syllables the token stands for (an abbreviation: its expansion's). */
  syl(i: number): readonly string[] {
    if (i < 0 || i >= this.n) return NO_SYL;
    const s = this.sylAt[i]!;
    return s >= 0 ? this.sylLists[s]! : s === -1 ? this.L.one[this.lex[i]!]! : NO_SYL;
  }
  /** First letter upper case. */
  cap(i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i]! & F_CAP) !== 0;
  }
  /** Letters only and all upper case (`VŨ`, `NAM`). */
  caps(i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i]! & F_CAPS) !== 0;
  }
  /** Letters only: a syllable. */
  syllable(i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i]! & F_SYLLABLE) !== 0;
  }
  /** Number of abbreviations the token is (one, or two for a split `HĐND&UBND`: one each). */
  abbrCount(i: number): number {
    return i >= 0 && i < this.n ? this.abbrN[i]! : 0;
  }
  /** The k-th abbreviation of token i (which has {@link abbrCount} > k). */
  abbr(i: number, k = 0): ViewAbbreviation {
    return this.found[this.sylAbbr[this.sylAt[i]!]! + k]!;
  }
  /** Is token i punctuation equal to one of `chars`? */
  isPunct(i: number, a: string, b?: string, c?: string, d?: string): boolean {
    if (i < 0 || i >= this.n || this.kind[i] !== K_PUNCT) return false;
    const s = this.L.surface[this.lex[i]!]!;
    return s === a || s === b || s === c || s === d;
  }

  /** Add a token; one that stands for abbreviations (`abbrN` > 0) has the syllables `syl` and the first abbreviation `abbrAt`. */
  push(start: number, end: number, kind: number, gap: number, lex: number, flags: number, abbrAt: number, abbrN: number, sylAt: number): void {
    if (this.n === this.flags.length) this.grow();
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.gap[i] = gap;
    this.lex[i] = lex;
    this.flags[i] = flags;
    this.abbrN[i] = abbrN;
    this.sylAt[i] = sylAt;
    if (abbrN > 0) this.sylAbbr[sylAt] = abbrAt;
  }

  private grow(): void {
    // the arrays taken over from the scan may be longer than the view's own
    const c = Math.max(this.flags.length * 2, this.start.length);
    this.start = grownInt32(this.start, c);
    this.end = grownInt32(this.end, c);
    this.lex = grownInt32(this.lex, c);
    this.sylAt = grownInt32(this.sylAt, c);
    this.kind = grownUint8(this.kind, c);
    this.gap = grownUint8(this.gap, c);
    this.flags = grownUint8(this.flags, c);
    this.abbrN = grownUint8(this.abbrN, c);
  }
}

/** Syllables of an expansion, cached per annotator. */
export type SyllableCache = Map<string, readonly string[]>;

function expansionSyllables(cache: SyllableCache, expansion: string): readonly string[] {
  let s = cache.get(expansion);
  if (!s) {
    s = phraseSyllables(expansion.toLowerCase());
    cache.set(expansion, s);
  }
  return s;
}

/** Flags of a token of kind `kind` whose surface is lexeme `id`. */
function tokenFlags(L: Lexemes, id: number, kind: number): number {
  const lf = L.flags[id]!;
  let f = lf & L_CAP ? F_CAP : 0;
  if ((kind === K_WORD || kind === K_ABBR) && lf & L_LETTERS) {
    f |= F_SYLLABLE;
    if (lf & L_ALLUPPER) f |= F_CAPS;
  }
  return f;
}

/** White space as `\s` of JavaScript regular expressions. */
const isWs = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The tokens of the scan that one view token (or a split compound) is made of: read by {@link readGroup}. */
interface Group {
  /** the first abbreviation that may still cover a token */
  a: number;
  /** the first abbreviation starting in token i (-1: none) and how many */
  first: number;
  count: number;
  /** where the token ends, with the abbreviations that start in it */
  end: number;
  /** the last token of the scan it takes */
  j: number;
}

/**
 * The group that starts at token i of the scan, whose fields are at `o + i`
 * of its arrays (`o`: how far they were moved, see {@link makeRoom}).
 */
function readGroup(t: TokenArrays, found: readonly ViewAbbreviation[], o: number, i: number, g: Group): void {
  const ts = t.start[o + i]!;
  const te = t.end[o + i]!;
  let a = g.a;
  while (a < found.length && found[a]!.end <= ts) a++;
  g.a = a;
  let first = -1;
  let count = 0;
  let end = te;
  for (let b = a; b < found.length && found[b]!.start < te; b++) {
    const ab = found[b]!;
    if (ab.start >= ts) {
      if (first < 0) first = b;
      count++;
      if (ab.end > end) end = ab.end;
    }
  }
  let j = i;
  if (count > 0) while (j + 1 < t.n && t.end[o + j + 1]! <= end) j++;
  g.first = first;
  g.count = count;
  g.end = end;
  g.j = j;
}

/**
 * The view is written over the scan's arrays, and a compound split in
 * several tokens (`HĐND&UBND`: three) writes ahead of where it reads: move
 * the scan's tokens up by as many places as the splits ever run ahead
 * (upper bound: two tokens per abbreviation of a split). Returns the move.
 */
function makeRoom(t: TokenArrays, found: readonly ViewAbbreviation[]): number {
  const g: Group = { a: 0, first: -1, count: 0, end: 0, j: 0 };
  let out = 0;
  let shift = 0;
  for (let i = 0; i < t.n; i = g.j + 1) {
    readGroup(t, found, 0, i, g);
    out += g.count > 1 ? 2 * g.count : 1;
    if (out - (g.j + 1) > shift) shift = out - (g.j + 1);
  }
  if (shift === 0) return 0;
  const size = t.n + shift;
  if (t.start.length < size) {
    t.start = grownInt32(t.start, size);
    t.end = grownInt32(t.end, size);
    t.lex = grownInt32(t.lex, size);
    t.kind = grownUint8(t.kind, size);
    t.gap = grownUint8(t.gap, size);
  }
  for (const a of [t.start, t.end, t.lex, t.kind, t.gap]) a.copyWithin(shift, 0, t.n);
  return shift;
}

/**
 * Build the view from merged tokens and the abbreviations found (sorted, in
 * normalised offsets). The view takes over the arrays of `t` and writes its
 * tokens over them (no second copy of the token layer): `t` is not to be
 * read after.
 */
export function buildView(t: TokenArrays, found: readonly ViewAbbreviation[], text: string, L: Lexemes, cache: SyllableCache): DocView {
  const o = makeRoom(t, found);
  const { start, end, kind, gap, lex } = t;
  const v = new DocView(text, L, found, t, t.n + o + 1);
  const g: Group = { a: 0, first: -1, count: 0, end: 0, j: 0 };
  for (let i = 0; i < t.n; i = g.j + 1) {
    readGroup(t, found, o, i, g);
    // every field of the group is read before the view writes over it
    const ts = start[o + i]!;
    const k = kind[o + i]!;
    const gp = gap[o + i]!;
    if (g.count === 0) {
      const id = lex[o + i]!;
      if (k === K_PUNCT) v.push(ts, end[o + i]!, K_PUNCT, gp, id, 0, -1, 0, -2);
      else v.push(ts, end[o + i]!, k, gp, id, tokenFlags(L, id, k), -1, 0, k === K_WORD || k === K_NUMBER || (k === K_ABBR && L.flags[id]! & L_LETTERS) ? -1 : -2);
    } else if (g.count > 1) splitAbbreviations(v, ts, gp, g.first, g.count, cache);
    else pushAbbreviation(v, ts, g.end === end[o + i] ? lex[o + i]! : L.intern(text, ts, g.end), k, gp, g, cache);
  }
  return v;
}

/** A token with one abbreviation (that may take the tokens after it: `TP` + `.`). */
function pushAbbreviation(v: DocView, ts: number, id: number, kind: number, gap: number, g: Group, cache: SyllableCache): void {
  const sylAt = v.sylN++;
  v.sylLists[sylAt] = expansionSyllables(cache, v.found[g.first]!.expansion);
  v.push(ts, g.end, kind, gap, id, tokenFlags(v.L, id, kind), g.first, 1, sylAt);
}

/**
 * One token, several abbreviations (`HĐND&UBND`, `UVBTV – PCT`): a token for
 * each, with the connector between them as punctuation.
 */
function splitAbbreviations(v: DocView, ts: number, gap0: number, first: number, count: number, cache: SyllableCache): void {
  const { L, text } = v;
  let at = ts;
  for (let k = 0; k < count; k++) {
    const m = v.found[first + k]!;
    let spaceBefore = false;
    if (m.start > at) {
      let s = at;
      let e = m.start;
      while (s < e && isWs(text.charCodeAt(s))) s++;
      while (e > s && isWs(text.charCodeAt(e - 1))) e--;
      if (e > s) v.push(s, e, K_PUNCT, s > at ? 1 : 0, L.intern(text, s, e), 0, -1, 0, -2);
      spaceBefore = isWs(text.charCodeAt(m.start - 1));
    }
    const gap = k === 0 ? gap0 : spaceBefore ? 1 : 0;
    const sylAt = v.sylN++;
    v.sylLists[sylAt] = expansionSyllables(cache, m.expansion);
    v.push(m.start, m.end, K_ABBR, gap, L.intern(text, m.start, m.end), F_CAP, first + k, 1, sylAt);
    at = m.end;
  }
}
