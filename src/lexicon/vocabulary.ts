/**
 * The grammar's word tables, as the rules use them. Every word comes from
 * `dict/` through the modules `scripts/build-dict.ts` generates; the tables
 * that several rules share a vocabulary for are derived here, once, at module
 * load, so that each word is written in one place:
 *
 * - `dict/grammar.tsv` holds the other word sets, one name a set; a table of
 *   two sets is their union (`DESCRIBED`), so that no word is listed twice
 *   for one rule;
 * - `dict/place-types.tsv` is the one place-type vocabulary: the type words
 *   with the unit levels they name, their Party committees and the flags of
 *   the subsets some rules take (`org-level`, `after-cap`).
 *
 * The rules import their tables from here and hold no word lists of their own.
 */
import { GRAMMAR } from './generated/grammar.js';
import { PLACE_TYPES, type UnitLevel } from './generated/placeTypes.js';

function union(...sets: ReadonlySet<string>[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of sets) for (const w of s) out.add(w);
  return out;
}

/** First words of the phrases of a set that have two words or more (a cheap test before building a pair). */
function firstWords(set: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...set].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));
}

// src/recognize/abbreviations.ts

/** Nouns numbered after them (`khóa XII`): a Roman numeral after them is no abbreviation. */
export const NUMBERING_WORDS = GRAMMAR.numbering;
/** Credit words before an author (`Ảnh: C.L`, `(ảnh KV)`): the initials after them are no abbreviation. */
export const CREDIT_WORDS = GRAMMAR.credit;

// src/recognize/people.ts

/** Forms of address before a name (GUIDELINES layer 1, rule 1). */
export const ADDRESS = GRAMMAR.address;
/** The words a credit or byline line may hold besides names: the credit words and `Nguồn`. */
export const CREDIT = union(GRAMMAR.credit, GRAMMAR['credit-line']);
/** The ten stems and twelve branches of the lunar calendar: `Giáp Ngọ` is a year, not a person. */
export const STEMS = GRAMMAR['lunar-stem'];
export const BRANCHES = GRAMMAR['lunar-branch'];

// src/recognize/places.ts

/** Words before a type word that several places share (`2 xã A và B`). */
export const PLURAL = GRAMMAR.plural;
/** Type words of regions and rivers: a one-syllable name after them is a name (`sông Hậu`). */
export const REGION_TYPES = GRAMMAR['region-type'];

// src/recognize/roles.ts

/** Type nouns a title may end in, which then start the organisation. */
export const SPLIT_NOUNS = GRAMMAR['split-noun'];
/** Titles that take their body's field right after them (`Bộ trưởng Giao thông vận tải`). */
export const FIELD_TITLES = GRAMMAR['field-title'];
/** First words of the titles of FIELD_TITLES (a cheap test before building the pair). */
export const FIELD_TITLE_FIRST = firstWords(FIELD_TITLES);
/** Elected bodies: `đại biểu` is a role only before one. */
export const ELECTED: readonly string[] = [...GRAMMAR.elected];

// src/resolve/definitions.ts

/** Linking words a long form may skip when it spells its abbreviation (`và`, `của`). */
export const LINKING = GRAMMAR.linking;

// src/resolve/relations.ts

/** The words a gap between two spans is read with, by class (punctuation stays in the rule). */
export const RELATION_WORDS = {
  sep: GRAMMAR['relation-separator'],
  skip: GRAMMAR['relation-skip'],
  and: GRAMMAR['relation-and'],
  group: GRAMMAR['relation-group'],
  office: GRAMMAR['relation-office'],
  verb: GRAMMAR['relation-verb'],
  core: GRAMMAR['relation-core'],
} as const;
/** Words right before a title that make it said of several (`các`, `hai Phó Chủ tịch`). */
export const HOLDER_PLURAL = GRAMMAR['relation-plural'];
/** Words before a title that introduce an office being given or taken (`chức danh`, `miễn nhiệm`). */
export const OFFICE_INTRO = GRAMMAR['relation-intro'];

// src/resolve/places.ts and src/recognize/organizations.ts: the place-type vocabulary

/** What a unit type word or a committee says about the unit it names: its levels and unit types. */
export interface PlaceKind {
  levels: UnitLevel[];
  types: string[];
}

/**
 * Unit type words and committees -> the unit they name (src/resolve/places.ts):
 * `huyện` and `huyện ủy` name a district of type huyện; `thành phố` and
 * `thành ủy` a province or a district of type thành phố. From the rows of
 * `dict/place-types.tsv` with units.
 */
export const KIND_ROWS: Readonly<Record<string, PlaceKind>> = kindRows();

