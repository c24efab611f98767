/**
 * Output formats: CoNLL (BIO), brat standoff, the corpus inline markup and
 * JSON with a stable key order. Pure functions of an `Annotation`.
 *
 * @packageDocumentation
 */
export { toConll, conllSentences, type ConllToken, type ConllOptions } from './conll.js';
export { toBrat, type BratOptions } from './brat.js';
export { toInline, fromInline, type InlineParsed, type InlineEntity, type InlineAbbreviation } from './inline.js';
export { toJSON, ANNOTATION_SCHEMA_ID, type JsonOptions } from './json.js';
