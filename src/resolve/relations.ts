/**
 * Who holds which office (GUIDELINES layer 3): one relation per ROLE mention
 * and person the text gives it to, then `people` derived from them.
 *
 * The patterns, read span by span within a sentence:
 * - a chain of roles after a name, joined by `-`, `,`, `:`, `(`, `kiêm`, `là`
 *   (`đ/c A- Tỉnh ủy viên- Bí thư HU`): each role is the name's;
 * - a chain before a name (`Giám đốc Sở Y tế Nguyễn Văn An`,
 *   `Bí thư Tỉnh ủy, ông A`) is that name's; so is a chain that follows one
 *   name's roles and runs straight into the next name
 *   (`Chủ tịch UBND tỉnh A, Phó Chủ tịch UBND tỉnh B`);
 * - verbs of taking or leaving office join a name to the role after it
 *   (`A được bầu giữ chức`, `được bổ nhiệm làm`, `tái đắc cử`, `thôi giữ chức`);
 *   after `chức danh`/`miễn nhiệm`…, `đối với`/`với`/`của` join the role to
 *   the name after it, terms (`khóa V`, `nhiệm kỳ 2020-2025`) skipped;
 * - a title said of several (`các Phó Bí thư Tỉnh ủy gồm: ông A và bà B`,
 *   `2 chức danh … đó là bà A …, ông B`): every name of the list gets it;
 * - the organisation is the ORG span right after the title, if any.
 * A chain ends at `.`, `;`, a blank line, an organisation or place of its
 * own, or any other word; a list of names ends at `.`, a blank line or any
 * other word.
 */
import type { Entity, Person, PersonRole, Relation } from '../types.js';
import type { EntityContext } from '../recognize/context.js';
import type { Spans } from './spans.js';
import { K_CODE, K_NUMBER, K_PUNCT } from '../doc/tokens.js';
import type { Lexemes } from '../doc/lexemes.js';
import { HOLDER_PLURAL, OFFICE_INTRO as INTRO, RELATION_WORDS } from '../lexicon/vocabulary.js';

// ------------------------------------------------------------ token access
// The only functions that read the token layer (fields gap, kind, text,
// fold, abbr), so that they alone change with the token store.

/** Token k as one item (see {@link gapItems}). */
function itemAt(ctx: EntityContext, k: number): string {
  const { v } = ctx;
  const kind = v.kind[k];
  if (v.abbrN[k]! > 0) return v.abbr(k).category === 'address' ? 'ông' : '#abbr';
  if (kind === K_PUNCT) return v.surface(k);
  if (kind === K_NUMBER || kind === K_CODE) return '#num';
  return v.fold(k);
}

/**
 * The tokens from `from` to `to` (exclusive) as items: folded words,
 * punctuation, `#num` (numbers and codes), `#abbr` (an abbreviation), `ông`
 * (any form of address, `đ/c`, `Ô.`), `↵` (a line break), `¶` (a blank
 * line, also one right before `to`).
 */
export function gapItems(ctx: EntityContext, from: number, to: number): string[] {
  const out: string[] = [];
  const { v } = ctx;
  for (let k = from; k <= to && k < v.n; k++) {
    const gap = v.gap[k]!;
    if (gap === 3 && k > 0) out.push('¶');
    else if (gap === 2 && k > 0) out.push('↵');
    if (k < to) out.push(itemAt(ctx, k));
  }
  return out;
}

/** The bits of an item that may start a two-word phrase or an aside: read with the items around it. */
const SPECIAL = -1;

/** The class bit of one item on its own (see {@link gapBits}), or SPECIAL. */
function itemBit(item: string): number {
  if (TWO_FIRST.has(item) || item === 'khóa' || item === 'nhiệm' || item === '(') return SPECIAL;
  return BIT.get(item) ?? CLASS_BITS.far;
}

/** Per lexeme: {@link itemBit} of its fold (words) and of its surface (punctuation), in slots of its table. */
const lexemeBits = new WeakMap<Lexemes, { fold: (number | undefined)[]; surface: (number | undefined)[] }>();

