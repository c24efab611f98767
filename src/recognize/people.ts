/**
 * People (GUIDELINES layer 1, rule 1 and settled cases). A name is the name
 * only: forms of address stay outside.
 * - after a form of address (`đ/c`, `đồng chí`, `ông`, `bà`, `Ô.`, `B.`):
 *   the capitalised run, however short (`đ/c Hưng`), or an ethnic-minority
 *   name however long (`minority-names.ts`);
 * - a Vietnamese name shape: a surname (`dict/surnames.tsv`) and one to three
 *   more capitalised syllables, in title case or all capitals (`Trần Văn Hưng`,
 *   `NGUYỄN THỊ TUYẾT`), unless the run is a known place;
 * - bylines and credits at the end of a news item: a capitalised run alone on
 *   its line (`VŨ NAM`, `Hữu Hoàn`), initials (`N.HƯNG`, `C.L`), and the name
 *   after `Ảnh:`.
 */
import { cont, isNameWord, isPunct, knownPlace, longest, nameRun, personLike, type EntityContext } from './context.js';
import { K_ABBR, K_PUNCT, K_WORD } from '../doc/tokens.js';
import { ADDRESS, BRANCHES, CREDIT, RELATION_WORDS, STEMS } from '../lexicon/vocabulary.js';
import { parseMinorityName } from './minority-names.js';

/** Is token i a form of address (`Ông`, `bà`, `đồng`+`chí`, `đ/c`)? */
export function isAddressWord(ctx: EntityContext, i: number): boolean {
  const { v } = ctx;
  if (!v.has(i)) return false;
  if (ADDRESS.has(v.fold(i))) return true;
  if (v.abbrN[i] === 1 && v.abbrCategory(i) === 'address') return true;
  return v.fold(i) === 'đồng' && v.fold(i + 1) === 'chí';
}

/** The form of address right before i, if any. */
export function addressBefore(ctx: EntityContext, i: number): boolean {
  const { v } = ctx;
  const p = i - 1;
  if (!v.has(p) || !cont(ctx, i)) return false;
  const pf = v.fold(p);
  if (ADDRESS.has(pf)) return true;
  if (v.abbrN[p] === 1 && v.abbrCategory(p) === 'address') return true;
  const pp = p - 1;
  if (v.has(pp) && pf === 'chí' && v.fold(pp) === 'đồng') return true;
  if (v.isPunct(p, '.') && v.has(pp) && (v.fold(pp) === 'ô' || v.fold(pp) === 'b') && v.cap(pp)) return true;
  return false;
}

/** A name right after a form of address. */
export function parseAddressedName(ctx: EntityContext, i: number): number {
  if (!addressBefore(ctx, i) || !isNameWord(ctx, i)) return -1;
  // an ethnic-minority name knows its own end (`ông Y Giang Gry Niê Knơng`)
  const minority = parseMinorityName(ctx, i, true);
  if (minority > i) return minority;
  const run = titleCut(ctx, i, nameRun(ctx, i, 4));
  // `đồng chí Tân Giám đốc Sở`: `tân` (new), `nguyên` (former) before a title are no name
  if (run === i + 1 && RELATION_WORDS.skip.has(ctx.v.fold(i)) && titleAt(ctx, run)) return -1;
  // `đồng chí Đảng viên`, `các đồng chí Trưởng, phó`: a word of the lexicons, not a name
  if (run === i + 1 && (longest(ctx, ctx.lex.orgs, i) || ctx.lex.roles.next.has(ctx.v.fold(i)))) return -1;
  return run;
}

/** Is a title of two syllables or more at k, its first word capitalised and the rest not (`Giám đốc`)? */
function titleAt(ctx: EntityContext, k: number): boolean {
  const r = longest(ctx, ctx.lex.roles, k);
  return r !== null && r.end > k + 1 && !ctx.v.cap(k + 1);
}

