/**
 * The entity layer: one left-to-right pass over the token view; at each token
 * the recognizers are tried in a fixed order and the first that matches takes
 * its span (flat, non-overlapping by construction):
 *
 * 1. role (`roles.ts`), with the organisation it splits off;
 * 2. organisation (`organizations.ts`);
 * 3. place with a type word (`places.ts`);
 * 4. the single-span rules of {@link SINGLE_SPAN}, in their order: a person
 *    after a form of address, initials and bylines, a publisher's credit,
 *    places written as one abbreviation or listed, short forms of a body or
 *    a name given in full earlier, known place names, an ethnic-minority
 *    name by its shape (`minority-names.ts`), a person by the shape of the
 *    name, credits.
 */
import type { EntityType } from '../types.js';
import { cont, isNameWord, isPunct, knownPlace, nameRun, personLike, type EntityContext } from './context.js';
import { GENERIC, NOT_SHORT_FORM, PLURAL, SHORT_FORMS } from '../lexicon/vocabulary.js';
import { orgCore, parseDateline, parseOrg } from './organizations.js';
import { inBylineLine, isAddressWord, parseAddressedName, parseByline, parseInitialName, parseNameShape } from './people.js';
import { parseMinorityName } from './minority-names.js';
import { parseAbbreviatedPlace, parseBarePlace, parseListedPlace, parseTypedPlace } from './places.js';
import { parseRole } from './roles.js';
import { K_CODE, K_NUMBER, K_PUNCT } from '../doc/tokens.js';

/** An entity as token indexes [start, end). */
export interface TokenSpan {
  type: EntityType;
  start: number;
  end: number;
  /** the rule that produced it (`annotate(text, { explain: true })`) */
  rule: string;
}

