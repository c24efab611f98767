/**
 * Validation of the public API's arguments: texts, options and the
 * configuration of `createAnnotator`. Every error is a `TypeError` whose
 * message starts with `vn-admin-ner:` and shows the bad value.
 */
import { ABBREVIATION_CATEGORIES } from './lexicon/categories.js';
import { describe, normalize } from './normalize/index.js';
import { tokenize, type Token } from './tokenize.js';
import type { AnnotatorConfig, CustomAbbreviation } from './types.js';
import { lazyRegExp } from './regexp.js';

export const ANNOTATE_OPTIONS = ['abbreviations', 'entities', 'date', 'explain'] as const;
export const EXPAND_OPTIONS = ['capitalizeSentenceStart'] as const;
const CONFIG_KEYS = ['dictionary', 'replaceDefaults'] as const;
const DICTIONARY_KEYS = ['abbreviations', 'roles', 'organizations', 'people', 'places'] as const;
const NAME_LISTS = ['roles', 'organizations', 'people', 'places'] as const;
/** The recognizer never looks up a word longer than this (see `recognize/abbreviations.ts`). */
const MAX_WORD = 12;
const HAS_LETTER = lazyRegExp('\\p{L}');
const HAS_LETTER_OR_DIGIT = lazyRegExp('[\\p{L}\\p{N}]');
const LETTERS = lazyRegExp('[\\p{L}\\p{M}]+', 'gu');
/**
 * Roman numerals, as `recognize/abbreviations.ts` skips them: always when one
 * letter long, and when not in the lexicon as written (so never in a dotted
 * form: `XX.` is looked up as `XX`).
 */
const ROMAN_RE = /^(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;

export function fail(message: string): never {
  throw new TypeError(`vn-admin-ner: ${message}`);
}

export function checkText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') fail(`${fn}() expects a string as its first argument, got ${describe(text)}`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function checkOptions(fn: string, options: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isPlainObject(options)) fail(`${fn}() options must be an object, got ${describe(options)}`);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      fail(`${fn}() got an unknown option ${JSON.stringify(key)} (known options: ${allowed.join(', ')})`);
    }
    const v = options[key];
    if (key === 'date') continue;
    if (v !== undefined && typeof v !== 'boolean') fail(`${fn}() option ${key} must be a boolean, got ${describe(v)}`);
  }
  return options;
}

/**
 * Read an array element by element: a hole (`['a', , 'b']`) is an error
 * naming its index, not an `undefined` that fails later somewhere else.
 */
function checkArray<T>(where: string, v: unknown, shape: string, item: (x: unknown, where: string) => T): T[] {
  if (!Array.isArray(v)) fail(`${where} must be an array of ${shape}, got ${describe(v)}`);
  const out: T[] = [];
  for (let k = 0; k < v.length; k++) {
    if (!(k in v)) fail(`${where}[${k}] is missing (a hole in the array)`);
    out.push(item(v[k], `${where}[${k}]`));
  }
  return out;
}

/** A string with a letter in it: white space and invisible characters alone never match anything. */
function checkName(v: unknown, where: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(`${where} must be a non-empty string, got ${describe(v)}`);
  if (!HAS_LETTER().test(v)) fail(`${where} must have a letter (invisible characters and punctuation alone never match), got ${describe(v)}`);
  return v;
}

/** How the tokenizer reads a text, for error messages: `PC | 03`. */
function tokenList(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join(' | ');
}

/** Longest run of letters (the tokenizer's words) in a normalised text. */
function longestWord(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(LETTERS())) longest = Math.max(longest, m[0].length);
  return longest;
}

/**
 * Why a custom abbreviation could never match, or undefined when it can. The
 * recognizer looks up one token of the tokenizer at a time: an `abbr` token,
 * a word of at most 12 characters, or either of them with a `.` right after
 * (`TP.`). Anything the tokenizer cuts in pieces is never looked up.
 */
function abbrProblem(abbr: string): string | undefined {
  const text = normalize(abbr).text;
  if (!HAS_LETTER().test(text)) return 'it has no letter';
  const tokens = tokenize(text);
  if (/[0-9]/u.test(text) && tokens.length > 1) {
    return `it has a digit, and the tokenizer always cuts digits from letters (it reads ${tokenList(tokens)}); abbreviations with digits are not supported`;
  }
  if (longestWord(text) > MAX_WORD) return `it has a word longer than ${MAX_WORD} letters, and such words are never looked up`;
  const [first, dot] = tokens;
  const dotted = tokens.length === 2 && dot!.kind === 'punct' && dot!.text === '.' && dot!.gap === 0;
  if (tokens.length > 2 || (tokens.length === 2 && !dotted)) {
    return `the tokenizer reads it as ${tokens.length} tokens (${tokenList(tokens)}), and an abbreviation must be one (letters; parts joined by - or &; đ/c; T.Ư; TP.)`;
  }
  if (first!.kind === 'code') return 'it is a document code, and codes are never expanded';
  if (first!.kind !== 'word' && first!.kind !== 'abbr') return `the tokenizer reads it as ${first!.kind} ${JSON.stringify(first!.text)}, not a word`;
  if (ROMAN_RE.test(first!.text) && (first!.text.length === 1 || dotted)) return `${first!.text} is read as a Roman numeral`;
  return undefined;
}

