/**
 * The optional compromise plugin: `import vnAdminNer from 'vn-admin-ner/compromise'`,
 * then `nlp.plugin(vnAdminNer)`.
 *
 * For a Vietnamese document (see {@link isVietnamese}) the plugin removes the
 * entity tags compromise's English tagger guessed (it reads `và` as a place,
 * `HU` as a last name) and puts ours in their place: people `#Person`,
 * organisations `#Organization`, places `#Place`, roles `#Role` (a new tag,
 * under compromise's `#Actor`), abbreviations `#Abbreviation`. Documents get a
 * `vnAnnotation()` method that returns our {@link Annotation}.
 *
 * compromise keeps one world per `nlp` import and `nlp.plugin()` mutates it for
 * every user in the process. This plugin changes that world as little as it
 * can, and nothing an English document can see (the tests compare compromise's
 * JSON for English text with and without the plugin):
 * - one tag, `Role` (`isA: 'Actor'`), added once with `nlp.addTags` (which
 *   re-derives compromise's tag graph, as it does for any plugin with tags);
 *   `Abbreviation` is compromise's own;
 * - one compute function, `vnAdminNer`, appended to the hooks; it returns at
 *   once when the document is not Vietnamese, so English documents keep every
 *   tag compromise gives them;
 * - one method, `vnAnnotation`, on compromise's View.
 * Registering it again (or another instance from {@link createCompromisePlugin})
 * replaces the compute function and the method and keeps a single hook.
 *
 * compromise is an optional peer dependency: this file imports nothing from it
 * (the types below describe the little of its API the plugin touches), and the
 * core of vn-admin-ner never imports this file.
 *
 * @packageDocumentation
 */
import { annotate as defaultAnnotate } from '../index.js';
import type { Annotation, EntityType } from '../types.js';
import { isVietnamese } from './vietnamese.js';
import { layout, pointersFor, type Pointer, type Term } from './compromise-layout.js';

export { isVietnamese, VIETNAMESE_WORD_SHARE } from './vietnamese.js';
export type { Annotation };

/** The name of the compute function and hook the plugin adds. */
export const HOOK = 'vnAdminNer';
/** The reason compromise records for the tags this plugin sets (`doc.debug()`, verbose mode). */
const REASON = 'vn-admin-ner';

/** Our entity types and the compromise tag each one gets. */
export const ENTITY_TAGS: Readonly<Record<EntityType, string>> = Object.freeze({
  PER: 'Person',
  ORG: 'Organization',
  LOC: 'Place',
  ROLE: 'Role',
});

/**
 * compromise tags removed from every term of a Vietnamese document before ours
 * are set (with their children: `FirstName`, `LastName`, `City`, `Company`,
 * `Honorific`…). Part-of-speech tags (`Noun`, `ProperNoun`…) stay.
 */
export const REPLACED_TAGS: readonly string[] = Object.freeze([
  'Person',
  'Place',
  'Organization',
  'Address',
  'Actor',
  'Abbreviation',
]);

/* The parts of compromise's API the plugin uses (compromise 14); its terms: see compromise-layout.ts. */

/** A compromise View (a document or a match in it). */
interface View {
  readonly document: Term[][];
  update(pointer: Pointer[]): View;
  tag(tag: string, reason?: string): View;
  unTag(tag: string | string[], reason?: string): View;
  all(): View;
}
/** compromise's world, as `mutate` receives it. */
interface World {
  hooks: string[];
  model: { one: { tagSet: Record<string, unknown> } };
  methods: { one: { addTags?: (tags: object, tagSet: Record<string, unknown>) => Record<string, unknown> } };
}
/** compromise's `nlp`, as `mutate` receives it. */
interface Nlp {
  addTags(tags: object): unknown;
}

/** The tag the plugin adds to compromise's tag set. */
const ROLE_TAG = { Role: { isA: 'Actor' } };

/**
 * The methods the plugin adds to compromise documents. Pass it to `nlp` for
 * typed access: `nlp<VnAdminNerMethods>(text).vnAnnotation()`.
 */
export interface VnAdminNerMethods {
  /**
   * Our {@link Annotation} of the whole document's text (the concatenation of
   * every term's `pre`, `text` and `post`, which is the input compromise was
   * given); offsets are the ones `doc.json({ offset: true })` uses.
   */
  vnAnnotation(): Annotation;
}

/** A compromise plugin, in the shape `nlp.plugin()` takes. */
export interface CompromisePlugin {
  compute: Record<string, (view: any) => void>;
  hooks: string[];
  api: (View: any) => void;
  mutate: (world: any, nlp?: any) => void;
}

