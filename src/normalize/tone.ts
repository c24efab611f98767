/**
 * Tone-mark placement. Vietnamese has two conventions for where the tone mark
 * sits in the open syllables with the rising diphthongs `oa`, `oe`, `uy`:
 * the traditional one puts it on the first vowel (`hòa`, `khóe`, `thủy`,
 * `Ủy`), the "new" one (1980s school reform) on the second (`hoà`, `khoé`,
 * `thuỷ`, `Uỷ`). Both are in everyday use. With a final consonant, both put it
 * on the second vowel (`hoàn`, `khoẻn`, `huyện`), and `qu` + `y` is the
 * consonant `qu` plus the vowel `y` (`quý`), so neither moves.
 *
 * We canonicalise to the traditional placement: it is what official names
 * are written with (`Ủy ban nhân dân` in the texts of the Government and of
 * the Party) and what our annotation guidelines use for expansions. The rule
 * itself is the standard description of Vietnamese tone placement: the mark
 * goes on the main vowel of the rhyme; in open `oa`/`oe`/`uy` the two
 * conventions disagree on which vowel is the main one.
 *
 * The change is length-preserving on precomposed text: one code unit is
 * replaced by another, so offsets do not move.
 */
import { composeVowel, vowelBase, vowelTone } from './vowels.js';

const o = 'o'.charCodeAt(0);
const O = 'O'.charCodeAt(0);
const a = 'a'.charCodeAt(0);
const A = 'A'.charCodeAt(0);
const e = 'e'.charCodeAt(0);
const E = 'E'.charCodeAt(0);
const u = 'u'.charCodeAt(0);
const U = 'U'.charCodeAt(0);
const y = 'y'.charCodeAt(0);
const Y = 'Y'.charCodeAt(0);
const q = 'q'.charCodeAt(0);
const Q = 'Q'.charCodeAt(0);

/** Is (b1, b2) one of the rising diphthongs oa, oe, uy (bases, any case)? */
function risingPair(b1: number, b2: number): boolean {
  if (b1 === o || b1 === O) return b2 === a || b2 === A || b2 === e || b2 === E;
  if (b1 === u || b1 === U) return b2 === y || b2 === Y;
  return false;
}

/**
 * Canonicalise tone placement in `codes[start..end)` (one syllable: a run of
 * letters), in place. Returns true when something changed.
 */
export function fixSyllableTone(codes: Uint16Array | number[], start: number, end: number): boolean {
  // every vowel run of the letter run is checked, so that words glued
  // together (`Huyệnkhoá`) are canonicalised the same way as apart
  let changed = false;
  let v = start;
  while (v < end) {
    while (v < end && vowelBase(codes[v]!) === -1) v++;
    if (v >= end) break;
    let w = v;
    while (w < end && vowelBase(codes[w]!) !== -1) w++;
    // the last two vowels of the run (real nuclei of three vowels never end in oa, oe, uy)
    if (w - v >= 2 && fixNucleus(codes, start, w - 2, w, end)) changed = true;
    v = w;
  }
  return changed;
}

function fixNucleus(codes: Uint16Array | number[], start: number, v: number, w: number, end: number): boolean {
  const c1 = codes[v]!;
  const c2 = codes[v + 1]!;
  const b1 = vowelBase(c1);
  const b2 = vowelBase(c2);
  if (!risingPair(b1, b2)) return false;
  // `qu` + vowel: the u belongs to the consonant (quý, quà)
  if (v > start && (codes[v - 1] === q || codes[v - 1] === Q)) return false;
  const t1 = vowelTone(c1);
  const t2 = vowelTone(c2);
  if (t1 !== 0 && t2 !== 0) return false; // malformed, leave it
  const tone = t1 || t2;
  if (tone === 0) return false;
  const open = w === end;
  if (open && t2 !== 0) {
    codes[v] = composeVowel(b1, tone);
    codes[v + 1] = b2;
    return true;
  }
  if (!open && t1 !== 0) {
    codes[v] = b1;
    codes[v + 1] = composeVowel(b2, tone);
    return true;
  }
  return false;
}
