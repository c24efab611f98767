/**
 * Places (GUIDELINES layer 1, rule 4 and settled cases): a place type word
 * with the name or number after it (`huyện Mỹ Lộc`, `xã Mỹ Thuận`,
 * `phường 1`, `khu công nghiệp Mỹ Thuận`, `TP Hà Nội`); a capitalised name
 * known to the gazetteer standing alone (`Bạc Liêu`, `Hà Nội`, `Việt Nam`);
 * a shared type word (`2 xã Thu Phong và Bắc Phong`: the second is a place too).
 */
import { cont, isNameWord, isPunct, knownPlace, longest, nameRun, personLike, type EntityContext } from './context.js';
import { capsPlacePrefix, commonNounStart, placeNameAfter } from './organizations.js';
import { K_NUMBER } from '../doc/tokens.js';
import { isUpperCode } from '../doc/chars.js';
import { triePrefix } from '../lexicon/trie.js';
import { PLURAL, REGION_TYPES } from '../lexicon/vocabulary.js';

export interface PlaceMatch {
  end: number;
  /** the end of the type word that starts the place (the name is [typeEnd, end)) */
  typeEnd: number;
  /** further places that share this one's type word: [start, end) token ranges */
  more: [number, number][];
}

/** A place with its type word at i. */
export function parseTypedPlace(ctx: EntityContext, i: number): PlaceMatch | null {
  const pt = longest(ctx, ctx.lex.placeTypes, i);
  // `già làng` (a village elder) is a title of the person named after it, not a village
  if (!pt || (ctx.v.fold(i) === 'làng' && ctx.v.fold(i - 1) === 'già')) return null;
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
      // a full name (three syllables or more) ends the list; two-syllable
      // names in a list of places are places (`các xã Gia Thanh, Hạ Giáp`)
      if (e === s || (e - s >= 3 && personLike(ctx, s, e) && !knownPlace(ctx, s, e))) break;
      more.push([s, e]);
      j = e;
    }
  }
  return { end, typeEnd: pt.end, more };
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
  // `Nước Cộng hòa xã hội chủ nghĩa Việt Nam`: the capitalised word for the state is part of its name
  if (ctx.v.fold(i) === 'nước' && ctx.v.gap[i + 1]! < 2) {
    const state = parseBarePlace(ctx, i + 1);
    return state - i >= 6 ? state : -1;
  }
  const m = longest(ctx, ctx.lex.placeNames, i);
  if (!m) return -1;
  const run = nameRun(ctx, i, 6, true);
  if (m.end === run) return run;
  // an official name with lower-case words: `Cộng hòa xã hội chủ nghĩa Việt Nam`
  if (m.end > run && m.end - i >= 5 && ctx.v.cap(m.end - 1)) return m.end;
  // two places joined by a dash, a route: `Vân Đồn - Móng Cái` (one known name, `Bà Rịa - Vũng Tàu`, is whole above)
  if (isPunct(ctx, m.end, '-') && m.end < run && parseBarePlace(ctx, m.end + 1) === run) return m.end;
  // a headline in capitals runs on after the place: `NAM ĐỊNH TỔNG KẾT CÔNG TÁC ĐẢNG`
  const prefix = ctx.v.caps(i) ? capsPlacePrefix(ctx, i) : i;
  return prefix > i ? prefix : -1;
}

/** Is token i one abbreviation of a place's proper name (`HCM` = Hồ Chí Minh, `TPHCM`)? */
export function abbreviatesPlaceName(ctx: EntityContext, i: number): boolean {
  const { v } = ctx;
  if (v.abbrN[i] !== 1) return false;
  const a = v.abbr(i);
  return v.found.category(a) === 'place' && isUpperCode(v.found.expansion[a]!.charCodeAt(0));
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

/** Separators between the places of a list. */
const LIST_SEPARATORS = new Set([',', ';', ':', 'và', 'gồm']);

/**
 * A place named in a list that a plural type word introduces with `:` or
 * `gồm`: `04 xã: Bình Chánh, Bình Hải (huyện Bình Sơn); Phổ Nhơn`, `4 xã gồm
 * Bình An (huyện Bắc Bình), …`. Each name is a place of its own, without the
 * type word (GUIDELINES: shared type words). The name's end, or -1.
 */
export function parseListedPlace(ctx: EntityContext, i: number): number {
  return listedPlace(ctx, i, null);
}

/** The type word of a list's introduction: where it starts (-1: none yet); its end is {@link listIntroBefore}'s `:` or `gồm`. */
export interface ListType {
  start: number;
  end: number;
}

/** {@link parseListedPlace}, also writing the list's type word into `type` when given. */
export function listedPlace(ctx: EntityContext, i: number, type: ListType | null): number {
  const { v } = ctx;
  if (!isNameWord(ctx, i) || !LIST_SEPARATORS.has(v.fold(i - 1)) || v.gap[i]! >= 2) return -1;
  const run = nameRun(ctx, i, 5, true);
  if (run - i < 2 || (personLike(ctx, i, run) && run - i >= 3 && !knownPlace(ctx, i, run))) return -1;
  if (v.has(run) && v.gap[run]! < 2 && !isPunct(ctx, run, ',', ';', '(', '.') && v.fold(run) !== 'và') return -1;
  return listIntroBefore(ctx, i - 1, type) ? run : -1;
}

/**
 * Is there, before token j in the same sentence, a list's introduction: a
 * count or plural word, a place type of a commune or district, then `:` or
 * `gồm`? Looks back at most 40 tokens, across brackets but not `.`.
 */
function listIntroBefore(ctx: EntityContext, j: number, type: ListType | null): boolean {
  const { v } = ctx;
  for (let k = j; k >= 1 && j - k <= 40; k--) {
    if (isPunct(ctx, k, '.', '!', '?') || v.gap[k + 1]! >= 2) return false;
    if (!isPunct(ctx, k, ':') && v.fold(k) !== 'gồm') continue;
    const pt = k >= 2 ? typeEndingAt(ctx, k) : -1;
    if (pt > 0 && (v.kind[pt - 1] === K_NUMBER || PLURAL.has(v.fold(pt - 1)))) {
      if (type) {
        type.start = pt;
        type.end = k;
      }
      return true;
    }
  }
  return false;
}

/** Where a place type word ending right before token k starts (`xã`, `thị trấn`), or -1. */
function typeEndingAt(ctx: EntityContext, k: number): number {
  for (let s = k - 1; s >= 0 && s >= k - 2; s--) {
    const pt = longest(ctx, ctx.lex.placeTypes, s);
    if (pt && pt.end === k && (pt.value === 'commune' || pt.value === 'district')) return s;
  }
  return -1;
}
