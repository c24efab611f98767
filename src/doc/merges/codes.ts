/**
 * Merge rule: document codes (`04-NQ/HU`, `178/QĐ-UBND`, `30/2020/NĐ-CP`,
 * `669/QĐ – TTg`): a number, then ( `/` or `-` , number or word )+ without
 * spaces, with at least one `/` and one upper-case part. Their parts are
 * codes, not abbreviations to expand (GUIDELINES, layer 2).
 */
import { K_NUMBER, K_WORD } from '../tokens.js';
import { DASH, punctIs, SLASH, type MergeInput } from './util.js';

export interface CodeState {
  /** a failed chain fails from every later number in it too: how far it went */
  scannedEnd: number;
}

/** The index after the code starting at number token i, or -1. */
export function mergeCode(m: MergeInput, i: number, state: CodeState): number {
  const { t, L } = m;
  if (t.kind[i] !== K_NUMBER || i < state.scannedEnd) return -1;
  let j = i + 1;
  let slash = false;
  let upper = false;
  let lastPart = i;
  while (j + 1 < t.n) {
    const sepSlash = punctIs(m, j, SLASH);
    if (!sepSlash && !punctIs(m, j, DASH)) break;
    const part = j + 1;
    const pk = t.kind[part]!;
    if (t.gap[j] !== 0 || t.gap[part] !== 0) {
      // `669/QĐ – TTg`: spaces around a dash between two capitalised parts
      const spacedDash = !sepSlash && t.gap[j]! <= 1 && t.gap[part]! <= 1 && pk === K_WORD && L.upper[t.lex[part]!]! >= 2 && t.kind[j - 1] === K_WORD;
      if (!spacedDash) break;
    }
    if (pk !== K_WORD && pk !== K_NUMBER) break;
    if (pk === K_WORD) {
      if (L.upper[t.lex[part]!] === 0) break;
      upper = true;
    }
    if (sepSlash) slash = true;
    lastPart = part;
    j += 2;
  }
  state.scannedEnd = lastPart + 1;
  if (!slash || !upper) return -1;
  return lastPart + 1;
}
