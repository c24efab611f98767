import { abbreviations } from './lexicon/generated/abbreviations.js';
import { addAbbreviations, type AbbrLexicon } from './lexicon/abbreviations.js';
import { normalize, sameLength, type Normalized } from './normalize/index.js';
import { ANNOTATE_OPTIONS, EXPAND_OPTIONS, checkConfig, checkDate, checkOptions, checkText } from './config.js';
import { ABBREVIATION_RULES, recognizeAbbreviations, recordAbbreviations, senseSlots, type AbbreviationMaker, type AbbreviationRule, type RecognizeContext } from './recognize/abbreviations.js';
import { L_LETTERS, Lexemes } from './doc/lexemes.js';
import { scanNormalizing, scanText } from './doc/scan.js';
import { applyMergesTo } from './doc/merges/index.js';
import { buildView, type DocView, type SyllableCache } from './doc/view.js';
import { FoundStore } from './doc/found-store.js';
import { TokenArrays } from './doc/tokens.js';
import { collapseSpaces, isRegExpSpaceCode, singleSpaced } from './doc/chars.js';
import { findDefinitions } from './resolve/definitions.js';
import { buildEntityLexicon } from './lexicon/entities.js';
import type { EntityContext } from './recognize/context.js';
import { recognizeEntities, RULE_IDS } from './recognize/entities.js';
import { SpanList, Spans } from './resolve/spans.js';
import { buildRelations } from './resolve/relations.js';
import { linkPlaces, type PlaceLink } from './resolve/places.js';
import type { CompactCommunes } from './lexicon/communes-codec.js';
import { buildGazetteer, type Gazetteer } from './lexicon/gazetteer.js';
import type {
  Abbreviation,
  AnnotateOptions,
  Annotation,
  AnnotatorConfig,
  CustomAbbreviation,
  Entity,
  EntityType,
  ExpandOptions,
} from './types.js';

/** An annotator with its own dictionaries (see {@link createAnnotator}). */
export interface Annotator {
  annotate(text: string, options?: AnnotateOptions): Annotation;
  expand(text: string, options?: ExpandOptions): string;
}

/**
 * The normalised form of an entity: canonical text, abbreviations expanded,
 * white space collapsed (`HĐND huyện` -> `Hội đồng nhân dân huyện`). When
 * that is the normalised text of the span as it stands (no abbreviation,
 * single spaces), it is that slice; the others are kept once per document
 * in `seen` (a document names the same bodies again and again).
 */
function normalizedForm(ctx: EntityContext, from: number, to: number, seen: Map<string, string>): string {
  const asWritten = plainSpan(ctx, from, to);
  if (asWritten !== undefined) return asWritten;
  const out = expandedForm(ctx, from, to);
  const before = seen.get(out);
  if (before !== undefined) return before;
  seen.set(out, out);
  return out;
}

/** The normalised text of tokens [from, to) when it is their normalised form as well: no abbreviation, one space or none between tokens, nothing to collapse. */
function plainSpan(ctx: EntityContext, from: number, to: number): string | undefined {
  const { v, text } = ctx;
  let letters = true;
  for (let k = from; k < to; k++) {
    if (v.abbrN[k]! > 0) return undefined;
    if ((v.L.flags[v.lex[k]!]! & L_LETTERS) === 0) letters = false;
    if (k === from) continue;
    const between = v.start[k]! - v.end[k - 1]!;
    if (v.gap[k]! > 0 ? between !== 1 || text.charCodeAt(v.end[k - 1]!) !== 32 : between !== 0) return undefined;
  }
  const s = to - from === 1 ? v.surface(from) : text.slice(v.start[from]!, v.end[to - 1]!);
  // words of letters joined by single spaces have nothing to collapse
  return letters || singleSpaced(s) ? s : undefined;
}

