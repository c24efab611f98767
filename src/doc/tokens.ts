/**
 * Tokens as parallel typed arrays (struct of arrays): a token is an index,
 * its fields are numbers. No object per token.
 */
export const K_WORD = 0;
export const K_NUMBER = 1;
export const K_PUNCT = 2;
export const K_ABBR = 3;
export const K_CODE = 4;
export const KIND_NAMES = ['word', 'number', 'punct', 'abbr', 'code'] as const;
export type TokenKind = (typeof KIND_NAMES)[number];

/** White space before a token: 0 none, 1 spaces, 2 one line break, 3 a blank line or more. */
export type Gap = 0 | 1 | 2 | 3;

/** A copy of `a` with room for `size` elements (the rest zero). */
export function grownInt32(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** A copy of `a` with room for `size` elements (the rest zero). */
export function grownUint8(a: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}

/** Token arrays up to this many tokens (17 bytes each) are kept for the next text, whatever its size. */
const RETAINED = 1 << 20;

/**
 * Larger arrays, up to this many tokens (34 MB), are kept for a next text
 * that needs more than half of them, and let go for a smaller one (see
 * {@link TokenArrays.reset}): a process that reads long texts one after the
 * other fills the same arrays instead of zeroing and faulting in new ones
 * for each (and the collections that much new external memory brings on),
 * and one that goes back to short texts gives the room back on its next.
 * Arrays past this are let go at once, as is everything past it at its peak.
 */
const KEPT = 1 << 21;

/** The view's own per-token arrays (see DocView), kept with the token arrays. */
interface ViewBuffers {
  /** each token's abbreviation, then the view's `sylAt` (the same array) */
  abbrAt: Int32Array;
  flags: Uint8Array;
  abbrN: Uint8Array;
}

function viewBuffers(c: number): ViewBuffers {
  return { abbrAt: new Int32Array(c), flags: new Uint8Array(c), abbrN: new Uint8Array(c) };
}

export class TokenArrays {
  n = 0;
  // set by allocate(), which the constructor calls
  start!: Int32Array;
  end!: Int32Array;
  /** lexeme id of the surface */
  lex!: Int32Array;
  kind!: Uint8Array;
  gap!: Uint8Array;
  /** the view's arrays, kept for the next text as the token arrays are (their pages faulted in once, not for every text) */
  private view!: ViewBuffers;

  constructor(capacity: number) {
    this.allocate(capacity);
  }

  push(start: number, end: number, kind: number, gap: number, lex: number): number {
    if (this.n === this.start.length) this.grow();
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.gap[i] = gap;
    this.lex[i] = lex;
    return i;
  }

  /**
   * Empty, with room for `capacity` tokens: the arrays are reused when they
   * have it, unless they are past {@link RETAINED} and more than twice that.
   */
  reset(capacity: number): void {
    this.n = 0;
    const size = this.start.length;
    if (size < capacity || (size > RETAINED && size > 2 * capacity)) this.allocate(capacity);
  }

  /** Empty; arrays past {@link KEPT} tokens are let go. */
  release(): void {
    this.n = 0;
    if (this.start.length > KEPT) this.allocate(16);
  }

  private allocate(capacity: number): void {
    const c = Math.max(16, capacity | 0);
    this.start = new Int32Array(c);
    this.end = new Int32Array(c);
    this.lex = new Int32Array(c);
    this.kind = new Uint8Array(c);
    this.gap = new Uint8Array(c);
    this.view = viewBuffers(c);
  }

  /** The view buffers with room for `size` (new ones are not copied: each use fills what it reads). */
  private viewRoom(size: number): ViewBuffers {
    if (this.view.abbrAt.length < size) this.view = viewBuffers(Math.max(size, this.start.length));
    return this.view;
  }

  /**
   * Each token's abbreviation (see merges/found.ts): `size` elements, all -1.
   * A view of a kept buffer, as are the arrays of {@link viewFields}.
   */
  abbrAtArray(size: number): Int32Array {
    return this.viewRoom(size).abbrAt.subarray(0, size).fill(-1);
  }

  /** `abbrAt` (of {@link abbrAtArray}) made `size` long, its elements kept; the new ones are the caller's to write. */
  abbrAtGrown(abbrAt: Int32Array, size: number): Int32Array {
    const room = this.viewRoom(size);
    const b = room.abbrAt.subarray(0, size);
    if (room.abbrAt.buffer !== abbrAt.buffer) b.set(abbrAt);
    return b;
  }

  /** The view's flags and abbreviation counts: `size` elements each, all 0. */
  viewFields(size: number): { flags: Uint8Array; abbrN: Uint8Array } {
    const v = this.viewRoom(size);
    return { flags: v.flags.subarray(0, size).fill(0), abbrN: v.abbrN.subarray(0, size).fill(0) };
  }

  /** Twice the room. */
  grow(): void {
    this.growTo(this.start.length * 2);
  }

  /** Room for `size` tokens (the arrays grown to exactly that when they have less). */
  room(size: number): void {
    if (this.start.length < size) this.growTo(size);
  }

  private growTo(c: number): void {
    this.start = grownInt32(this.start, c);
    this.end = grownInt32(this.end, c);
    this.lex = grownInt32(this.lex, c);
    this.kind = grownUint8(this.kind, c);
    this.gap = grownUint8(this.gap, c);
  }
}