/** Options of {@link createCompromisePlugin}. */
export interface CompromisePluginOptions {
  /**
   * The annotator, e.g. `createAnnotator({ dictionary }).annotate`
   * (default: vn-admin-ner's `annotate`).
   */
  annotate?: (text: string) => Annotation;
  /** Which documents get our tags (default {@link isVietnamese}). */
  isVietnamese?: (text: string) => boolean;
}

/**
 * Make a compromise plugin. The default export is `createCompromisePlugin()`;
 * make your own to use a custom annotator or a different language test.
 *
 * @example
 * ```ts
 * import nlp from 'compromise';
 * import { createAnnotator } from 'vn-admin-ner';
 * import { createCompromisePlugin } from 'vn-admin-ner/compromise';
 *
 * const ner = createAnnotator({ dictionary: { abbreviations: [{ abbr: 'BQLKDL', expansion: 'Ban Quản lý khu du lịch' }] } });
 * nlp.plugin(createCompromisePlugin({ annotate: (text) => ner.annotate(text) }));
 * ```
 */
export function createCompromisePlugin(options: CompromisePluginOptions = {}): CompromisePlugin {
  const annotate = options.annotate ?? ((text: string) => defaultAnnotate(text));
  const detect = options.isVietnamese ?? isVietnamese;

  /** Replace compromise's entity tags by ours, on Vietnamese documents only. */
  const compute = (view: View): void => {
    const document = view.document;
    const where = layout(document);
    if (!detect(where.text)) return;
    const all = view.all();
    all.unTag([...REPLACED_TAGS, ENTITY_TAGS.ROLE], REASON);
    const { entities, abbreviations } = annotate(where.text);
    const byTag = new Map<string, Pointer[]>();
    const add = (tag: string, start: number, end: number) => {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      for (const p of pointersFor(where, start, end)) list.push(p);
    };
    // Roles first: a role shares no term with a name or an organisation unless
    // compromise's tokens straddle two of our spans; then the later tag wins.
    for (const type of ['ROLE', 'PER', 'ORG', 'LOC'] as const) {
      for (const e of entities) if (e.type === type) add(ENTITY_TAGS[type], e.start, e.end);
    }
    for (const a of abbreviations) add('Abbreviation', a.start, a.end);
    for (const [tag, pointers] of byTag) {
      if (pointers.length > 0) all.update(pointers).tag(tag, REASON);
    }
  };

  return {
    compute: { [HOOK]: compute },
    hooks: [HOOK],
    api: (ViewClass: { prototype: Record<string, unknown> }) => {
      ViewClass.prototype.vnAnnotation = function vnAnnotation(this: View): Annotation {
        return annotate(layout(this.document).text);
      };
    },
    mutate: (world: World, nlp?: Nlp) => {
      // `nlp.plugin()` appends `hooks` every time: keep the first `vnAdminNer`
      // only, so a second registration does not run the compute function twice.
      world.hooks = world.hooks.filter((h, i, hooks) => h !== HOOK || hooks.indexOf(h) === i);
      // Add `Role` once. (A plugin's `tags` field would call `nlp.addTags` on
      // every registration, and each call re-derives the whole tag graph.)
      const tagSet = world.model.one.tagSet;
      if (Object.prototype.hasOwnProperty.call(tagSet, 'Role')) return;
      if (nlp) nlp.addTags(ROLE_TAG);
      else if (world.methods.one.addTags) world.model.one.tagSet = world.methods.one.addTags(ROLE_TAG, tagSet);
    },
  };
}

/**
 * The compromise plugin with vn-admin-ner's default annotator. Also exported
 * by name, for CommonJS: `const { vnAdminNer } = require('vn-admin-ner/compromise')`.
 *
 * @example
 * ```ts
 * import nlp from 'compromise';
 * import vnAdminNer from 'vn-admin-ner/compromise';
 *
 * nlp.plugin(vnAdminNer);
 * const doc = nlp('Đ/c Nguyễn Văn An, Bí thư HU, Chủ tịch HĐND huyện Yên Thành phát biểu.');
 * doc.people().text();                // 'Nguyễn Văn An'
 * doc.match('#Role+').out('array');    // ['Bí thư', 'Chủ tịch']
 * doc.organizations().out('array');    // ['HU,', 'HĐND huyện Yên Thành'] (compromise keeps the comma)
 * doc.vnAnnotation().abbreviations.map((a) => a.expansion);
 * // ['đồng chí', 'Huyện ủy', 'Hội đồng nhân dân']
 * ```
 */
const vnAdminNer: CompromisePlugin = createCompromisePlugin();
export { vnAdminNer };
export default vnAdminNer;
