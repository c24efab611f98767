/**
 * The entity rules, declared in one list in their order of precedence (the
 * pass in `entities.ts` reads nothing else). Each rule has an id (what
 * `annotate(text, { explain: true })` reports and `npm run eval -- --by-rule`
 * scores), the type of the span it finds, a gate, and a matcher.
 *
 * The gate says at which tokens a rule can match at all, from facts of the
 * token decided once per lexeme (see `tokenGate` in `entities.ts`): a rule that needs a
 * capitalised word is not called at an abbreviation, a role at a word that
 * starts no title. Gates only skip calls that would fail; they decide
 * nothing a matcher would not.
 *
 * A matcher writes what it found at token i into the candidate it is given
 * (its span's end, and the other spans it takes: the body split off a
 * title, the places that share a type word) and returns true; the resolver
 * in `entities.ts` chooses among the candidates.
 */
import type { EntityType } from '../types.js';
import { isPunct, knownPlace, nameRun, personLike, type EntityContext } from './context.js';
import { parseDateline, parseOrg } from './organizations.js';
import { inBylineLine, isAddressWord, parseAddressedName, parseByline, parseInitialName, parseNameShape } from './people.js';
import { parseMinorityName } from './minority-names.js';
import { listedPlace, parseAbbreviatedPlace, parseBarePlace, parseTypedPlace, type ListType } from './places.js';
import { parseRole } from './roles.js';
import { parseShortBody, parseShortName } from './short-forms.js';
import { NO_PLACE, type PlaceParts } from '../resolve/spans.js';
import { G_ABBR, G_CAP_WORD, G_MINORITY, G_ORG, G_PLACE_TYPE, G_ROLE } from './gates.js';

/** What a rule found at a token. One object per pass, written by the matcher that is asked. */
export class Candidate implements PlaceParts {
  /** the token after the span */
  end = -1;
  /** the place the span names, as the rule read it (-1: none): read by place linking (see {@link PlaceParts}) */
  typeStart = -1;
  typeEnd = -1;
  nameStart = -1;
  nameEnd = -1;
  /** spans taken with it, after it: type, start, end, rule and place of each */
  readonly moreType: EntityType[] = [];
  readonly moreStart: number[] = [];
  readonly moreEnd: number[] = [];
  readonly moreRule: string[] = [];
  readonly morePlace: PlaceParts[] = [];
  more = 0;
  /** the span is a title: a body right after it is the title's */
  title = false;

  clear(): void {
    this.end = -1;
    setPlace(this, -1, -1, -1, -1);
    this.more = 0;
    this.title = false;
  }

  add(type: EntityType, start: number, end: number, rule: string, place: PlaceParts = NO_PLACE): void {
    const k = this.more++;
    this.moreType[k] = type;
    this.moreStart[k] = start;
    this.moreEnd[k] = end;
    this.moreRule[k] = rule;
    const p = (this.morePlace[k] ??= { ...NO_PLACE });
    setPlace(p, place.typeStart, place.typeEnd, place.nameStart, place.nameEnd);
  }

  /** Where the pass goes on: after the last span taken. */
  next(): number {
    return this.more > 0 ? this.moreEnd[this.more - 1]! : this.end;
  }
}

function setPlace(p: PlaceParts, typeStart: number, typeEnd: number, nameStart: number, nameEnd: number): void {
  p.typeStart = typeStart;
  p.typeEnd = typeEnd;
  p.nameStart = nameStart;
  p.nameEnd = nameEnd;
}

export interface EntityRule {
  readonly id: string;
  readonly type: EntityType;
  /** G_* bits: the rule is asked only at tokens that have one of them */
  readonly gate: number;
  /** Did the rule match at token i? Its candidate is written in `c` (cleared before). */
  readonly match: (ctx: EntityContext, i: number, c: Candidate) => boolean;
}

/** A rule of one span, from a parser that returns the span's end (or a number <= i). */
function single(id: string, type: EntityType, gate: number, parse: (ctx: EntityContext, i: number) => number): EntityRule {
  return {
    id,
    type,
    gate,
    match: (ctx, i, c) => {
      c.end = parse(ctx, i);
      return c.end > i;
    },
  };
}

/** A role; the body split off its title is the candidate's second span (`[Trưởng] [Ban Dân vận Huyện ủy]`). */
function matchRole(ctx: EntityContext, i: number, c: Candidate): boolean {
  const role = parseRole(ctx, i);
  if (!role) return false;
  c.end = role.end;
  if (role.org && role.orgStart !== undefined) c.add('ORG', role.orgStart, role.org.end, 'org.after-title', role.org);
  else c.title = true;
  return true;
}

function matchOrg(ctx: EntityContext, i: number, c: Candidate): boolean {
  const org = parseOrg(ctx, i);
  if (!org) return false;
  c.end = org.end;
  setPlace(c, org.typeStart, org.typeEnd, org.nameStart, org.nameEnd);
  return true;
}

