/**
 * The entities of a document as token ranges, in arrays: the entity pass
 * writes them ({@link SpanList}), and place linking, relations and the
 * output read them ({@link Spans}). No object per entity until the output.
 */
import type { EntityType } from '../types.js';
import { grownInt32, grownUint8 } from '../doc/tokens.js';

/**
 * The place a span names, as the rule that found it read it (-1: none): the
 * type word, level word or committee that says the unit's kind, tokens
 * [typeStart, typeEnd) (`huyện` in `UBND huyện Mỹ Lộc`, `Huyện ủy` in
 * `Huyện ủy Mỹ Lộc`), and the place's name, [nameStart, nameEnd) (-1 for a
 * body named by its level alone: `HĐND huyện`). Place linking reads them.
 */
export interface PlaceParts {
  typeStart: number;
  typeEnd: number;
  nameStart: number;
  nameEnd: number;
}

/** No place read. */
export const NO_PLACE: Readonly<PlaceParts> = Object.freeze({ typeStart: -1, typeEnd: -1, nameStart: -1, nameEnd: -1 });

/** The entity types, by their index in the arrays. */
export const TYPES = ['PER', 'ROLE', 'ORG', 'LOC'] as const satisfies readonly EntityType[];

/** The index of an entity type in {@link TYPES}. */
export function typeIndex(type: EntityType): number {
  return type === 'PER' ? 0 : type === 'ROLE' ? 1 : type === 'ORG' ? 2 : 3;
}

/** Spans as the entity pass finds them, in order: type, first token, token after the last, rule (an index into the pass's rule ids). */
export class SpanList {
  n = 0;
  types: Uint8Array = new Uint8Array(64);
  start: Int32Array = new Int32Array(64);
  end: Int32Array = new Int32Array(64);
  rules: Uint8Array = new Uint8Array(64);
  /** each span's {@link PlaceParts} */
  typeStart: Int32Array = new Int32Array(64);
  typeEnd: Int32Array = new Int32Array(64);
  nameStart: Int32Array = new Int32Array(64);
  nameEnd: Int32Array = new Int32Array(64);

  push(type: number, start: number, end: number, rule: number, place: PlaceParts): void {
    if (this.n === this.types.length) this.grow();
    const k = this.n++;
    this.types[k] = type;
    this.start[k] = start;
    this.end[k] = end;
    this.rules[k] = rule;
    this.typeStart[k] = place.typeStart;
    this.typeEnd[k] = place.typeEnd;
    this.nameStart[k] = place.nameStart;
    this.nameEnd[k] = place.nameEnd;
  }

  /** The end of the last span, or -1. */
  lastEnd(): number {
    return this.n > 0 ? this.end[this.n - 1]! : -1;
  }

  /**
   * Empty; arrays grown past 256k spans (6.8 MB) are let go. Up to that they
   * are kept for the next text, as the token arrays are (see doc/tokens.ts):
   * a 4 MB text has about 95,000 spans, and growing the arrays again for
   * each such text cost 1–2 % of `annotate`.
   */
  release(): void {
    this.n = 0;
    if (this.types.length > 1 << 18) {
      this.types = new Uint8Array(64);
      this.start = new Int32Array(64);
      this.end = new Int32Array(64);
      this.rules = new Uint8Array(64);
      this.typeStart = new Int32Array(64);
      this.typeEnd = new Int32Array(64);
      this.nameStart = new Int32Array(64);
      this.nameEnd = new Int32Array(64);
    }
  }

  private grow(): void {
    const c = this.types.length * 2;
    this.types = grownUint8(this.types, c);
    this.start = grownInt32(this.start, c);
    this.end = grownInt32(this.end, c);
    this.rules = grownUint8(this.rules, c);
    this.typeStart = grownInt32(this.typeStart, c);
    this.typeEnd = grownInt32(this.typeEnd, c);
    this.nameStart = grownInt32(this.nameStart, c);
    this.nameEnd = grownInt32(this.nameEnd, c);
  }
}

export class Spans {
  readonly n: number;
  /** the entity type, as an index into TYPES */
  private readonly types: Uint8Array;
  /** first token, and the token after the last */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** the place the span names as the rule that found it read it: its type word [typeStart, typeEnd) and name [nameStart, nameEnd) (-1: none) */
  readonly typeStart: Int32Array;
  readonly typeEnd: Int32Array;
  readonly nameStart: Int32Array;
  readonly nameEnd: Int32Array;
  /** the rule that found each (kept when `annotate(text, { explain: true })` asks for it) */
  readonly rule: readonly string[] | undefined;

  /** The spans of `list`, whose arrays it takes over; `ruleIds` names its rule indexes (with `explain`). */
  constructor(list: SpanList, ruleIds: readonly string[] | undefined) {
    const n = list.n;
    this.n = n;
    this.types = list.types.subarray(0, n);
    this.start = list.start.subarray(0, n);
    this.end = list.end.subarray(0, n);
    this.typeStart = list.typeStart.subarray(0, n);
    this.typeEnd = list.typeEnd.subarray(0, n);
    this.nameStart = list.nameStart.subarray(0, n);
    this.nameEnd = list.nameEnd.subarray(0, n);
    this.rule = ruleIds ? Array.from(list.rules.subarray(0, n), (r) => ruleIds[r]!) : undefined;
  }

  type(k: number): EntityType {
    return TYPES[this.types[k]!]!;
  }
}
