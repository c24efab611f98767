/**
 * Gates: at which tokens an entity rule can match at all, from facts of the
 * token decided once per lexeme (see `rules.ts`). A gate only skips calls
 * that would fail; it decides nothing a rule would not.
 */
import type { EntityContext } from './context.js';
import { opensMinorityName } from '../lexicon/minority.js';

/** A word that starts a title, a body's name, a place type word (lexicon phrases; abbreviations by their full form). */
export const G_ROLE = 1;
export const G_ORG = 2;
export const G_PLACE_TYPE = 4;
/** A word that may open an ethnic-minority name (`Y`, `H'`, `Ksor`, `Vàng`). */
export const G_MINORITY = 8;
/** A capitalised token that is not an abbreviation with a full form (a name's word, initials). */
export const G_CAP_WORD = 16;
/** A token standing for an abbreviation's full form. */
export const G_ABBR = 32;
/** No rule's gate: a word that starts a well-known name of `dict/people.tsv` (the short forms read it). */
export const G_PEOPLE = 64;
/** The lexicon bits: of a word's own syllable, or of the first syllable of an abbreviation's full form. */
export const G_LEXICON = G_ROLE | G_ORG | G_PLACE_TYPE | G_PEOPLE;
/** Bit of a lexeme's byte: its bits are computed. */
const COMPUTED = 128;

/** The lexicon bits of a first syllable. */
export function lexiconGate(ctx: EntityContext, first: string | undefined): number {
  if (first === undefined) return 0;
  const { lex } = ctx;
  let g = 0;
  if (lex.roles.next.has(first)) g |= G_ROLE;
  if (lex.orgs.next.has(first)) g |= G_ORG;
  if (lex.placeTypes.next.has(first)) g |= G_PLACE_TYPE;
  if (lex.people.next.has(first)) g |= G_PEOPLE;
  return g;
}

/** The bits of lexeme `id` (lexicon bits of its fold, G_MINORITY), once per lexeme. */
export function lexemeBits(ctx: EntityContext, id: number): number {
  const bytes = ctx.gates.bytes;
  const g = bytes[id]!;
  if (g !== 0) return g;
  const fold = ctx.v.L.fold[id]!;
  return (bytes[id] = COMPUTED | lexiconGate(ctx, fold) | (opensMinorityName(fold) ? G_MINORITY : 0));
}

/** The lexicon bits of an abbreviation's full form, once per expansion (the view shares the syllable arrays). */
const expansionBits = new WeakMap<readonly string[], number>();
export function expansionGate(ctx: EntityContext, syl: readonly string[]): number {
  let g = expansionBits.get(syl);
  if (g === undefined) expansionBits.set(syl, (g = lexiconGate(ctx, syl[0])));
  return g;
}

/** Does token i (no abbreviation) start a lexicon phrase: a title, a body, a place type, a well-known name? */
export function startsPhrase(ctx: EntityContext, i: number): boolean {
  return ctx.v.sylAt[i] === -1 && (lexemeBits(ctx, ctx.v.lex[i]!) & G_LEXICON) !== 0;
}
