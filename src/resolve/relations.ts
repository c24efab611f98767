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
import type { Entity, Person, Relation } from '../types.js';
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
  if (v.abbrN[k]! > 0) return v.abbrCategory(k) === 'address' ? 'ông' : '#abbr';
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
  if (TWO_FIRST.has(item) || startsAside(item)) return SPECIAL;
  return BIT.get(item) ?? CLASS_BITS.far;
}

/** Per lexeme: {@link itemBit} of its fold (words) and of its surface (punctuation), in slots of its table. */
const lexemeBits = new WeakMap<Lexemes, LexemeBits>();

interface LexemeBits {
  fold: (number | undefined)[];
  surface: (number | undefined)[];
}

/** The bit slots of the context's lexeme table: looked up once per document, not once per token. */
function bitSlots(ctx: EntityContext): LexemeBits {
  const L = ctx.v.L;
  let slots = lexemeBits.get(L);
  if (!slots) lexemeBits.set(L, (slots = { fold: L.slot<number>(), surface: L.slot<number>() }));
  return slots;
}

/** {@link itemBit} of token k's item, once per lexeme. */
function tokenBit(ctx: EntityContext, slots: LexemeBits, k: number): number {
  const { v } = ctx;
  const kind = v.kind[k];
  if (v.abbrN[k]! > 0) return v.abbrCategory(k) === 'address' ? ADDRESS_BIT : ABBR_BIT;
  if (kind === K_NUMBER || kind === K_CODE) return NUM_BIT;
  const punct = kind === K_PUNCT;
  const slot = punct ? slots.surface : slots.fold;
  const id = v.lex[k]!;
  let b = slot[id];
  if (b === undefined) slot[id] = b = itemBit(punct ? v.surface(k) : v.fold(k));
  return b;
}

/**
 * The class bits of the gap from token `from` to `to`: {@link gapBits} of
 * {@link gapItems}. Items that count on their own are read straight off the
 * tokens, and so is a word that may start a two-word phrase, with the item
 * after it (gapBits looks only ahead, so the items before count the same
 * either way); from the first that may start an aside on, the items are
 * built and read as gapBits does.
 */
function tokenGapBits(ctx: EntityContext, slots: LexemeBits, from: number, to: number): number {
  const { v } = ctx;
  let seen = 0;
  for (let k = from; k <= to && k < v.n; k++) {
    const gap = v.gap[k]!;
    if (gap === 3 && k > 0) seen |= CLASS_BITS.brk; // `¶`
    else if (gap === 2 && k > 0) seen |= CLASS_BITS.line; // `↵`
    if (k === to) continue;
    const b = tokenBit(ctx, slots, k);
    if (b !== SPECIAL) {
      seen |= b;
      continue;
    }
    const item = itemAt(ctx, k);
    if (!TWO_FIRST.has(item) || startsAside(item)) return seen | gapBits(gapItems(ctx, k, to));
    // as gapBits reads a first word: the phrase with the next item, else the word
    const two = BIT.get(`${item} ${nextItem(ctx, k, to)}`);
    seen |= two ?? BIT.get(item) ?? CLASS_BITS.far;
    if (two) k++;
  }
  return seen;
}

/** The item after token k's in {@link gapItems}(from, to): a line break before token k + 1, else its item, if any. */
function nextItem(ctx: EntityContext, k: number, to: number): string | undefined {
  const { v } = ctx;
  const j = k + 1;
  if (j >= v.n) return undefined;
  const gap = v.gap[j]!;
  if (gap === 3) return '¶';
  if (gap === 2) return '↵';
  return j < to ? itemAt(ctx, j) : undefined;
}

