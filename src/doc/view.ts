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
  /** first abbreviation of the token in `found` (-1: none) and how many */
  abbrAt: Int32Array;
  abbrN: Uint8Array;
  /** index into `sylLists` for tokens that stand for an expansion (-1: the lexeme's own) */
  sylAt: Int32Array;
  readonly found: FoundAbbreviation[];
  readonly sylLists: (readonly string[])[] = [];

  constructor(text: string, L: Lexemes, found: FoundAbbreviation[], capacity: number) {
    this.text = text;
    this.L = L;
    this.found = found;
    const c = Math.max(16, capacity);
    this.start = new Int32Array(c);
    this.end = new Int32Array(c);
    this.lex = new Int32Array(c);
    this.kind = new Uint8Array(c);
    this.gap = new Uint8Array(c);
    this.flags = new Uint8Array(c);
    this.abbrAt = new Int32Array(c);
    this.abbrN = new Uint8Array(c);
    this.sylAt = new Int32Array(c);
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
  abbr(i: number, k = 0): FoundAbbreviation {
    return this.found[this.abbrAt[i]! + k]!;
  }
  /** Is token i punctuation equal to one of `chars`? */
  isPunct(i: number, a: string, b?: string, c?: string, d?: string): boolean {
    if (i < 0 || i >= this.n || this.kind[i] !== K_PUNCT) return false;
    const s = this.L.surface[this.lex[i]!]!;
    return s === a || s === b || s === c || s === d;
  }

  push(start: number, end: number, kind: number, gap: number, lex: number, flags: number, abbrAt: number, abbrN: number, sylAt: number): void {
    if (this.n === this.start.length) this.grow();
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.gap[i] = gap;
    this.lex[i] = lex;
    this.flags[i] = flags;
    this.abbrAt[i] = abbrAt;
    this.abbrN[i] = abbrN;
    this.sylAt[i] = sylAt;
  }

  private grow(): void {
    const c = this.start.length * 2;
    this.start = grownInt32(this.start, c);
    this.end = grownInt32(this.end, c);
    this.lex = grownInt32(this.lex, c);
    this.abbrAt = grownInt32(this.abbrAt, c);
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

/**
 * Build the view from merged tokens and the abbreviations found (sorted, in
 * normalised offsets).
 */
export function buildView(t: TokenArrays, found: FoundAbbreviation[], text: string, L: Lexemes, cache: SyllableCache): DocView {
  const v = new DocView(text, L, found, t.n + 1);
  let a = 0;
  for (let i = 0; i < t.n; i++) {
    const ts = t.start[i]!;
    const te = t.end[i]!;
    while (a < found.length && found[a]!.end <= ts) a++;
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
    const kind = t.kind[i]!;
    if (count === 0 && kind === K_PUNCT) {
      v.push(ts, te, K_PUNCT, t.gap[i]!, t.lex[i]!, 0, -1, 0, -2);
      continue;
    }
    let j = i;
    while (j + 1 < t.n && t.end[j + 1]! <= end) j++;
    if (count > 1) splitAbbreviations(v, t, i, first, count, cache);
    else pushToken(v, t, i, end, first, count, cache);
    i = j;
  }
  return v;
}

function pushToken(v: DocView, t: TokenArrays, i: number, end: number, first: number, count: number, cache: SyllableCache): void {
  const { L, text } = v;
  const ts = t.start[i]!;
  const kind = t.kind[i]!;
  const id = end === t.end[i] ? t.lex[i]! : L.intern(text, ts, end);
  let sylAt = -2;
  if (count > 0) {
    sylAt = v.sylLists.length;
    v.sylLists.push(expansionSyllables(cache, v.found[first]!.expansion));
  } else if (kind === K_WORD || kind === K_NUMBER || (kind === K_ABBR && L.flags[id]! & L_LETTERS)) sylAt = -1;
  v.push(ts, end, kind, t.gap[i]!, id, tokenFlags(L, id, kind), first, count, sylAt);
}

/**
 * One token, several abbreviations (`HĐND&UBND`, `UVBTV – PCT`): a token for
 * each, with the connector between them as punctuation.
 */
function splitAbbreviations(v: DocView, t: TokenArrays, i: number, first: number, count: number, cache: SyllableCache): void {
  const { L, text } = v;
  let at = t.start[i]!;
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
    const gap = k === 0 ? t.gap[i]! : spaceBefore ? 1 : 0;
    const sylAt = v.sylLists.length;
    v.sylLists.push(expansionSyllables(cache, m.expansion));
    v.push(m.start, m.end, K_ABBR, gap, L.intern(text, m.start, m.end), F_CAP, first + k, 1, sylAt);
    at = m.end;
  }
}
