/**
 * The token edits the abbreviation pass decides, applied once to the merged
 * tokens, in place, before the view is built: the one stage after the merge
 * rules that changes tokens. An abbreviation that takes the tokens after its
 * own (`TP` + `.`, a spaced compound the text defined: `BCĐ PCTT`) joins them
 * into one token; a token holding several abbreviations (`HĐND&UBND`,
 * `UVBTV – PCT`, `CT.UBND`) becomes a token for each, with the connector
 * between them as punctuation. Every other token is left as merged.
 *
 * Why not a merge rule: which of these happen depends on the dictionary and
 * on the definitions in the text (`HĐND&UBND` splits because both parts are
 * known bodies; `KT-XH`, two fields, stays one; `LĐTB&XH`, one name, stays
 * one; `TP.` joins because the dictionary has `TP.`, unless the text defined
 * `TP`), and the definitions and the abbreviation pass read the merged
 * tokens (a definition `(HĐND&UBND)` needs the compound as one token, and the
 * pass reads its sense cues two words either side of the compound). So the
 * merge rules cannot decide them without changing answers; the pass decides
 * them once, and this stage only carries its decisions out.
 */
import { isRegExpSpaceCode } from '../chars.js';
import type { Lexemes } from '../lexemes.js';
import { K_ABBR, K_PUNCT, type TokenArrays } from '../tokens.js';
import { moveRun } from './index.js';

/** What the stage reads of the abbreviations found: where each is (normalised offsets; see found-store.ts). */
export interface FoundSpans {
  readonly n: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** The tokens' abbreviations after the stage. */
export interface FoundTokens {
  /** for each token, the index of its abbreviation in the found list (-1: none) */
  abbrAt: Int32Array;
}

/** One token of a split compound, made by {@link splitTokens}. */
interface Piece {
  start: number;
  end: number;
  kind: number;
  gap: number;
  lex: number;
  /** its abbreviation in the found list (-1: a connector) */
  abbr: number;
}

/** A token to split: where it is after the joins, and the pieces it becomes. */
interface Split {
  at: number;
  pieces: Piece[];
}

/**
 * Apply the abbreviations found (sorted, normalised offsets) to the merged
 * tokens `t`, in place: joins first, front to back (a join only writes
 * behind where it reads), then splits, back to front (a split only writes
 * ahead). Returns which token is which abbreviation.
 */
export function applyFound(t: TokenArrays, found: FoundSpans, text: string, L: Lexemes): FoundTokens {
  // -1 everywhere first: a token is written at most once, at w, which only grows, so only abbreviations are set below
  let abbrAt: Int32Array = t.abbrAtArray(Math.max(16, t.n + 1));
  const splits: Split[] = [];
  const n = t.n;
  // tokens [0, w) are final; [i, n) are still to read
  let w = 0;
  let i = 0;
  const { start: fs, end: fe } = found;
  for (let a = 0; a < found.n; ) {
    const f = fs[a]!;
    let r = i;
    while (r < n && t.end[r]! <= f) r++;
    // an abbreviation that starts in no token still to read (none does) is passed
    if (r >= n || t.start[r]! > f) {
      a++;
      continue;
    }
    w = moveRun(t, i, r, w);
    let count = 1;
    let end = Math.max(t.end[r]!, fe[a]!);
    while (a + count < found.n && fs[a + count]! < t.end[r]!) end = Math.max(end, fe[a + count++]!);
    let j = r;
    while (j + 1 < n && t.end[j + 1]! <= end) j++;
    if (count > 1) splits.push({ at: w, pieces: splitTokens(t, r, a, count, found, text, L) });
    writeJoined(t, w, r, count > 1 ? t.end[r]! : end, text, L);
    abbrAt[w++] = a;
    a += count;
    i = j + 1;
  }
  t.n = moveRun(t, i, n, w);
  if (splits.length > 0) abbrAt = applySplits(t, abbrAt, splits);
  return { abbrAt };
}

/** Token r written at w, taking the text up to `end` (`TP` + `.`: one token `TP.`). */
function writeJoined(t: TokenArrays, w: number, r: number, end: number, text: string, L: Lexemes): void {
  const lex = end === t.end[r] ? t.lex[r]! : L.intern(text, t.start[r]!, end);
  t.start[w] = t.start[r]!;
  t.end[w] = end;
  t.kind[w] = t.kind[r]!;
  t.gap[w] = t.gap[r]!;
  t.lex[w] = lex;
}

/**
 * The tokens that token r becomes with its `count` abbreviations from
 * `first` on: one for each, and the connector between two (its white space
 * trimmed) as punctuation.
 */
function splitTokens(t: TokenArrays, r: number, first: number, count: number, found: FoundSpans, text: string, L: Lexemes): Piece[] {
  const pieces: Piece[] = [];
  let at = t.start[r]!;
  for (let k = 0; k < count; k++) {
    const m = { start: found.start[first + k]!, end: found.end[first + k]! };
    let spaceBefore = false;
    if (m.start > at) {
      let s = at;
      let e = m.start;
      while (s < e && isRegExpSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isRegExpSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e > s) pieces.push({ start: s, end: e, kind: K_PUNCT, gap: s > at ? 1 : 0, lex: L.intern(text, s, e), abbr: -1 });
      spaceBefore = isRegExpSpaceCode(text.charCodeAt(m.start - 1));
    }
    const gap = k === 0 ? t.gap[r]! : spaceBefore ? 1 : 0;
    pieces.push({ start: m.start, end: m.end, kind: K_ABBR, gap, lex: L.intern(text, m.start, m.end), abbr: first + k });
    at = m.end;
  }
  return pieces;
}

/**
 * The splits, back to front: the tokens after each move up by what the
 * splits before it (and it) add, then its pieces are written. Returns the
 * abbreviation of each token (its array grown when the tokens outgrow it).
 */
function applySplits(t: TokenArrays, abbrAt: Int32Array, splits: Split[]): Int32Array {
  let size = t.n;
  for (const s of splits) size += s.pieces.length - 1;
  t.room(size);
  // one more than the tokens: the view reads the array as its `sylAt`, max(16, n + 1) long (see view.ts)
  if (abbrAt.length < size + 1) abbrAt = t.abbrAtGrown(abbrAt, size + 1);
  let end = t.n;
  let to = size;
  for (let k = splits.length - 1; k >= 0; k--) {
    const { at, pieces } = splits[k]!;
    const after = end - (at + 1);
    to -= after;
    for (const a of [t.start, t.end, t.lex, t.kind, t.gap, abbrAt]) a.copyWithin(to, at + 1, end);
    to -= pieces.length;
    pieces.forEach((p, x) => {
      const w = to + x;
      t.start[w] = p.start;
      t.end[w] = p.end;
      t.kind[w] = p.kind;
      t.gap[w] = p.gap;
      t.lex[w] = p.lex;
      abbrAt[w] = p.abbr;
    });
    end = at;
  }
  t.n = size;
  return abbrAt;
}
