/**
 * Linking places to the gazetteer, and document context.
 *
 * - Each LOC entity, and each ORG entity whose name holds a place
 *   (`UBND tỉnh Nam Định`, `Huyện ủy Mỹ Lộc`), is linked to the official unit
 *   it names: by the type word (`huyện` is a district, `phường` a ward), by
 *   the document's date when given (before or after 1 July 2025), and by the
 *   other places of the same document (a commune near its district and
 *   province). A name that stays ambiguous carries `candidates`, not a guess.
 * - An organisation named only by its level (`HĐND huyện`, `Huyện ủy`,
 *   `Ủy ban kiểm tra huyện ủy`) gets `resolved`: its name with the place the
 *   document is about (`Hội đồng nhân dân huyện Mỹ Lộc`), and that `place`.
 *
 * Linking returns what each entity gets; the annotator builds the entity
 * objects once, with these. A unit is described by one `PlaceRef` object per
 * document, shared by every entity that names it.
 */
import type { EntityType, PlaceRef } from '../types.js';
import type { EntityContext } from '../recognize/context.js';
import type { Spans } from './spans.js';
import { joinedSyllables, longest, nameRun } from '../recognize/context.js';
import type { Era, Gazetteer, GazetteerUnit, PlaceLevel } from '../lexicon/gazetteer.js';
import { KIND_ROWS, LEVEL_ROWS } from '../lexicon/vocabulary.js';
import { collapseSpaces } from '../doc/chars.js';

/** What a type word or committee says about the unit. */
interface Kind {
  levels: PlaceLevel[];
  types: string[] | null;
}

const BARE: Kind = { levels: ['province', 'district'], types: null };

interface Mention {
  entity: number;
  name: string;
  kind: Kind;
  candidates: GazetteerUnit[];
  chosen?: GazetteerUnit;
}

/** The cut-over of the 2025 reform. */
const REFORM = Date.UTC(2025, 6, 1);

export function eraOf(date: Date | undefined): Era | undefined {
  if (!date) return undefined;
  return date.getTime() < REFORM ? 'pre-2025' : 'post-2025';
}