/** {@link itemBit} of token k's item, once per lexeme. */
function tokenBit(ctx: EntityContext, k: number): number {
  const { v } = ctx;
  if (v.abbrN[k]! > 0 || v.kind[k] === K_NUMBER || v.kind[k] === K_CODE) return itemBit(itemAt(ctx, k));
  let slots = lexemeBits.get(v.L);
  if (!slots) lexemeBits.set(v.L, (slots = { fold: v.L.slot<number>(), surface: v.L.slot<number>() }));
  const punct = v.kind[k] === K_PUNCT;
  const slot = punct ? slots.surface : slots.fold;
  const id = v.lex[k]!;
  let b = slot[id];
  if (b === undefined) slot[id] = b = itemBit(punct ? v.surface(k) : v.fold(k));
  return b;
}

/**
 * The class bits of the gap from token `from` to `to`: {@link gapBits} of
 * {@link gapItems}. Items that count on their own are read straight off the
 * tokens; from the first that may start a two-word phrase or an aside on,
 * the items are built and read as gapBits does (it looks only ahead, so the
 * items before count the same either way).
 */
function tokenGapBits(ctx: EntityContext, from: number, to: number): number {
  const { v } = ctx;
  let seen = 0;
  for (let k = from; k <= to && k < v.n; k++) {
    const gap = v.gap[k]!;
    if (gap === 3 && k > 0) seen |= CLASS_BITS.brk; // `¶`
    else if (gap === 2 && k > 0) seen |= CLASS_BITS.line; // `↵`
    if (k === to) continue;
    const b = tokenBit(ctx, k);
    if (b === SPECIAL) return seen | gapBits(gapItems(ctx, k, to));
    seen |= b;
  }
  return seen;
}

// ------------------------------------------------------------ reading gaps

/** What lies between two spans. */
export interface Gap {
  /** `.`, `!`, `?`, a blank line, a line break with no punctuation (a headline's end): ends chains and lists */
  brk: boolean;
  /** `;`: ends a chain, not a list of names */
  semi: boolean;
  /** words that join nothing */
  far: boolean;
  /** only forms of address (or nothing): the spans touch */
  tight: boolean;
  /** a separator: punctuation of apposition, `kiêm`, `là` */
  sep: boolean;
  /** `và` */
  and: boolean;
  /** a verb of office (`được bầu giữ chức`) */
  verb: boolean;
  /** `gồm`, `đó là`, `các`: a list of holders follows */
  group: boolean;
  /** `đối với`, `với`, `của` */
  office: boolean;
}

type WordClass = 'brk' | 'semi' | 'sep' | 'and' | 'group' | 'office' | 'verb' | 'core' | 'skip' | 'line';

/** Words and punctuation the gaps are read with; anything else is `far`. */
const CLASS = new Map<string, WordClass>();
const classes: [WordClass, string[]][] = [
  ['brk', ['.', '!', '?', '…', '¶']],
  ['semi', [';']],
  ['line', ['↵']],
  ['sep', ['-', '–', '—', ',', ':', '(', ')', ...RELATION_WORDS.sep]],
  // forms of address and `nguyên` (former), `quyền` (acting), `tân` (new) stay outside a title
  ['skip', [...RELATION_WORDS.skip]],
  ['and', [...RELATION_WORDS.and]],
  ['group', [...RELATION_WORDS.group]],
  ['office', [...RELATION_WORDS.office]],
  ['verb', [...RELATION_WORDS.verb]],
  // after `verb`: a word of both classes (`giữ`) is a core verb
  ['core', [...RELATION_WORDS.core]],
];
for (const [c, words] of classes) for (const w of words) CLASS.set(w, c);

/**
 * Items to pass over at i: a term (`khóa V`, `nhiệm kỳ 2020 - 2025`) or an
 * aside in brackets (`(LĐTB&XH)`, `(sinh năm 1976)`); returns the index after it, or i.
 */
