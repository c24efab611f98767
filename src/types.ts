import type { AbbreviationCategory } from './lexicon/categories.js';

export type { AbbreviationCategory };

/** Entity types of the annotation guidelines. */
export type EntityType = 'PER' | 'ROLE' | 'ORG' | 'LOC';

/** An official administrative unit (gazetteer entry) a place or body refers to. */
export interface PlaceRef {
  /** the unit's name without its type word: `Mỹ Lộc` */
  name: string;
  /** its type word: `huyện`, `phường`, `tỉnh`, `thành phố` … */
  type: string;
  level: 'province' | 'district' | 'commune';
  /** the official code (General Statistics Office): `358`, `13708`, `37` */
  code: string;
  /** the province's name, for a district or commune */
  province?: string;
  /** the province's code, for a district or commune */
  provinceCode?: string;
  /** the era the unit belongs to: before or after the 1 July 2025 reform, or both */
  era: 'pre-2025' | 'post-2025' | 'both';
}

/**
 * A named entity. `start`/`end` are UTF-16 offsets into the caller's string
 * (`input.slice(start, end) === text`), `end` exclusive.
 */
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
  /** The span exactly as in the input. */
  text: string;
  /** NFC, one tone placement, white space collapsed, abbreviations expanded. */
  normalized: string;
  /** LOC, and ORG whose name holds a place: the unit it refers to, when it can be told. */
  place?: PlaceRef;
  /** When the place name is ambiguous (dozens of `xã Tân Hòa`): the units it may be, and no `place`. */
  candidates?: PlaceRef[];
  /** ORG named by its level only (`HĐND huyện`): its full name with the document's place (`Hội đồng nhân dân huyện Mỹ Lộc`). */
  resolved?: string;
  /**
   * With `annotate(text, { explain: true })`: the id of the rule that found
   * it (`role.title`, `org.body`, `org.after-title`, `org.dateline`, `org.short-form`,
   * `loc.typed`, `loc.shared-type`, `loc.listed`, `loc.known-name`,
   * `loc.abbreviation`, `per.addressed`, `per.initial`, `per.signature`,
   * `per.short-form`, `per.minority`, `per.before-role`, `per.name-shape`, `per.credit`).
   */
  rule?: string;
}

/** An abbreviation found in the text, with its full form. */
export interface Abbreviation {
  start: number;
  end: number;
  /** The abbreviation exactly as in the input (`HĐND`, `QP- AN`, `đ/c`). */
  text: string;
  /** The full form chosen for this occurrence (`Hội đồng nhân dân`). */
  expansion: string;
  /** Present when the context could not decide: every known sense, the chosen one first. */
  candidates?: string[];
  /** The dictionary category of the chosen sense; absent for in-text definitions not in the dictionary. */
  category?: AbbreviationCategory;
  /** Where the expansion came from: the dictionary, or a definition in this text (`Hội đồng nhân dân (HĐND)`). */
  source: 'dictionary' | 'definition';
  /**
   * With `annotate(text, { explain: true })`: the id of the rule that found
   * it (`abbr.dictionary`, `abbr.dictionary-dotted`, `abbr.definition`,
   * `abbr.compound-joined`, `abbr.compound-part`, `abbr.signature`,
   * `abbr.dotted-title`, `abbr.misspelled`).
   */
  rule?: string;
}

/** A role a person holds, with the organisation it belongs to when the text names one. */
export interface PersonRole {
  title: Entity;
  organization?: Entity;
}

/** A person with the roles the text gives them. */
export interface Person {
  name: Entity;
  roles: PersonRole[];
}

/**
 * One attribution of an office: the text gives the person of one `PER`
 * mention the role of one `ROLE` mention (GUIDELINES layer 3). Fields are
 * indexes into {@link Annotation.entities}.
 *
 * @example
 * ```ts
 * const a = annotate('Giám đốc Sở Y tế Nguyễn Văn An phát biểu.');
 * // a.entities: [ROLE Giám đốc] [ORG Sở Y tế] [PER Nguyễn Văn An]
 * // a.relations: [{ person: 2, role: 0, organization: 1 }]
 * ```
 */
export interface Relation {
  /** index of the `PER` entity the role is said of */
  person: number;
  /** index of the `ROLE` entity */
  role: number;
  /** index of the `ORG` entity the role belongs to; absent when the title stands alone or has its body welded in */
  organization?: number;
}

/** The result of {@link annotate}. */
export interface Annotation {
  /** The input, unchanged. */
  text: string;
  /** Flat, sorted, non-overlapping entities. */
  entities: Entity[];
  /** Abbreviations, sorted by position. */
  abbreviations: Abbreviation[];
  /** People and their roles. */
  people: Person[];
  /**
   * Who holds which office, one entry per role mention and person it is said
   * of, in text order (of the role, then the person). `people` is derived
   * from these. Absent when entities were not asked for.
   */
  relations?: Relation[];
}

/** Options of {@link annotate}. */
export interface AnnotateOptions {
  /** Find abbreviations (default true). */
  abbreviations?: boolean;
  /** Find entities and people (default true). */
  entities?: boolean;
  /**
   * The document's date (a `Date` or an ISO date string): places are linked to
   * the units of its era (before or after the 1 July 2025 reform).
   */
  date?: Date | string;
  /**
   * Add `rule` to every entity and abbreviation: the id of the rule that
   * found it, for measuring rules one by one (default false; the output is
   * otherwise the same).
   */
  explain?: boolean;
}

/** Options of {@link expand}. */
export interface ExpandOptions {
  /**
   * Capitalise a lower-case expansion at the start of a sentence
   * (`NTM là…` -> `Nông thôn mới là…`). Default true.
   */
  capitalizeSentenceStart?: boolean;
}

/** A custom abbreviation for {@link createAnnotator}. */
export interface CustomAbbreviation {
  abbr: string;
  expansion: string;
  category?: AbbreviationCategory;
}

/** Configuration of {@link createAnnotator}. */
export interface AnnotatorConfig {
  dictionary?: {
    abbreviations?: CustomAbbreviation[];
    roles?: string[];
    organizations?: string[];
    people?: string[];
    places?: string[];
  };
  /** Use only the given dictionary entries instead of adding them to the built-in ones. */
  replaceDefaults?: boolean;
}
