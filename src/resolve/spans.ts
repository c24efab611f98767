/**
 * The entities of a document as token ranges, in arrays: what place linking,
 * relations and the output read of them. The recognizer's span objects, one
 * per entity, are not kept while the output is built.
 */
import type { TokenSpan } from '../recognize/entities.js';
import type { EntityType } from '../types.js';

/** The entity types, by their index in `Spans`. */
const TYPES = ['PER', 'ROLE', 'ORG', 'LOC'] as const satisfies readonly EntityType[];

export class Spans {
  readonly n: number;
  /** the entity type, as an index into TYPES */
  private readonly types: Uint8Array;
  /** first token, and the token after the last */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** the rule that found each (kept when `annotate(text, { explain: true })` asks for it) */
  readonly rule: readonly string[] | undefined;

  constructor(spans: readonly TokenSpan[], rules: boolean) {
    const n = spans.length;
    this.n = n;
    this.types = new Uint8Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const s = spans[k]!;
      this.types[k] = TYPES.indexOf(s.type);
      this.start[k] = s.start;
      this.end[k] = s.end;
    }
    this.rule = rules ? spans.map((s) => s.rule) : undefined;
  }

  type(k: number): EntityType {
    return TYPES[this.types[k]!]!;
  }
}
