/**
 * People (GUIDELINES layer 1, rule 1 and settled cases). A name is the name
 * only: forms of address stay outside.
 * - after a form of address (`đ/c`, `đồng chí`, `ông`, `bà`, `Ô.`, `B.`):
 *   the capitalised run, however short (`đ/c Hưng`);
 * - a Vietnamese name shape: a surname (`dict/surnames.tsv`) and one to three
 *   more capitalised syllables, in title case or all capitals (`Trần Văn Hưng`,
 *   `NGUYỄN THỊ TUYẾT`), unless the run is a known place;
 * - bylines and credits at the end of a news item: a capitalised run alone on
 *   its line (`VŨ NAM`, `Hữu Hoàn`), initials (`N.HƯNG`, `C.L`), and the name
 *   after `Ảnh:`.
 */
import { cont, isNameWord, isPunct, knownPlace, longest, nameRun, personLike, type EntityContext } from './context.js';

/** Forms of address before a name (GUIDELINES rule 1). */
const ADDRESS = new Set(['ông', 'bà', 'anh', 'chị', 'cụ', 'đồng chí', 'đ/c', 'ô.', 'b.', 'đ/chí', 'đc']);
const CREDIT = new Set(['ảnh', 'tin', 'bài', 'tin, ảnh', 'clip', 'video', 'nguồn']);

/** Is token i a form of address (`Ông`, `bà`, `đồng`+`chí`, `đ/c`)? */
export function isAddressWord(ctx: EntityContext, i: number): boolean {
  const t = ctx.toks[i];
  if (!t) return false;
  if (ADDRESS.has(t.fold)) return true;
  if (t.abbr.length === 1 && t.abbr[0]!.category === 'address') return true;
  return t.fold === 'đồng' && ctx.toks[i + 1]?.fold === 'chí';
}

/** The form of address right before i, if any. */
export function addressBefore(ctx: EntityContext, i: number): boolean {
  const { toks } = ctx;
  const p = toks[i - 1];
  if (!p || !cont(ctx, i)) return false;
  if (ADDRESS.has(p.fold)) return true;
  if (p.abbr.length === 1 && p.abbr[0]!.category === 'address') return true;
  const pp = toks[i - 2];
  if (pp && p.fold === 'chí' && pp.fold === 'đồng') return true;
  if (p.kind === 'punct' && p.text === '.' && pp && (pp.fold === 'ô' || pp.fold === 'b') && pp.cap) return true;
  return false;
}

/** A name right after a form of address. */
export function parseAddressedName(ctx: EntityContext, i: number): number {
  if (!addressBefore(ctx, i) || !isNameWord(ctx, i)) return -1;
  const run = nameRun(ctx, i, 4);
  // `đồng chí Đảng viên`, `các đồng chí Trưởng, phó`: a word of the lexicons, not a name
  if (run === i + 1 && (longest(ctx, ctx.lex.orgs, i) || ctx.lex.roles.next.has(ctx.toks[i]!.fold))) return -1;
  return run;
}