export function recognizeEntities(ctx: EntityContext): TokenSpan[] {
  const found: TokenSpan[] = [];
  const out = spanSink(ctx, found);
  const { v } = ctx;
  const n = v.n;
  let i = 0;
  let titleEnd = -1;
  while (i < n) {
    const kind = v.kind[i];
    if (kind === K_PUNCT || kind === K_CODE || kind === K_NUMBER) {
      i++;
      continue;
    }
    // most tokens are lower-case words that start nothing: no name is lower
    // case, and roles, bodies and place types start with a lexicon word
    if (!v.cap(i) && v.abbrN[i] === 0 && !startsSomething(ctx, i)) {
      i++;
      continue;
    }
    // a body right after a title is the title's (`Chủ tịch UBND xã …`)
    ctx.afterTitle = i === titleEnd;
    const role = parseRole(ctx, i);
    if (role) {
      out.push({ type: 'ROLE', start: i, end: role.end, rule: 'role.title' });
      if (role.orgStart !== undefined && role.orgEnd !== undefined) {
        out.push({ type: 'ORG', start: role.orgStart, end: role.orgEnd, rule: 'org.after-title' });
        i = role.orgEnd;
      } else i = titleEnd = role.end;
      continue;
    }
    const org = parseOrg(ctx, i);
    if (org) {
      out.push({ type: 'ORG', start: i, end: org.end, rule: 'org.body' });
      i = org.end;
      continue;
    }
    const place = parseTypedPlace(ctx, i);
    if (place) {
      out.push({ type: 'LOC', start: i, end: place.end, rule: 'loc.typed' });
      for (const [s, e] of place.more) out.push({ type: 'LOC', start: s, end: e, rule: 'loc.shared-type' });
      i = place.more.length > 0 ? place.more[place.more.length - 1]![1] : place.end;
      continue;
    }
    let matched = false;
    ctx.lastEnd = found.length > 0 ? found[found.length - 1]!.end : -1;
    for (const [type, parse, rule] of SINGLE_SPAN) {
      const e = parse(ctx, i);
      if (e > i) {
        out.push({ type, start: i, end: e, rule });
        i = e;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    i++;
  }
  return found;
}

/**
 * The recognizers of one span, after roles, organisations and typed places,
 * in their order of application (the first that matches takes the span).
 */
const SINGLE_SPAN: readonly (readonly [EntityType, (ctx: EntityContext, i: number) => number, string])[] = [
  // a name after a form of address: đ/c Hưng
  ['PER', parseAddressedName, 'per.addressed'],
  // a name with its initial glued to it: T.Duyên, H.Vân - Q.Hùng
  ['PER', parseInitialName, 'per.initial'],
  // the publisher's credit opening the lead: (CTO) - Ngày 16-6, …
  ['ORG', parseDateline, 'org.dateline'],
  // a signature line, or dotted initials (N.HƯNG), before known places
  ['PER', (ctx, i) => (inBylineLine(ctx, i) || ctx.v.surface(i).includes('.') ? parseByline(ctx, i) : -1), 'per.signature'],
  // a place written as one abbreviation: TPHCM, TP.HCM
  ['LOC', parseAbbreviatedPlace, 'loc.abbreviation'],
  // a place in a list a plural type word introduces: 04 xã: Bình Chánh, Bình Hải
  ['LOC', parseListedPlace, 'loc.listed'],
  // a body or a person given in full earlier, named again short: Hội, Hưng
  ['ORG', parseShortBody, 'org.short-form'],
  ['PER', parseShortName, 'per.short-form'],
  // a known place standing alone; one shaped like a full name is the person (Hồ Chí Minh)
  ['LOC', (ctx, i) => {
    const end = parseBarePlace(ctx, i);
    return end > i && !(personLike(ctx, i, end) && end - i >= 3) ? end : -1;
  }, 'loc.known-name'],
  // an ethnic-minority name by its shape: Y Thanh Hà Niê Kđăm, Ksor Phước Hà, Vàng Mí Sính
  ['PER', (ctx, i) => parseMinorityName(ctx, i), 'per.minority'],
  // NAME - ROLE at a line start or after a separator: Quốc Sự - Ủy viên UBKT
  ['PER', nameBeforeRole, 'per.before-role'],
  // the shape of a Vietnamese name, or a well-known one
  ['PER', parseNameShape, 'per.name-shape'],
  // credits: Ảnh: C.L
  ['PER', parseByline, 'per.credit'],
];

/** A capitalised run of two to four syllables followed by `-` or `,` and a role is a name. */
function nameBeforeRole(ctx: EntityContext, i: number): number {
  if (isAddressWord(ctx, i)) return -1;
  const run = nameRun(ctx, i, 4);
  if (run - i < 2) return -1;
  if (!isPunct(ctx, run, '-', '–', ',')) return -1;
  if (knownPlace(ctx, i, run)) return -1;
  return parseRole(ctx, run + 1) ? run : -1;
}

/** Does token i (no abbreviation) start a lexicon phrase? Decided once per lexeme. */
function startsSomething(ctx: EntityContext, i: number): boolean {
  const { v } = ctx;
  if (v.sylAt[i] !== -1) return false;
  const id = v.lex[i]!;
  let s = ctx.starts[id];
  if (s === undefined) s = ctx.starts[id] = startsLexicon(ctx, v.L.fold[id]);
  return s;
}

function startsLexicon(ctx: EntityContext, first: string | undefined): boolean {
  if (first === undefined) return false;
  const { lex } = ctx;
  return lex.roles.next.has(first) || lex.orgs.next.has(first) || lex.placeTypes.next.has(first) || lex.people.next.has(first);
}

/**
 * Where the pass puts its spans: `found`, remembering the bodies and names
 * given in full for the short forms. Also sets the document's other
 * per-text facts the rules read (`defines`).
 */
function spanSink(ctx: EntityContext, found: TokenSpan[]): { push: (span: TokenSpan) => void } {
  ctx.heads = new Set();
  ctx.given = new Set();
  ctx.defines = ctx.v.found.some((a) => a.source === 'definition');
  return { push: (span) => void (found.push(span), noteFullForm(ctx, span)) };
}

/** Remember what a span names in full: a body's type noun, a full name's last syllable. */
function noteFullForm(ctx: EntityContext, span: TokenSpan): void {
  const { v } = ctx;
  if (span.type === 'ORG') {
    // `Hội Nông dân xã`, `HND xã` (Hội Nông dân), `Ủy ban MTTQ`: the type noun it starts with
    const syl = v.syl(span.start);
    const second = syl.length >= 2 ? syl[1] : span.end - span.start >= 2 ? v.syl(span.start + 1)[0] : undefined;
    const two = second === undefined ? '' : `${syl[0]} ${second}`;
    const head = SHORT_FORMS.has(two) ? two : SHORT_FORMS.has(syl[0] ?? '') ? syl[0]! : '';
    // the body in full: more than its type noun
    const words = syl.length + span.end - span.start - 1;
    if (head !== '' && words > head.split(' ').length) ctx.heads!.add(head);
  } else if (span.type === 'PER' && span.end - span.start >= 2 && v.syllable(span.end - 1)) {
    ctx.given!.add(v.fold(span.end - 1));
  }
}

/**
 * A body named again by its type noun alone, capitalised, after the text
 * gave it in full (GUIDELINES: `Hội` standing for the association): `Hội đã
 * kết nạp` after `Hội Nông dân xã`; not `Hội nghị`, nor `các Hội`.
 */
function parseShortBody(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  if (!v.cap(i) || v.abbrN[i] !== 0 || ctx.heads!.size === 0) return -1;
  const core = orgCore(ctx, i);
  if (!core || core.kind !== 'head' || !ctx.heads!.has(core.phrase)) return -1;
  const next = core.end;
  if (cont(ctx, next) && v.gap[next]! < 2 && (isNameWord(ctx, next) || NOT_SHORT_FORM.has(v.fold(next)))) return -1;
  // a count or a plural makes kinds of it: `các Hội đặc thù`, `23 Hội thành viên`
  const before = v.fold(i - 1);
  return GENERIC.has(before) || PLURAL.has(before) || v.kind[i - 1] === K_NUMBER ? -1 : next;
}

/** A full name's last syllable alone after the text gave the name (`Hưng` after `Trần Văn Hưng`): one capitalised word. */
function parseShortName(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  if (!ctx.given!.has(v.fold(i)) || !isNameWord(ctx, i) || nameRun(ctx, i, 2) !== i + 1 || isNameWord(ctx, i - 1)) return -1;
  return startsSomething(ctx, i) ? -1 : i + 1;
}
