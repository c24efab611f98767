/**
 * The merge rules, in their order of application. Each is tried at a token
 * of the scan; the first that returns an end merges the tokens up to it into
 * one token of its kind. Merges are decided here once. The joins and
 * splits that need the dictionary and the text's definitions (`TP` + `.`,
 * `HĐND&UBND` as two bodies) are the abbreviation pass's to decide: they are
 * applied once after it, by found.ts, and never undone.
 */
import type { Lexemes } from '../lexemes.js';
import { L_ABBRSHAPE, L_DIGIT, L_INITIAL } from '../lexemes.js';
import { K_ABBR, K_CODE, K_NUMBER, K_WORD, KIND_NAMES, type TokenArrays } from '../tokens.js';
import { mergeCode, type CodeState } from './codes.js';
import { mergeCompound } from './compounds.js';
import type { MergeInput } from './util.js';

export interface MergeRule {
  id: string;
  /** the kind of the merged token */
  kind: number;
  /** the kind of token a merge starts at (the rule returns -1 at any other) */
  startKind: number;
  apply(m: MergeInput, i: number, state: CodeState): number;
}

export const MERGE_RULES: readonly MergeRule[] = [
  { id: 'merge.code', kind: K_CODE, startKind: K_NUMBER, apply: mergeCode },
  { id: 'merge.abbreviation', kind: K_ABBR, startKind: K_WORD, apply: (m, i) => mergeCompound(m, i) },
];

/**
 * Apply the merge rules to the scanned tokens, in place: merged tokens are
 * written over the scan (a merge only ever reads ahead of where it writes).
 * Most tokens start no merge: only a number, an abbreviation shape, an
 * initial or a word before `/` is tried (one or two array reads decide), and
 * the tokens between merges are moved in one block each.
 */
export function applyMerges(scanned: TokenArrays, text: string, L: Lexemes): TokenArrays {
  return applyMergesTo({ t: scanned, text, L });
}

/** The state of merge.code, one object reused by every (synchronous) pass. */
const state: CodeState = { scannedEnd: 0 };

/** {@link applyMerges} on the tokens, text and lexemes of `m`. */
export function applyMergesTo(m: MergeInput): TokenArrays {
  const { t: scanned, L } = m;
  state.scannedEnd = 0;
  const { kind, lex } = scanned;
  const n = scanned.n;
  // the lexeme `/`: a word before it may start a slash form (`đ/c`)
  const slash = L.intern('/', 0, 1);
  let flags = L.flags;
  // tokens [0, w) are final; tokens [from, i) stay as they are and are still to be moved to w
  let w = 0;
  let from = 0;
  for (let i = 0; i < n; i++) {
    // a number, a shape or an initial (no token of another kind has such a lexeme before the merges), or a word before `/`
    if ((flags[lex[i]!]! & (L_DIGIT | L_ABBRSHAPE | L_INITIAL)) === 0 && (lex[i + 1] !== slash || kind[i] !== K_WORD || i + 1 >= n)) continue;
    const e = merge(m, i, state);
    if (e <= i + 1) continue;
    w = moveRun(scanned, from, i, w);
    writeMerged(m, w, i, e);
    flags = L.flags;
    w++;
    from = e;
    i = e - 1;
  }
  scanned.n = moveRun(scanned, from, n, w);
  return scanned;
}

/** The rules of MERGE_RULES by the kind of token they start at, in their order. */
const RULES_BY_START: readonly (readonly MergeRule[])[] = KIND_NAMES.map((_, k) => MERGE_RULES.filter((r) => r.startKind === k));

/**
 * The first rule that merges at token i: the index after the merged tokens,
 * or -1. A merge of the one token i only changes its kind, in place.
 */
function merge(m: MergeInput, i: number, state: CodeState): number {
  const rules = RULES_BY_START[m.t.kind[i]!]!;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const e = rule.apply(m, i, state);
    if (e <= 0) continue;
    m.t.kind[i] = rule.kind;
    return e;
  }
  return -1;
}

/** Tokens i..e-1 merged into one token at w, of the kind the merge gave token i. */
function writeMerged(m: MergeInput, w: number, i: number, e: number): void {
  const { t, L, text } = m;
  const id = L.intern(text, t.start[i]!, t.end[e - 1]!);
  t.start[w] = t.start[i]!;
  t.end[w] = t.end[e - 1]!;
  t.kind[w] = t.kind[i]!;
  t.gap[w] = t.gap[i]!;
  t.lex[w] = id;
}

/** Move tokens [from, to) down to w (a long run one block per array); the index after them. */
export function moveRun(t: TokenArrays, from: number, to: number, w: number): number {
  if (w === from) return to;
  if (to - from > 64) {
    t.start.copyWithin(w, from, to);
    t.end.copyWithin(w, from, to);
    t.kind.copyWithin(w, from, to);
    t.gap.copyWithin(w, from, to);
    t.lex.copyWithin(w, from, to);
    return w + (to - from);
  }
  const { start, end, kind, gap, lex } = t;
  for (let i = from; i < to; i++, w++) {
    start[w] = start[i]!;
    end[w] = end[i]!;
    kind[w] = kind[i]!;
    gap[w] = gap[i]!;
    lex[w] = lex[i]!;
  }
  return w;
}
