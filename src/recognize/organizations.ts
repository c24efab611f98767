/**
 * Organisations (GUIDELINES layer 1, rules 2–6): a type noun or a body name,
 * then what names *which* body it is: a field (`Sở Y tế`), a level with its
 * place (`UBND tỉnh Nam Định`, `HĐND cấp xã`), a parent body
 * (`Ban Tuyên giáo Tỉnh ủy`, `Thường trực HĐND huyện`), a proper name
 * (`Huyện ủy Mỹ Lộc`, `Báo Bạc Liêu`). Quantifiers and terms stay out
 * (`HĐND các cấp`, `khóa X`).
 */
import type { OrgKind } from '../lexicon/entities.js';
import { triePrefix } from '../lexicon/trie.js';
import { cont, isNameWord, isPunct, joinedSyllables, knownPlace, longest, nameRun, personLike, type EntityContext } from './context.js';
import { K_NUMBER, K_PUNCT } from '../doc/tokens.js';
import { L_ROMAN } from '../doc/lexemes.js';
import { G_ORG, lexemeBits } from './gates.js';
import { abbreviatesPlaceName, parseAbbreviatedPlace } from './places.js';
import { NO_PLACE, type PlaceParts } from '../resolve/spans.js';
import {
  COMMITTEES,
  DESCRIBED,
  DESCRIBED_LOWER,
  DESCRIBED_SCOPED,
  EVENT_BODIES,
  EVENTS,
  GENERIC,
  INSTITUTIONS,
  LEAD_TIME,
  LEVEL_AFTER_CAP,
  LEVEL_LEAD,
  LOWER_OK,
  NAME_STOP,
  NOT_SHORT_FORM,
  NOT_YOUTH,
  NUMBERING_WORDS,
  PREDICATE,
  TOP,
} from '../lexicon/vocabulary.js';

/** Punctuation after which a token starts a sentence. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '"', '“', '(', '-', '…']);

/** The folded surfaces of tokens [from, to) joined by spaces (fewer at the text end). */
function foldsOf(ctx: EntityContext, from: number, to: number): string {
  const parts: string[] = [];
  for (let k = from; k < to && k < ctx.v.n; k++) parts.push(ctx.v.fold(k));
  return parts.join(' ');
}

/**
 * An organisation's name, and the place it holds as its parser read it
 * (GUIDELINES layer 1, rule 4; see {@link PlaceParts}): the first level word
 * or committee with a place's name after it (`UBND [xã] [Mỹ Thuận]`,
 * `[Huyện ủy] [Mỹ Lộc]`, `Ban Dân vận [Huyện ủy] [Mỹ Lộc]`); else the first
 * level word or committee, with no name (`HĐND [huyện]`, `[Huyện ủy]`,
 * `UBND [tỉnh] nhà`: name -1); else none (-1).
 */
export interface OrgMatch extends PlaceParts {
  end: number;
  kind: OrgKind;
  phrase: string;
  specific: boolean;
}

/** The core of an organisation name at i: a lexicon phrase, or an abbreviation naming a body. */
export function orgCore(ctx: EntityContext, i: number): { end: number; kind: OrgKind; phrase: string } | null {
  const { v } = ctx;
  if (!v.has(i)) return null;
  // a word that starts no body's name (its lexeme's bit) is no core: most tokens
  if (v.abbrN[i] === 0 && (v.sylAt[i] !== -1 || (lexemeBits(ctx, v.lex[i]!) & G_ORG) === 0)) return null;
  const m = longest(ctx, ctx.lex.orgs, i);
  if (v.abbrN[i]! > 0) {
    const syl = v.syl(i);
    // an abbreviation whose expansion starts with a body name is that body (`TTHU`, `UBKT`)
    const { used, value: kind } = triePrefix(ctx.lex.orgs, syl);
    const rest = syl.length - used;
    // `HTX` is only a type (hợp tác xã); `SYT` (Sở Y tế) names one; `ĐVTN` (đoàn viên…) is no body
    const ok =
      kind !== undefined &&
      kind !== 'field' &&
      (kind === 'body' || kind === 'custom' || (kind === 'head' && rest > 0) || rest === 0);
    if (ok && (!m || m.end <= i + 1)) {
      return { end: i + 1, kind: kind === 'head' && rest === 0 ? 'head' : kind === 'head' ? 'body' : kind!, phrase: joinedSyllables(syl) };
    }
  }
  if (!m) return null;
  return { end: m.end, kind: m.value, phrase: m.phrase };
}

/** A level word at j (`huyện`, `cấp xã`, `Trung ương`, `Khối các cơ quan`): returns its end and level, or null. */
export function levelAt(ctx: EntityContext, j: number): { end: number; level: string } | null {
  const { v } = ctx;
  if (!cont(ctx, j)) return null;
  const pt = longest(ctx, ctx.lex.placeTypes, j);
  const fold = v.fold(j);
  if (pt && (pt.value === 'province' || pt.value === 'district' || pt.value === 'commune')) return { end: pt.end, level: pt.value };
  // a place written as one abbreviation, type and name: Sở Y tế TPHCM
  if (parseAbbreviatedPlace(ctx, j) > j) return { end: j + 1, level: 'named' };
  if (LEVEL_LEAD.has(fold)) return levelAfterLead(ctx, j);
  if (v.abbrN[j]! > 0 && joinedSyllables(v.syl(j)) === 'trung ương') return { end: j + 1, level: 'centre' };
  if (fold === 'trung' && v.fold(j + 1) === 'ương') return { end: j + 2, level: 'centre' };
  if (fold === 'các' && (v.fold(j - 1) === 'ủy' || v.fold(j - 1) === 'khối')) return agenciesAt(ctx, j);
  return fold === 'khối' ? blocAt(ctx, j) : null;
}