/** The tokens [from, to) with their abbreviations expanded, joined by one space where there was white space, then collapsed. */
function expandedForm(ctx: EntityContext, from: number, to: number): string {
  const { v } = ctx;
  let out = '';
  for (let k = from; k < to; k++) {
    if (k > from && v.gap[k]! > 0) out += ' ';
    if (v.abbrN[k] === 0) {
      out += v.surface(k);
      continue;
    }
    // a token is one abbreviation at most (merges/found.ts splits compounds), with what it took (`TP` + `.`)
    const a = v.abbr(k);
    out += ctx.text.slice(v.start[k]!, v.found.start[a]!) + v.found.expansion[a]! + ctx.text.slice(v.found.end[a]!, v.end[k]!);
  }
  return collapseSpaces(out);
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
    if (isRegExpSpaceCode(text.charCodeAt(k)) || ch === '"' || ch === '“' || ch === '‘' || ch === '(' || ch === '-' || ch === '+' || ch === '•' || ch === '*') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '…' || ch === ':';
  }
  return true;
}

/**
 * The annotator factory behind both entry points: `communes` is the compact
 * commune gazetteer, or undefined (provinces and districts only).
 * @internal
 */
export function createAnnotatorWith(config: AnnotatorConfig | undefined, communes: (() => CompactCommunes) | undefined): Annotator {
  const { cfg, d, custom } = checkConfig(config);
  const lexicon = abbreviationLexicon(cfg.replaceDefaults === true, custom);
  const entityLexicon = entityLexiconOf(d, cfg.replaceDefaults === true);

  const lexemes = new Lexemes();
  const slots = senseSlots(lexemes);
  const sylCache: SyllableCache = new Map();
  const gates = lexemes.byteSlot();
  // the document the passes read, and the entity rules' last context emptied: one object each for the annotator's life (see DocContext)
  const doc: DocContext = { t: new TokenArrays(16), L: lexemes, text: '', lexicon, slots, definitions: [] };
  const kept: Kept = { view: buildView(new TokenArrays(16), new FoundStore(), '', lexemes, sylCache), context: undefined, spans: new SpanList() };
  const found = new FoundStore<AbbreviationRule>(ABBREVIATION_RULES);

  let gazetteer: Gazetteer | undefined;
  const getGazetteer = (): Gazetteer => (gazetteer ??= buildGazetteer(cfg.replaceDefaults === true ? undefined : communes?.()));

  function annotate(text: string, options?: AnnotateOptions): Annotation {
    checkText('annotate', text);
    const opts = checkOptions('annotate', options, ANNOTATE_OPTIONS);
    const date = checkDate('annotate', opts.date);
    const wantAbbr = opts.abbreviations !== false;
    const explain = opts.explain === true;
    const wantEntities = opts.entities !== false;
    lexemes.beginDocument();
    const mapped = scanned(text, doc);
    if (!wantEntities) {
      // the output's objects made as the abbreviations are found
      const abbreviations = wantAbbr ? recognizeAbbreviations(doc, outputMaker(text, mapped, explain, doc.text === text)) : [];
      return released(doc, { text, entities: [], abbreviations, people: [] });
    }
    const norm = mapped ?? sameLength(doc.text);
    recordAbbreviations(doc, found);
    const ctx: EntityContext = { v: buildView(doc.t, found, doc.text, lexemes, sylCache), lex: entityLexicon, text: doc.text, gates };
    // the recognizer's span objects die here: the rest reads arrays
    const spans = new Spans(recognizeEntities(ctx, kept.spans), explain ? RULE_IDS : undefined);
    const seen = new Map<string, string>();
    const form = (k: number): string => normalizedForm(ctx, spans.start[k]!, spans.end[k]!, seen);
    const links = linkPlaces(ctx, spans, form, getGazetteer(), date);
    const entities = entitiesOut(text, norm, ctx, spans, form, links, explain);
    const { people, relations } = buildRelations(ctx, spans, entities);
    // the abbreviations' objects, made last from the store (see doc/found-store.ts)
    const abbreviations = wantAbbr ? abbreviationsFrom(ctx.v, outputMaker(text, mapped, explain, doc.text === text)) : [];
    return released(doc, { text, entities, abbreviations, people, relations }, ctx, kept, found);
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

/**
 * What the passes over one document read: its merged tokens, lexemes,
 * normalised text, the abbreviation lexicon and the definitions in the text.
 * One object per annotator, filled for each document: the optimised passes
 * see one object shape, and it stays alive between documents (V8 drops a
 * shape that no live object has at a full garbage collection, and the
 * optimised code that depends on it with it).
 */
type DocContext = RecognizeContext;

/**
 * Normalise and scan `text` into `doc` (its text, merged tokens, and the
 * definitions in it): one scan that normalises as it goes when normalisation
 * only replaces code units (most text), else {@link normalize} and a scan of
 * its result. The offset maps back to the input, or undefined when the
 * offsets are the input's.
 */
function scanned(text: string, doc: DocContext): Normalized | undefined {
  const L = doc.L;
  const normal = scanNormalizing(text, L, doc.t);
  let norm: Normalized | undefined;
  if (normal !== null) doc.text = normal;
  else {
    norm = normalize(text);
    doc.text = norm.text;
    scanText(norm.text, L, doc.t);
  }
  applyMergesTo(doc);
  doc.definitions = findDefinitions(doc);
  return norm;
}

/** The entity rules' last context, emptied, and an empty view: kept alive for their object shapes (see DocContext); the span list, reused. */
interface Kept {
  view: DocView;
  context: EntityContext | undefined;
  /** the entity pass's spans (Spans reads their arrays until the output is built) */
  spans: SpanList;
}

/** `a`, once the document's text, tokens, definitions and abbreviations found are let go (and the entity context's view and text, the context kept). */
function released(doc: DocContext, a: Annotation, ctx?: EntityContext, kept?: Kept, found?: FoundStore): Annotation {
  doc.t.release();
  found?.clear();
  doc.text = '';
  doc.definitions = [];
  if (ctx && kept) {
    kept.spans.release();
    ctx.v = kept.view;
    ctx.text = '';
    kept.context = ctx;
  }
  return a;
}

/** The entity lexicon: the dictionary's (unless replaced) and the caller's lists. */
function entityLexiconOf(d: ReturnType<typeof checkConfig>['d'], replaceDefaults: boolean): ReturnType<typeof buildEntityLexicon> {
  return buildEntityLexicon(
    {
      roles: d.roles as string[] | undefined,
      organizations: d.organizations as string[] | undefined,
      people: d.people as string[] | undefined,
      places: d.places as string[] | undefined,
    },
    replaceDefaults,
  );
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

/**
 * The abbreviation output, made from the store once the rest is done: each
 * abbreviation found with offsets and text in the input (`HĐND` -> `Hội
 * đồng nhân dân`), by the maker the `{ entities: false }` path uses while it
 * reads (the text of an abbreviation is the lexeme's string when the input
 * needed no normalising: one string for every `HĐND`).
 */
function abbreviationsFrom(v: DocView, make: AbbreviationMaker<Abbreviation>): Abbreviation[] {
  const found = v.found as FoundStore<AbbreviationRule>;
  const { n, start, end, token } = found;
  const out = new Array<Abbreviation>(n);
  for (let k = 0; k < n; k++) {
    // an abbreviation that is one whole token shares its lexeme's string
    const i = token[k]!;
    const surface = i >= 0 && v.start[i] === start[k] && v.end[i] === end[k] ? v.surface(i) : undefined;
    out[k] = make(start[k]!, end[k]!, found.expansion[k]!, found.candidatesOf(k), found.category(k), found.source(k), found.rule(k), surface);
  }
  return out;
}

/**
 * Writes one abbreviation of the output, fields in the order toJSON writes
 * them (see src/format/json.ts), so that it serialises the object as it is:
 * start, end, text, expansion, candidates and category when given, source
 * (then `rule`, with explain).
 */
function writeAbbreviation(
  this: Abbreviation,
  start: number,
  end: number,
  text: string,
  expansion: string,
  source: Abbreviation['source'],
  candidates: string[] | undefined,
  category: Abbreviation['category'],
): void {
  this.start = start;
  this.end = end;
  this.text = text;
  this.expansion = expansion;
  if (candidates) this.candidates = candidates;
  if (category) this.category = category;
  this.source = source;
}
writeAbbreviation.prototype = Object.prototype;

/**
 * The output's abbreviations are made by `new` of {@link writeAbbreviation}:
 * plain objects all the same (their prototype is Object.prototype, their
 * fields their own). Not object literals: V8 tenures a literal's allocation
 * site once its objects survive, as a document's 100,000 abbreviations do,
 * and from then on makes each in the old generation, several times slower;
 * `new` of a function has no allocation site (measured: `{ entities: false }`
 * 15–30 % faster on 4 MB).
 */
const OutputAbbreviation = writeAbbreviation as unknown as new (...args: Parameters<typeof writeAbbreviation>) => Abbreviation;

/**
 * Makes the output's abbreviation objects as the abbreviation pass finds
 * them (`{ entities: false }`: no found abbreviation in between); `norm`
 * maps the offsets back, undefined when they are the input's. When the input
 * is its own normal form (`same`), an abbreviation that is one token shares
 * its lexeme's string as its text.
 */
function outputMaker(text: string, norm: Normalized | undefined, explain: boolean, same: boolean): AbbreviationMaker<Abbreviation> {
  return (s, e, expansion, candidates, category, source, rule, surface) => {
    const start = norm ? norm.toOriginal(s) : s;
    const end = norm ? norm.toOriginalEnd(e) : e;
    const a = new OutputAbbreviation(start, end, same && surface !== undefined ? surface : text.slice(start, end), expansion, source, candidates, category);
    if (explain) a.rule = rule;
    return a;
  };
}

/**
 * The entity output: each span with offsets and text in the input, its
 * normalised form (`UBND huyện` -> `Ủy ban nhân dân huyện`; the very text
 * when they are equal) and what place linking gave it.
 */
function entitiesOut(
  text: string,
  norm: Normalized,
  ctx: EntityContext,
  spans: Spans,
  form: (k: number) => string,
  links: Map<number, PlaceLink>,
  explain: boolean,
): Entity[] {
  const { v } = ctx;
  const same = norm.text === text;
  const seen = new Map<string, string>();
  const entities = new Array<Entity>(spans.n);
  for (let k = 0; k < spans.n; k++) {
    const from = spans.start[k]!;
    const to = spans.end[k]!;
    const vs = v.start[from]!;
    const ve = v.end[to - 1]!;
    const start = same ? vs : norm.toOriginal(vs);
    const end = same ? ve : norm.toOriginalEnd(ve);
    const normalized = form(k);
    const t = same ? textOf(ctx, from, to, normalized, seen) : text.slice(start, end);
    const type = spans.type(k);
    entities[k] = explain ? explained(type, spans.rule![k]!, start, end, t, normalized, links.get(k)) : entity(type, start, end, t, normalized, links.get(k));
  }
  return entities;
}

/**
 * The text of the tokens [from, to) in an input that needed no normalising: its
 * normalised form when that is the same text (`Nguyễn Văn An`), the token's
 * string when it is one token, else a slice, kept once per document in
 * `seen` (`UBND tỉnh` again and again).
 */
function textOf(ctx: EntityContext, from: number, to: number, form: string, seen: Map<string, string>): string {
  const { v, text } = ctx;
  const vs = v.start[from]!;
  const ve = v.end[to - 1]!;
  if (form.length === ve - vs && text.startsWith(form, vs)) return form;
  if (to - from === 1) return v.surface(from);
  const t = text.slice(vs, ve);
  const before = seen.get(t);
  if (before !== undefined) return before;
  seen.set(t, t);
  return t;
}

/** One entity of the output, fields in the order toJSON writes them (so it serialises the object as it is): type, start, end, text, normalized, then candidates, or place and resolved, or place. */
function entity(type: EntityType, start: number, end: number, text: string, normalized: string, link: PlaceLink | undefined): Entity {
  if (link === undefined) return { type, start, end, text, normalized };
  const { place, candidates, resolved } = link;
  if (candidates) return { type, start, end, text, normalized, candidates };
  if (resolved !== undefined) return { type, start, end, text, normalized, place, resolved };
  return { type, start, end, text, normalized, place };
}

/** An entity with what linking gave it, then the rule that found it (`explain`). */
function explained(type: EntityType, rule: string, start: number, end: number, text: string, normalized: string, link: PlaceLink | undefined): Entity {
  const e = entity(type, start, end, text, normalized, link);
  e.rule = rule;
  return e;
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


