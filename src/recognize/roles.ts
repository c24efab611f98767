/**
 * Roles (GUIDELINES layer 1, rule 2): a title from `dict/roles.tsv` with its
 * prefixes (`Phó`) and qualifiers (`Thường trực`); `nguyên` (former) and
 * `quyền` (acting) stay outside. A title that ends in a type noun splits where a specific body
 * follows (`[Trưởng] [Ban Dân vận Huyện ủy]`, `[Chánh] [Văn phòng HĐND&UBND
 * huyện]`); welded abbreviations of titles are one role (`UVBTV`, `PCT`).
 * `đại biểu` is a role only before an elected body (`đại biểu HĐND huyện`),
 * not when it means the attendees of a meeting.
 */
import { longest, isPunct, cont, isNameWord as isNameWordAt, type EntityContext } from './context.js';
import { orgCore, parseOrg, type OrgMatch } from './organizations.js';
import { ELECTED, FIELD_TITLE_FIRST, FIELD_TITLES, SPLIT_NOUNS } from '../lexicon/vocabulary.js';

export interface RoleMatch {
  end: number;
  /** the organisation split off the title, if it did: where it starts, and its parse (its end and the place it names) */
  orgStart?: number;
  org?: OrgMatch;
}

function startsWithTitle(ctx: EntityContext, syl: readonly string[]): boolean {
  // `Phó Chủ tịch`, `Ủy viên Ban Thường vụ`, `Tỉnh ủy viên`, `đại biểu Quốc hội`
  let node = ctx.lex.roles;
  let k = 0;
  while (k < syl.length) {
    const n = node.next.get(syl[k]!);
    if (!n) return false;
    node = n;
    k++;
    if (node.value === 'title' || node.value === 'delegate') return true;
    if (node.value === 'prefix') node = ctx.lex.roles;
  }
  return false;
}

/** Does a token in [from, to) hold an abbreviation other than a title's? */
function otherAbbreviation(ctx: EntityContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.v.abbrCount(k) > 0 && ctx.v.abbrCategory(k) !== 'title') return true;
  return false;
}

/**
 * A role at i: a welded abbreviation of a title (`PCT`), or prefixes, a title
 * and what belongs to it (`Phó Chủ tịch Thường trực`, `bí thư chi bộ`); a
 * title ending in a type noun stops before a specific body (`[Trưởng] [Ban
 * Dân vận Huyện ủy]`).
 */
export function parseRole(ctx: EntityContext, i: number): RoleMatch | null {
  const { v } = ctx;
  if (!v.has(i)) return null;
  // a welded abbreviation of a title: UVBTV, PCT, TUV (degrees such as ThS are not roles)
  // with its qualifiers before a body: `PBT TT HU` = [Phó Bí thư Thường trực] [Huyện ủy]
  if (v.abbrN[i] === 1 && v.abbrCategory(i) === 'title' && startsWithTitle(ctx, v.syl(i))) {
    const q = qualifiersEnd(ctx, i + 1);
    return { end: q > i + 1 && cont(ctx, q) && orgCore(ctx, q) ? q : i + 1 };
  }
  // the prefixes (`Phó`), at most two words; `quyền` (acting) stays outside the role like `nguyên` (GUIDELINES)
  let j = i;
  let m = longest(ctx, ctx.lex.roles, i);
  while (m && m.value === 'prefix' && j - i < 2) {
    j = m.end;
    m = longest(ctx, ctx.lex.roles, j);
  }
  // the title: the lexicon match where the prefixes end
  const title = j < v.n && (j === i || cont(ctx, j)) ? m : null;
  if (!title || (title.value !== 'title' && title.value !== 'delegate')) {
    const end = bareTitleEnd(ctx, i, j);
    return end < 0 ? null : { end };
  }
  if (otherAbbreviation(ctx, j, title.end)) return null;
  if (title.value === 'delegate') return delegateOf(ctx, title.end) ? { end: title.end } : null;
  return afterTitle(ctx, j, title.end);
}

/**
 * A bare prefix or title in a list of titles, where the noun they share
 * comes once: `[phó] các Ban`, `Trưởng, [phó]`, `[trưởng], phó các ban`.
 * Its end, or -1.
 */
