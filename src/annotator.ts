import { ABBREVIATIONS } from './lexicon/generated/abbreviations.js';
import { addAbbreviations, type AbbrLexicon } from './lexicon/abbreviations.js';
import { ABBREVIATION_CATEGORIES } from './lexicon/categories.js';
import { describe, normalize } from './normalize/index.js';
import { recognizeAbbreviations } from './recognize/abbreviations.js';
import { findDefinitions } from './resolve/definitions.js';
import { tokenize } from './tokenize.js';
import { buildEntityLexicon } from './lexicon/entities.js';
import { buildTokens, type EntityContext } from './recognize/context.js';
import { recognizeEntities } from './recognize/entities.js';
import { buildPeople } from './resolve/relations.js';
import { linkPlaces } from './resolve/places.js';
import { buildGazetteer, type Gazetteer } from './lexicon/gazetteer.js';
import type {
  Abbreviation,
  AnnotateOptions,
  Annotation,
  AnnotatorConfig,
  CustomAbbreviation,
  Entity,
  ExpandOptions,
} from './types.js';

/** An annotator with its own dictionaries (see {@link createAnnotator}). */
export interface Annotator {
  annotate(text: string, options?: AnnotateOptions): Annotation;
  expand(text: string, options?: ExpandOptions): string;
}

const ANNOTATE_OPTIONS = ['abbreviations', 'entities', 'date'] as const;
const EXPAND_OPTIONS = ['capitalizeSentenceStart'] as const;
const CONFIG_KEYS = ['dictionary', 'replaceDefaults'] as const;
const DICTIONARY_KEYS = ['abbreviations', 'roles', 'organizations', 'people', 'places'] as const;

function fail(message: string): never {
  throw new TypeError(`vn-admin-ner: ${message}`);
}

function checkText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') fail(`${fn}() expects a string as its first argument, got ${describe(text)}`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkOptions(fn: string, options: unknown, allowed: readonly string[]): Record<string, unknown> {
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

/**
 * The normalised form of an entity: canonical text, abbreviations expanded,
 * white space collapsed (`HĐND huyện` -> `Hội đồng nhân dân huyện`).
 */
function normalizedForm(ctx: EntityContext, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k]!;
    if (k > from && t.gap > 0) out += ' ';
    if (t.abbr.length === 0) {
      out += t.text;
      continue;
    }
    let at = t.start;
    for (const a of t.abbr) {
      out += ctx.text.slice(at, a.start) + a.expansion;
      at = a.end;
    }
    out += ctx.text.slice(at, t.end);
  }
  return out.replace(/\s+/gu, ' ').trim();
}

function checkDate(fn: string, v: unknown): Date | undefined {
  if (v === undefined) return undefined;
  const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : undefined;
  if (!d || Number.isNaN(d.getTime())) fail(`${fn}() option date must be a Date or an ISO date string, got ${describe(v)}`);
  return d;
}

/** Keys of already-normalised token text: white space removed. */
function tokenKey(surface: string): string {
  return /\s/u.test(surface) ? surface.replace(/\s+/gu, '') : surface;
}

/**
 * Does position `pos` start a sentence: only white space and opening quotes
 * before it back to the text start, a sentence-final mark or a blank line?
 */
function atSentenceStart(text: string, pos: number): boolean {
  let newlines = 0;
  for (let k = pos - 1; k >= 0; k--) {
    const ch = text[k]!;
    if (ch === '\n') {
      if (++newlines >= 2) return true;
      continue;
    }
    if (/\s/u.test(ch) || ch === '"' || ch === '“' || ch === '‘' || ch === '(' || ch === '-' || ch === '+' || ch === '•' || ch === '*') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '…' || ch === ':';
  }
  return true;
}

/**
 * The annotator factory behind both entry points: `communes` is the compact
 * commune gazetteer, or undefined (provinces and districts only).
 * @internal
 */
export function createAnnotatorWith(config: AnnotatorConfig | undefined, communes: (() => string) | undefined): Annotator {
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

  const lexicon: AbbrLexicon = new Map();
  if (cfg.replaceDefaults !== true) addAbbreviations(lexicon, ABBREVIATIONS);
  addAbbreviations(
    lexicon,
    custom.map((c) => [c.abbr, c.expansion, c.category, ''] as const),
    true,
  );

  const entityLexicon = buildEntityLexicon(
    {
      roles: d.roles as string[] | undefined,
      organizations: d.organizations as string[] | undefined,
      people: d.people as string[] | undefined,
      places: d.places as string[] | undefined,
    },
    cfg.replaceDefaults === true,
  );

  let gazetteer: Gazetteer | undefined;
  const getGazetteer = (): Gazetteer => (gazetteer ??= buildGazetteer(cfg.replaceDefaults === true ? undefined : communes?.()));

  function annotate(text: string, options?: AnnotateOptions): Annotation {
    checkText('annotate', text);
    const opts = checkOptions('annotate', options, ANNOTATE_OPTIONS);
    const date = checkDate('annotate', opts.date);
    const wantAbbr = opts.abbreviations !== false;
    const wantEntities = opts.entities !== false;
    const norm = normalize(text);
    const tokens = tokenize(norm.text);
    const found =
      wantAbbr || wantEntities
        ? recognizeAbbreviations({ tokens, text: norm.text, lexicon, keyOf: tokenKey, definitions: findDefinitions(tokens, norm.text, tokenKey) })
        : [];
    const abbreviations: Abbreviation[] = [];
    if (wantAbbr) {
      for (const f of found) {
        const start = norm.toOriginal(f.start);
        const end = norm.toOriginalEnd(f.end);
        const a: Abbreviation = { start, end, text: text.slice(start, end), expansion: f.expansion, source: f.source };
        if (f.candidates) a.candidates = f.candidates;
        if (f.category) a.category = f.category;
        abbreviations.push(a);
      }
    }
    if (!wantEntities) return { text, entities: [], abbreviations, people: [] };
    const ctx: EntityContext = { toks: buildTokens(tokens, found, norm.text), lex: entityLexicon, text: norm.text };
    const spans = recognizeEntities(ctx);
    const entities: Entity[] = spans.map((s) => {
      const first = ctx.toks[s.start]!;
      const last = ctx.toks[s.end - 1]!;
      const start = norm.toOriginal(first.start);
      const end = norm.toOriginalEnd(last.end);
      return { type: s.type, start, end, text: text.slice(start, end), normalized: normalizedForm(ctx, s.start, s.end) };
    });
    linkPlaces(ctx, spans, entities, getGazetteer(), date);
    const people = buildPeople(ctx, spans, entities);
    return { text, entities, abbreviations, people };
  }

  function expand(text: string, options?: ExpandOptions): string {
    checkText('expand', text);
    const opts = checkOptions('expand', options, EXPAND_OPTIONS);
    const capitalize = opts.capitalizeSentenceStart !== false;
    const { abbreviations } = annotate(text, { entities: false });
    let out = '';
    let at = 0;
    for (const a of abbreviations) {
      out += text.slice(at, a.start);
      let e = a.expansion;
      const first = a.text[0] ?? '';
      if (capitalize && first !== first.toLowerCase() && atSentenceStart(text, a.start)) {
        e = e[0]!.toUpperCase() + e.slice(1);
      }
      out += e;
      at = a.end;
    }
    return out + text.slice(at);
  }

  return { annotate, expand };
}