/** A place with its type word; the places that share the type word are the candidate's further spans (`2 xã Thu Phong và Bắc Phong`). */
function matchTypedPlace(ctx: EntityContext, i: number, c: Candidate): boolean {
  const place = parseTypedPlace(ctx, i);
  if (!place) return false;
  c.end = place.end;
  setPlace(c, i, place.typeEnd, place.typeEnd, place.end);
  for (const [s, e] of place.more) {
    setPlace(shared, i, place.typeEnd, s, e);
    c.add('LOC', s, e, 'loc.shared-type', shared);
  }
  return true;
}

/** The place of a span that shares a type word (one object: the pass is synchronous). */
const shared: PlaceParts = { ...NO_PLACE };

/** The list's type word, written by {@link listedPlace} (one object: the pass is synchronous). */
const listType: ListType = { start: -1, end: -1 };

/** A place named in a list a plural type word introduces; its type word is the list's (`04 xã: Bình Chánh, Bình Hải`). */
function matchListedPlace(ctx: EntityContext, i: number, c: Candidate): boolean {
  c.end = listedPlace(ctx, i, listType);
  if (c.end <= i) return false;
  setPlace(c, listType.start, listType.end, i, c.end);
  return true;
}

/** A capitalised run of two to four syllables followed by `-` or `,` and a role is a name. */
function nameBeforeRole(ctx: EntityContext, i: number): number {
  if (isAddressWord(ctx, i)) return -1;
  const run = nameRun(ctx, i, 4);
  if (run - i < 2) return -1;
  if (!isPunct(ctx, run, '-', '–', ',')) return -1;
  if (knownPlace(ctx, i, run)) return -1;
  return parseRole(ctx, run + 1) ? run : -1;
}

/** A known place standing alone; one shaped like a full name is the person (`Hồ Chí Minh`). */
function knownPlaceName(ctx: EntityContext, i: number): number {
  const end = parseBarePlace(ctx, i);
  return end > i && !(personLike(ctx, i, end) && end - i >= 3) ? end : -1;
}

/** A signature line, or dotted initials (`N.HƯNG`). */
function signature(ctx: EntityContext, i: number): number {
  return inBylineLine(ctx, i) || ctx.v.surface(i).includes('.') ? parseByline(ctx, i) : -1;
}

/** The entity rules in their order of precedence (see the module comment). */
export const ENTITY_RULES: readonly EntityRule[] = [
  // a title (`Phó Chủ tịch UBND`), with the body split off it
  { id: 'role.title', type: 'ROLE', gate: G_ROLE, match: matchRole },
  // a body: `UBND xã Mỹ Thuận`, `Ban Dân vận Huyện ủy`
  { id: 'org.body', type: 'ORG', gate: G_ORG, match: matchOrg },
  // a place with its type word: `huyện Mỹ Lộc`, `2 xã Thu Phong và Bắc Phong`
  { id: 'loc.typed', type: 'LOC', gate: G_PLACE_TYPE, match: matchTypedPlace },
  // a name after a form of address: đ/c Hưng
  single('per.addressed', 'PER', G_CAP_WORD, parseAddressedName),
  // a name with its initial glued to it: T.Duyên, H.Vân - Q.Hùng
  single('per.initial', 'PER', G_CAP_WORD, parseInitialName),
  // the publisher's credit opening the lead: (CTO) - Ngày 16-6, …
  single('org.dateline', 'ORG', G_CAP_WORD | G_ABBR, parseDateline),
  // a signature line, or dotted initials (N.HƯNG), before known places
  single('per.signature', 'PER', G_CAP_WORD, signature),
  // a place written as one abbreviation: TPHCM, TP.HCM
  single('loc.abbreviation', 'LOC', G_ABBR, parseAbbreviatedPlace),
  // a place in a list a plural type word introduces: 04 xã: Bình Chánh, Bình Hải
  { id: 'loc.listed', type: 'LOC', gate: G_CAP_WORD, match: matchListedPlace },
  // a body or a person given in full earlier, named again short: Hội, Hưng
  single('org.short-form', 'ORG', G_CAP_WORD, parseShortBody),
  single('per.short-form', 'PER', G_CAP_WORD, parseShortName),
  // a known place standing alone; one shaped like a full name is the person (Hồ Chí Minh)
  single('loc.known-name', 'LOC', G_CAP_WORD, knownPlaceName),
  // an ethnic-minority name by its shape: Y Thanh Hà Niê Kđăm, Ksor Phước Hà, Vàng Mí Sính
  single('per.minority', 'PER', G_MINORITY, (ctx, i) => parseMinorityName(ctx, i)),
  // NAME - ROLE at a line start or after a separator: Quốc Sự - Ủy viên UBKT
  single('per.before-role', 'PER', G_CAP_WORD, nameBeforeRole),
  // the shape of a Vietnamese name, or a well-known one
  single('per.name-shape', 'PER', G_CAP_WORD, parseNameShape),
  // credits: Ảnh: C.L
  single('per.credit', 'PER', G_CAP_WORD, parseByline),
];
