/**
 * The entity layer: one left-to-right pass over the token view. At each
 * token the rules of `rules.ts` whose gate the token passes are asked, in
 * their declared order, and the resolver chooses among their candidates;
 * the chosen one takes its spans (flat, non-overlapping by construction)
 * and the pass goes on after them.
 */
import type { EntityType } from '../types.js';
import type { EntityContext } from './context.js';
import { K_CODE, K_NUMBER, K_PUNCT } from '../doc/tokens.js';
import { Candidate, ENTITY_RULES } from './rules.js';
import { expansionGate, G_ABBR, G_CAP_WORD, G_LEXICON, G_MINORITY, lexemeBits } from './gates.js';
import { noteFullForm } from './short-forms.js';
import { typeIndex, type PlaceParts, type SpanList } from '../resolve/spans.js';

/** The rule ids of the spans the pass writes: the rules', then those of the further spans rules take. */
export const RULE_IDS: readonly string[] = [...ENTITY_RULES.map((r) => r.id), 'org.after-title', 'loc.shared-type'];
const RULE_INDEX = new Map(RULE_IDS.map((id, k) => [id, k]));

/**
 * With `gated` false, every rule is asked at every token: the tests check
 * that the gates change no answer (`tests/rules.test.ts`).
 * @internal
 */
export const gating = { gated: true };

/** The entities of the document as token spans, in order, in `found` (emptied first). */
export function recognizeEntities(ctx: EntityContext, found: SpanList): SpanList {
  found.n = 0;
  beginText(ctx);
  const c = new Candidate();
  const n = ctx.v.n;
  const gated = gating.gated;
  let i = 0;
  let titleEnd = -1;
  while (i < n) {
    const gate = gated ? tokenGate(ctx, i) : -1;
    // most tokens are lower-case words that start nothing: no name is lower
    // case, and roles, bodies and place types start with a lexicon word
    if (gate === 0) {
      i++;
      continue;
    }
    // a body right after a title is the title's (`Chủ tịch UBND xã …`)
    ctx.afterTitle = i === titleEnd;
    ctx.lastEnd = found.lastEnd();
    const r = resolve(ctx, i, gate, c);
    if (r < 0) {
      i++;
      continue;
    }
    take(ctx, found, ENTITY_RULES[r]!.type, i, c.end, r, c);
    for (let k = 0; k < c.more; k++) take(ctx, found, c.moreType[k]!, c.moreStart[k]!, c.moreEnd[k]!, RULE_INDEX.get(c.moreRule[k]!)!, c.morePlace[k]!);
    i = c.next();
    if (c.title) titleEnd = i;
  }
  return found;
}

/**
 * The resolver: the rule whose candidate at token i is taken (its candidate
 * left in `c`), or -1. Rules are asked in their declared order and the first
 * candidate is taken: precedence among overlapping readings is the order of
 * `ENTITY_RULES`.
 */
function resolve(ctx: EntityContext, i: number, gate: number, c: Candidate): number {
  for (let r = 0; r < ENTITY_RULES.length; r++) {
    const rule = ENTITY_RULES[r]!;
    if ((rule.gate & gate) === 0) continue;
    c.clear();
    if (rule.match(ctx, i, c)) return r;
  }
  return -1;
}

/** Put a span in `found`, remembering what it names in full for the short forms. */
function take(ctx: EntityContext, found: SpanList, type: EntityType, start: number, end: number, rule: number, place: PlaceParts): void {
  found.push(typeIndex(type), start, end, rule, place);
  noteFullForm(ctx, type, start, end);
}

/**
 * The gate bits of token i (see `rules.ts`): 0 for a token no rule starts
 * at. A word's bits are computed once per lexeme; an abbreviation's lexicon
 * bits once per full form, from its first syllable.
 */
function tokenGate(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  const kind = v.kind[i];
  if (kind === K_PUNCT || kind === K_CODE || kind === K_NUMBER) return 0;
  const bits = lexemeBits(ctx, v.lex[i]!);
  const minority = bits & G_MINORITY;
  if (v.abbrN[i]! > 0) return G_ABBR | minority | expansionGate(ctx, v.syl(i));
  const g = v.sylAt[i] === -1 ? bits & G_LEXICON : 0;
  if (v.cap(i)) return g | G_CAP_WORD | minority;
  // a lower-case word is read only where it starts a lexicon phrase
  return g === 0 ? 0 : g | minority;
}

/**
 * Set the document's per-text facts the rules read: the bodies and names
 * given in full so far (for the short forms) and whether the text defines an
 * abbreviation.
 */
function beginText(ctx: EntityContext): void {
  ctx.heads = new Set();
  ctx.given = new Set();
  ctx.defines = ctx.v.found.anyDefinition();
}