/** Are the items from token `from` to `to` all line breaks (`↵`), or none: {@link gapItems} without the array. */
function onlyLineBreaks(ctx: EntityContext, from: number, to: number): boolean {
  const { v } = ctx;
  for (let k = from; k <= to && k < v.n; k++) {
    if (v.gap[k] === 3 && k > 0) return false;
    if (k < to && itemAt(ctx, k) !== '↵') return false;
  }
  return true;
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

/** {@link itemBit} of the items that stand for a kind of token rather than its text. */
const ABBR_BIT = itemBit('#abbr');
const ADDRESS_BIT = itemBit('ông');
const NUM_BIT = itemBit('#num');

/** Only these items start an aside (see skipAside). */
function startsAside(item: string): boolean {
  return item === 'khóa' || item === 'nhiệm' || item === '(';
}

/** The class bits of the items of a gap, ORed (two-word phrases first, asides skipped). */
function gapBits(items: string[]): number {
  let seen = 0;
  for (let i = 0; i < items.length; ) {
    const item = items[i]!;
    if (startsAside(item)) {
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

/** {@link gapOf} by its class bits: a gap is read, never changed, and there are few distinct ones. */
const GAPS: (Gap | undefined)[] = [];

/** The gap whose items have the class bits `seen`, made once per distinct `seen`. */
function sharedGap(seen: number): Gap {
  return (GAPS[seen] ??= gapOf(seen));
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
  const i = items.length - 1;
  const intro = INTRO.has(items[i] ?? '') || INTRO.has(items[i - 1] ?? '');
  const possessed = items[i] === 'của';
  return { plural: PLURAL.has(items[beforeTitleWords(items)] ?? ''), intro, possessed };
}

/** The index of the last item before the words that may stand between a plural and its title (`các đồng chí`), -1 if none. */
function beforeTitleWords(items: string[]): number {
  let i = items.length - 1;
  while (i >= 0 && ['chức', 'danh', 'vụ', 'đồng', 'chí', 'ông', 'bà'].includes(items[i]!)) i--;
  return i;
}

/** Tokens of the gap before a title that {@link leadInBefore} reads first. */
const LEAD_IN_TOKENS = 8;

/**
 * {@link readLeadIn} of the gap from token `from` to the title at `to`, read
 * from its last few tokens (the items of a later part of a gap are the last
 * items of the whole): the gap before a title is often a long run of words,
 * and the lead-in looks back two items and over the words before the title.
 * When those words fill the part read, the whole gap is.
 */
function leadInBefore(ctx: EntityContext, from: number, to: number): ReturnType<typeof readLeadIn> {
  const near = Math.max(from, to - LEAD_IN_TOKENS);
  const items = gapItems(ctx, near, to);
  return readLeadIn(near === from || beforeTitleWords(items) >= 0 ? items : gapItems(ctx, from, to));
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
  /** the (role, person) pairs of the relations made */
  seen: Pairs;
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

/**
 * The array every {@link Pairs} uses for its first holders (the pass is
 * synchronous, one set at a time): a new typed array per document cost more
 * than the relations of a short one. Grown up to 256k spans (1 MB), kept.
 */
let firstHolders = new Int32Array(1024);

/**
 * A set of (role, person) pairs. A role mostly has one holder: that one is
 * kept in an array by role, the others in a set by {@link pairKey} (a key
 * past the small integers is a heap number, slow to hash and collected).
 */
class Pairs {
  /** the first holder of each role, -1 for none (a view of {@link firstHolders}) */
  private readonly first: Int32Array;
  private readonly more = new Set<number>();

  constructor(roles: number) {
    // past 256k spans, an array of its own (not kept)
    if (roles > 1 << 18) this.first = new Int32Array(roles).fill(-1);
    else {
      if (firstHolders.length < roles) firstHolders = new Int32Array(Math.max(roles, firstHolders.length * 2));
      this.first = firstHolders.subarray(0, roles).fill(-1);
    }
  }

  has(role: number, person: number): boolean {
    return this.first[role] === person || (this.more.size > 0 && this.more.has(pairKey(role, person)));
  }

  /** Adds a pair that is not in the set. */
  add(role: number, person: number): void {
    if (this.first[role] === -1) this.first[role] = person;
    else this.more.add(pairKey(role, person));
  }

  delete(role: number, person: number): void {
    if (this.first[role] === person) this.first[role] = -1;
    else this.more.delete(pairKey(role, person));
  }
}

function relate(st: State, person: number, t: Title): Relation | undefined {
  if (st.seen.has(t.role, person)) return undefined;
  st.seen.add(t.role, person);
  const { role, organization } = t;
  // one shape per kind of relation, fields in their order
  const r: Relation = organization !== undefined ? { person, role, organization } : { person, role };
  st.relations.push(r);
  return r;
}

function endChain(st: State): void {
  st.current = null;
  // an empty list is kept, not made anew for every span that ends a chain: no other holds it
  // (a list of titles becomes `group` only when it has some, and lists grow by copy, save `segment`, which is only the state's)
  if (st.pending.length > 0) st.pending = [];
  st.plural = false;
  if (st.segment.length > 0) st.segment = [];
  if (st.run.length > 0) st.run = [];
}

/** The relations of the last segment go to name k instead (`… Chủ tịch UBND tỉnh A, Phó Chủ tịch UBND tỉnh B`). */
function moveSegment(st: State, k: number): void {
  for (const r of st.segment) {
    st.seen.delete(r.role, r.person);
    r.person = k;
    if (!st.seen.has(r.role, k)) st.seen.add(r.role, k);
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
function readTitle(ctx: EntityContext, spans: Spans, k: number, from: number, st: State, g: Gap): number {
  const lead = leadInBefore(ctx, from, spans.start[k]!);
  st.intro ||= lead.intro;
  const t: Title = { role: k, intro: st.intro, possessed: lead.possessed };
  if (k + 1 < spans.n && spans.type(k + 1) === 'ORG' && onlyLineBreaks(ctx, spans.end[k]!, spans.start[k + 1]!)) t.organization = k + 1;
  onTitle(st, t, g, lead.plural);
  return t.organization ?? k;
}

/**
 * Relations from the entities (`spans` and `entities` are parallel, sorted),
 * sorted by role and then person, and the people they make.
 */
export function buildRelations(ctx: EntityContext, spans: Spans, entities: Entity[]): { people: Person[]; relations: Relation[] } {
  const st: State = { relations: [], seen: new Pairs(spans.n), current: null, pending: [], plural: false, segment: [], group: null, subjects: [], run: [], intro: false };
  const slots = bitSlots(ctx);
  let prevEnd = 0;
  for (let k = 0; k < spans.n; k++) {
    const type = spans.type(k);
    const from = prevEnd;
    const to = spans.start[k]!;
    const g = sharedGap(tokenGapBits(ctx, slots, from, to));
    if (g.brk) st.intro = false;
    if (g.brk || g.far) st.group = null;
    if ((g.brk || g.far || g.semi || g.office) && st.subjects.length > 0) st.subjects = [];
    if (g.brk || g.far || g.semi) endChain(st);
    if (type === 'PER') onPerson(st, k, g);
    else if (type === 'ROLE') k = readTitle(ctx, spans, k, from, st, g);
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
  const byName = new Map<string, Named>();
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
    if (!byName.has(key)) byName.set(key, { person: { name: e, roles: [] }, roles: new Map(), joined: new Set() });
  }
  for (const r of relations) {
    const p = byName.get(keyOf(entities[r.person]!))!;
    const title = entities[r.role]!;
    const organization = r.organization !== undefined ? entities[r.organization]! : undefined;
    if (!newRole(p, keyOf(title), organization ? keyOf(organization) : '')) continue;
    p.person.roles.push(organization ? { title, organization } : { title });
  }
  return [...byName.values()].map((x) => x.person);
}

/** A person of {@link peopleFrom} and the roles it has, by title and organisation. */
interface Named {
  person: Person;
  /** organisations by title, of the roles whose keys hold no `|` */
  roles: Map<string, Set<string>>;
  /** `title|organisation` of the others */
  joined: Set<string>;
}

/**
 * Is the role (lower-cased title, organisation or '') new to the person?
 * Roles are told apart as by the one key `title|organisation`; when neither
 * part holds a `|` that key is the pair, looked up without building the
 * string, and it cannot equal the key of a part that holds one (one `|` against more).
 */
function newRole(p: Named, title: string, organization: string): boolean {
  if (title.includes('|') || organization.includes('|')) {
    const key = `${title}|${organization}`;
    if (p.joined.has(key)) return false;
    p.joined.add(key);
    return true;
  }
  let organizations = p.roles.get(title);
  if (organizations === undefined) p.roles.set(title, (organizations = new Set()));
  if (organizations.has(organization)) return false;
  organizations.add(organization);
  return true;
}

/** People and their roles (see {@link buildRelations}). */
export function buildPeople(ctx: EntityContext, spans: Spans, entities: Entity[]): Person[] {
  return buildRelations(ctx, spans, entities).people;
}