/** A capitalised run [i, run) ends where a title starts inside it: `Tân | Giám đốc`. */
function titleCut(ctx: EntityContext, i: number, run: number): number {
  for (let k = i + 1; k < run; k++) if (titleAt(ctx, k)) return k;
  return run;
}

function lunarYear(ctx: EntityContext, i: number, end: number): boolean {
  return end - i === 2 && STEMS.has(ctx.v.fold(i)) && BRANCHES.has(ctx.v.fold(i + 1));
}

/** A name by its shape, or a well-known name (`dict/people.tsv`: Mác, Lênin). */
export function parseNameShape(ctx: EntityContext, i: number): number {
  const run = nameRun(ctx, i, 4);
  if (run === i) return -1;
  const known = longest(ctx, ctx.lex.people, i);
  if (known && known.end === run) return run;
  // a surname first (a minority name is `per.minority`'s, which knows where names start)
  if (run - i < 2 || !ctx.lex.surnames.has(ctx.v.fold(i))) return -1;
  // the surname may start a longer capitalised run: take the name part only
  for (let end = Math.min(run, i + 4); end >= i + 2; end--) {
    // a known place shaped like a name is the person only with three syllables or more (`Hồ Chí Minh`)
    if (personLike(ctx, i, end) && (!knownPlace(ctx, i, end) || end - i >= 3) && !lunarYear(ctx, i, end)) {
      // all-capital runs only as a whole, and not longer than a name (a
      // headline is not a name: `BẾ MẠC KỲ HỌP THỨ MƯỜI`)
      if (ctx.v.caps(i) && (end !== run || nameRun(ctx, i, 5) > run)) return -1;
      return end;
    }
  }
  return -1;
}

/** Is token i on the last lines of the text (a byline position)? */
function nearEnd(ctx: EntityContext, i: number): boolean {
  if (ctx.tail === undefined) {
    // the earliest token with at most 3 line breaks and 30 tokens after it
    const { v } = ctx;
    const last = v.n - 1;
    let i = Math.max(0, last);
    let lines = 0; // line breaks among the tokens after i
    while (i > 0) {
      const linesBefore = lines + (v.gap[i]! >= 2 ? 1 : 0);
      if (linesBefore > 3 || last - (i - 1) > 30) break;
      lines = linesBefore;
      i--;
    }
    ctx.tail = i;
  }
  return i >= ctx.tail;
}

const BYLINE_PUNCT = new Set(['-', '–', ',', ':', '|', '(', ')', '/', '.', '[', ']']);

function isInitials(ctx: EntityContext, i: number): boolean {
  const { v } = ctx;
  // N.HƯNG, C.L, X.T, and a welded initial: HLam
  if (v.kind[i] !== K_ABBR || v.abbrN[i] !== 0) return false;
  const text = v.surface(i);
  return /^\p{Lu}[\p{Lu}\p{Ll}]*(\.\p{Lu}[\p{Lu}\p{Ll}]*)+$/u.test(text) || /^\p{Lu}{1,2}\p{Ll}{2,}$/u.test(text);
}
function isShortCaps(ctx: EntityContext, i: number): boolean {
  const { v } = ctx;
  return v.kind[i] === K_ABBR && v.abbrN[i] === 0 && /^\p{Lu}{2,3}$/u.test(v.surface(i));
}

/**
 * A signature line near the end: names, initials, agencies and credit words
 * only (`Ngọc Phương – Huy Khôi`, `VŨ NAM TTVH-TT-TT`, `T/h: Hải Thanh`).
 */
export function inBylineLine(ctx: EntityContext, i: number): boolean {
  const { v } = ctx;
  // cheap test first: a signature line is one of the last lines
  if (!nearEnd(ctx, i)) return false;
  let a = i;
  while (a > 0 && v.gap[a]! < 2 && i - a <= 14) a--;
  let b = i + 1;
  while (b < v.n && v.gap[b]! < 2) b++;
  if (b - a > 14 || !nearEnd(ctx, a)) return false;
  let names = 0;
  for (let k = a; k < b; k++) {
    if (v.kind[k] === K_PUNCT) {
      if (!BYLINE_PUNCT.has(v.surface(k))) return false;
      continue;
    }
    if (isNameWord(ctx, k)) {
      names++;
      continue;
    }
    if (v.kind[k] === K_ABBR || CREDIT.has(v.fold(k))) continue;
    return false;
  }
  return names > 0 || isInitials(ctx, i) || isShortCaps(ctx, i);
}