function kindRows(): Record<string, PlaceKind> {
  const rows: Record<string, PlaceKind> = {};
  for (const [type, , units, committee] of PLACE_TYPES) {
    if (units.length === 0) continue;
    rows[type] = { levels: [...units], types: [type] };
    if (committee) rows[committee] = { levels: [...units], types: [type] };
  }
  return rows;
}

/**
 * Level words and committees that name one level of unit, for an organisation
 * named by its level alone (`HĐND huyện`, `Huyện ủy` -> district;
 * src/resolve/places.ts). From the rows flagged `org-level`, whose units are
 * their own level only (the build checks it).
 */
export const LEVEL_ROWS: Readonly<Record<string, UnitLevel>> = levelRows();

function levelRows(): Record<string, UnitLevel> {
  const rows: Record<string, UnitLevel> = {};
  for (const [type, , units, committee, flags] of PLACE_TYPES) {
    const unit = units[0];
    if (!flags.includes('org-level') || unit === undefined) continue;
    rows[type] = unit;
    if (committee) rows[committee] = unit;
  }
  return rows;
}

/** Party committees named by their level: an ORG even in lower case (`huyện ủy`; src/recognize/organizations.ts). */
export const COMMITTEES: ReadonlySet<string> = new Set(PLACE_TYPES.map((r) => r[3]).filter((c) => c !== ''));

// src/recognize/organizations.ts

/** Bodies at the top of their tree: they take a level and a place, not a parent body. */
export const TOP = union(COMMITTEES, GRAMMAR['top-body']);
/** First words of multi-word bodies that may be written in lower case (`ban thường vụ`, `văn phòng HĐND`). */
export const LOWER_OK = GRAMMAR['lower-body-start'];
/** Type nouns of institutions, whose names are often people's (Trường THCS Nguyễn Du). */
export const INSTITUTIONS = GRAMMAR.institution;
/** Type nouns that take a descriptive name in lower case after one capitalised word. */
export const DESCRIBED = union(GRAMMAR['described-capital'], GRAMMAR['described-lower']);
/** Of those, the ones whose name starts in lower case (Ban Quản lý dự án, Hội đồng thẩm định). */
export const DESCRIBED_LOWER = GRAMMAR['described-lower'];
/** Type nouns whose long descriptive name a scope ends (`Hợp tác xã … tôm Bạc Liêu`). */
export const DESCRIBED_SCOPED = GRAMMAR['described-scoped'];
/** Function words that end a long descriptive name. */
export const NAME_STOP = GRAMMAR['name-stop'];
/**
 * Words that end a descriptive name because the predicate starts there:
 * auxiliaries, prepositions, conjunctions and the verbs of the genre's news.
 */
export const PREDICATE = GRAMMAR.predicate;
/** Words that make `Đoàn` a common noun (`Đoàn kết`, `đoàn viên`). */
export const NOT_YOUTH = GRAMMAR['not-youth'];
/** Bodies of a congress or an event, and the events they take after them (`Đoàn Chủ tịch Đại hội`). */
export const EVENT_BODIES = GRAMMAR['event-body'];
export const EVENTS = GRAMMAR.event;
/** Words of time that open a dated lead after the publisher's credit. */
export const LEAD_TIME = GRAMMAR['lead-time'];
/** Numerals after `Thứ` naming a day of the week. */
export const WEEKDAY = GRAMMAR.weekday;
/** Abbreviations a capitals token one letter off is taken to misspell (`UNND`). */
export const MISSPELLED_TARGETS = GRAMMAR['misspelled-target'];
/** The letter rows of the keyboard, for typos of a neighbouring key. */
export const KEY_ROWS: readonly string[] = [...GRAMMAR['keyboard-row']];
/** Type nouns that name a body again alone once it was given in full, and words that make another word of them. */
export const SHORT_FORMS = GRAMMAR['short-form'];
export const SHORT_FORM_FIRST = firstWords(SHORT_FORMS);
export const NOT_SHORT_FORM = GRAMMAR['not-short-form'];
/** Level words that take the rest of a body's scope (`cấp xã`). */
export const LEVEL_LEAD = GRAMMAR['level-lead'];
/** What may follow `cấp`: the place types flagged `after-cap`, and the levels that are no place (`cơ sở`, `trung ương`). */
export const LEVEL_AFTER_CAP = union(new Set(PLACE_TYPES.filter((r) => r[4].includes('after-cap')).map((r) => r[0])), GRAMMAR.level);
/** Words before a lower-case body that make it generic (`các đảng bộ`). */
export const GENERIC = GRAMMAR.generic;
