/**
 * JSON written in pieces, never as one string: V8 cannot hold a string
 * longer than 2^29 - 24 code units (~512 MB), and the JSON of a big
 * annotation can be longer. The pieces join to exactly what toJSON() writes:
 * each piece comes from toJSON itself (on the annotation with its arrays cut
 * into slices), so its key order and layout are the library's.
 */
import { toJSON } from '../index.js';
import type { Annotation } from '../types.js';

/** The longest string V8 can hold (code units). */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;
/** Elements of an array serialised by one toJSON call. */
const SLICE = 1000;
/** Code units of text serialised by one JSON.stringify call. */
const TEXT_SLICE = 2 ** 20;
/** Annotations up to this many array elements (and text up to TEXT_SLICE) are serialised at once. */
export const STREAM_ABOVE = 20_000;

/** `JSON.stringify(text)` in pieces (a surrogate pair is never cut). */
export function* jsonStringPieces(text: string, slice = TEXT_SLICE): Generator<string> {
  if (text.length <= slice) {
    yield JSON.stringify(text);
    return;
  }
  yield '"';
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + slice);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end += end - 1 > at ? -1 : 1; // keep the pair together
    yield JSON.stringify(text.slice(at, end)).slice(1, -1);
    at = end;
  }
  yield '"';
}

const sentinel = (key: string): string => `\u0000vn-admin-ner:${key}\u0000`;

interface Hole {
  key: string;
  /** where the quoted sentinel starts in the template */
  at: number;
}

/** toJSON of `a` with its text and every non-empty array replaced by a sentinel, and where those are. */
function template(a: Annotation, indent: number): { skeleton: Record<string, unknown>; json: string; holes: Hole[] } {
  const skeleton: Record<string, unknown> = { ...a, text: sentinel('text') };
  for (const [key, value] of Object.entries(a)) if (Array.isArray(value) && value.length > 0) skeleton[key] = [sentinel(key)];
  const json = toJSON(skeleton as unknown as Annotation, { indent });
  const holes: Hole[] = [];
  for (const key of Object.keys(skeleton)) {
    if (key !== 'text' && !Array.isArray(skeleton[key])) continue;
    const at = json.indexOf(JSON.stringify(sentinel(key)));
    if (at !== -1) holes.push({ key, at });
  }
  return { skeleton, json, holes: holes.sort((x, y) => x.at - y.at) };
}

/** The elements of `a[hole.key]`, joined as toJSON joins them, in slices. */
function* arrayPieces(a: Annotation, indent: number, t: ReturnType<typeof template>, hole: Hole): Generator<string> {
  const items = (a as unknown as Record<string, unknown[]>)[hole.key]!;
  const before = t.json.slice(0, hole.at);
  const after = t.json.slice(hole.at + JSON.stringify(sentinel(hole.key)).length);
  const lead = before.slice(before.lastIndexOf('[') + 1);
  if (!/^\s*$/u.test(lead)) throw new Error(`unexpected JSON layout before the ${hole.key} array`);
  for (let k = 0; k < items.length; k += SLICE) {
    const json = toJSON({ ...t.skeleton, [hole.key]: items.slice(k, k + SLICE) } as unknown as Annotation, { indent });
    if (!json.startsWith(before) || !json.endsWith(after)) throw new Error(`unexpected JSON layout in the ${hole.key} array`);
    yield (k === 0 ? '' : ',' + lead) + json.slice(before.length, json.length - after.length);
  }
}

/**
 * `toJSON(a, { indent })` in pieces. Small annotations (up to `streamAbove`
 * array elements and 1 MB of text) come as one piece.
 */
export function* annotationPieces(a: Annotation, indent: number, streamAbove = STREAM_ABOVE): Generator<string> {
  let elements = 0;
  for (const value of Object.values(a)) if (Array.isArray(value)) elements += value.length;
  if (elements <= streamAbove && a.text.length <= TEXT_SLICE) {
    yield toJSON(a, { indent });
    return;
  }
  const t = template(a, indent);
  let pos = 0;
  for (const hole of t.holes) {
    yield t.json.slice(pos, hole.at);
    if (hole.key === 'text') yield* jsonStringPieces(a.text);
    else yield* arrayPieces(a, indent, t, hole);
    pos = hole.at + JSON.stringify(sentinel(hole.key)).length;
  }
  yield t.json.slice(pos);
}

/** Pieces joined into strings of at least `size` code units (fewer, larger writes). */
export function* joined(pieces: Iterable<string>, size = 64 * 1024): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}
