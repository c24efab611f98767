/**
 * Validation of the public API's arguments: texts, options and the
 * configuration of `createAnnotator`. Every error is a `TypeError` whose
 * message starts with `vn-admin-ner:` and shows the bad value.
 */
import { ABBREVIATION_CATEGORIES } from './lexicon/categories.js';
import { describe } from './normalize/index.js';
import type { AnnotatorConfig, CustomAbbreviation } from './types.js';

export const ANNOTATE_OPTIONS = ['abbreviations', 'entities', 'date', 'explain'] as const;
export const EXPAND_OPTIONS = ['capitalizeSentenceStart'] as const;
const CONFIG_KEYS = ['dictionary', 'replaceDefaults'] as const;
const DICTIONARY_KEYS = ['abbreviations', 'roles', 'organizations', 'people', 'places'] as const;

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

function checkStringList(field: string, v: unknown): string[] {
  if (!Array.isArray(v)) fail(`dictionary.${field} must be an array of strings, got ${describe(v)}`);
  v.forEach((s, k) => {
    if (typeof s !== 'string' || s.trim() === '') fail(`dictionary.${field}[${k}] must be a non-empty string, got ${describe(s)}`);
  });
  return v as string[];
}

function checkAbbreviations(v: unknown): CustomAbbreviation[] {
  if (!Array.isArray(v)) fail(`dictionary.abbreviations must be an array of { abbr, expansion, category? }, got ${describe(v)}`);
  return v.map((entry, k) => {
    const where = `dictionary.abbreviations[${k}]`;
    if (!isPlainObject(entry)) fail(`${where} must be an object { abbr, expansion, category? }, got ${describe(entry)}`);
    for (const key of Object.keys(entry)) {
      if (key !== 'abbr' && key !== 'expansion' && key !== 'category') fail(`${where} has an unknown field ${JSON.stringify(key)}`);
    }
    const { abbr, expansion, category } = entry;
    if (typeof abbr !== 'string' || abbr.trim() === '') fail(`${where}.abbr must be a non-empty string, got ${describe(abbr)}`);
    if (/\s/u.test(abbr.trim()) && !/^[^\s]+(\s*[-–&]\s*[^\s]+)+$/u.test(abbr.trim())) {
      fail(`${where}.abbr must be one abbreviation without spaces, got ${describe(abbr)}`);
    }
    if (typeof expansion !== 'string' || expansion.trim() === '') fail(`${where}.expansion must be a non-empty string, got ${describe(expansion)}`);
    if (category !== undefined && !(ABBREVIATION_CATEGORIES as readonly unknown[]).includes(category)) {
      fail(`${where}.category must be one of ${ABBREVIATION_CATEGORIES.join(', ')}, got ${describe(category)}`);
    }
    return { abbr: abbr.trim(), expansion: expansion.trim(), ...(category !== undefined ? { category } : {}) } as CustomAbbreviation;
  });
}

export function checkDate(fn: string, v: unknown): Date | undefined {
  if (v === undefined) return undefined;
  const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : undefined;
  if (!d || Number.isNaN(d.getTime())) fail(`${fn}() option date must be a Date or an ISO date string, got ${describe(v)}`);
  return d;
}

/** A checked configuration: the config object, its dictionary, and the custom abbreviations. */
export interface CheckedConfig {
  cfg: Record<string, unknown>;
  d: Record<string, unknown>;
  custom: CustomAbbreviation[];
}

/** Check the configuration of `createAnnotator`. */
export function checkConfig(config: AnnotatorConfig | undefined): CheckedConfig {
  if (config !== undefined && !isPlainObject(config)) fail(`createAnnotator() config must be an object, got ${describe(config)}`);
  const cfg = (config ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(cfg)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) fail(`createAnnotator() got an unknown config key ${JSON.stringify(key)} (known: ${CONFIG_KEYS.join(', ')})`);
  }
  if (cfg.replaceDefaults !== undefined && typeof cfg.replaceDefaults !== 'boolean') {
    fail(`createAnnotator() replaceDefaults must be a boolean, got ${describe(cfg.replaceDefaults)}`);
  }
  const dict = cfg.dictionary;
  if (dict !== undefined && !isPlainObject(dict)) fail(`createAnnotator() dictionary must be an object, got ${describe(dict)}`);
  const d = (dict ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(d)) {
    if (!(DICTIONARY_KEYS as readonly string[]).includes(key)) fail(`dictionary has an unknown key ${JSON.stringify(key)} (known: ${DICTIONARY_KEYS.join(', ')})`);
  }
  const custom = d.abbreviations === undefined ? [] : checkAbbreviations(d.abbreviations);
  for (const field of ['roles', 'organizations', 'people', 'places'] as const) {
    if (d[field] !== undefined) checkStringList(field, d[field]);
  }

  return { cfg, d, custom };
}