/** `các cơ quan (Đảng)` and a level after a Party committee: Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy Khối các cơ quan tỉnh. */
function agenciesAt(ctx: EntityContext, j: number): { end: number; level: string } | null {
  if (foldsOf(ctx, j, j + 3) !== 'các cơ quan') return null;
  let k = j + 3;
  if (ctx.v.fold(k) === 'đảng' && ctx.v.cap(k)) k++;
  const after = levelAt(ctx, k);
  return after ? { end: after.end, level: 'bloc' } : null;
}

/** `cấp xã`, `cấp cơ sở`: the level after a word that takes one. */
function levelAfterLead(ctx: EntityContext, j: number): { end: number; level: string } | null {
  const { v } = ctx;
  if (!cont(ctx, j + 1)) return null;
  if (v.has(j + 2) && LEVEL_AFTER_CAP.has(`${v.fold(j + 1)} ${v.fold(j + 2)}`)) return { end: j + 3, level: 'level' };
  if (LEVEL_AFTER_CAP.has(v.fold(j + 1))) return { end: j + 2, level: 'level' };
  return null;
}

/** `Khối` as a level: Đảng ủy Khối các cơ quan tỉnh, Khối Doanh nghiệp. */
function blocAt(ctx: EntityContext, j: number): { end: number; level: string } | null {
  const words = foldsOf(ctx, j + 1, j + 4);
  if (words === 'các cơ quan') {
    const after = levelAt(ctx, j + 4);
    return { end: after ? after.end : j + 4, level: 'bloc' };
  }
  if (words.startsWith('doanh nghiệp')) return { end: j + 3, level: 'bloc' };
  if (!isNameWord(ctx, j + 1)) return { end: j + 1, level: 'bloc' };
  return null;
}

/**
 * A place name after a level word: capitalised. A name shaped like a
 * person's (`Trần Hợi`) is a place after a commune-level word, where units are
 * often named after people, and after higher levels only when known.
 */
export function placeNameAfter(ctx: EntityContext, j: number, level: string, home = true): number {
  const { v } = ctx;
  // after a place written as one abbreviation (`TPHCM`) the name is given
  if (level === 'named' || !cont(ctx, j) || v.gap[j]! >= 2) return j;
  if (home && homeWord(ctx, j, level)) return j + 1;
  if (v.kind[j] === K_NUMBER && v.gap[j]! <= 1) return j + 1;
  // a term after the body, capitalised: `HĐND xã | Khóa XII`, not a place named Khóa
  if (NUMBERING_WORDS.has(v.fold(j)) && isRoman(ctx, j + 1)) return j;
  const run = nameRun(ctx, j, 5, true);
  if (run === j) return placeAbbreviation(ctx, j) ? j + 1 : j;
  if (commonNounStart(ctx, j, run)) return j;
  // in capitals (a headline) only a known place: `ĐẢNG BỘ HUYỆN LẦN THỨ 12`
  if (v.caps(j)) return knownPlace(ctx, j, run) ? run : capsPlacePrefix(ctx, j);
  return nameOfRun(ctx, j, run, level);
}

/** `tỉnh nhà`, `huyện nhà`: "our province", no place's name. */
function homeWord(ctx: EntityContext, j: number, level: string): boolean {
  return ctx.v.fold(j) === 'nhà' && ctx.v.gap[j]! <= 1 && level !== 'level';
}

/** In a headline in capitals, a known place of two syllables or more that the headline runs on after (`HUYỆN MỸ LỘC TỔNG KẾT`): its end, or j. */
export function capsPlacePrefix(ctx: EntityContext, j: number): number {
  const m = longest(ctx, ctx.lex.placeNames, j);
  return m && m.end - j >= 2 && ctx.v.caps(m.end) && ctx.v.gap[m.end]! < 2 ? m.end : j;
}

/** Is token k a number or a Roman numeral (`12`, `XII`; the lexeme's flag)? */
function isRoman(ctx: EntityContext, k: number): boolean {
  const { v } = ctx;
  return v.kind[k] === K_NUMBER || (v.has(k) && (v.L.flags[v.lex[k]!]! & L_ROMAN) !== 0);
}

/** The place name a capitalised run [j, run) after a level word holds, or j when none. */
function nameOfRun(ctx: EntityContext, j: number, run: number, level: string): number {
  const named = nameAfterPlace(ctx, j, run);
  if (named < run) return named;
  if (!personLike(ctx, j, run) || knownPlace(ctx, j, run)) return run;
  // right after a title a person's full name (three syllables or more) is the
  // holder's even where a known place starts it (`HĐND thành phố | Đồng Văn
  // Thanh`, not the district `Đồng Văn`); wards are decided below
  if (ctx.afterTitle && run - j >= 3 && level !== 'commune') return j;
  const place = longest(ctx, ctx.lex.placeNames, j);
  if (place && place.end < run) return place.end;
  // wards, communes and streets are often named after people (`phường Trần
  // Hưng Đạo`), but right after a title the name is the holder's (`Chủ tịch
  // UBND xã Ngô Văn Tường`); a longer name only on one line (`xã Trà Tân\nChiều`)
  if (level === 'commune' && (run - j <= 2 || (!ctx.afterTitle && !lineBreakIn(ctx, j + 1, run)))) return run;
  return j;
}

/** An abbreviation of a place's proper name after its type word: `TP HCM` (Hồ Chí Minh). */
function placeAbbreviation(ctx: EntityContext, j: number): boolean {
  return ctx.v.gap[j]! <= 1 && abbreviatesPlaceName(ctx, j);
}