/** Maps, so that a word such as `constructor` is no key. */
const KINDS = new Map(Object.entries(KIND_ROWS));
const LEVEL_OF = new Map(Object.entries(LEVEL_ROWS));
/** First words of the keys of KINDS: a cheap test before building two-word keys. */
const KIND_FIRST = new Set([...KINDS.keys()].map((k) => k.split(' ')[0]!));
/** First words of the two-word keys of LEVEL_OF. */
const LEVEL_FIRST = new Set([...LEVEL_OF.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** The level of the two words `a b`, if they name one (`huyện ủy`, `thị xã`). */
function levelOfTwo(a: string, b: string): PlaceLevel | undefined {
  return LEVEL_FIRST.has(a) ? LEVEL_OF.get(`${a} ${b}`) : undefined;
}


function kindAt(ctx: EntityContext, k: number): { key: string; end: number } | null {
  const { v } = ctx;
  if (!v.has(k)) return null;
  const fold = v.fold(k);
  if (v.abbrN[k] === 0 && !KIND_FIRST.has(fold)) return null;
  if (v.abbrN[k]! > 0) {
    const syl = joinedSyllables(v.syl(k));
    if (KINDS.has(syl)) return { key: syl, end: k + 1 };
  }
  // a two-word key starts with a first word of KIND_FIRST (or with a token that holds a space)
  if (v.has(k + 1) && (KIND_FIRST.has(fold) || fold.includes(' '))) {
    const two = `${fold} ${v.fold(k + 1)}`;
    if (KINDS.has(two)) return { key: two, end: k + 2 };
  }
  if (KINDS.has(fold)) return { key: fold, end: k + 1 };
  return null;
}

/**
 * The place entity k names, as the rule that found it read it: the type word,
 * level word or committee that says the unit's kind, and the name (a place
 * with its type word, `huyện Mỹ Lộc`; sharing one, `2 xã Thu Phong và [Bắc
 * Phong]`, `3 thị trấn: [Yên Định], …`; a body's place, `UBND [xã] [Mỹ
 * Thuận]`, `[Huyện ủy] [Mỹ Lộc]`). Entities whose rule read none are
 * searched ({@link mentionIn}).
 */
function mentionOf(ctx: EntityContext, spans: Spans, k: number): { name: string; kind: Kind } | null {
  const typeStart = spans.typeStart[k]!;
  const nameStart = spans.nameStart[k]!;
  const nameEnd = spans.nameEnd[k]!;
  if (typeStart >= 0 && nameStart >= 0 && nameStart < nameEnd) {
    const kind = kindOf(ctx, typeStart, spans.typeEnd[k]!);
    if (kind) return { name: text(ctx, nameStart, nameEnd), kind };
  }
  return mentionIn(ctx, spans.type(k), spans.start[k]!, spans.end[k]!);
}

/** What the word [start, end) says about the unit: a place type (`huyện`, `thành phố`, `TP`) or a committee (`Huyện ủy`, `HU`). */
function kindOf(ctx: EntityContext, start: number, end: number): Kind | undefined {
  const k = kindAt(ctx, start);
  return k && k.end === end ? KINDS.get(k.key) : undefined;
}

/** Find the place an entity names: a type word or committee followed by a name. */
function mentionIn(ctx: EntityContext, type: EntityType, start: number, end: number): { name: string; kind: Kind } | null {
  if (type === 'LOC') {
    const k = kindAt(ctx, start);
    if (k && k.end < end) return { name: text(ctx, k.end, end), kind: KINDS.get(k.key)! };
    if (k) return null;
    return { name: text(ctx, start, end), kind: BARE };
  }
  for (let j = start; j < end; j++) {
    const k = kindAt(ctx, j);
    if (!k || k.end >= end) continue;
    const run = nameRun(ctx, k.end, 5, true);
    if (run > k.end && run <= end) return { name: text(ctx, k.end, run), kind: KINDS.get(k.key)! };
  }
  // a known place closing the name without a type word: TTVH-TT-TT MỸ LỘC
  for (let j = start + 1; j < end; j++) {
    if (!ctx.v.syllable(j) || !ctx.v.cap(j)) continue;
    const m = longest(ctx, ctx.lex.placeNames, j);
    if (m && m.end === end) return { name: text(ctx, j, end), kind: BARE };
  }
  return null;
}

function text(ctx: EntityContext, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s = k === from ? ctx.v.surface(k) : `${s} ${ctx.v.surface(k)}`;
  // one space each side of a dash (`Bà Rịa - Vũng Tàu`); most names have none
  return s.includes('-') ? s.replace(/\s*-\s*/gu, ' - ') : s;
}

function fits(u: GazetteerUnit, kind: Kind, era: Era | undefined): boolean {
  if (!kind.levels.includes(u.level)) return false;
  if (kind.types && !kind.types.includes(u.type)) return false;
  if (era && u.era !== 'both' && u.era !== era) return false;
  return true;
}

/** What linking gives an entity: the unit it names, or the units it may be; for a body named by its level, its full name too. */
export interface PlaceLink {
  place?: PlaceRef;
  candidates?: PlaceRef[];
  resolved?: string;
}

/** The `PlaceRef`s of one document: one object per unit, one list per ambiguous name. */
class Refs {
  private readonly units = new Map<GazetteerUnit, PlaceRef>();
  private readonly lists = new Map<GazetteerUnit[], PlaceRef[]>();
  constructor(private readonly g: Gazetteer) {}

  ref(u: GazetteerUnit): PlaceRef {
    let r = this.units.get(u);
    if (!r) this.units.set(u, (r = placeRef(this.g, u)));
    return r;
  }

  /** The first 50 of `units` (a list of candidates shared by the mentions of one name). */
  list(units: GazetteerUnit[]): PlaceRef[] {
    let l = this.lists.get(units);
    if (!l) this.lists.set(units, (l = units.slice(0, 50).map((u) => this.ref(u))));
    return l;
  }
}

/** A unit as the output describes it (fields in this order: name, type, level, code, era, province, provinceCode). */
function placeRef(g: Gazetteer, u: GazetteerUnit): PlaceRef {
  const { name, type, level, code, era } = u;
  if (level === 'province') return { name, type, level, code, era };
  const p = provinceOf(g, u);
  return p ? { name, type, level, code, era, province: p.name, provinceCode: u.province } : { name, type, level, code, era, provinceCode: u.province };
}

/** The province of a district or commune, of its era (null: none in the data); found once per unit, as many documents name the same units. */
const provinces = new WeakMap<GazetteerUnit, GazetteerUnit | null>();
function provinceOf(g: Gazetteer, u: GazetteerUnit): GazetteerUnit | null {
  let p = provinces.get(u);
  if (p === undefined) {
    const { era } = u;
    p = g.byCode.get(u.provinceKey)?.find((x) => x.era === era || x.era === 'both' || era === 'both') ?? null;
    provinces.set(u, p);
  }
  return p;
}

function normalizeName(name: string): string {
  return collapseSpaces(name.toLowerCase());
}

/**
 * Link the entities of one document (`spans`; `form(k)` is the normalised
 * form of the k-th): what each linked entity gets, by its index.
 */
export function linkPlaces(ctx: EntityContext, spans: Spans, form: (k: number) => string, g: Gazetteer, date: Date | undefined): Map<number, PlaceLink> {
  const era = eraOf(date);
  const { mentions, groups } = collectMentions(ctx, spans, g, era);
  const heads = [...groups.values()].map((g0) => g0[0]!);
  const docEra: Era | undefined = era ?? documentEra(heads);
  chooseUnits(heads, docEra);
  for (const group of groups.values()) for (const m of group) m.chosen = group[0]!.chosen;
  const refs = new Refs(g);
  const links = new Map<number, PlaceLink>();
  for (const m of mentions) links.set(m.entity, m.chosen ? { place: refs.ref(m.chosen) } : { candidates: refs.list(m.candidates) });
  resolveLevelOnly(ctx, spans, form, links, documentPlaces(mentions, g), refs);
  return links;
}

/**
 * The places the LOC and ORG entities name (`huyện Mỹ Lộc`, `UBND tỉnh Nam
 * Định`) that the gazetteer has, in order, grouped by name and kind: one
 * decision per distinct (name, kind), as a document repeats its places.
 */
function collectMentions(
  ctx: EntityContext,
  spans: Spans,
  g: Gazetteer,
  era: Era | undefined,
): { mentions: Mention[]; groups: Map<string, Mention[]> } {
  const mentions: Mention[] = [];
  const groups = new Map<string, Mention[]>();
  for (let k = 0; k < spans.n; k++) {
    const type = spans.type(k);
    if (type !== 'LOC' && type !== 'ORG') continue;
    const m = mentionOf(ctx, spans, k);
    if (!m) continue;
    const name = normalizeName(m.name);
    const key = `${name}|${kindKey(m.kind)}`;
    const group = groups.get(key);
    if (group) {
      const first = group[0]!;
      const again: Mention = { entity: k, name: first.name, kind: first.kind, candidates: first.candidates };
      group.push(again);
      mentions.push(again);
      continue;
    }
    const all = g.named(name) ?? [];
    const candidates = all.filter((u) => fits(u, m.kind, era));
    if (candidates.length === 0) continue;
    const mention: Mention = { entity: k, name: m.name, kind: m.kind, candidates };
    groups.set(key, [mention]);
    mentions.push(mention);
  }
  return { mentions, groups };
}

/** A kind as part of a key: its levels and types (the kinds are shared objects: each is written once). */
const kindKeys = new WeakMap<Kind, string>();
function kindKey(kind: Kind): string {
  let s = kindKeys.get(kind);
  if (s === undefined) kindKeys.set(kind, (s = `${kind.levels.join(',')}|${kind.types?.join(',') ?? ''}`));
  return s;
}

/** The document's era when it gives no date, from places that have one era only (districts are pre-2025). */
function documentEra(heads: Mention[]): Era | undefined {
  let pre = 0;
  let post = 0;
  for (const m of heads) {
    const eras = new Set(m.candidates.map((u) => u.era));
    if (eras.size === 1 && eras.has('pre-2025')) pre++;
    if (eras.size === 1 && eras.has('post-2025')) post++;
  }
  return pre > post ? 'pre-2025' : post > pre ? 'post-2025' : undefined;
}

/** Unit key -> the names that could be that unit, weight 2 when that is their only reading. */
type NamesOf = Map<string, Map<string, number>>;

/** Which names of the document could be which unit, its province's units, its communes. */
interface NameIndex {
  /** `${level}:${code}` -> names, for districts and provinces */
  byUnit: NamesOf;
  /** province code -> names of its districts and communes */
  byProvince: NamesOf;
  /** district code -> names of its communes */
  byParent: NamesOf;
}

/** Note that `name` could be the unit `key`, keeping its higher weight. */
function note(map: NamesOf, key: string, name: string, w: number): void {
  let names = map.get(key);
  if (!names) map.set(key, (names = new Map()));
  names.set(name, Math.max(names.get(name) ?? 0, w));
}

/**
 * Index the candidate units of the document's places by unit, province and
 * district: only what {@link support} will ask for the places that have more
 * than one reading (a district's communes, a province's units, a district or
 * province by its key).
 */
function nameIndex(heads: Mention[]): NameIndex {
  const index: NameIndex = { byUnit: new Map(), byProvince: new Map(), byParent: new Map() };
  const { parents, provinces } = askedCodes(heads);
  for (const m of heads) {
    const name = normalizeName(m.name);
    const w = m.candidates.length === 1 ? 2 : 1;
    for (const u of m.candidates) {
      if (u.level !== 'commune') note(index.byUnit, u.key, name, w);
      if (u.level !== 'province' && provinces.has(u.province)) note(index.byProvince, u.province, name, w);
      if (u.level === 'commune' && parents.has(u.parent)) note(index.byParent, u.parent, name, w);
    }
  }
  return index;
}

/** The codes support() asks byParent (districts) and byProvince (provinces) for: those of the candidates of places with more than one reading. */
function askedCodes(heads: Mention[]): { parents: Set<string>; provinces: Set<string> } {
  const parents = new Set<string>();
  const provinces = new Set<string>();
  for (const m of heads) {
    if (m.candidates.length < 2) continue;
    for (const u of m.candidates) {
      if (u.level === 'district') parents.add(u.code);
      else if (u.level === 'province') provinces.add(u.code);
    }
  }
  return { parents, provinces };
}

/**
 * How much the document's other places support reading a name as unit u: a
 * commune near its district and province, a district near its province and
 * communes, a province near its districts and communes.
 */
function support(index: NameIndex, u: GazetteerUnit, own: string): number {
  if (u.level === 'commune') return weightOf(index.byUnit.get(u.districtKey), index.byUnit.get(u.provinceKey), own);
  if (u.level === 'district') return weightOf(index.byUnit.get(u.provinceKey), index.byParent.get(u.code), own);
  return weightOf(index.byProvince.get(u.code), undefined, own);
}

/** The sum over the names of `a` and `b` but `own` of each name's higher weight. */
function weightOf(a: Map<string, number> | undefined, b: Map<string, number> | undefined, own: string): number {
  let score = 0;
  if (a) for (const [n, w] of a) if (n !== own) score += w;
  if (b) {
    for (const [n, w] of b) {
      if (n === own) continue;
      const before = a?.get(n);
      score += before === undefined ? w : Math.max(0, w - before);
    }
  }
  return score;
}

/**
 * Choose each place's unit: its only candidate, or the one best supported
 * (then of the document's era, then a province for a bare name), when it
 * wins alone with support from at least one other place.
 */
function chooseUnits(heads: Mention[], docEra: Era | undefined): void {
  // the index is made when a place has more than one reading: many documents have none
  let index: NameIndex | undefined;
  for (const m of heads) {
    if (m.candidates.length === 1) {
      m.chosen = m.candidates[0];
      continue;
    }
    index ??= nameIndex(heads);
    const own = normalizeName(m.name);
    let best: GazetteerUnit | undefined;
    let bestScore = -1;
    let tie = false;
    for (const u of m.candidates) {
      let score = support(index, u, own);
      if (docEra && (u.era === docEra || u.era === 'both')) score += 0.5;
      // a bare name is first a province, then a district
      if (m.kind === BARE && u.level === 'province') score += 0.25;
      if (score > bestScore) {
        best = u;
        bestScore = score;
        tie = false;
      } else if (score === bestScore) tie = true;
    }
    if (best && !tie && bestScore >= 1) m.chosen = best;
  }
}

/** The document's place at each level: the most mentioned one; a district's province when none is mentioned. */
function documentPlaces(mentions: Mention[], g: Gazetteer): Map<PlaceLevel, GazetteerUnit> {
  const counts = new Map<string, { unit: GazetteerUnit; n: number }>();
  for (const m of mentions) {
    if (!m.chosen) continue;
    const key = `${m.chosen.level}:${m.chosen.code}:${m.chosen.era}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { unit: m.chosen, n: 1 });
  }
  const docPlace = new Map<PlaceLevel, GazetteerUnit>();
  for (const { unit } of [...counts.values()].sort((a, b) => b.n - a.n)) {
    if (!docPlace.has(unit.level)) docPlace.set(unit.level, unit);
  }
  const district = docPlace.get('district');
  if (district && !docPlace.has('province')) {
    const p = g.byCode.get(district.provinceKey)?.find((x) => x.era === district.era || x.era === 'both');
    if (p) docPlace.set('province', p);
  }
  return docPlace;
}

/**
 * Organisations named by their level only (HĐND huyện, Huyện ủy, UBND tỉnh)
 * get the document's place at that level: `resolved` and `place`.
 */
function resolveLevelOnly(
  ctx: EntityContext,
  spans: Spans,
  form: (k: number) => string,
  links: Map<number, PlaceLink>,
  docPlace: Map<PlaceLevel, GazetteerUnit>,
  refs: Refs,
): void {
  for (let k = 0; k < spans.n; k++) {
    if (spans.type(k) !== 'ORG' || links.has(k)) continue;
    const level = levelOnly(ctx, spans.start[k]!, spans.end[k]!);
    if (!level) continue;
    const unit = docPlace.get(level);
    if (!unit) continue;
    links.set(k, { resolved: `${form(k)} ${unit.name}`, place: refs.ref(unit) });
  }
}

/** The level an organisation is named by, when it names no place: `HĐND huyện` -> district. */
function levelOnly(ctx: EntityContext, start: number, end: number): PlaceLevel | null {
  let level: PlaceLevel | null = null;
  const { v } = ctx;
  for (let j = start; j < end; j++) {
    const fold = v.fold(j);
    if (v.cap(j) && v.syllable(j) && j > start && !LEVEL_OF.has(fold) && !levelOfTwo(fold, v.fold(j + 1))) {
      // a capitalised word that is not a level word: a name or a field; `Huyện ủy` itself is fine
      if (!levelOfTwo(v.fold(j - 1), fold)) return null;
    }
    const two = v.has(j + 1) ? levelOfTwo(fold, v.fold(j + 1)) : undefined;
    const syl = v.abbrN[j]! > 0 ? LEVEL_OF.get(joinedSyllables(v.syl(j))) : undefined;
    const found = two ?? syl ?? LEVEL_OF.get(fold);
    if (found) level = found;
  }
  if (longest(ctx, ctx.lex.placeNames, end - 1)) return null;
  return level;
}
