/**
 * vn-admin-ner: abbreviations and named entities in Vietnamese administrative
 * and political text, with exact offsets into the caller's string.
 *
 * @packageDocumentation
 */
import { createAnnotatorWith, type Annotator } from './annotator.js';
import { communes } from './lexicon/generated/communes.js';
import type { AnnotateOptions, Annotation, AnnotatorConfig, ExpandOptions } from './types.js';

export * from './exports.js';

let defaultAnnotator: Annotator | undefined;
const getDefaultAnnotator = (): Annotator => (defaultAnnotator ??= createAnnotatorWith(undefined, communes));

/**
 * Create an annotator with its own dictionaries. Nothing is shared with other
 * annotators: custom entries never leak into the default instance.
 *
 * @example
 * ```ts
 * const ner = createAnnotator({
 *   dictionary: { abbreviations: [{ abbr: 'BQLKDL', expansion: 'Ban Quản lý khu du lịch', category: 'state' }] },
 * });
 * ner.expand('BQLKDL huyện');  // 'Ban Quản lý khu du lịch huyện'
 * ```
 */
export function createAnnotator(config?: AnnotatorConfig): Annotator {
  return createAnnotatorWith(config, communes);
}

/**
 * Find the abbreviations (with their full forms), entities and people in a
 * Vietnamese text. Offsets are UTF-16 code units into `text` as given, whatever
 * its normalisation (NFD, old tone placement, zero-width characters).
 *
 * @example
 * ```ts
 * const a = annotate('Đ/c Nguyễn Văn An, Bí thư HU phát biểu.');
 * a.abbreviations.map((x) => [x.text, x.expansion]);
 * // [['Đ/c', 'đồng chí'], ['HU', 'Huyện ủy']]
 * ```
 */
export function annotate(text: string, options?: AnnotateOptions): Annotation {
  return getDefaultAnnotator().annotate(text, options);
}

/**
 * Replace every abbreviation by its full form and change nothing else.
 *
 * @example
 * ```ts
 * expand('Bí thư HU');     // 'Bí thư Huyện ủy'
 * expand('HU-Chủ tịch');   // 'Huyện ủy-Chủ tịch'
 * ```
 */
export function expand(text: string, options?: ExpandOptions): string {
  return getDefaultAnnotator().expand(text, options);
}