/** Is there a line break before any token of [from, to)? */
function lineBreakIn(ctx: EntityContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.v.gap[k]! >= 2) return true;
  return false;
}

/**
 * A place name followed by a person's name in one capitalised run: where the
 * name starts (`UBND tỉnh Bạc Liêu | Phạm Văn Thiều`, `HĐND TP Hà Nội |
 * Phùng Thị Hồng Hà`, `Huyện ủy Mỹ Lộc | Trần Văn Hưng`), or `run` when the
 * run is one name. The place is a known one, or at least two syllables
 * before a full name of three or more (surname + name syllables), so that a
 * unit named after a person stays whole (`phường Lê Hồng Phong`).
 */
export function nameAfterPlace(ctx: EntityContext, j: number, run: number): number {
  if (run - j < 4) return run;
  const place = longest(ctx, ctx.lex.placeNames, j);
  if (place && place.end < run && place.end > j && run - place.end >= 2 && personLike(ctx, place.end, run)) return place.end;
  for (let k = j + 2; k <= run - 3; k++) {
    if (personLike(ctx, k, run)) return k;
  }
  return run;
}

/**
 * One capitalised syllable followed by a lower-case one on the same line is
 * a capitalised common noun starting a phrase (`Thông báo`, `Chương trình`,
 * `Quyết định`), not a place or a name, unless the gazetteer knows it.
 */
export function commonNounStart(ctx: EntityContext, j: number, run: number): boolean {
  if (run - j !== 1) return false;
  const { v } = ctx;
  if (!v.has(run) || v.gap[run]! > 1 || !v.syllable(run) || v.cap(run)) return false;
  return !knownPlace(ctx, j, run);
}

/**
 * Parse an organisation at i. `lowerHead` lets a lower-case type noun start
 * it (after a title: `Trưởng ban Tuyên giáo`).
 */
export function parseOrg(ctx: EntityContext, i: number, lowerHead = false, depth = 0): OrgMatch | null {
  const core = orgCore(ctx, i);
  if (!core) return null;
  const { v } = ctx;
  const cap = v.cap(i);
  const { kind, phrase } = core;
  if (kind === 'field') return null;
  const isAbbr = v.abbrN[i]! > 0;
  // capitalised `Đảng`, `Đoàn`, `Trung ương` stand for a body only in some uses
  if (kind === 'party' || kind === 'youth' || kind === 'centre') return specialBody(ctx, i, core.end, kind, phrase, depth);
  if (!cap && !isAbbr && !lowerHead && !lowerCaseBody(ctx, i, phrase, core.end)) return null;
  // an abbreviation names a body (`UBKT`), except one of a bare type noun (`HTX`)
  const s = stateAt(depth, kind, phrase, (isAbbr && kind !== 'head') || kind === 'custom', i, core.end);
  const end = nameEnd(ctx, s, core.end);
  const { specific } = s;
  if (kind === 'head' && !specific) return null;
  if (!cap && !isAbbr && !specific && !COMMITTEES.has(phrase) && !lowerHead) return null;
  return { end, kind, phrase, specific, typeStart: s.typeStart, typeEnd: s.typeEnd, nameStart: s.nameStart, nameEnd: s.nameEnd };
}

/**
 * `Đảng`, `Đoàn`, `Trung ương` as a body; `Trung ương` with the association
 * or the Youth Union it is the central level of (`Trung ương Hội Nông dân
 * Việt Nam`, `T.Ư Đoàn`).
 */
function specialBody(ctx: EntityContext, i: number, end: number, kind: OrgKind, phrase: string, depth: number): OrgMatch | null {
  const cap = ctx.v.cap(i);
  const isAbbr = ctx.v.abbrN[i]! > 0;
  if (kind === 'centre' && (cap || isAbbr) && depth < 3) {
    const central = centralBody(ctx, end, depth);
    if (central) return { ...central, kind: 'body', phrase, specific: true };
  }
  return standsForBody(ctx, i, kind, end, cap, isAbbr) ? { end, kind, phrase, specific: true, ...NO_PLACE } : null;
}

/** After `Trung ương`: a capitalised `Hội …` or `Đoàn` it is the central level of (its end and place), or null. */
function centralBody(ctx: EntityContext, j: number, depth: number): PlaceParts & { end: number } | null {
  const { v } = ctx;
  if (!cont(ctx, j) || v.gap[j]! >= 2 || !v.cap(j)) return null;
  const core = orgCore(ctx, j);
  if (!core || (core.kind !== 'youth' && !core.phrase.startsWith('hội'))) return null;
  const named = parseOrg(ctx, j, false, depth + 1);
  if (named) return named;
  // the bare noun: `Trung ương Hội`, `Trung ương Đoàn` (not `Đoàn kết`, not a name after it)
  return isNameWord(ctx, core.end) || NOT_YOUTH.has(v.fold(core.end)) || NOT_SHORT_FORM.has(v.fold(core.end)) ? null : { end: core.end, ...NO_PLACE };
}

/**
 * Does a capitalised (or abbreviated) `Đảng`, `Đoàn` or `Trung ương` at i
 * stand for the body: `Đảng` not before `viên` (đảng viên), `Đoàn` not at a
 * sentence start nor before a name or a word that makes it a common noun
 * (`Đoàn kết`), `Trung ương` after `của`, `thuộc`, `với`?
 */
