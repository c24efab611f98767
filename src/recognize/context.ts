/**
 * The token view the entity recognizers share: merged tokens of the
 * normalised text, with each abbreviation standing for its expansion's
 * syllables, and the small predicates every recognizer needs.
 */
import type { EntityLexicon } from '../lexicon/entities.js';
import type { ByteSlot } from '../doc/lexemes.js';
import type { TrieNode } from '../lexicon/trie.js';
import { K_PUNCT } from '../doc/tokens.js';
import type { DocView } from '../doc/view.js';
import { WEEKDAY } from '../lexicon/vocabulary.js';
import { minorityNameAt } from './minority-names.js';

export interface EntityContext {
  /** the document store: one token layer with accessors */
  v: DocView;
  lex: EntityLexicon;
  text: string;
  /** per-lexeme byte: the gate bits of its word (`gates.ts`) */
  gates: ByteSlot;
  /** is the token being read right after a title (`Chủ tịch` | `UBND xã …`)? */
  afterTitle?: boolean;
  /** first token of the text's last lines (a byline position), computed once */
  tail?: number;
  /** type nouns of the bodies named so far in full (`hội` after `Hội Nông dân xã`) */
  heads?: Set<string>;
  /** last syllables of the full names given so far (`hưng` after `Trần Văn Hưng`) */
  given?: Set<string>;
  /** does the text define an abbreviation (`Ban Chỉ đạo … (BCĐ PCTT)`)? */
  defines?: boolean;
  /** end of the last entity taken before the token being read (-1: none) */
  lastEnd?: number;
}

/** May token i continue a phrase from token i-1 (no blank line between)? */
export function cont(ctx: EntityContext, i: number): boolean {
  return ctx.v.has(i) && ctx.v.gap[i]! < 3;
}

/** Is token i punctuation equal to one of the characters given (at most four)? */
export function isPunct(ctx: EntityContext, i: number, a: string, b?: string, c?: string, d?: string): boolean {
  return ctx.v.isPunct(i, a, b, c, d);
}

/** Longest lexicon match at i, abbreviations standing for their expansions; `-` (and `,`) may join syllables. Its phrase is the syllables it took, joined by spaces. */
export function longest<V>(ctx: EntityContext, trie: TrieNode<V>, i: number, commas = false): { end: number; value: V; phrase: string } | null {
  const { v } = ctx;
  let node: TrieNode<V> | undefined = trie;
  let bestEnd = -1;
  let best: TrieNode<V> | undefined;
  for (let k = i; k < v.n && node; k++) {
    if (k > i && (v.gap[k]! >= 3 || (v.kind[k] === K_PUNCT && (commas ? v.isPunct(k, '-', ',') : v.isPunct(k, '-'))))) {
      if (v.gap[k]! >= 3) break;
      continue;
    }
    const syl = v.syl(k);
    if (syl.length === 0) break;
    for (let s = 0; s < syl.length && node; s++) node = node.next.get(syl[s]!);
    if (node && node.value !== undefined) {
      bestEnd = k + 1;
      best = node;
    }
  }
  if (best === undefined) return null;
  // the path to a node is one phrase whatever tokens spelt it: joined once
  best.phrase ??= phraseOf(v, i, bestEnd);
  return { end: bestEnd, value: best.value as V, phrase: best.phrase };
}

/** The syllables of tokens [from, to) joined by spaces (punctuation has none). */
function phraseOf(v: DocView, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    for (const s of v.syl(k)) out = out === '' ? s : `${out} ${s}`;
  }
  return out;
}

/** The syllables an abbreviation stands for, joined by spaces: once per expansion (the view shares their arrays). */
const joinedCache = new WeakMap<readonly string[], string>();
export function joinedSyllables(syl: readonly string[]): string {
  let s = joinedCache.get(syl);
  if (s === undefined) joinedCache.set(syl, (s = syl.join(' ')));
  return s;
}

/** A capitalised syllable that is not an abbreviation with an expansion. */
export function isNameWord(ctx: EntityContext, i: number): boolean {
  const { v } = ctx;
  return v.syllable(i) && v.cap(i) && v.abbrN[i] === 0 && v.end[i]! - v.start[i]! <= 10;
}

/**
 * A run of capitalised syllables from i (at most `max`), allowed to cross a
 * line break but not a blank line. With `dashes`, ` - ` may join two parts
 * (`Bà Rịa - Vũng Tàu`).
 */
export function nameRun(ctx: EntityContext, i: number, max = 6, dashes = false): number {
  if (!isNameWord(ctx, i)) return i;
  const { v } = ctx;
  let end = i + 1;
  while (end - i < max) {
    // a name runs across a line break only when it ends right after it
    // (`Trà\nTân,` yes; `Trà Tân\nChiều ngày`, `Sài Gòn\nNgày 24/6` no)
    if (isNameWord(ctx, end) && (v.gap[end]! < 2 || (v.gap[end] === 2 && !lowerAfter(ctx, end + 1))) && !weekday(ctx, end)) {
      end++;
      continue;
    }
    // a letter glued by an apostrophe to the syllable after it is one word of the name (`Ia H'Drai`, `H'Yim`)
    if (isPunct(ctx, end, "'", '’') && v.length(end - 1) === 1 && v.gap[end] === 0 && v.gap[end + 1] === 0 && isNameWord(ctx, end + 1)) {
      end += 2;
      continue;
    }
    // `Bà Rịa - Vũng Tàu`, `Bạc Liêu - Sài Gòn`: two capitalised words after the
    // dash (a single one starts the next phrase: `Cà Mau - Cụm thi đua`)
    if (dashes && isPunct(ctx, end, '-') && isNameWord(ctx, end + 1) && isNameWord(ctx, end + 2) && v.gap[end]! < 2 && v.gap[end + 1]! < 2 && v.gap[end + 2]! < 2) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** Does a day of the week start at k (`Thứ tư, ngày 14/6`)? */
function weekday(ctx: EntityContext, k: number): boolean {
  return ctx.v.fold(k) === 'thứ' && WEEKDAY.has(ctx.v.fold(k + 1)) && ctx.v.gap[k + 1]! <= 1;
}

/** Does the line go on after token k (so that k starts a new sentence, not the end of a wrapped name)? */
function lowerAfter(ctx: EntityContext, k: number): boolean {
  const { v } = ctx;
  if (!v.has(k) || v.gap[k]! >= 2) return false;
  return !(v.isPunct(k, ',', '.', ')', ';') || v.isPunct(k, ':'));
}

/**
 * Does the run [i, end) look like a person's name (surname first, name
 * syllables after), or open with an ethnic-minority name that covers it
 * (`Kpă Thuyên`, `Y Giang Gry Niê Knơng`)?
 */
export function personLike(ctx: EntityContext, i: number, end: number): boolean {
  const n = end - i;
  if (n >= 2 && minorityNameAt(ctx, i) >= end) return true;
  if (n < 2 || n > 4) return false;
  const { lex, v } = ctx;
  if (!lex.surnames.has(v.fold(i))) return false;
  for (let k = i + 1; k < end; k++) {
    if (!lex.nameSyllables.has(v.fold(k)) && n < 3) return false;
  }
  return true;
}

/** Is the whole run [i, end) a known place name? */
export function knownPlace(ctx: EntityContext, i: number, end: number): boolean {
  const m = longest(ctx, ctx.lex.placeNames, i);
  return m !== null && m.end === end;
}
