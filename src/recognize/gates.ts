/**
 * Gates: at which tokens an entity rule can match at all, from facts of the
 * token decided once per lexeme (see `rules.ts`). A gate only skips calls
 * that would fail; it decides nothing a rule would not.
 */
import type { EntityContext } from './context.js';

/** A word that starts a title, a body's name, a place type word (lexicon phrases; abbreviations by their full form). */
export const G_ROLE = 1;
export const G_ORG = 2;
export const G_PLACE_TYPE = 4;
/** A capitalised token that is not an abbreviation with a full form (a name's word, initials). */
export const G_CAP_WORD = 8;
/** A token standing for an abbreviation's full form. */
export const G_ABBR = 16;
/** Any token the pass reads: capitalised, an abbreviation, or one that starts a lexicon phrase. */
export const G_ANY = 32;
/** No rule's gate: a word that starts a well-known name of `dict/people.tsv` (the short forms read it). */
export const G_PEOPLE = 64;
/** The lexicon bits. */
export const G_LEXICON = G_ROLE | G_ORG | G_PLACE_TYPE | G_PEOPLE;
/** Bit of a lexeme's byte: its lexicon bits are computed. */
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

/** The lexicon bits of word lexeme `id`, once per lexeme. */
export function lexemeGate(ctx: EntityContext, id: number): number {
  const bytes = ctx.gates.bytes;
  let g = bytes[id]!;
  if (g === 0) g = bytes[id] = COMPUTED | lexiconGate(ctx, ctx.v.L.fold[id]);
  return g & G_LEXICON;
}

/** Does token i (no abbreviation) start a lexicon phrase: a title, a body, a place type, a well-known name? */
export function startsPhrase(ctx: EntityContext, i: number): boolean {
  return ctx.v.sylAt[i] === -1 && lexemeGate(ctx, ctx.v.lex[i]!) !== 0;
}
