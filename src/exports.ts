/**
 * What the main entry (`vn-admin-ner`) and `vn-admin-ner/lite` both export:
 * everything except `annotate`, `expand` and `createAnnotator`, which each
 * entry defines over its own default data (the lite one without the commune
 * gazetteer). Add a new public export here, and both entries have it.
 *
 * @packageDocumentation
 */
export type { Annotator } from './annotator.js';
export { normalize, fold, type Normalized } from './normalize/index.js';
export { tokenize, scan, type Token, type TokenKind } from './tokenize.js';
export { ABBREVIATION_CATEGORIES } from './lexicon/categories.js';
export { toConll, conllSentences, toBrat, toInline, fromInline, toJSON, ANNOTATION_SCHEMA_ID, toHtml, HTML_CSS } from './format/index.js';
export type { ConllToken, ConllOptions, BratOptions, InlineParsed, InlineEntity, InlineAbbreviation, JsonOptions, HtmlOptions } from './format/index.js';
export { decodeLegacy, detectLegacy, type LegacyEncoding } from './legacy/index.js';
export type * from './types.js';
