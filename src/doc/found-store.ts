/**
 * The abbreviations the abbreviation pass found in a document, in
 * normalised offsets, as parallel arrays: no object per abbreviation while
 * the document is read. The view reads them (see view.ts), and `annotate`
 * makes the output's objects from them once the rest is done.
 *
 * Why not objects: a document of 4 MB has about 118,000 abbreviations. Made
 * as objects during the pass, they lived through the entity rules, and the
 * young-generation collections there copied them (measured on 4 MB: 52–65 ms
 * of collections in `annotate`, against 19–23 ms with the store).
 */
import { ABBREVIATION_CATEGORIES, type AbbreviationCategory } from '../lexicon/categories.js';
import { grownInt32, grownUint8 } from './tokens.js';

/** Where an abbreviation's full form comes from. */
export type AbbreviationSource = 'dictionary' | 'definition';

/** Stores up to this many abbreviations keep their arrays for the next document. */
const KEPT = 1 << 20;
const FROM_DEFINITION = 1;
const HAS_CANDIDATES = 2;
/** No category. */
const NONE = 255;

/** The index of a category in ABBREVIATION_CATEGORIES (a scan: a dozen short strings). */
function categoryIndex(category: AbbreviationCategory): number {
  const c = ABBREVIATION_CATEGORIES.indexOf(category);
  return c < 0 ? NONE : c;
}

export class FoundStore<Rule extends string = string> {
  /** abbreviations in the store, in text order */
  n = 0;
  start: Int32Array = new Int32Array(64);
  end: Int32Array = new Int32Array(64);
  /** FROM_DEFINITION: the full form is the text's own definition (`source: 'definition'`); HAS_CANDIDATES: it has candidates */
  bits: Uint8Array = new Uint8Array(64);
  /** the view's token that is the abbreviation (-1: none yet; set by buildView) */
  token: Int32Array = new Int32Array(64);
  /** index in ABBREVIATION_CATEGORIES, or 255 */
  categoryIndex: Uint8Array = new Uint8Array(64);
  /** index in the rule ids the store was made with */
  ruleIndex: Uint8Array = new Uint8Array(64);
  /** the full forms (entries past `n` are undefined) */
  expansion: string[] = [];
  /** the candidates of an ambiguous abbreviation, by index (few have them; see {@link candidatesOf}) */
  readonly candidates = new Map<number, string[]>();
  /** `rules`: the rule ids the pass gives (at most 255; a few: found by a scan). */
  constructor(readonly rules: readonly Rule[] = []) {}

  /** Add an abbreviation after the others; returns its index. */
  push(start: number, end: number, expansion: string, candidates: string[] | undefined, category: AbbreviationCategory | undefined, source: AbbreviationSource, rule: Rule): number {
    const k = this.n;
    if (k === this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.token[k] = -1;
    this.bits[k] = (source === 'definition' ? FROM_DEFINITION : 0) | (candidates ? HAS_CANDIDATES : 0);
    this.categoryIndex[k] = category === undefined ? NONE : categoryIndex(category);
    const r = this.rules.indexOf(rule);
    this.ruleIndex[k] = r < 0 ? 0 : r;
    this.expansion[k] = expansion;
    if (candidates) this.candidates.set(k, candidates);
    this.n = k + 1;
    return k;
  }

  category(k: number): AbbreviationCategory | undefined {
    const c = this.categoryIndex[k]!;
    return c === NONE ? undefined : ABBREVIATION_CATEGORIES[c];
  }

  source(k: number): AbbreviationSource {
    return (this.bits[k]! & FROM_DEFINITION) !== 0 ? 'definition' : 'dictionary';
  }

  /** The candidates of abbreviation k, if it has any. */
  candidatesOf(k: number): string[] | undefined {
    return (this.bits[k]! & HAS_CANDIDATES) !== 0 ? this.candidates.get(k) : undefined;
  }

  rule(k: number): Rule {
    return this.rules[this.ruleIndex[k]!]!;
  }

  /** Does any full form come from the text's own definitions? */
  anyDefinition(): boolean {
    for (let k = 0; k < this.n; k++) if ((this.bits[k]! & FROM_DEFINITION) !== 0) return true;
    return false;
  }

  /** Empty: its strings and lists let go; arrays past {@link KEPT} entries too. */
  clear(): void {
    const { n } = this;
    this.n = 0;
    if (this.candidates.size > 0) this.candidates.clear();
    if (this.start.length > KEPT) {
      this.start = new Int32Array(64);
      this.end = new Int32Array(64);
      this.bits = new Uint8Array(64);
      this.token = new Int32Array(64);
      this.categoryIndex = new Uint8Array(64);
      this.ruleIndex = new Uint8Array(64);
      this.expansion = [];
      return;
    }
    // the list keeps its room (grown once, not a dozen copies per long document); a loop, not fill (its slow path)
    const { expansion } = this;
    for (let k = 0; k < n; k++) expansion[k] = undefined as unknown as string;
  }

  private grow(): void {
    const c = this.start.length * 2;
    this.start = grownInt32(this.start, c);
    this.end = grownInt32(this.end, c);
    this.bits = grownUint8(this.bits, c);
    this.token = grownInt32(this.token, c);
    this.categoryIndex = grownUint8(this.categoryIndex, c);
    this.ruleIndex = grownUint8(this.ruleIndex, c);
  }
}
