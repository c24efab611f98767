/**
 * The merge rules, in their order of application. Each is tried at a token
 * of the scan; the first that returns an end merges the tokens up to it into
 * one token of its kind. Merges are decided here once.
 */
import type { Lexemes } from '../lexemes.js';
import { L_ABBRSHAPE, L_CAP } from '../lexemes.js';
import { K_ABBR, K_CODE, K_NUMBER, K_PUNCT, K_WORD, type TokenArrays } from '../tokens.js';
import { mergeCode, type CodeState } from './codes.js';
import { mergeCompound } from './compounds.js';
import { SLASH, type MergeInput } from './util.js';

export interface MergeRule {
  id: string;
  kind: number;
  apply(m: MergeInput, i: number, state: CodeState): number;
}

export const MERGE_RULES: readonly MergeRule[] = [
  { id: 'merge.code', kind: K_CODE, apply: mergeCode },
  { id: 'merge.abbreviation', kind: K_ABBR, apply: (m, i) => mergeCompound(m, i) },
];

/**
 * Apply the merge rules to the scanned tokens, in place: merged tokens are
 * written over the scan (a merge only ever reads ahead of where it writes).
 * Most tokens start no merge: a lower-case word not followed by `/`, or
 * punctuation, is copied without trying the rules.
 */
export function applyMerges(scanned: TokenArrays, text: string, L: Lexemes): TokenArrays {
  const m: MergeInput = { t: scanned, text, L };
  const state: CodeState = { scannedEnd: 0 };
  const { start, end, kind, gap, lex } = scanned;
  const n = scanned.n;
  let w = 0;
  let i = 0;
  outer: while (i < n) {
    if (mayStart(m, i)) {
      for (const rule of MERGE_RULES) {
        const e = rule.apply(m, i, state);
        if (e > 0) {
          const last = e - 1;
          const id = e === i + 1 ? lex[i]! : L.intern(text, start[i]!, end[last]!);
          const s0 = start[i]!;
          const g0 = gap[i]!;
          start[w] = s0;
          end[w] = end[last]!;
          kind[w] = rule.kind;
          gap[w] = g0;
          lex[w] = id;
          w++;
          i = e;
          continue outer;
        }
      }
    }
    if (w !== i) {
      start[w] = start[i]!;
      end[w] = end[i]!;
      kind[w] = kind[i]!;
      gap[w] = gap[i]!;
      lex[w] = lex[i]!;
    }
    w++;
    i++;
  }
  scanned.n = w;
  return scanned;
}

/** Can a merge start at token i: a number, a capital word (shape or letter), or a short word before `/`? */
function mayStart(m: MergeInput, i: number): boolean {
  const k = m.t.kind[i];
  if (k === K_NUMBER) return true;
  if (k !== K_WORD) return false;
  const f = m.L.flags[m.t.lex[i]!]!;
  return (f & (L_ABBRSHAPE | L_CAP)) !== 0 || (i + 1 < m.t.n && m.t.kind[i + 1] === K_PUNCT && m.text.charCodeAt(m.t.start[i + 1]!) === SLASH);
}
