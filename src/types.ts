import type { AbbreviationCategory } from './lexicon/categories.js';

export type { AbbreviationCategory };

/** Entity types of the annotation guidelines. */
export type EntityType = 'PER' | 'ROLE' | 'ORG' | 'LOC';

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
}

/** Options of {@link annotate}. */
export interface AnnotateOptions {
  /** Find abbreviations (default true). */
  abbreviations?: boolean;
  /** Find entities and people (default true). */
  entities?: boolean;
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