function standsForBody(ctx: EntityContext, i: number, kind: OrgKind, end: number, cap: boolean, isAbbr: boolean): boolean {
  const { v } = ctx;
  if (kind === 'party') {
    if (!cap) return false;
    return !(cont(ctx, end) && (v.fold(end) === 'viên' || v.fold(end) === 'viên,'));
  }
  if (kind === 'youth') {
    return !(!cap || isSentenceStart(ctx, i) || isNameWord(ctx, end) || NOT_YOUTH.has(v.fold(end)));
  }
  if (!cap && !isAbbr) return false;
  const prev = v.fold(i - 1);
  return prev === 'của' || prev === 'thuộc' || prev === 'với';
}

/**
 * May a lower-case body start at i: a Party committee (`huyện ủy`) or a
 * multi-word body (`ban thường vụ`), never after a quantifier (`các đảng
 * bộ`), nor after `,` or `và` that follow another lower-case body (a list of
 * them is generic)?
 */
function lowerCaseBody(ctx: EntityContext, i: number, phrase: string, end: number): boolean {
  const { v } = ctx;
  if (GENERIC.has(v.fold(i - 1))) return false;
  if (!COMMITTEES.has(phrase) && (end - i < 2 || !LOWER_OK.has(v.fold(i)))) return false;
  if (isPunct(ctx, i - 1, ',') || v.fold(i - 1) === 'và') {
    if (v.has(i - 2) && !v.cap(i - 2) && orgCore(ctx, i - 2)) return false;
  }
  return true;
}

/**
 * What the steps of one {@link parseOrg} call read: the body's core and what
 * its name has taken so far. One per recursion depth, reused (parseOrg runs
 * at many tokens, and allocates nothing for its state): a step only calls
 * parseOrg one level deeper, so no call overwrites the state of one still
 * running, and {@link stateAt} sets every field before a step reads it.
 */
class OrgState {
  kind: OrgKind = 'body';
  phrase = '';
  depth = 0;
  /** the name says which body it is (a field, a place, a parent, an abbreviation) */
  specific = false;
  /** a field or a descriptive name is taken: Sở [Y tế] */
  hasField = false;
  /** a place, a parent body or a proper name is taken: UBND [tỉnh Nam Định] */
  hasScope = false;
  /** the token the name starts at, and the one after its core */
  start = 0;
  coreEnd = 0;
  /** the place the name holds, as the steps read it: see {@link OrgMatch} */
  typeStart = -1;
  typeEnd = -1;
  nameStart = -1;
  nameEnd = -1;
}
const STATES: OrgState[] = [];


/** The state of the parseOrg call at this depth, set for a new name. */
function stateAt(depth: number, kind: OrgKind, phrase: string, specific: boolean, start: number, coreEnd: number): OrgState {
  const s = (STATES[depth] ??= new OrgState());
  s.start = start;
  s.coreEnd = coreEnd;
  s.typeStart = s.typeEnd = s.nameStart = s.nameEnd = -1;
  // a committee names its level: [Huyện ủy], until a name follows
  if (COMMITTEES.has(phrase)) notePlace(s, start, coreEnd, coreEnd);
  s.kind = kind;
  s.phrase = phrase;
  s.depth = depth;
  s.specific = specific;
  s.hasField = false;
  s.hasScope = false;
  return s;
}

/**
 * Note a place the name holds: a unit's level word or committee
 * [typeStart, typeEnd) and its name [typeEnd, nameEnd), or no name
 * (`nameEnd` <= `typeEnd`: a body named by its level, `HĐND huyện`). The
 * first one with a name is the body's place (a later one is a parent's or
 * a wider scope's); else the first level.
 */
function notePlace(s: PlaceParts, typeStart: number, typeEnd: number, nameEnd: number): void {
  if (s.nameStart >= 0) return;
  if (nameEnd > typeEnd) {
    s.nameStart = typeEnd;
    s.nameEnd = nameEnd;
  } else if (s.typeStart >= 0) return;
  s.typeStart = typeStart;
  s.typeEnd = typeEnd;
}

/** Note the place of a body whose name this one takes in (a parent, a joint body), when this one has none yet. */
function notePlaceOf(s: PlaceParts, p: PlaceParts): void {
  if (p.typeStart >= 0) notePlace(s, p.typeStart, p.typeEnd, p.nameStart >= 0 ? p.nameEnd : -1);
}

/** Is a level of {@link levelAt} a unit's (a province, a district, a commune: a type word linking reads)? */
function unitLevel(level: string): boolean {
  return level === 'province' || level === 'district' || level === 'commune';
}

/** A level at j and the place's name after it, to `end`: noted when the level is a unit's (`tỉnh nhà`, "our province", has no name). */
function noteLevel(ctx: EntityContext, s: OrgState, j: number, lvl: { end: number; level: string }, end: number): void {
  if (unitLevel(lvl.level)) notePlace(s, j, lvl.end, homeWord(ctx, lvl.end, lvl.level) ? lvl.end : end);
}

/** A level at j and the place's name after it (noted): the name's end. */
function levelPlace(ctx: EntityContext, s: OrgState, j: number, lvl: { end: number; level: string }): number {
  const end = placeNameAfter(ctx, lvl.end, lvl.level);
  noteLevel(ctx, s, j, lvl, end);
  return end;
}

/** A step's answer when it does not apply at the token: try the next step. */
const NEXT = -1;
/** A step's answer when the name ends before the token: try no other step. */
const STOP = -2;

/** One step of an organisation's name: the end of the part it takes at j (and it marks the state), NEXT or STOP. */
type OrgStep = (ctx: EntityContext, s: OrgState, j: number) => number;

