/**
 * Output formats: CoNLL (BIO), brat standoff, the corpus inline markup,
 * JSON with a stable key order and HTML. Pure functions of an `Annotation`.
 *
 * @packageDocumentation
 */
export { toConll, conllSentences, type ConllToken, type ConllOptions } from './conll.js';
export { toBrat, type BratOptions } from './brat.js';
export { toInline, fromInline, type InlineParsed, type InlineEntity, type InlineAbbreviation } from './inline.js';
export { toJSON, ANNOTATION_SCHEMA_ID, type JsonOptions } from './json.js';
export { toHtml, HTML_CSS, type HtmlOptions } from './html.js';
