/**
 * The document store the entity rules read: one token layer over the
 * normalised text, the merged tokens with the abbreviation pass's joins and
 * splits applied once (see merges/found.ts), and for each token what it
 * stands for: an abbreviation token stands for its expansion's syllables.
 * The view adds fields to the tokens; it never changes them.
 *
 * Accessors in the style of wink-nlp's `its`: a token is an index; reading a
 * field past either end gives the empty value (`''`, `false`, `0`), so rules
 * can look around without bounds checks.
 */
import type { AbbreviationCategory } from '../lexicon/categories.js';
import type { FoundStore } from './found-store.js';
import { phraseSyllables } from '../lexicon/trie.js';
import { L_ALLUPPER, L_CAP, L_LETTERS, type Lexemes } from './lexemes.js';
import { applyFound } from './merges/found.js';
import { K_ABBR, K_NUMBER, K_PUNCT, K_WORD, TokenArrays } from './tokens.js';

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
  /** how many abbreviations the token is (0: none, else 1: a compound of several is a token for each) */
  abbrN: Uint8Array;
  /**
   * A token's syllables: for a token that is an abbreviation, its index in
   * `found` (its full form's syllables are `sylLists` at that index); -1:
   * the lexeme's own syllables; -2: none. (The abbreviation stage's array
   * of each token's abbreviation, written over: no array of its own.)
   */
  sylAt: Int32Array;
  /** the abbreviations found (see found-store.ts): a token that is one is abbreviation `sylAt[i]` */
  readonly found: FoundStore;
  /** the syllables of each abbreviation's full form, by its index in `found` */
  readonly sylLists: (readonly string[])[];

  /**
   * A view of the tokens of `t` (start, end, lexeme, kind, gap), whose
   * arrays it takes over: `t` is not to be read after. `abbrAt` gives each
   * token's abbreviation in `found`. Its own fields are views of buffers `t` keeps for the next text.
   */
  constructor(text: string, L: Lexemes, found: FoundStore, t: TokenArrays, abbrAt: Int32Array) {
    this.text = text;
    this.L = L;
    this.found = found;
    this.n = t.n;
    const c = Math.max(16, t.n + 1);
    this.start = t.start;
    this.end = t.end;
    this.lex = t.lex;
    this.kind = t.kind;
    this.gap = t.gap;
    // the tokens' abbreviations, made the syllable indexes by buildView (max(16, n + 1) long, as the other fields)
    this.sylAt = abbrAt.subarray(0, c);
    const fields = t.viewFields(c);
    this.flags = fields.flags;
    this.abbrN = fields.abbrN;
    this.sylLists = new Array<readonly string[]>(found.n);
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
  /** Number of abbreviations the token is (0 or 1: a split `HĐND&UBND` is a token for each). */
  abbrCount(i: number): number {
    return i >= 0 && i < this.n ? this.abbrN[i]! : 0;
  }
  /** The index in {@link found} of the abbreviation token i is (which has {@link abbrCount} 1). */
  abbr(i: number): number {
    return this.sylAt[i]!;
  }
  /** The category of the abbreviation token i is (which has {@link abbrCount} 1). */
  abbrCategory(i: number): AbbreviationCategory | undefined {
    return this.found.category(this.sylAt[i]!);
  }
  /** Is token i punctuation equal to one of `chars`? */
  isPunct(i: number, a: string, b?: string, c?: string, d?: string): boolean {
    if (i < 0 || i >= this.n || this.kind[i] !== K_PUNCT) return false;
    const s = this.L.surface[this.lex[i]!]!;
    return s === a || s === b || s === c || s === d;
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

/**
 * Build the view from merged tokens and the abbreviations found (sorted, in
 * normalised offsets): the abbreviation pass's joins and splits are applied
 * to the tokens first (merges/found.ts), then the view reads them one for
 * one. The view takes over the arrays of `t` (no second copy of the token
 * layer): `t` is not to be read after.
 */
export function buildView(t: TokenArrays, found: FoundStore, text: string, L: Lexemes, cache: SyllableCache): DocView {
  const { abbrAt } = applyFound(t, found, text, L);
  const v = new DocView(text, L, found, t, abbrAt);
  const { kind, lex, flags, abbrN, sylAt } = v;
  for (let i = 0; i < v.n; i++) {
    const k = kind[i]!;
    const id = lex[i]!;
    // sylAt is abbrAt: an abbreviation's index stays as it is
    const a = sylAt[i]!;
    if (a >= 0) {
      found.token[a] = i;
      v.sylLists[a] = expansionSyllables(cache, found.expansion[a]!);
      flags[i] = tokenFlags(L, id, k);
      abbrN[i] = 1;
    } else if (k === K_PUNCT) sylAt[i] = -2;
    else {
      flags[i] = tokenFlags(L, id, k);
      sylAt[i] = k === K_WORD || k === K_NUMBER || (k === K_ABBR && L.flags[id]! & L_LETTERS) ? -1 : -2;
    }
  }
  // past the tokens, 0, as the other fields
  sylAt.fill(0, v.n);
  return v;
}