/** What may follow the core of a name, in the order the steps are tried at each token. */
const NAME_STEPS: readonly OrgStep[] = [
  definedName,
  joinedBody,
  jointOffice,
  bracketedAbbreviation,
  eventServed,
  scopedDescription,
  field,
  descriptiveName,
  vietNam,
  parentBody,
  villageOfCell,
  levelAndPlace,
  properName,
];

/**
 * The end of the name whose core ends at `end`: a steering committee's
 * programme, then as many parts as the steps take (at most 12).
 */
function nameEnd(ctx: EntityContext, s: OrgState, end: number): number {
  const programme = steeringProgramme(ctx, s, end);
  if (programme !== NEXT) {
    end = programme;
    s.specific = true;
  }
  for (let guard = 0; guard < 12; guard++) {
    const j = end;
    if (!cont(ctx, j)) break;
    const next = namePart(ctx, s, j);
    if (next === STOP) break;
    // every part taken says which body it is
    end = next;
    s.specific = true;
  }
  return end;
}

/** The next part of the name at j: the end of the first step's part, or STOP when no step takes it. */
function namePart(ctx: EntityContext, s: OrgState, j: number): number {
  for (let k = 0; k < NAME_STEPS.length; k++) {
    const end = NAME_STEPS[k]!(ctx, s, j);
    if (end !== NEXT) return end;
  }
  return STOP;
}

/**
 * Before the loop: a steering committee named by its programme, `Ban Chỉ đạo
 * (Trung ương) (thực hiện) (các) Chương trình mục tiêu quốc gia …`.
 */
function steeringProgramme(ctx: EntityContext, s: OrgState, end: number): number {
  if (s.phrase !== 'ban chỉ đạo') return NEXT;
  const { v } = ctx;
  let j = end;
  const lvl0 = levelAt(ctx, j);
  if (lvl0 && lvl0.level === 'centre') j = lvl0.end;
  if (v.fold(j) === 'thực' && v.fold(j + 1) === 'hiện') j += 2;
  if (v.fold(j) === 'các') j++;
  if (v.fold(j) === 'chương' && v.fold(j + 1) === 'trình' && cont(ctx, j)) {
    const prog = longest(ctx, ctx.lex.programmes, j + 2);
    if (prog) return prog.end;
  }
  return NEXT;
}

/**
 * A name the text defines right after it: `Ban Chỉ đạo phòng, chống thiên
 * tai (BCĐ PCTT)`: the long form of the bracketed abbreviation, when it
 * starts where the body does, is the name (the bracket stays outside).
 */
function definedName(ctx: EntityContext, s: OrgState, j: number): number {
  const { v } = ctx;
  if (s.depth !== 0 || s.hasScope || s.hasField || !ctx.defines) return NEXT;
  for (let k = j; k < j + 12 && v.has(k) && v.gap[k]! < 2; k++) {
    if (!isPunct(ctx, k, '(')) continue;
    if (v.abbrCount(k + 1) === 0) return NEXT;
    const a = v.abbr(k + 1);
    const name = ctx.text.slice(v.start[s.start]!, v.end[k - 1]!).replace(/\s+/gu, ' ');
    if (v.found.source(a) !== 'definition' || v.found.expansion[a] !== name) return NEXT;
    // a bracket inside a name, which goes on after it, is the other step's (`Ủy ban Kiểm tra (UBKT) Tỉnh ủy`)
    let close = k + 1;
    while (v.has(close) && !isPunct(ctx, close, ')') && close < k + 4) close++;
    return cont(ctx, close + 1) && (levelAt(ctx, close + 1) || orgCore(ctx, close + 1)) ? NEXT : k;
  }
  return NEXT;
}

/** Two bodies joined by `&` share what follows: Văn phòng HĐND&UBND huyện. */
function joinedBody(ctx: EntityContext, s: OrgState, j: number): number {
  if (isPunct(ctx, j, '&') && ctx.v.gap[j] === 0 && s.depth < 3) {
    const other = orgCore(ctx, j + 1);
    if (other && other.kind === 'body') {
      const p = parseOrg(ctx, j + 1, true, s.depth + 1);
      if (p) {
        notePlaceOf(s, p);
        return p.end;
      }
    }
  }
  return NEXT;
}

/**
 * An office that serves two bodies sharing one scope: `Văn phòng Đoàn ĐBQH
 * và HĐND tỉnh`, `Văn phòng HĐND và UBND huyện`. The first body has no scope
 * of its own; the second has one, and ends the name.
 */
function jointOffice(ctx: EntityContext, s: OrgState, j: number): number {
  const { v } = ctx;
  if (s.phrase !== 'văn phòng' || s.depth !== 0 || !s.hasScope || v.fold(j) !== 'và' || !cont(ctx, j + 1)) return NEXT;
  // the first body: no level, no punctuation, not a Party committee (`Văn phòng Tỉnh ủy` has its own scope)
  for (let k = j - 1; k > 0 && !(v.fold(k) === 'phòng' && v.fold(k - 1) === 'văn'); k--) {
    if (levelAt(ctx, k) || v.kind[k] === K_PUNCT || COMMITTEES.has(orgCore(ctx, k)?.phrase ?? '')) return NEXT;
  }
  const other = parseOrg(ctx, j + 1, false, 1);
  if (!other || other.kind === 'head' || COMMITTEES.has(other.phrase) || !endsWithScope(ctx, j + 1, other.end)) return NEXT;
  notePlaceOf(s, other);
  return other.end;
}

/** Does a level word stand among tokens [from, to)? */
function endsWithScope(ctx: EntityContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (levelAt(ctx, k)) return true;
  return false;
}

