/**
 * Merge rule: abbreviation shapes and compounds, one token each: `HĐND`,
 * `ThS`; slash forms `đ/c`, `Đ/c`, `T/h`; joined `KT-XH`, `NN&PTNT`; dotted
 * `T.Ư`, `UVT.Ư` (capitals, no spaces); spaced `QP- AN`, `VH – XH` (two
 * all-capital abbreviation shapes). In `HU-Chủ tịch` the abbreviation is `HU`.
 */
import { L_ABBRSHAPE, L_ALLCAPS, L_CAP } from '../lexemes.js';
import { K_PUNCT, K_WORD } from '../tokens.js';
import { AMP, DASH, DOT, punctIs, SLASH, type MergeInput } from './util.js';

function len(m: MergeInput, i: number): number {
  return m.t.end[i]! - m.t.start[i]!;
}

function flag(m: MergeInput, i: number, f: number): boolean {
  return (m.L.flags[m.t.lex[i]!]! & f) !== 0;
}

/** A single capital letter. */
function letter(m: MergeInput, i: number): boolean {
  return len(m, i) === 1 && flag(m, i, L_CAP);
}

/** A part that can continue a compound after a connector. */
function compoundPart(m: MergeInput, i: number): boolean {
  return i < m.t.n && m.t.kind[i] === K_WORD && (flag(m, i, L_ABBRSHAPE) || letter(m, i));
}

/** May the connector at j join the parts j-1 and j+1? */
function joins(m: MergeInput, j: number): boolean {
  const { t } = m;
  const part = j + 1;
  if (punctIs(m, j, DOT)) return t.gap[j] === 0 && t.gap[part] === 0 && flag(m, j - 1, L_ALLCAPS) && flag(m, part, L_ALLCAPS);
  if (!punctIs(m, j, DASH) && !punctIs(m, j, AMP)) return false;
  if (t.gap[j] === 0 && t.gap[part] === 0) return true;
  return (
    t.gap[j]! <= 1 &&
    t.gap[part]! <= 1 &&
    flag(m, j - 1, L_ALLCAPS) &&
    flag(m, part, L_ALLCAPS) &&
    flag(m, part, L_ABBRSHAPE) &&
    flag(m, j - 1, L_ABBRSHAPE)
  );
}

/**
 * The index after the abbreviation starting at word token i, or -1 when the
 * word is no abbreviation (one that stands alone returns i + 1).
 */
export function mergeCompound(m: MergeInput, i: number): number {
  const { t } = m;
  if (t.kind[i] !== K_WORD) return -1;
  // slash form: short word / short word, no spaces (đ/c, Đ/c, T/h)
  if (punctIs(m, i + 1, SLASH) && i + 2 < t.n && t.kind[i + 2] === K_WORD && t.gap[i + 1] === 0 && t.gap[i + 2] === 0 && len(m, i) <= 2 && len(m, i + 2) <= 3) {
    return i + 3;
  }
  const shape = flag(m, i, L_ABBRSHAPE);
  if (!shape && !letter(m, i)) return -1;
  let j = i + 1;
  let end = i + 1;
  while (j + 1 < t.n) {
    if (t.kind[j] !== K_PUNCT || !compoundPart(m, j + 1) || !joins(m, j)) break;
    end = j + 2;
    j += 2;
  }
  if (end === i + 1 && !shape) return -1;
  return end;
}