/** The ten stems and twelve branches of the lunar calendar: `Giáp Ngọ` is a year, not a person. */
const STEMS = new Set(['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý']);
const BRANCHES = new Set(['tý', 'sửu', 'dần', 'mão', 'mẹo', 'thìn', 'tỵ', 'tị', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi']);

function lunarYear(ctx: EntityContext, i: number, end: number): boolean {
  return end - i === 2 && STEMS.has(ctx.toks[i]!.fold) && BRANCHES.has(ctx.toks[i + 1]!.fold);
}

/** A name by its shape, or a well-known name (`dict/people.tsv`: Mác, Lênin). */
export function parseNameShape(ctx: EntityContext, i: number): number {
  const run = nameRun(ctx, i, 4);
  if (run === i) return -1;
  const known = longest(ctx, ctx.lex.people, i);
  if (known && known.end === run) return run;
  if (run - i < 2) return -1;
  // the surname may start a longer capitalised run: take the name part only
  for (let end = Math.min(run, i + 4); end >= i + 2; end--) {
    // a known place shaped like a name is the person only with three syllables or more (`Hồ Chí Minh`)
    if (personLike(ctx, i, end) && (!knownPlace(ctx, i, end) || end - i >= 3) && !lunarYear(ctx, i, end)) {
      // all-capital runs only as a whole (a headline is not a name)
      if (ctx.toks[i]!.caps && end !== run) return -1;
      return end;
    }
  }
  return -1;
}

/** Is token i on the last lines of the text (a byline position)? */
function nearEnd(ctx: EntityContext, i: number): boolean {
  if (ctx.tail === undefined) {
    // the earliest token with at most 3 line breaks and 30 tokens after it
    const { toks } = ctx;
    const last = toks.length - 1;
    let i = Math.max(0, last);
    let lines = 0; // line breaks among the tokens after i
    while (i > 0) {
      const linesBefore = lines + (toks[i]!.gap >= 2 ? 1 : 0);
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
  const t = ctx.toks[i]!;
  // N.HƯNG, C.L, X.T, and a welded initial: HLam
  return (
    t.kind === 'abbr' &&
    t.abbr.length === 0 &&
    (/^\p{Lu}[\p{Lu}\p{Ll}]*(\.\p{Lu}[\p{Lu}\p{Ll}]*)+$/u.test(t.text) || /^\p{Lu}{1,2}\p{Ll}{2,}$/u.test(t.text))
  );
}
function isShortCaps(ctx: EntityContext, i: number): boolean {
  const t = ctx.toks[i]!;
  return t.kind === 'abbr' && t.abbr.length === 0 && /^\p{Lu}{2,3}$/u.test(t.text);
}

/**
 * A signature line near the end: names, initials, agencies and credit words
 * only (`Ngọc Phương – Huy Khôi`, `VŨ NAM TTVH-TT-TT`, `T/h: Hải Thanh`).
 */
export function inBylineLine(ctx: EntityContext, i: number): boolean {
  const { toks } = ctx;
  // cheap test first: a signature line is one of the last lines
  if (!nearEnd(ctx, i)) return false;
  let a = i;
  while (a > 0 && toks[a]!.gap < 2 && i - a <= 14) a--;
  let b = i + 1;
  while (b < toks.length && toks[b]!.gap < 2) b++;
  if (b - a > 14 || !nearEnd(ctx, a)) return false;
  let names = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct') {
      if (!BYLINE_PUNCT.has(t.text)) return false;
      continue;
    }
    if (isNameWord(ctx, k)) {
      names++;
      continue;
    }
    if (t.kind === 'abbr' || CREDIT.has(t.fold)) continue;
    return false;
  }
  return names > 0 || isInitials(ctx, i) || isShortCaps(ctx, i);
}

/** A byline or credit: a name on a signature line, initials, the name after `Ảnh:`. */
export function parseByline(ctx: EntityContext, i: number): number {
  const { toks } = ctx;
  const t = toks[i]!;
  if (ADDRESS.has(t.fold) || CREDIT.has(t.fold)) return -1;
  // after a credit word: Ảnh: C.L, (ảnh KV), Ảnh: Minh Tú
  let k = i - 1;
  if (isPunct(ctx, k, ':')) k--;
  const creditBefore = toks[k] !== undefined && CREDIT.has(toks[k]!.fold);
  if (creditBefore && (isInitials(ctx, i) || isShortCaps(ctx, i))) return i + 1;
  if (creditBefore && isNameWord(ctx, i)) {
    const run = nameRun(ctx, i, 4);
    const next = toks[run];
    if (!next || next.gap >= 2 || isPunct(ctx, run, ')', ']')) return run;
  }
  // dotted initials alone on their line sign an item wherever they stand: N.HƯNG |
  if (isInitials(ctx, i) && t.text.includes('.') && (i === 0 || t.gap >= 2)) {
    const next = toks[i + 1];
    if (!next || next.gap >= 2 || (isPunct(ctx, i + 1, '|', '-', '–') && (toks[i + 2] === undefined || toks[i + 2]!.gap >= 2))) return i + 1;
  }
  if (!inBylineLine(ctx, i)) return -1;
  // an agency after a dash is not a person: Chí Linh-BBL
  if (isShortCaps(ctx, i) && isPunct(ctx, i - 1, '-', '–')) return -1;
  let run = isNameWord(ctx, i) ? i + 1 : i;
  while (run > i && run - i < 4 && isNameWord(ctx, run) && toks[run]!.gap < 2) run++;
  // a place in capitals closing the item (`MỸ LỘC`) is a dateline, not a person
  if (run > i && t.caps && knownPlace(ctx, i, run)) return -1;
  if (run - i >= 2) return run;
  if (isInitials(ctx, i) || isShortCaps(ctx, i)) return i + 1;
  return run > i ? run : -1;
}