/**
 * A bracketed abbreviation inside a name, then the rest of it: a body or a
 * level and place (Ủy ban Kiểm tra (UBKT) Tỉnh ủy); else the name ends.
 */
function bracketedAbbreviation(ctx: EntityContext, s: OrgState, j: number): number {
  if (isPunct(ctx, j, '(') && ctx.v.abbrCount(j + 1) > 0 && isPunct(ctx, j + 2, ')')) {
    const after = s.depth < 3 && !TOP.has(s.phrase) ? parseOrg(ctx, j + 3, false, s.depth + 1) : null;
    if (after && orgCore(ctx, j + 3)?.kind !== 'head') {
      notePlaceOf(s, after);
      return after.end;
    }
    const lvl = levelAt(ctx, j + 3);
    if (lvl) {
      s.hasScope = true;
      return levelPlace(ctx, s, j + 3, lvl);
    }
    return STOP;
  }
  return NEXT;
}

/**
 * The capitalised event a body of an event serves, which ends the name:
 * `Đoàn Chủ tịch Đại hội`, `Ban chỉ đạo Đại hội`, `BCĐ Đại hội`, `BTC Hội thi`.
 */
function eventServed(ctx: EntityContext, s: OrgState, j: number): number {
  const { v } = ctx;
  if (s.hasField || s.hasScope || !v.cap(j) || v.caps(j) || v.gap[j]! >= 2 || !EVENT_BODIES.has(s.phrase)) return NEXT;
  const two = v.has(j + 1) ? `${v.fold(j)} ${v.fold(j + 1)}` : '';
  if (!EVENTS.has(two) || v.gap[j + 1]! >= 2) return NEXT;
  s.hasScope = true;
  return j + 2;
}

/**
 * A long descriptive name that its scope ends, in any case: `Hợp tác xã công
 * nghệ cao phát triển tôm Bạc Liêu`, `Học viện Thanh thiếu niên Việt Nam`,
 * `Trung tâm Văn hóa, Thể thao và Học tập cộng đồng xã Thanh Điền`,
 * `Trung tâm Phát triển quỹ đất huyện`. Without a scope within 12 words the
 * other steps decide.
 */
function scopedDescription(ctx: EntityContext, s: OrgState, j: number): number {
  if ((s.kind !== 'head' && s.kind !== 'body') || s.hasField || s.hasScope || !scopedNoun(s.phrase)) return NEXT;
  // an abbreviated body (`HĐND`) is a whole name: a quantifier or a scope follows it, no description
  if (s.kind === 'body' && ctx.v.abbrN[j - 1]! > 0) return NEXT;
  if (!ctx.v.syllable(j) || ctx.v.gap[j]! >= 2 || NAME_STOP.has(ctx.v.fold(j)) || GENERIC.has(ctx.v.fold(j)) || levelAt(ctx, j)) return NEXT;
  const end = scopeAfterDescription(ctx, s, j + 1);
  if (end < 0) return NEXT;
  s.hasField = true;
  s.hasScope = true;
  return end;
}

/** Does a body (not a field) or a title start at k? */
function startsBodyOrTitle(ctx: EntityContext, k: number): boolean {
  const core = orgCore(ctx, k);
  return (core !== null && core.kind !== 'field') || longest(ctx, ctx.lex.roles, k) !== null;
}

const SCOPED_PHRASES = new Map<string, boolean>();
/** Does the body's phrase start with a type noun of long descriptive names (`hội đồng`, `hội đồng thẩm định`)? */
function scopedNoun(phrase: string): boolean {
  let yes = SCOPED_PHRASES.get(phrase);
  if (yes === undefined) {
    yes = DESCRIBED_SCOPED.has(phrase) || [...DESCRIBED_SCOPED].some((n) => phrase.startsWith(`${n} `));
    SCOPED_PHRASES.set(phrase, yes);
  }
  return yes;
}

/** The end of the scope that closes a description going on at k (a level with its place, a known place, `Việt Nam`), or -1. */
function scopeAfterDescription(ctx: EntityContext, s: OrgState, k: number): number {
  const { v } = ctx;
  for (const last = k + 12; k < last && v.has(k) && v.gap[k]! < 2; k++) {
    if (v.fold(k) === 'việt' && v.fold(k + 1) === 'nam' && v.cap(k)) return k + 2;
    const scope = scopeAt(ctx, s, k);
    if (scope > 0) return scope;
    if (v.kind[k] === K_PUNCT) {
      // `Văn hóa, Thể thao và …`: a comma inside the description, not before another body
      if (!isPunct(ctx, k, ',') || !v.syllable(k + 1) || startsBodyOrTitle(ctx, k + 1)) return -1;
      continue;
    }
    // another body named inside (`Hội đồng | Học viện`) ends it; `xã hội` is a word
    // a quantifier before a level makes the rest generic (`HĐND các xã`); before a noun it is part of the name (`xây dựng các công trình`)
    if (GENERIC.has(v.fold(k)) && levelAt(ctx, k + 1)) return -1;
    if (!v.syllable(k) || NAME_STOP.has(v.fold(k)) || v.abbrN[k]! > 0 || (v.cap(k) && orgCore(ctx, k))) return -1;
  }
  return -1;
}

