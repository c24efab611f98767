/**
 * Places (GUIDELINES layer 1, rule 4 and settled cases): a place type word
 * with the name or number after it (`huyện Mỹ Lộc`, `xã Mỹ Thuận`,
 * `phường 1`, `khu công nghiệp Mỹ Thuận`, `TP Hà Nội`); a capitalised name
 * known to the gazetteer standing alone (`Bạc Liêu`, `Hà Nội`, `Việt Nam`);
 * a shared type word (`2 xã Thu Phong và Bắc Phong`: the second is a place too).
 */
import { cont, isNameWord, isPunct, knownPlace, longest, nameRun, personLike, type EntityContext } from './context.js';
import { commonNounStart, placeNameAfter } from './organizations.js';
import { K_NUMBER } from '../doc/tokens.js';
import { isUpperCode } from '../doc/chars.js';
import { triePrefix } from '../lexicon/trie.js';
import { PLURAL, REGION_TYPES } from '../lexicon/vocabulary.js';

export interface PlaceMatch {
  end: number;
  /** further places that share this one's type word: [start, end) token ranges */
  more: [number, number][];
}

/** A place with its type word at i. */
export function parseTypedPlace(ctx: EntityContext, i: number): PlaceMatch | null {
  const pt = longest(ctx, ctx.lex.placeTypes, i);
  if (!pt) return null;
  const level = pt.value;
  const end = level === 'village' || level === 'zone' ? namedAfter(ctx, pt.end, REGION_TYPES.has(ctx.v.fold(i))) : placeNameAfter(ctx, pt.end, level, false);
  if (end === pt.end) return null;
  const more: [number, number][] = [];
  const { v } = ctx;
  const shared = v.has(i - 1) && (v.kind[i - 1] === K_NUMBER || PLURAL.has(v.fold(i - 1)));
  if (shared) {
    let j = end;
    while (isPunct(ctx, j, ',') || v.fold(j) === 'và') {
      const s = j + 1;
      if (!cont(ctx, s)) break;
      const e = nameRun(ctx, s, 5, true);
      if (e === s || (personLike(ctx, s, e) && !knownPlace(ctx, s, e))) break;
      more.push([s, e]);
      j = e;
    }
  }
  return { end, more };
}

function namedAfter(ctx: EntityContext, j: number, region: boolean): number {
  const { v } = ctx;
  if (!cont(ctx, j) || v.gap[j]! >= 2) return j;
  if (v.kind[j] === K_NUMBER && v.gap[j]! <= 1) return numberedEnd(ctx, j);
  const run = nameRun(ctx, j, 5, true);
  return !region && commonNounStart(ctx, j, run) ? j : run;
}

/** A number naming a road or zone, with a letter glued to it: `1A`, `14C`. */
function numberedEnd(ctx: EntityContext, j: number): number {
  const { v } = ctx;
  const k = j + 1;
  if (v.has(k) && v.gap[k] === 0 && v.syllable(k) && v.caps(k) && v.length(k) <= 2) return k + 1;
  return j + 1;
}

/** A bare known place name at i (the whole capitalised run must be the name). */
export function parseBarePlace(ctx: EntityContext, i: number): number {
  if (!isNameWord(ctx, i)) return -1;
  const m = longest(ctx, ctx.lex.placeNames, i);
  if (!m) return -1;
  const run = nameRun(ctx, i, 6, true);
  return m.end === run ? run : -1;
}

/** Is token i one abbreviation of a place's proper name (`HCM` = Hồ Chí Minh, `TPHCM`)? */
export function abbreviatesPlaceName(ctx: EntityContext, i: number): boolean {
  const { v } = ctx;
  if (v.abbrN[i] !== 1) return false;
  const a = v.abbr(i);
  return a.category === 'place' && isUpperCode(a.expansion.charCodeAt(0));
}

/**
 * A place written as one abbreviation whose full form is a type word and a
 * name: `TPHCM`, `TP.HCM` (Thành phố Hồ Chí Minh).
 */
export function parseAbbreviatedPlace(ctx: EntityContext, i: number): number {
  if (!abbreviatesPlaceName(ctx, i)) return -1;
  // the syllables it stands for: a place type, then a name
  const syl = ctx.v.syl(i);
  const typed = triePrefix(ctx.lex.placeTypes, syl).used;
  return typed > 0 && typed < syl.length ? i + 1 : -1;
}
