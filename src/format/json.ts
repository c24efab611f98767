/**
 * JSON output with a stable key order, described by
 * `schema/annotation.schema.json` (JSON Schema draft 2020-12).
 *
 * Key order: the fields of `src/types.ts` in their declared order
 * (`text, entities, abbreviations, people, relations`; `type, start, end,
 * text, normalized`; `start, end, text, expansion, candidates, category,
 * source`; `name, roles`; `title, organization`; `person, role,
 * organization`), then any other keys in code-point order (so an entity's
 * `candidates, place, resolved` and a place's fields alphabetically). Keys
 * whose value is `undefined` are left out.
 */
import type { Annotation } from '../types.js';

/** The `$id` of `schema/annotation.schema.json`. */
export const ANNOTATION_SCHEMA_ID = 'https://raw.githubusercontent.com/vn-admin-ner/vn-admin-ner/main/schema/annotation.schema.json';

/** Options of {@link toJSON}. */
export interface JsonOptions {
  /** Spaces of indentation; 0 writes one line (JSON Lines). Default 2. */
  indent?: number;
  /** Put `"$schema": ANNOTATION_SCHEMA_ID` first. Default false. */
  schema?: boolean;
}

type Order = { keys: readonly string[]; children?: Record<string, Order> };

const ENTITY: Order = { keys: ['type', 'start', 'end', 'text', 'normalized'] };
const ABBREVIATION: Order = { keys: ['start', 'end', 'text', 'expansion', 'candidates', 'category', 'source'] };
const ROLE: Order = { keys: ['title', 'organization'], children: { title: ENTITY, organization: ENTITY } };
const PERSON: Order = { keys: ['name', 'roles'], children: { name: ENTITY, roles: ROLE } };
const RELATION: Order = { keys: ['person', 'role', 'organization'] };
const ANNOTATION: Order = {
  keys: ['text', 'entities', 'abbreviations', 'people', 'relations'],
  children: { entities: ENTITY, abbreviations: ABBREVIATION, people: PERSON, relations: RELATION },
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `value` with keys in order (known first, others sorted) and no undefined:
 * `value` itself where it is so already (the library's own objects mostly
 * are), else a copy. JSON.stringify writes an object's own enumerable keys
 * in the order Object.keys gives, so either serialises the same.
 */
function ordered(value: unknown, order?: Order): unknown {
  if (Array.isArray(value)) return orderedArray(value, order);
  if (!isPlainObject(value)) return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const keys = Object.keys(value);
  return inOrder(value, keys, order?.keys ?? []) ? orderedChildren(value, keys, order) : reordered(value, order);
}

/** The elements ordered: `list` itself when none changes. */
function orderedArray(list: unknown[], order: Order | undefined): unknown[] {
  let out: unknown[] | undefined;
  for (let k = 0; k < list.length; k++) {
    const v = list[k];
    const o = ordered(v, order);
    if (out === undefined && o !== v) out = list.slice(0, k);
    if (out !== undefined) out.push(o);
  }
  return out ?? list;
}

/** Are the own keys of `value` (`keys`, as Object.keys gives them) in output order: the known ones in order, then the rest sorted? */
function inOrder(value: Record<string, unknown>, keys: string[], known: readonly string[]): boolean {
  let p = 0;
  for (const k of known) {
    if (keys[p] === k) p++;
    // out of order, or an own key Object.keys does not give (not enumerable): the copy decides
    else if (Object.prototype.hasOwnProperty.call(value, k)) return false;
  }
  for (let q = p; q < keys.length; q++) {
    if (known.includes(keys[q]!) || (q > p && !(keys[q - 1]! < keys[q]!))) return false;
  }
  return true;
}

/** An object whose keys are in order: itself, or a copy where a value is undefined or a child is copied. */
function orderedChildren(value: Record<string, unknown>, keys: string[], order: Order | undefined): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (let x = 0; x < keys.length; x++) {
    const k = keys[x]!;
    const v = value[k];
    const o = v === undefined ? undefined : ordered(v, order?.children?.[k]);
    if (out === undefined && (o !== v || v === undefined)) {
      out = {};
      for (let y = 0; y < x; y++) out[keys[y]!] = value[keys[y]!];
    }
    if (out !== undefined && o !== undefined) out[k] = o;
  }
  return out ?? value;
}

/** A copy of `value` with keys in order (known first, others sorted) and no undefined. */
function reordered(value: Record<string, unknown>, order?: Order): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = order?.keys ?? [];
  const rest = Object.keys(value)
    .filter((k) => !known.includes(k))
    .sort();
  for (const k of [...known, ...rest]) {
    const v = value[k];
    if (v === undefined || !Object.prototype.hasOwnProperty.call(value, k)) continue;
    out[k] = ordered(v, order?.children?.[k]);
  }
  return out;
}

/**
 * Serialise an annotation to JSON with a stable key order and no undefined
 * values, so equal annotations give byte-equal output.
 *
 * @example
 * ```ts
 * toJSON({ text: 'HU', people: [], entities: [], abbreviations: [
 *   { source: 'dictionary', expansion: 'Huyện ủy', text: 'HU', end: 2, start: 0, category: undefined },
 * ] }, { indent: 0 });
 * // '{"text":"HU","entities":[],"abbreviations":[{"start":0,"end":2,"text":"HU","expansion":"Huyện ủy","source":"dictionary"}],"people":[]}'
 * ```
 */
export function toJSON(annotation: Annotation, options: JsonOptions = {}): string {
  const body = ordered(annotation, ANNOTATION) as Record<string, unknown>;
  const value = options.schema ? { $schema: ANNOTATION_SCHEMA_ID, ...body } : body;
  return JSON.stringify(value, null, options.indent ?? 2);
}