const ABBREVIATION_SHAPE = '{ abbr, expansion, category? }';

function checkAbbreviation(entry: unknown, where: string): CustomAbbreviation {
  if (!isPlainObject(entry)) fail(`${where} must be an object ${ABBREVIATION_SHAPE}, got ${describe(entry)}`);
  for (const key of Object.keys(entry)) {
    if (key !== 'abbr' && key !== 'expansion' && key !== 'category') fail(`${where} has an unknown field ${JSON.stringify(key)}`);
  }
  const { abbr, expansion, category } = entry;
  if (typeof abbr !== 'string' || abbr.trim() === '') fail(`${where}.abbr must be a non-empty string, got ${describe(abbr)}`);
  const problem = abbrProblem(abbr.trim());
  if (problem) fail(`${where}.abbr ${describe(abbr)} can never match: ${problem}`);
  if (typeof expansion !== 'string' || expansion.trim() === '') fail(`${where}.expansion must be a non-empty string, got ${describe(expansion)}`);
  if (!HAS_LETTER_OR_DIGIT().test(expansion)) fail(`${where}.expansion must have a letter or a digit (invisible characters and punctuation alone are not a full form), got ${describe(expansion)}`);
  if (category !== undefined && !(ABBREVIATION_CATEGORIES as readonly unknown[]).includes(category)) {
    fail(`${where}.category must be one of ${ABBREVIATION_CATEGORIES.join(', ')}, got ${describe(category)}`);
  }
  return { abbr: abbr.trim(), expansion: expansion.trim(), ...(category !== undefined ? { category } : {}) } as CustomAbbreviation;
}

export function checkDate(fn: string, v: unknown): Date | undefined {
  if (v === undefined) return undefined;
  const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : undefined;
  if (!d || Number.isNaN(d.getTime())) fail(`${fn}() option date must be a Date or an ISO date string, got ${describe(v)}`);
  return d;
}

/** The custom name lists of a dictionary, copied. */
export type CheckedNames = { readonly [K in (typeof NAME_LISTS)[number]]?: readonly string[] };

/**
 * A checked configuration, copied when `createAnnotator` is called: changing
 * the caller's objects afterwards changes nothing. Every field of the caller's
 * config is read once.
 */
export interface CheckedConfig {
  cfg: { readonly replaceDefaults: boolean };
  /** The custom roles, organisations, people and places. */
  d: CheckedNames;
  /** The custom abbreviations, trimmed. */
  custom: readonly CustomAbbreviation[];
}

function checkDictionary(dict: unknown): { d: CheckedNames; custom: readonly CustomAbbreviation[] } {
  if (dict !== undefined && !isPlainObject(dict)) fail(`createAnnotator() dictionary must be an object, got ${describe(dict)}`);
  const given = (dict ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(DICTIONARY_KEYS as readonly string[]).includes(key)) fail(`dictionary has an unknown key ${JSON.stringify(key)} (known: ${DICTIONARY_KEYS.join(', ')})`);
  }
  const abbreviations = given.abbreviations;
  const custom = abbreviations === undefined ? [] : checkArray('dictionary.abbreviations', abbreviations, ABBREVIATION_SHAPE, checkAbbreviation);
  const d: { -readonly [K in keyof CheckedNames]: CheckedNames[K] } = {};
  for (const field of NAME_LISTS) {
    const list = given[field];
    if (list !== undefined) d[field] = Object.freeze(checkArray(`dictionary.${field}`, list, 'strings', checkName));
  }
  return { d: Object.freeze(d), custom: Object.freeze(custom.map((c) => Object.freeze(c))) };
}

/** Check the configuration of `createAnnotator` and copy it. */
export function checkConfig(config: AnnotatorConfig | undefined): CheckedConfig {
  if (config !== undefined && !isPlainObject(config)) fail(`createAnnotator() config must be an object, got ${describe(config)}`);
  const cfg = (config ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(cfg)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) fail(`createAnnotator() got an unknown config key ${JSON.stringify(key)} (known: ${CONFIG_KEYS.join(', ')})`);
  }
  const replaceDefaults = cfg.replaceDefaults;
  if (replaceDefaults !== undefined && typeof replaceDefaults !== 'boolean') {
    fail(`createAnnotator() replaceDefaults must be a boolean, got ${describe(replaceDefaults)}`);
  }
  const { d, custom } = checkDictionary(cfg.dictionary);
  return { cfg: Object.freeze({ replaceDefaults: replaceDefaults === true }), d, custom };
}
