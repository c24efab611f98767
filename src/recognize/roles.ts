/**
 * Roles (GUIDELINES layer 1, rule 2): a title from `dict/roles.tsv` with its
 * prefixes (`Phó`, `Quyền`) and qualifiers (`Thường trực`); `nguyên` (former)
 * stays outside. A title that ends in a type noun splits where a specific body
 * follows (`[Trưởng] [Ban Dân vận Huyện ủy]`, `[Chánh] [Văn phòng HĐND&UBND
 * huyện]`); welded abbreviations of titles are one role (`UVBTV`, `PCT`).
 * `đại biểu` is a role only before an elected body (`đại biểu HĐND huyện`),
 * not when it means the attendees of a meeting.
 */
import { longest, isPunct, cont, isNameWord as isNameWordAt, type EntityContext } from './context.js';
import { orgCore, parseOrg } from './organizations.js';
import { ELECTED, SPLIT_NOUNS } from '../lexicon/vocabulary.js';

export interface RoleMatch {
  end: number;
  /** where the organisation split off the title starts, if it did */
  orgStart?: number;
  orgEnd?: number;
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
  for (let k = from; k < to; k++) {
    const n = ctx.v.abbrCount(k);
    for (let a = 0; a < n; a++) if (ctx.v.abbr(k, a).category !== 'title') return true;
  }
  return false;
}

export function parseRole(ctx: EntityContext, i: number): RoleMatch | null {
  const { v } = ctx;
  if (!v.has(i)) return null;
  // a welded abbreviation of a title: UVBTV, PCT, TUV (degrees such as ThS are not roles)
  if (v.abbrN[i] === 1 && v.abbr(i).category === 'title' && startsWithTitle(ctx, v.syl(i))) return { end: i + 1 };
  let j = i;
  // prefixes: Phó, Quyền
  let prefixEnd = i;
  for (;;) {
    const p = longest(ctx, ctx.lex.roles, j);
    // `Quyền` (acting) only capitalised: `chính quyền` is not a title
    if (p && p.value === 'prefix' && j - i < 2 && (v.fold(j) !== 'quyền' || v.cap(j))) {
      j = p.end;
      prefixEnd = j;
      continue;
    }
    break;
  }
  const title = j < v.n && (j === i || cont(ctx, j)) ? longest(ctx, ctx.lex.roles, j) : null;
  if (!title || (title.value !== 'title' && title.value !== 'delegate')) {
    // a bare `phó` in a list of titles: [ROLE Trưởng], [ROLE phó] các Ban
    if (prefixEnd === i + 1 && v.fold(i) === 'phó' && (isPunct(ctx, prefixEnd, ',', ';', ')') || v.fold(prefixEnd) === 'các')) return { end: prefixEnd };
    // and a bare `trưởng` before it: trưởng, phó các ban
    if (v.fold(i) === 'trưởng' && isPunct(ctx, i + 1, ',') && v.fold(i + 2) === 'phó') return { end: i + 1 };
    return null;
  }
  if (otherAbbreviation(ctx, j, title.end)) return null;
  let end = title.end;
  if (title.value === 'delegate') {
    const next = orgCore(ctx, end);
    if (!next || !cont(ctx, end) || !ELECTED.some((e) => next.phrase.startsWith(e))) return null;
    return { end };
  }
  // a qualifier between the title and its body belongs to the title:
  // Phó Trưởng Ban Thường trực [Ban ATGT tỉnh]
  const q0 = cont(ctx, end) ? longest(ctx, ctx.lex.roles, end) : null;
  if (q0 && q0.value === 'qualifier' && orgCore(ctx, q0.end) && cont(ctx, q0.end)) return { end: q0.end };
  // split a title that ends in a type noun before a specific body
  const last = v.fold(end - 1);
  const lastTwo = end - 2 >= j ? `${v.fold(end - 2)} ${last}` : '';
  const nounStart = SPLIT_NOUNS.has(lastTwo) ? end - 2 : SPLIT_NOUNS.has(last) ? end - 1 : -1;
  if (nounStart > j) {
    const org = parseOrg(ctx, nounStart, true);
    if (org && (org.specific || org.kind === 'body') && org.end > end) return { end: nounStart, orgStart: nounStart, orgEnd: org.end };
  }
  // qualifiers: Thường trực, chuyên trách
  const q = cont(ctx, end) ? longest(ctx, ctx.lex.roles, end) : null;
  if (q && q.value === 'qualifier') end = q.end;
  // a generic body after the title stays in it: bí thư chi bộ (bản)
  if (v.has(end) && !v.cap(end) && v.abbrN[end] === 0 && cont(ctx, end)) {
    const core = orgCore(ctx, end);
    if (core && core.kind === 'body' && !parseOrg(ctx, end)) {
      end = core.end;
      const place = longest(ctx, ctx.lex.placeTypes, end);
      if (place && place.value === 'village' && !v.cap(end) && !isNameWordAt(ctx, place.end)) end = place.end;
    }
  }
  return { end };
}
