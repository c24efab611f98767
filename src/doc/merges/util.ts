import type { Lexemes } from '../lexemes.js';
import { K_PUNCT, type TokenArrays } from '../tokens.js';

/** What a merge rule reads: the scanned tokens, the text and the lexemes. */
export interface MergeInput {
  t: TokenArrays;
  text: string;
  L: Lexemes;
}

/** Is token i the punctuation character `ch` (one code unit)? */
export function punctIs(m: MergeInput, i: number, ch: number): boolean {
  return i < m.t.n && m.t.kind[i] === K_PUNCT && m.t.end[i]! - m.t.start[i]! === 1 && m.text.charCodeAt(m.t.start[i]!) === ch;
}

export const SLASH = 0x2f;
export const DASH = 0x2d;
export const AMP = 0x26;
export const DOT = 0x2e;