function bareTitleEnd(ctx: EntityContext, i: number, prefixEnd: number): number {
  const { v } = ctx;
  if (prefixEnd === i + 1 && v.fold(i) === 'phó' && (isPunct(ctx, prefixEnd, ',', ';', ')') || v.fold(prefixEnd) === 'các')) return prefixEnd;
  if (v.fold(i) === 'trưởng' && isPunct(ctx, i + 1, ',') && v.fold(i + 2) === 'phó') return i + 1;
  return -1;
}

/** Is `đại biểu` ending at `end` a role: before an elected body (`đại biểu HĐND huyện`, `đại biểu Quốc hội`)? */
function delegateOf(ctx: EntityContext, end: number): boolean {
  const next = orgCore(ctx, end);
  return !(!next || !cont(ctx, end) || !ELECTED.some((e) => next.phrase.startsWith(e)));
}

/**
 * What follows a title [j, end) and belongs to the role: a qualifier before a
 * body (Phó Trưởng Ban Thường trực [Ban ATGT tỉnh]), a qualifier (`Thường
 * trực`, `chuyên trách`), a generic body (`bí thư chi bộ (bản)`); or the split
 * before a specific body when the title ends in its type noun.
 */
function afterTitle(ctx: EntityContext, j: number, end: number): RoleMatch {
  // qualifiers, one or two (`Thường trực chuyên trách`), between the title and its body belong to the title
  const qualified = qualifiersEnd(ctx, end);
  if (qualified > end && orgCore(ctx, qualified) && cont(ctx, qualified)) return { end: qualified };
  const split = splitBeforeBody(ctx, j, end);
  if (split) return split;
  // the body welded in the title, then its field: `Bộ trưởng Giao thông vận tải`
  if (FIELD_TITLE_FIRST.has(ctx.v.fold(end - 2)) && FIELD_TITLES.has(`${ctx.v.fold(end - 2)} ${ctx.v.fold(end - 1)}`) && cont(ctx, end) && ctx.v.cap(end)) {
    const f = longest(ctx, ctx.lex.fields, end, true);
    if (f) return { end: f.end };
  }
  return { end: genericBodyEnd(ctx, qualified) };
}

/** The end of the qualifiers (`Thường trực`, `chuyên trách`, at most two) from k. */
function qualifiersEnd(ctx: EntityContext, k: number): number {
  for (let n = 0; n < 2 && cont(ctx, k); n++) {
    const q = longest(ctx, ctx.lex.roles, k);
    if (!q || q.value !== 'qualifier') break;
    k = q.end;
  }
  return k;
}

/**
 * A title [j, end) that ends in a type noun, before a specific body: the role
 * stops before the noun, which starts the organisation (`[Trưởng] [Ban Dân vận
 * Huyện ủy]`, `[Chánh] [Văn phòng HĐND&UBND huyện]`). Null if not.
 */
function splitBeforeBody(ctx: EntityContext, j: number, end: number): RoleMatch | null {
  const { v } = ctx;
  const last = v.fold(end - 1);
  const lastTwo = end - 2 >= j ? `${v.fold(end - 2)} ${last}` : '';
  const nounStart = SPLIT_NOUNS.has(lastTwo) ? end - 2 : SPLIT_NOUNS.has(last) ? end - 1 : -1;
  if (nounStart > j) {
    const org = parseOrg(ctx, nounStart, true);
    if (org && (org.specific || org.kind === 'body') && org.end > end) return { end: nounStart, orgStart: nounStart, org };
    // a name we cannot read follows the type noun: the title stops before it (`Giám đốc | Sở Kế hoạch - Đầu tư`)
    if (isNameWordAt(ctx, end) && ctx.v.gap[end]! < 2) return { end: nounStart };
  }
  return null;
}

/** A generic body after the title stays in it, with its village: bí thư chi bộ (bản). The role's end. */
function genericBodyEnd(ctx: EntityContext, end: number): number {
  const { v } = ctx;
  if (v.has(end) && !v.cap(end) && v.abbrN[end] === 0 && cont(ctx, end)) {
    const core = orgCore(ctx, end);
    if (core && core.kind === 'body' && !parseOrg(ctx, end)) {
      end = core.end;
      const place = longest(ctx, ctx.lex.placeTypes, end);
      if (place && place.value === 'village' && !v.cap(end) && !isNameWordAt(ctx, place.end)) end = place.end;
    }
  }
  return end;
}
