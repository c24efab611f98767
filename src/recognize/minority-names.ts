/**
 * Names of Vietnam's ethnic minorities by their shapes and clan names, not by
 * lists of people (GUIDELINES layer 1: a person's name is one PER span, forms
 * of address outside). The shapes come from `dict/minority-names.tsv`:
 *
 * - Ê Đê, M'nông, Jrai in Ê Đê order: a marker (`Y`, or `H'`/`K'` glued to
 *   the given name), given syllables, and a clan that closes the name,
 *   with a sub-clan after it (`Y Thanh Hà Niê Kđăm`, `H'Nghia Êban`). A clan
 *   not listed is known by its shape: a syllable no Vietnamese word has
 *   (`H'Yim Kđoh`, `Y Knul`); a glued marker alone is a name (`H'Linh`) unless
 *   it writes a people (`H'Mông`);
 * - Jrai order: a clan first, then the given syllables (`Ksor Phước Hà`,
 *   `Rơ Mah Tuân`); a clan that is also an everyday word (`Nay`) needs a
 *   marker, a syllable of no Vietnamese shape, or a form of address;
 * - H'Mông: a clan, a middle (`A`, `Seo`, `Mí`, `Thị`) and the given name
 *   in Vietnamese spelling (`Vàng Mí Sính`, `Mùa A Sơn`), also for clans that
 *   are everyday words;
 * - a Khmer surname that opens many place names (`Sơn`) makes a name only
 *   of three syllables or more (`Sơn Thị Ánh Hồng`), and never a known place.
 *
 * A name starts a capitalised run (or follows an entity or a form of
 * address): `Ea H'Leo` is a place, not `H'Leo`.
 */
import { K_PUNCT } from '../doc/tokens.js';
import { MINORITY } from '../lexicon/minority.js';
import { ADDRESS } from '../lexicon/vocabulary.js';
import { isNameWord, longest, type EntityContext } from './context.js';
import { G_MINORITY, lexemeBits } from './gates.js';

/** The apostrophes a glued marker is written with (`H'`, `H’`). */
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u02bc', '\u00b4']);

/**
 * The shape of a Vietnamese syllable without its tone: onset, medial, nucleus, coda.
 * (These two patterns are built from string literals, which the build writes
 * with `\u` escapes, so the built files stay ASCII: a JavaScript engine reads
 * an ASCII source faster than one with a single character beyond it.)
 */
const VIETNAMESE = new RegExp('^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[ou]?(iê|yê|uô|ươ|ia|ya|ua|ưa|[aăâeêioôơuưy])(ch|ng|nh|[cmnpt]|[iyou])?$', 'u');
/** Nuclei that never end a Vietnamese syllable (`ă`, `iê`: `Byă`, `Niê` are not Vietnamese). */
const NEEDS_CODA = new RegExp('^(?:ă|â|iê|yê|uô|ươ)$', 'u');

/**
 * Is the folded syllable of no Vietnamese shape (`kđăm`, `mlô`, `êban`,
 * `biêr`, `niê`)? Consonant clusters, final `h`, `r`, `l`, `k`, the letters
 * f, j, w, z, two vowel groups, `ă` without a final consonant.
 */
export function foreignSyllable(fold: string): boolean {
  const toneless = fold.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
  const m = VIETNAMESE.exec(toneless);
  return m === null || (m[2] === undefined && NEEDS_CODA.test(m[1]!));
}

/** A name word in title case (a lone capital counts: `Y`, `A`); capital headlines are not names. */
function titleWord(ctx: EntityContext, k: number): boolean {
  return isNameWord(ctx, k) && (!ctx.v.caps(k) || ctx.v.length(k) === 1);
}

function isApostrophe(ctx: EntityContext, k: number): boolean {
  return ctx.v.kind[k] === K_PUNCT && APOSTROPHES.has(ctx.v.surface(k));
}

/**
 * A glued marker and its syllable (`H'Linh`, `K'Bộp`), not a people
 * (`H'Mông`): its end, or -1. Inside a name (`inner`) any capital glues to
 * the syllable after it, in either case (the clan in `Y Quang B'krông`).
 */
function glued(ctx: EntityContext, k: number, inner = false): number {
  const { v } = ctx;
  if (v.length(k) !== 1 || !titleWord(ctx, k) || (!inner && !MINORITY.gluedPrefixes.has(v.fold(k)))) return -1;
  if (!isApostrophe(ctx, k + 1) || v.gap[k + 1] !== 0 || v.gap[k + 2] !== 0) return -1;
  if (inner ? !v.syllable(k + 2) || v.abbrN[k + 2] !== 0 : !titleWord(ctx, k + 2)) return -1;
  return MINORITY.ethnonyms.has(`${v.fold(k)}'${v.fold(k + 2)}`) ? -1 : k + 3;
}

/** Does the name stop before k: a line break, a form of address, a title or body of the lexicons? */
function stopsAt(ctx: EntityContext, k: number): boolean {
  const { v } = ctx;
  if (!v.has(k) || v.gap[k]! >= 2 || ADDRESS.has(v.fold(k))) return true;
  return longest(ctx, ctx.lex.roles, k) !== null || longest(ctx, ctx.lex.orgs, k) !== null;
}

/** Ends of up to `max` units of a name from k: title-case syllables, or glued markers with `glue`. */
function units(ctx: EntityContext, k: number, max: number, glue: boolean): number[] {
  const ends: number[] = [];
  while (ends.length < max && !stopsAt(ctx, k)) {
    const g = glue ? glued(ctx, k, true) : -1;
    const e = g > 0 ? g : titleWord(ctx, k) ? k + 1 : -1;
    if (e < 0) break;
    ends.push(e);
    k = e;
  }
  return ends;
}

