/**
 * The merge rules, in their order of application. Each is tried at a token
 * of the scan; the first that returns an end merges the tokens up to it into
 * one token of its kind. Merges are decided here once.
 */
import type { Lexemes } from '../lexemes.js';
import { K_ABBR, K_CODE, TokenArrays } from '../tokens.js';
import { mergeCode, type CodeState } from './codes.js';
import { mergeCompound } from './compounds.js';
import type { MergeInput } from './util.js';

export interface MergeRule {
  id: string;
  kind: number;
  apply(m: MergeInput, i: number, state: CodeState): number;
}

export const MERGE_RULES: readonly MergeRule[] = [
  { id: 'merge.code', kind: K_CODE, apply: mergeCode },
  { id: 'merge.abbreviation', kind: K_ABBR, apply: (m, i) => mergeCompound(m, i) },
];

/** Apply the merge rules to the scanned tokens. */
export function applyMerges(scanned: TokenArrays, text: string, L: Lexemes): TokenArrays {
  const m: MergeInput = { t: scanned, text, L };
  const out = new TokenArrays(scanned.n + 1);
  const state: CodeState = { scannedEnd: 0 };
  const { start, end, kind, gap, lex } = scanned;
  let i = 0;
  outer: while (i < scanned.n) {
    for (const rule of MERGE_RULES) {
      const e = rule.apply(m, i, state);
      if (e > 0) {
        const last = e - 1;
        const id = e === i + 1 ? lex[i]! : L.intern(text, start[i]!, end[last]!);
        out.push(start[i]!, end[last]!, rule.kind, gap[i]!, id);
        i = e;
        continue outer;
      }
    }
    out.push(start[i]!, end[i]!, kind[i]!, gap[i]!, lex[i]!);
    i++;
  }
  return out;
}
