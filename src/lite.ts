/**
 * `vn-admin-ner/lite`: the same exports as the main entry (formats, legacy
 * decoders, constants, types: see `exports.ts`), without the commune
 * gazetteer (about 90 kB of data), for bundles that do not need communes
 * linked to their official codes. Provinces and districts are still linked.
 *
 * @packageDocumentation
 */
import { createAnnotatorWith, type Annotator } from './annotator.js';
import type { AnnotateOptions, Annotation, AnnotatorConfig, ExpandOptions } from './types.js';

export * from './exports.js';

let defaultAnnotator: Annotator | undefined;
const getDefaultAnnotator = (): Annotator => (defaultAnnotator ??= createAnnotatorWith(undefined, undefined));

/** {@link annotate} of the main entry, without commune linking. */
export function annotate(text: string, options?: AnnotateOptions): Annotation {
  return getDefaultAnnotator().annotate(text, options);
}

/** {@link expand} of the main entry. */
export function expand(text: string, options?: ExpandOptions): string {
  return getDefaultAnnotator().expand(text, options);
}

/** {@link createAnnotator} of the main entry, without the commune gazetteer. */
export function createAnnotator(config?: AnnotatorConfig): Annotator {
  return createAnnotatorWith(config, undefined);
}