/** A scope at k: a level with its place (`xã Thanh Điền`, noted in s), a bare level before the predicate (`huyện | tổ chức`), a known place. Its end, or -1. */
function scopeAt(ctx: EntityContext, s: OrgState, k: number): number {
  const { v } = ctx;
  const lvl = levelAt(ctx, k);
  if (lvl) {
    const end = placeNameAfter(ctx, lvl.end, lvl.level);
    if (end > lvl.end) {
      noteLevel(ctx, s, k, lvl, end);
      return end;
    }
    const next = lvl.end;
    // `xã hội`, `xã nông thôn mới`: a word, not the level
    const after = v.fold(next);
    if (!v.has(next) || v.gap[next]! >= 2 || !v.syllable(next) || NAME_STOP.has(after) || PREDICATE.has(after) || NUMBERING_WORDS.has(after)) return next;
    return -1;
  }
  if (!isNameWord(ctx, k)) return -1;
  const place = longest(ctx, ctx.lex.placeNames, k);
  return place && place.end === nameRun(ctx, k, 6, true) ? place.end : -1;
}

/** The field of a type noun: Sở Y tế, Bộ Kế hoạch và Đầu tư, Phòng LĐTB&XH. */
function field(ctx: EntityContext, s: OrgState, j: number): number {
  if (s.kind === 'head' && !s.hasField && !s.hasScope) {
    const f = longest(ctx, ctx.lex.fields, j, true);
    if (f) {
      s.hasField = true;
      return f.end;
    }
    if (s.kind === 'head' && ctx.v.abbrN[j]! > 0 && fieldAbbreviation(ctx, j)) {
      s.hasField = true;
      return j + 1;
    }
  }
  return NEXT;
}

/**
 * A descriptive name of a type noun: one capitalised word, then lower-case
 * words up to a level, a body, punctuation or a word that starts the
 * predicate (Viện Nghiên cứu chiến lược Bộ Ngoại giao, Trung tâm Dịch vụ
 * việc làm).
 */
function descriptiveName(ctx: EntityContext, s: OrgState, j: number): number {
  const { v } = ctx;
  const { phrase } = s;
  if (s.kind === 'head' && !s.hasField && !s.hasScope) {
    if (DESCRIBED.has(phrase) && (v.cap(j) || DESCRIBED_LOWER.has(phrase)) && v.syllable(j) && !v.caps(j) && v.gap[j]! < 2 && !PREDICATE.has(v.fold(j))) {
      const k = descriptionEnd(ctx, j);
      if (k > j + 1 && k - j <= 5) {
        s.hasField = true;
        return k;
      }
    }
  }
  return NEXT;
}

/** Where the lower-case words of a descriptive name starting at j end (Dịch vụ [việc làm]). */
function descriptionEnd(ctx: EntityContext, j: number): number {
  const { v } = ctx;
  let k = j + 1;
  while (k < v.n && k - j <= 5) {
    if (v.gap[k]! >= 2 || !v.syllable(k) || v.cap(k) || PREDICATE.has(v.fold(k)) || levelAt(ctx, k)) break;
    // a lower-case body of two words or more (huyện ủy) is a parent, not part of the name
    const body = orgCore(ctx, k);
    if (body && body.kind === 'body' && body.end - k >= 2) break;
    k++;
  }
  return k;
}

/**
 * `Việt Nam` in a name (Thông tấn xã Việt Nam, `MTTQ VN huyện`), or the
 * state's official name (`Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam`).
 */
function vietNam(ctx: EntityContext, _s: OrgState, j: number): number {
  const { v } = ctx;
  if (v.fold(j) === 'việt' && v.fold(j + 1) === 'nam' && v.cap(j)) return j + 2;
  if (v.abbrN[j] === 1 && joinedSyllables(v.syl(j)) === 'việt nam') return j + 1;
  const state = v.fold(j) === 'nước' ? j + 1 : j;
  if (v.fold(state) === 'cộng' && v.cap(state)) {
    const m = longest(ctx, ctx.lex.placeNames, state);
    if (m && m.end - state >= 5) return m.end;
  }
  return NEXT;
}

/**
 * A parent body: Ban Tuyên giáo Tỉnh ủy, Thường trực HĐND huyện, Ban Chấp
 * hành Đảng bộ huyện; and a named parent of a type noun: Viện … Bộ Ngoại giao.
 */
function parentBody(ctx: EntityContext, s: OrgState, j: number): number {
  const { v } = ctx;
  if (!TOP.has(s.phrase) && s.depth < 3 && !s.hasScope) {
    const pc = orgCore(ctx, j);
    // a named parent of a type noun: Viện … Bộ Ngoại giao
    if (pc && pc.kind === 'head' && v.cap(j)) {
      const p = parseOrg(ctx, j, false, s.depth + 1);
      if (p && p.specific) {
        s.hasScope = true;
        notePlaceOf(s, p);
        return p.end;
      }
    }
    const named = v.cap(j) || v.abbrN[j]! > 0;
    if (pc && (pc.kind === 'body' || pc.kind === 'party' || pc.kind === 'custom' || (pc.kind === 'centre' && named))) {
      if (named || COMMITTEES.has(pc.phrase) || (pc.kind === 'body' && pc.end - j >= 2)) {
        const p = parseOrg(ctx, j, true, s.depth + 1);
        if (p) {
          s.hasScope = true;
          notePlaceOf(s, p);
          return p.end;
        }
        return pc.end;
      }
    }
  }
  return NEXT;
}

/**
 * A Party cell's village, with its name or number: `Chi bộ thôn Phú Long`,
 * `chi bộ khu Cầu Mười`, `Chi bộ ấp 3` (GUIDELINES rule 5: `Chi bộ …`).
 */