/** A byline or credit: a name on a signature line, initials, the name after `Ảnh:`. */
export function parseByline(ctx: EntityContext, i: number): number {
  const fold = ctx.v.fold(i);
  if (ADDRESS.has(fold) || CREDIT.has(fold)) return -1;
  const credited = creditedName(ctx, i);
  if (credited >= 0) return credited;
  const initials = initialsAlone(ctx, i);
  if (initials >= 0) return initials;
  return signatureName(ctx, i);
}

/**
 * Initials or a name after a credit word (and `:`): Ảnh: C.L, (ảnh KV),
 * Ảnh: Minh Tú. The name's end, or -1.
 */
function creditedName(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  let k = i - 1;
  if (isPunct(ctx, k, ':')) k--;
  const creditBefore = v.has(k) && CREDIT.has(v.fold(k));
  if (creditBefore && (isInitials(ctx, i) || isShortCaps(ctx, i))) return i + 1;
  if (creditBefore && isNameWord(ctx, i)) {
    const run = nameRun(ctx, i, 4);
    if (!v.has(run) || v.gap[run]! >= 2 || isPunct(ctx, run, ')', ']')) return run;
  }
  return -1;
}

/** Dotted initials alone on their line sign an item wherever they stand: `N.HƯNG`, `N.HƯNG |`. Their end, or -1. */
function initialsAlone(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  if (isInitials(ctx, i) && v.surface(i).includes('.') && (i === 0 || v.gap[i]! >= 2)) {
    const next = i + 1;
    if (!v.has(next) || v.gap[next]! >= 2 || (isPunct(ctx, next, '|', '-', '–') && (!v.has(i + 2) || v.gap[i + 2]! >= 2))) return i + 1;
  }
  return -1;
}

/**
 * A name or initials on a signature line (`Ngọc Phương – Huy Khôi`, `VŨ
 * NAM`), not an agency after a dash (`Chí Linh-BBL`) nor a place in capitals
 * closing the item (`MỸ LỘC`, a dateline). The name's end, or -1.
 */
function signatureName(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  if (!inBylineLine(ctx, i)) return -1;
  // an agency after a dash is not a person: Chí Linh-BBL
  if (isShortCaps(ctx, i) && isPunct(ctx, i - 1, '-', '–')) return -1;
  let run = isNameWord(ctx, i) ? i + 1 : i;
  while (run > i && run - i < 4 && isNameWord(ctx, run) && v.gap[run]! < 2) run++;
  // a place in capitals closing the item (`MỸ LỘC`) is a dateline, not a person
  if (run > i && v.caps(i) && knownPlace(ctx, i, run)) return -1;
  if (run - i >= 2) return run;
  if (isInitials(ctx, i) || isShortCaps(ctx, i)) return i + 1;
  return run > i ? run : -1;
}

/**
 * A name written with the initial of its first part glued to it (`T.Duyên`,
 * `H.Vân - Q.Hùng`): one capital, a dot, one capitalised syllable, then the
 * end of the line or a separator (GUIDELINES: author initials are PER).
 */
export function parseInitialName(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  if (v.length(i) !== 1 || !v.cap(i) || v.kind[i] !== K_WORD || v.abbrN[i] !== 0) return -1;
  if (!v.isPunct(i + 1, '.') || v.gap[i + 1] !== 0 || v.gap[i + 2] !== 0 || !isNameWord(ctx, i + 2)) return -1;
  const after = i + 3;
  if (v.has(after) && v.gap[after]! < 2 && !v.isPunct(after, '-', ',', ')')) return -1;
  return after;
}