function skipAside(items: string[], i: number): number {
  if (items[i] === 'khóa' && items[i + 1] !== undefined) return i + 2;
  if (items[i] === 'nhiệm' && items[i + 1] === 'kỳ') {
    let j = i + 2;
    while (items[j] === '#num' || items[j] === '-' || items[j] === '–') j++;
    return j;
  }
  if (items[i] !== '(') return i;
  const inside = items.slice(i + 1, i + 10);
  const close = inside.indexOf(')');
  return close >= 0 && !inside.slice(0, close).some((x) => CLASS.get(x) === 'brk' || x === '(') ? i + close + 2 : i;
}

/** First words of the two-word phrases of CLASS: only these build a two-word key. */
const TWO_FIRST = new Set([...CLASS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
const CLASS_BITS: Record<WordClass | 'far', number> = { brk: 1, semi: 2, line: 4, sep: 8, skip: 16, and: 32, group: 64, office: 128, verb: 256, core: 512, far: 1024 };

/** Word or two-word phrase -> the bit of its class in CLASS_BITS. */
const BIT = new Map<string, number>([...CLASS].map(([w, c]) => [w, CLASS_BITS[c]]));

/** The class bits of the items of a gap, ORed (two-word phrases first, asides skipped). */
function gapBits(items: string[]): number {
  let seen = 0;
  for (let i = 0; i < items.length; ) {
    const item = items[i]!;
    // only these start an aside (see skipAside)
    if (item === 'khóa' || item === 'nhiệm' || item === '(') {
      const aside = skipAside(items, i);
      if (aside > i) {
        i = aside;
        continue;
      }
    }
    const two = TWO_FIRST.has(item) ? BIT.get(`${item} ${items[i + 1]}`) : undefined;
    seen |= two ?? BIT.get(item) ?? CLASS_BITS.far;
    i += two ? 2 : 1;
  }
  return seen;
}

/** Classifies the items of a gap (two-word phrases first). */
export function readGap(items: string[]): Gap {
  return gapOf(gapBits(items));
}

/** The gap whose items have the class bits `seen`. */
function gapOf(seen: number): Gap {
  const { brk: BRK, semi: SEMI, line: LINE, sep: SEP, and: AND, group: GROUP, office: OFFICE, verb: VERB, core: CORE, far: FAR } = CLASS_BITS;
  const g: Gap = {
    brk: (seen & BRK) !== 0 || ((seen & LINE) !== 0 && (seen & SEP) === 0),
    semi: (seen & SEMI) !== 0,
    far: (seen & FAR) !== 0 || ((seen & VERB) !== 0 && (seen & CORE) === 0),
    tight: false,
    sep: (seen & (SEP | LINE)) !== 0,
    and: (seen & AND) !== 0,
    verb: (seen & (VERB | CORE)) !== 0,
    group: (seen & GROUP) !== 0,
    office: (seen & OFFICE) !== 0,
  };
  g.tight = !g.brk && !g.semi && !g.far && !g.sep && !g.and && !g.verb && !g.group && !g.office;
  return g;
}

/** Words right before a title that make it said of several (`các`, `những`, `2 chức danh`, `hai Phó Chủ tịch`). */
const PLURAL = new Set([...HOLDER_PLURAL, '#num']);

/**
 * The title's lead-in: plural (`các Phó Chủ tịch`), office-introduced
 * (`chức danh Chủ tịch`), possessed (`của Chủ tịch …`: its name must follow at once).
 */
export function readLeadIn(items: string[]): { plural: boolean; intro: boolean; possessed: boolean } {
  let i = items.length - 1;
  const intro = INTRO.has(items[i] ?? '') || INTRO.has(items[i - 1] ?? '');
  const possessed = items[i] === 'của';
  while (i >= 0 && ['chức', 'danh', 'vụ', 'đồng', 'chí', 'ông', 'bà'].includes(items[i]!)) i--;
  return { plural: PLURAL.has(items[i] ?? ''), intro, possessed };
}

// ------------------------------------------------------------ the chain reader

/**
 * At most this many titles wait for a name, and names make a clause or a run:
 * real lists are shorter, and the cap keeps hostile input linear.
 */
const MAX_LIST = 12;
const push = <T>(list: T[], x: T): T[] => (list.length < MAX_LIST ? [...list, x] : [...list.slice(1), x]);

interface Title {
  role: number;
  organization?: number;
  /** the sentence gives or takes an office (`chức danh`, `miễn nhiệm`): `đối với`, `với`, `của` may name the holder */
  intro: boolean;
  /** `của Chủ tịch …`: only a name right after it is the holder */
  possessed: boolean;
}

interface State {
  relations: Relation[];
  /** the relations made, by {@link pairKey} */
  seen: Set<number>;
  /** the name that owns the chain being read */
  current: number | null;
  /** titles waiting for a name after them */
  pending: Title[];
  /** they are said of several names */
  plural: boolean;
  /** relations since the last separator: they move to a name that follows at once */
  segment: Relation[];
  /** titles of a list of names (`gồm: A, B và C`) */
  group: Title[] | null;
  /** the names of the clause so far (`A, Chủ tịch …, B và C được bầu làm …`) */
  subjects: number[];
  /** names joined by `và` with no title between (`A và B, đại biểu HĐND huyện`) */
  run: number[];
  /** a title of this sentence was introduced as an office given or taken */
  intro: boolean;
}

/** One number for a (role, person) pair of entity indexes. */
const pairKey = (role: number, person: number): number => role * 0x4000000 + person;

function relate(st: State, person: number, t: Title): Relation | undefined {
  const key = pairKey(t.role, person);
  if (st.seen.has(key)) return undefined;
  st.seen.add(key);
  const { role, organization } = t;
  // one shape per kind of relation, fields in their order
  const r: Relation = organization !== undefined ? { person, role, organization } : { person, role };
  st.relations.push(r);
  return r;
}

function endChain(st: State): void {
  st.current = null;
  st.pending = [];
  st.plural = false;
  st.segment = [];
  st.run = [];
}

/** The relations of the last segment go to name k instead (`… Chủ tịch UBND tỉnh A, Phó Chủ tịch UBND tỉnh B`). */
function moveSegment(st: State, k: number): void {
  for (const r of st.segment) {
    st.seen.delete(pairKey(r.role, r.person));
    r.person = k;
    st.seen.add(pairKey(r.role, k));
  }
}

/** Gives name k the titles that wait for it; returns whether it got any. */
function titlesFor(st: State, k: number, g: Gap): boolean {
  if (st.group && !g.verb && !g.office) {
    for (const t of st.group) relate(st, k, t);
    return true;
  }
  const fits = !g.verb && !g.and && (!g.office || st.pending.every((t) => t.intro)) && (g.tight || !st.pending.some((t) => t.possessed));
  if (st.pending.length > 0 && fits) {
    for (const t of st.pending) relate(st, k, t);
    if (st.plural || g.group) st.group = st.pending;
    return true;
  }
  if (st.current === null || !g.tight || st.segment.length === 0) return false;
  moveSegment(st, k);
  return true;
}

function onPerson(st: State, k: number, g: Gap): void {
  // a run of names with no title yet: `A và B, đại biểu …` (not `Chủ tịch … A và B, Giám đốc …`)
  if (titlesFor(st, k, g)) st.run = [];
  else st.run = g.and && st.current !== null && st.run.at(-1) === st.current ? push(st.run, k) : [k];
  st.subjects = push(st.subjects, k);
  st.pending = [];
  st.plural = false;
  st.segment = [];
  st.current = k;
}

function onTitle(st: State, t: Title, g: Gap, plural: boolean): void {
  if (st.current !== null && !g.and && !g.group && !g.office) {
    // a verb of office is said of every name of the clause, apposition of every name of a `và` run
    const holders = g.verb ? st.subjects : st.run.length > 1 ? st.run : [st.current];
    const made = holders.map((p) => relate(st, p, t)).filter((r): r is Relation => r !== undefined);
    if (g.verb || !g.tight || holders.length > 1) st.segment = [];
    if (!g.verb && holders.length === 1) st.segment.push(...made);
    if (holders.length === 1) st.run = [];
    return;
  }
  if (g.and || g.group || g.office) endChain(st);
  if (st.pending.length === 0) st.plural = plural;
  st.pending = push(st.pending, t);
  st.group = null;
}

/** Reads title k (and its organisation, when one follows at once); returns the index of its last span. */
function readTitle(ctx: EntityContext, spans: Spans, k: number, items: string[], st: State, g: Gap): number {
  const lead = readLeadIn(items);
  st.intro ||= lead.intro;
  const t: Title = { role: k, intro: st.intro, possessed: lead.possessed };
  if (k + 1 < spans.n && spans.type(k + 1) === 'ORG' && gapItems(ctx, spans.end[k]!, spans.start[k + 1]!).every((x) => x === '↵')) t.organization = k + 1;
  onTitle(st, t, g, lead.plural);
  return t.organization ?? k;
}

/**
 * Relations from the entities (`spans` and `entities` are parallel, sorted),
 * sorted by role and then person, and the people they make.
 */
export function buildRelations(ctx: EntityContext, spans: Spans, entities: Entity[]): { people: Person[]; relations: Relation[] } {
  const st: State = { relations: [], seen: new Set(), current: null, pending: [], plural: false, segment: [], group: null, subjects: [], run: [], intro: false };
  let prevEnd = 0;
  for (let k = 0; k < spans.n; k++) {
    const type = spans.type(k);
    const from = prevEnd;
    const to = spans.start[k]!;
    const g = gapOf(tokenGapBits(ctx, from, to));
    if (g.brk) st.intro = false;
    if (g.brk || g.far) st.group = null;
    if (g.brk || g.far || g.semi || g.office) st.subjects = [];
    if (g.brk || g.far || g.semi) endChain(st);
    if (type === 'PER') onPerson(st, k, g);
    else if (type === 'ROLE') k = readTitle(ctx, spans, k, gapItems(ctx, from, to), st, g);
    else endChain(st);
    prevEnd = spans.end[k]!;
  }
  const relations = st.relations.sort((a, b) => a.role - b.role || a.person - b.person);
  return { people: peopleFrom(entities, relations), relations };
}

/**
 * One person per distinct name (normalised, lower case), named by its first
 * mention, with the roles of every mention in order, each title and
 * organisation once.
 */
export function peopleFrom(entities: Entity[], relations: Relation[]): Person[] {
  const byName = new Map<string, { person: Person; roles: Set<string> }>();
  // the entities of a document share their normalised strings: lower-case each once
  const lower = new Map<string, string>();
  const keyOf = (e: Entity): string => {
    let k = lower.get(e.normalized);
    if (k === undefined) lower.set(e.normalized, (k = e.normalized.toLowerCase()));
    return k;
  };
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    const key = keyOf(e);
    if (!byName.has(key)) byName.set(key, { person: { name: e, roles: [] }, roles: new Set() });
  }
  for (const r of relations) {
    const p = byName.get(keyOf(entities[r.person]!))!;
    const title = entities[r.role]!;
    const organization = r.organization !== undefined ? entities[r.organization]! : undefined;
    const role: PersonRole = organization ? { title, organization } : { title };
    const key = `${keyOf(title)}|${organization ? keyOf(organization) : ''}`;
    if (p.roles.has(key)) continue;
    p.roles.add(key);
    p.person.roles.push(role);
  }
  return [...byName.values()].map((x) => x.person);
}

/** People and their roles (see {@link buildRelations}). */
export function buildPeople(ctx: EntityContext, spans: Spans, entities: Entity[]): Person[] {
  return buildRelations(ctx, spans, entities).people;
}
