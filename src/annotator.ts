import { abbreviations } from './lexicon/generated/abbreviations.js';
import { addAbbreviations, type AbbrLexicon } from './lexicon/abbreviations.js';
import { normalize, type Normalized } from './normalize/index.js';
import { ANNOTATE_OPTIONS, EXPAND_OPTIONS, checkConfig, checkDate, checkOptions, checkText } from './config.js';
import { recognizeAbbreviations, senseSlots, type FoundAbbreviation } from './recognize/abbreviations.js';
import { Lexemes } from './doc/lexemes.js';
import { scanText } from './doc/scan.js';
import { applyMerges } from './doc/merges/index.js';
import { buildView, type SyllableCache } from './doc/view.js';
import { findDefinitions } from './resolve/definitions.js';
import { buildEntityLexicon } from './lexicon/entities.js';
import type { EntityContext } from './recognize/context.js';
import { recognizeEntities, type TokenSpan } from './recognize/entities.js';
import { buildRelations } from './resolve/relations.js';
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

/**
 * The normalised form of an entity: canonical text, abbreviations expanded,
 * white space collapsed (`HĐND huyện` -> `Hội đồng nhân dân huyện`).
 */
function normalizedForm(ctx: EntityContext, from: number, to: number): string {
  const { v } = ctx;
  let out = '';
  for (let k = from; k < to; k++) {
    if (k > from && v.gap[k]! > 0) out += ' ';
    const n = v.abbrN[k]!;
    if (n === 0) {
      out += v.surface(k);
      continue;
    }
    let at = v.start[k]!;
    for (let x = 0; x < n; x++) {
      const a = v.abbr(k, x);
      out += ctx.text.slice(at, a.start) + a.expansion;
      at = a.end;
    }
    out += ctx.text.slice(at, v.end[k]!);
  }
  return collapsed(out) ? out : out.replace(/\s+/gu, ' ').trim();
}

/** No white space other than single spaces between words (the usual case: nothing to collapse). */
function collapsed(s: string): boolean {
  let prevSpace = true;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c < 32 || (c >= 0x80 && /\s/u.test(s[k]!))) return false;
    else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
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
  const { cfg, d, custom } = checkConfig(config);

  const lexicon = abbreviationLexicon(cfg.replaceDefaults === true, custom);
  const entityLexicon = buildEntityLexicon(
    {
      roles: d.roles as string[] | undefined,
      organizations: d.organizations as string[] | undefined,
      people: d.people as string[] | undefined,
      places: d.places as string[] | undefined,
    },
    cfg.replaceDefaults === true,
  );

  const lexemes = new Lexemes();
  const slots = senseSlots(lexemes);
  const sylCache: SyllableCache = new Map();
  const starts = lexemes.slot<boolean>();

  let gazetteer: Gazetteer | undefined;
  const getGazetteer = (): Gazetteer => (gazetteer ??= buildGazetteer(cfg.replaceDefaults === true ? undefined : communes?.()));

  function annotate(text: string, options?: AnnotateOptions): Annotation {
    checkText('annotate', text);
    const opts = checkOptions('annotate', options, ANNOTATE_OPTIONS);
    const date = checkDate('annotate', opts.date);
    const wantAbbr = opts.abbreviations !== false;
    const explain = opts.explain === true;
    const wantEntities = opts.entities !== false;
    const norm = normalize(text);
    lexemes.beginDocument();
    const t = applyMerges(scanText(norm.text, lexemes), norm.text, lexemes);
    const found =
      wantAbbr || wantEntities
        ? recognizeAbbreviations({ t, L: lexemes, text: norm.text, lexicon, slots, definitions: findDefinitions({ t, L: lexemes, text: norm.text }) })
        : [];
    const abbreviations = wantAbbr ? abbreviationsOut(text, norm, found, explain) : [];
    if (!wantEntities) return { text, entities: [], abbreviations, people: [] };
    const ctx: EntityContext = { v: buildView(t, found, norm.text, lexemes, sylCache), lex: entityLexicon, text: norm.text, starts };
    const spans = recognizeEntities(ctx);
    const entities = entitiesOut(text, norm, ctx, spans, explain);
    linkPlaces(ctx, spans, entities, getGazetteer(), date);
    return { text, entities, abbreviations, ...buildRelations(ctx, spans, entities) };
  }

  function expand(text: string, options?: ExpandOptions): string {
    checkText('expand', text);
    const opts = checkOptions('expand', options, EXPAND_OPTIONS);
    const capitalize = opts.capitalizeSentenceStart !== false;
    const { abbreviations } = annotate(text, { entities: false });
    return expanded(text, abbreviations, capitalize);
  }

  return { annotate, expand };
}

/** The dictionary's abbreviations (unless replaced), then the caller's, which win. */
function abbreviationLexicon(replaceDefaults: boolean, custom: readonly CustomAbbreviation[]): AbbrLexicon {
  const lexicon: AbbrLexicon = new Map();
  if (!replaceDefaults) addAbbreviations(lexicon, abbreviations());
  addAbbreviations(
    lexicon,
    custom.map((c) => [c.abbr, c.expansion, c.category, ''] as const),
    true,
  );
  return lexicon;
}

/** The abbreviation output: each found abbreviation with offsets and text in the input (`HĐND` -> `Hội đồng nhân dân`). */
function abbreviationsOut(text: string, norm: Normalized, found: FoundAbbreviation[], explain: boolean): Abbreviation[] {
  const abbreviations: Abbreviation[] = [];
  for (const f of found) {
    const start = norm.toOriginal(f.start);
    const end = norm.toOriginalEnd(f.end);
    const a: Abbreviation = { start, end, text: text.slice(start, end), expansion: f.expansion, source: f.source };
    if (f.candidates) a.candidates = f.candidates;
    if (f.category) a.category = f.category;
    if (explain) a.rule = f.rule;
    abbreviations.push(a);
  }
  return abbreviations;
}

/** The entity output: each span with offsets and text in the input and its normalised form (`UBND huyện` -> `Ủy ban nhân dân huyện`). */
function entitiesOut(text: string, norm: Normalized, ctx: EntityContext, spans: TokenSpan[], explain: boolean): Entity[] {
  return spans.map((s) => {
    const start = norm.toOriginal(ctx.v.start[s.start]!);
    const end = norm.toOriginalEnd(ctx.v.end[s.end - 1]!);
    const e: Entity = { type: s.type, start, end, text: text.slice(start, end), normalized: normalizedForm(ctx, s.start, s.end) };
    if (explain) e.rule = s.rule;
    return e;
  });
}

/** The text with every abbreviation replaced by its expansion, capitalised at a sentence start if asked (`Đ/c Hưng` -> `Đồng chí Hưng`). */
function expanded(text: string, abbreviations: Abbreviation[], capitalize: boolean): string {
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