/** Does a unit [s, e) mark a minority name: a glued marker, `Y`, or a syllable of no Vietnamese shape? */
function marked(ctx: EntityContext, s: number, e: number): boolean {
  if (e - s !== 1) return true;
  const f = ctx.v.fold(s);
  return MINORITY.wordPrefixes.has(f) || foreignSyllable(f);
}

/**
 * A clan closing the name among the units from `from` (starts[u] is where
 * unit u starts, ends[u] where it ends), with one sub-clan of no Vietnamese
 * shape after it (`Niê Kđăm`): the name's end, or -1.
 */
function clanClose(ctx: EntityContext, starts: number[], ends: number[], from: number): number {
  for (let u = from; u < starts.length; u++) {
    const m = longest(ctx, MINORITY.clanLast, starts[u]!);
    const at = m ? ends.indexOf(m.end) : -1;
    if (at < 0) continue;
    const next = ends[at + 1];
    return next === m!.end + 1 && foreignSyllable(ctx.v.fold(m!.end)) ? next : m!.end;
  }
  return -1;
}

/** `Y` or a glued marker, the given syllables, and a clan or a sign of the shape. */
function prefixedName(ctx: EntityContext, i: number, addressed: boolean): number {
  const g = glued(ctx, i);
  if (g < 0 && !(titleWord(ctx, i) && MINORITY.wordPrefixes.has(ctx.v.fold(i)))) return -1;
  const first = g > 0 ? g : i + 1;
  const ends = units(ctx, first, 5, true);
  if (g < 0 && ends.length === 0) return -1;
  const starts = [first, ...ends.slice(0, -1)];
  // the clan follows one given syllable at least (the glued marker holds one)
  const clan = clanClose(ctx, starts, ends, g > 0 ? 0 : 1);
  if (clan > 0) return clan;
  const end = ends.length > 0 ? ends[ends.length - 1]! : g;
  if (g > 0 || addressed) return end;
  return starts.some((s, u) => marked(ctx, s, ends[u]!)) ? end : -1;
}

/** A Jrai clan first and the given syllables (`Ksor Phước Hà`). */
function clanFirstName(ctx: EntityContext, i: number, addressed: boolean): number {
  const m = longest(ctx, MINORITY.clanFirst, i);
  if (!m) return -1;
  for (let k = i; k < m.end; k++) if (!titleWord(ctx, k) || (k > i && ctx.v.gap[k]! >= 2)) return -1;
  const ends = units(ctx, m.end, 3, true);
  if (ends.length === 0) return -1;
  // a clan that is an everyday word (`Nay`) needs a sign of the shape
  if (m.value && !addressed && !ends.some((e, u) => marked(ctx, u === 0 ? m.end : ends[u - 1]!, e))) return -1;
  return ends[ends.length - 1]!;
}

/** A H'Mông clan, its middle and the given name (`Vàng Mí Sính`). */
function hmongName(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  if (!titleWord(ctx, i) || !MINORITY.hmongClans.has(v.fold(i))) return -1;
  const mid = i + 1;
  if (stopsAt(ctx, mid) || !titleWord(ctx, mid) || !MINORITY.hmongMiddles.has(v.fold(mid))) return -1;
  // the given syllables are written in Vietnamese spelling (`Huy chương Vàng Seo Games` is no name)
  const ends = units(ctx, mid + 1, 2, false).filter((e) => !foreignSyllable(v.fold(e - 1)));
  let n = 0;
  while (n < ends.length && ends[n] === mid + 2 + n) n++;
  return n > 0 ? ends[n - 1]! : -1;
}

/** A surname that opens place names too (`Sơn`): three syllables or more, and no known place. */
function longSurnameName(ctx: EntityContext, i: number): number {
  if (!titleWord(ctx, i) || !MINORITY.longSurnames.has(ctx.v.fold(i))) return -1;
  const ends = units(ctx, i + 1, 3, false);
  if (ends.length < 2 || longest(ctx, ctx.lex.placeNames, i) !== null) return -1;
  return ends[ends.length - 1]!;
}

/** Is i where a name may start: not inside a capitalised run that no entity took (`Ea H'Leo`)? */
function freshStart(ctx: EntityContext, i: number): boolean {
  const p = i - 1;
  return !isNameWord(ctx, p) || ctx.v.gap[i]! >= 2 || ctx.lastEnd === i || ADDRESS.has(ctx.v.fold(p));
}

/** Could token i open a minority name at all (decided once per lexeme)? */
function opens(ctx: EntityContext, i: number): boolean {
  return ctx.v.has(i) && (lexemeBits(ctx, ctx.v.lex[i]!) & G_MINORITY) !== 0;
}

/**
 * An ethnic-minority name at i by its shape: its end, or -1. `addressed`: a
 * form of address stands before it (`ông`, `đồng chí`), which is evidence
 * enough for a clan that is an everyday word and for `Y` with a given name.
 */
export function parseMinorityName(ctx: EntityContext, i: number, addressed = false): number {
  return addressed || freshStart(ctx, i) ? minorityNameAt(ctx, i, addressed) : -1;
}

/**
 * The end of an ethnic-minority name at i wherever i stands, also inside a
 * capitalised run (a place followed by a name: `UBND tỉnh Gia Lai | Kpă
 * Thuyên`), or -1.
 */
export function minorityNameAt(ctx: EntityContext, i: number, addressed = false): number {
  if (!opens(ctx, i)) return -1;
  const prefixed = prefixedName(ctx, i, addressed);
  if (prefixed > i) return prefixed;
  const jrai = clanFirstName(ctx, i, addressed);
  if (jrai > i) return jrai;
  const hmong = hmongName(ctx, i);
  if (hmong > i) return hmong;
  return longSurnameName(ctx, i);
}