function villageOfCell(ctx: EntityContext, s: OrgState, j: number): number {
  const { v } = ctx;
  if (s.phrase !== 'chi bộ' || s.hasScope) return NEXT;
  const pt = longest(ctx, ctx.lex.placeTypes, j);
  const typeEnd = pt && pt.value === 'village' ? pt.end : v.fold(j) === 'khu' && !v.cap(j) ? j + 1 : -1;
  if (typeEnd < 0 || !cont(ctx, typeEnd) || v.gap[typeEnd]! >= 2) return NEXT;
  const end = v.kind[typeEnd] === K_NUMBER ? typeEnd + 1 : nameRun(ctx, typeEnd, 4, true);
  if (end === typeEnd) return NEXT;
  s.hasScope = true;
  return end;
}

/** A level and its place: huyện, tỉnh Nam Định, cấp xã, Trung ương, TP Hà Nội. */
function levelAndPlace(ctx: EntityContext, s: OrgState, j: number): number {
  const lvl = levelAt(ctx, j);
  if (lvl && !s.hasScope) {
    s.hasScope = true;
    return levelPlace(ctx, s, j, lvl);
  }
  return NEXT;
}

/**
 * A proper name: Huyện ủy Mỹ Lộc, Báo Bạc Liêu, Đảng bộ xã … (after a
 * level), Bệnh viện Đa khoa …; schools, companies and hospitals also when
 * named after a person (Trường THCS Nguyễn Du). Else the name ends.
 */
function properName(ctx: EntityContext, s: OrgState, j: number): number {
  const { v } = ctx;
  if (!s.hasScope && isNameWord(ctx, j)) {
    const run = nameRun(ctx, j, 6, true);
    if (commonNounStart(ctx, j, run)) return STOP;
    // in a headline in capitals only a known place is a name (`HỘI NGHỊ` is no body)
    // (a single capital is no headline: `Trường THCS Y Jút`)
    if (v.caps(j) && v.length(j) > 1 && !knownPlace(ctx, j, run)) return STOP;
    // schools, companies and hospitals are often named after people
    if (s.kind === 'head' && v.gap[j]! < 2 && INSTITUTIONS.has(s.phrase)) {
      s.hasScope = true;
      return run;
    }
    // across a line break only an all-capital place closing a byline (`TTVH-TT-TT\nMỸ LỘC`)
    if (v.gap[j] === 2 && !(v.caps(j) && (!v.has(run) || v.gap[run]! >= 2))) return STOP;
    // a known place, then a person's name: `Thành ủy Cần Thơ | Đỗ Thanh Bình`
    const named = nameAfterPlace(ctx, j, run);
    if (!personLike(ctx, j, named) || knownPlace(ctx, j, named)) {
      s.hasScope = true;
      // a committee's place: [Huyện ủy] [Mỹ Lộc]
      if (COMMITTEES.has(s.phrase) && j === s.coreEnd) notePlace(s, s.start, j, named);
      return named;
    }
  }
  return STOP;
}

/** Is token j no abbreviation, or one of a field, a programme or a general term? */
function fieldAbbreviation(ctx: EntityContext, j: number): boolean {
  if (ctx.v.abbrCount(j) === 0) return true;
  const c = ctx.v.abbrCategory(j);
  return c === 'field' || c === 'general' || c === 'program';
}

/** Is token i the first of a sentence (text start, after . ! ? : or a blank line)? */
export function isSentenceStart(ctx: EntityContext, i: number): boolean {
  if (i === 0) return true;
  if (ctx.v.gap[i]! >= 2) return true;
  return ctx.v.kind[i - 1] === K_PUNCT && SENTENCE_OPENERS.has(ctx.v.surface(i - 1));
}

/**
 * The publisher's credit that opens a news item's lead, at a line start and
 * before a dash: `(CTO) - Ngày 16-6, …`, `TGDV - …`, `(Baonghean.vn) - …`,
 * `Kinhtedothi - Ngày 22/9, …` (GUIDELINES: a newspaper or agency named in a
 * credit is ORG). Capitals with no sense, or a newspaper's sense; a glued
 * name (longer than any syllable) only in brackets or before a date. The
 * credit's end, or -1.
 */
export function parseDateline(ctx: EntityContext, i: number): number {
  const { v } = ctx;
  const bracket = isPunct(ctx, i - 1, '(');
  const open = bracket ? i - 1 : i;
  if (open > 0 && v.gap[open]! < 2) return -1;
  let end = i + 1;
  // a site's address: Baonghean.vn
  if (bracket && isPunct(ctx, end, '.') && v.gap[end] === 0 && v.gap[end + 1] === 0 && v.syllable(end + 1) && !v.cap(end + 1)) end += 2;
  const close = bracket ? end : end - 1;
  if (bracket && (!isPunct(ctx, close, ')') || v.gap[close] !== 0)) return -1;
  const dash = close + 1;
  if (!isPunct(ctx, dash, '-', '–') || v.gap[dash]! >= 2 || !v.has(dash + 1) || v.gap[dash + 1]! >= 2) return -1;
  return creditShape(ctx, i, end, bracket || v.kind[dash + 1] === K_NUMBER || LEAD_TIME.has(v.fold(dash + 1))) ? end : -1;
}

/** Is [i, end) shaped like a publisher's credit: capitals without a sense other than a newspaper's, or a glued name? */
function creditShape(ctx: EntityContext, i: number, end: number, dated: boolean): boolean {
  const { v } = ctx;
  if (end === i + 1 && v.caps(i) && v.length(i) >= 2 && v.length(i) <= 8) {
    return v.abbrCount(i) === 0 || v.abbrCategory(i) === 'media';
  }
  // a name glued into one word (longer than any syllable), or a site's address
  return dated && v.cap(i) && !v.caps(i) && v.syllable(i) && (end > i + 1 || v.length(i) > 7) && v.abbrCount(i) === 0;
}
