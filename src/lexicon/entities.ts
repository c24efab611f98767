/**
 * The entity lexicons, compiled once per annotator from the generated
 * dictionary modules (and the caller's custom entries).
 */
import { nameSyllables } from './generated/nameSyllables.js';
import { organizations } from './generated/organizations.js';
import { PLACE_TYPES } from './generated/placeTypes.js';
import { places } from './generated/places.js';
import { roles } from './generated/roles.js';
import { surnames } from './generated/surnames.js';
import { people } from './generated/people.js';
import { countries } from './generated/countries.js';
import { fold } from '../normalize/index.js';
import { createTrie, phraseSyllables, trieInsert, type TrieNode } from './trie.js';

export type RoleKind = 'title' | 'delegate' | 'prefix' | 'qualifier';
export type OrgKind = 'body' | 'head' | 'party' | 'centre' | 'youth' | 'field' | 'programme' | 'custom';
export type PlaceLevel = 'province' | 'district' | 'commune' | 'village' | 'zone';

/** A place of the gazetteer. */
export interface PlaceEntry {
  name: string;
  type: string;
  level: 'province' | 'district' | 'commune';
  code: string;
  parent: string;
  era: 'pre-2025' | 'post-2025' | 'both';
}

export interface EntityLexicon {
  roles: TrieNode<RoleKind>;
  orgs: TrieNode<OrgKind>;
  fields: TrieNode<true>;
  /** national programmes that name a steering committee (Ban Chỉ đạo Chương trình …) */
  programmes: TrieNode<true>;
  placeTypes: TrieNode<PlaceLevel>;
  /** folded place name -> gazetteer entries */
  places: Map<string, PlaceEntry[]>;
  /** folded place name syllables for bare-name matching */
  placeNames: TrieNode<true>;
  surnames: Set<string>;
  nameSyllables: Set<string>;
  /** custom people names (folded syllables) */
  people: TrieNode<true>;
}

export interface CustomEntityEntries {
  roles?: string[];
  organizations?: string[];
  people?: string[];
  places?: string[];
}

/** A caller's phrase: normalised like the input. */
const phrase = (s: string): string[] => phraseSyllables(fold(s));
/** A phrase of dict/, canonical already (the build checks it): lower case is its fold. */
const dictPhrase = (s: string): string[] => phraseSyllables(s.toLowerCase());

/**
 * The entity lexicons of an annotator: the dictionary's (with
 * `replaceDefaults`, its grammar words and name shapes only), then the
 * caller's entries.
 */
export function buildEntityLexicon(custom: CustomEntityEntries = {}, replaceDefaults = false): EntityLexicon {
  const lex: EntityLexicon = {
    roles: createTrie(),
    orgs: createTrie(),
    fields: createTrie(),
    programmes: createTrie(),
    placeTypes: createTrie(),
    places: new Map(),
    placeNames: createTrie(),
    surnames: new Set(),
    nameSyllables: new Set(),
    people: createTrie(),
  };
  // Grammar words (prefixes, qualifiers, org heads, fields, place types) stay
  // even with replaceDefaults: they are the language, not the vocabulary.
  addRolesAndBodies(lex, replaceDefaults);
  for (const [type, level] of PLACE_TYPES) trieInsert(lex.placeTypes, dictPhrase(type), level as PlaceLevel);
  if (!replaceDefaults) addPlacesAndPeople(lex);
  // surnames and name syllables are the shape of Vietnamese names: kept too
  for (const s of surnames()) lex.surnames.add(s.toLowerCase());
  for (const s of nameSyllables()) lex.nameSyllables.add(s.toLowerCase());
  addCustom(lex, custom);
  return lex;
}

/**
 * The dictionary's titles (`Chủ tịch`) and bodies (`Ủy ban nhân dân`), fields
 * (`Y tế`) and programmes; with replaceDefaults only prefixes (`Phó`),
 * qualifiers (`Thường trực`), type nouns (`Sở`), fields and programmes.
 */
function addRolesAndBodies(lex: EntityLexicon, replaceDefaults: boolean): void {
  for (const [role, kind] of roles()) {
    if (!replaceDefaults || kind === 'prefix' || kind === 'qualifier') trieInsert(lex.roles, dictPhrase(role), kind as RoleKind);
  }
  for (const [name, kind] of organizations()) {
    if (kind === 'field') trieInsert(lex.fields, dictPhrase(name), true);
    else if (kind === 'programme') trieInsert(lex.programmes, dictPhrase(name), true);
    else if (!replaceDefaults || kind === 'head') trieInsert(lex.orgs, dictPhrase(name), kind as OrgKind);
  }
}

/** The gazetteer's places by name (`Mỹ Lộc`), countries (`Lào`) and well-known people (`Hồ Chí Minh`). */
function addPlacesAndPeople(lex: EntityLexicon): void {
  for (const [name, type, level, code, parent, era] of places()) {
    const key = name.toLowerCase();
    const entry = { name, type, level, code, parent, era } as PlaceEntry;
    const list = lex.places.get(key);
    if (list) list.push(entry);
    else lex.places.set(key, [entry]);
    if (!/^[0-9]/u.test(name)) trieInsert(lex.placeNames, dictPhrase(name), true);
  }
  for (const c of countries()) trieInsert(lex.placeNames, dictPhrase(c), true);
  for (const p of people()) trieInsert(lex.people, dictPhrase(p), true);
}

/** The caller's roles, organisations, places and people, normalised like the input. */
function addCustom(lex: EntityLexicon, custom: CustomEntityEntries): void {
  for (const r of custom.roles ?? []) trieInsert(lex.roles, phrase(r), 'title', true);
  for (const o of custom.organizations ?? []) trieInsert(lex.orgs, phrase(o), 'custom', true);
  for (const p of custom.places ?? []) trieInsert(lex.placeNames, phrase(p), true, true);
  for (const p of custom.people ?? []) trieInsert(lex.people, phrase(p), true, true);
}
