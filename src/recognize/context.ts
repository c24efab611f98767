/**
 * The token view the entity recognizers share: merged tokens of the
 * normalised text, with each abbreviation standing for its expansion's
 * syllables, and the small predicates every recognizer needs.
 */
import type { EntityLexicon } from '../lexicon/entities.js';
import { phraseSyllables, trieLongest, type TrieNode } from '../lexicon/trie.js';
import type { FoundAbbreviation } from './abbreviations.js';
import type { Token } from '../tokenize.js';
import { KIND_NAMES } from '../doc/tokens.js';
import type { DocView } from '../doc/view.js';

export interface EToken {
  start: number;
  end: number;
  text: string;
  kind: Token['kind'];
  gap: Token['gap'];
  /** lower-cased text */
  fold: string;
  /** folded syllables the token stands for (an abbreviation: its expansion's) */
  syl: string[];
  /** first letter upper case */
  cap: boolean;
  /** letters only and all upper case (`VŨ`, `NAM`) */
  caps: boolean;
  /** letters only: a syllable */
  syllable: boolean;
  /** the abbreviations this token is (one, or two for `HĐND&UBND`) */
  abbr: FoundAbbreviation[];
}

export interface EntityContext {
  toks: EToken[];
  lex: EntityLexicon;
  text: string;
  /** first token of the text's last lines (a byline position), computed once */
  tail?: number;
}

const NO_ABBR: FoundAbbreviation[] = [];

/** The view's tokens as objects (the rules' interface while they move to the store's accessors). */
export function viewTokens(v: DocView): EToken[] {
  const out: EToken[] = new Array(v.n);
  for (let i = 0; i < v.n; i++) {
    const n = v.abbrCount(i);
    const abbr = n === 0 ? NO_ABBR : v.found.slice(v.abbrAt[i]!, v.abbrAt[i]! + n);
    out[i] = {
      start: v.start[i]!,
      end: v.end[i]!,
      text: v.surface(i),
      kind: KIND_NAMES[v.kind[i]!]!,
      gap: v.gap[i] as Token['gap'],
      fold: v.fold(i),
      syl: v.syl(i) as string[],
      cap: v.cap(i),
      caps: v.caps(i),
      syllable: v.syllable(i),
      abbr,
    };
  }
  return out;
}

/** May token i continue a phrase from token i-1 (no blank line between)? */
export function cont(ctx: EntityContext, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.gap < 3;
}

export function isPunct(ctx: EntityContext, i: number, ...chars: string[]): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

/** Longest lexicon match at i, abbreviations standing for their expansions; `-` may join syllables. */
export function longest<V>(ctx: EntityContext, trie: TrieNode<V>, i: number, commas = false): { end: number; value: V } | null {
  const { toks } = ctx;
  return trieLongest(
    trie,
    i,
    toks.length,
    (k) => toks[k]!.syl,
    (k) => cont(ctx, k),
    (k) => (commas ? isPunct(ctx, k, '-', ',') : isPunct(ctx, k, '-')),
  );
}

/** A capitalised syllable that is not an abbreviation with an expansion. */
export function isNameWord(ctx: EntityContext, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.syllable && t.cap && t.abbr.length === 0 && t.text.length <= 10;
}

/**
 * A run of capitalised syllables from i (at most `max`), allowed to cross a
 * line break but not a blank line. With `dashes`, ` - ` may join two parts
 * (`Bà Rịa - Vũng Tàu`).
 */
export function nameRun(ctx: EntityContext, i: number, max = 6, dashes = false): number {
  if (!isNameWord(ctx, i)) return i;
  let end = i + 1;
  while (end - i < max) {
    // a name runs across a line break only when it ends right after it
    // (`Trà\nTân,` yes; `Trà Tân\nChiều ngày`, `Sài Gòn\nNgày 24/6` no)
    if (isNameWord(ctx, end) && (ctx.toks[end]!.gap < 2 || (ctx.toks[end]!.gap === 2 && !lowerAfter(ctx, end + 1)))) {
      end++;
      continue;
    }
    // `Bà Rịa - Vũng Tàu`, `Bạc Liêu - Sài Gòn`: two capitalised words after the
    // dash (a single one starts the next phrase: `Cà Mau - Cụm thi đua`)
    if (
      dashes &&
      isPunct(ctx, end, '-') &&
      isNameWord(ctx, end + 1) &&
      isNameWord(ctx, end + 2) &&
      ctx.toks[end]!.gap < 2 &&
      ctx.toks[end + 1]!.gap < 2 &&
      ctx.toks[end + 2]!.gap < 2
    ) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** Does the line go on after token k (so that k starts a new sentence, not the end of a wrapped name)? */
function lowerAfter(ctx: EntityContext, k: number): boolean {
  const t = ctx.toks[k];
  if (t === undefined || t.gap >= 2) return false;
  return !(t.kind === 'punct' && (t.text === ',' || t.text === '.' || t.text === ')' || t.text === ';' || t.text === ':'));
}

/** Does the run [i, end) look like a person's name (surname first, name syllables after)? */
export function personLike(ctx: EntityContext, i: number, end: number): boolean {
  const n = end - i;
  if (n < 2 || n > 4) return false;
  const { lex, toks } = ctx;
  if (!lex.surnames.has(toks[i]!.fold)) return false;
  for (let k = i + 1; k < end; k++) {
    if (!lex.nameSyllables.has(toks[k]!.fold) && n < 3) return false;
  }
  return true;
}

/** Is the whole run [i, end) a known place name? */
export function knownPlace(ctx: EntityContext, i: number, end: number): boolean {
  const m = longest(ctx, ctx.lex.placeNames, i);
  return m !== null && m.end === end;
}
