/**
 * The inline markup of the corpus (`GUIDELINES.md`): `[TYPE text]` marks an
 * entity, `{abbr=expansion}` an abbreviation, and an abbreviation may sit
 * inside an entity: `[ORG {HĐND=Hội đồng nhân dân} huyện]`.
 *
 * Escaping (a backslash makes the next character literal):
 * - in the text, outside and inside entities: `\` `[` `]` `{` `}`;
 * - in the abbreviation part of `{abbr=expansion}`: the same and `=`;
 * - in the expansion: `\` `{` `}`.
 * Nothing else is escaped, so removing the markup and the escapes gives back
 * the input exactly.
 *
 * What cannot be written inline is left out (the text is always kept):
 * empty or out-of-range spans, an entity that overlaps an earlier one, an
 * abbreviation that overlaps an earlier one, and an abbreviation that crosses
 * an entity boundary or contains an entity (it must lie inside one entity or
 * outside all of them).
 */
import type { Annotation, EntityType } from '../types.js';

/** An entity read from markup. */
export interface InlineEntity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
}

/** An abbreviation read from markup. */
export interface InlineAbbreviation {
  start: number;
  end: number;
  text: string;
  expansion: string;
}

/** The result of {@link fromInline}: the plain text and its spans, offsets in UTF-16 code units. */
export interface InlineParsed {
  text: string;
  entities: InlineEntity[];
  abbreviations: InlineAbbreviation[];
}

const OPEN_ENTITY = /^\[(PER|ROLE|ORG|LOC) /u;

const escapeText = (s: string): string => s.replace(/[\\[\]{}]/gu, '\\$&');
const escapeAbbr = (s: string): string => s.replace(/[\\[\]{}=]/gu, '\\$&');
const escapeExpansion = (s: string): string => s.replace(/[\\{}]/gu, '\\$&');

interface Span {
  start: number;
  end: number;
}

/** In range and not empty, sorted. */
function valid<T extends Span>(spans: readonly T[], len: number): T[] {
  return spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= len && s.start < s.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Drop spans that overlap an earlier kept one. */
function nonOverlapping<T extends Span>(sorted: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || last.end <= s.start) out.push(s);
  }
  return out;
}

/**
 * Write an annotation as inline markup: `[TYPE text]` for entities,
 * `{abbr=expansion}` for abbreviations, with backslash escapes (see the module
 * comment). `fromInline(toInline(a))` gives back the text and every span that
 * could be written.
 *
 * @example
 * ```ts
 * toInline({ text: 'Chủ tịch HĐND huyện [trích]', people: [], entities: [
 *   { type: 'ROLE', start: 0, end: 8, text: 'Chủ tịch', normalized: 'Chủ tịch' },
 *   { type: 'ORG', start: 9, end: 19, text: 'HĐND huyện', normalized: 'Hội đồng nhân dân huyện' },
 * ], abbreviations: [
 *   { start: 9, end: 13, text: 'HĐND', expansion: 'Hội đồng nhân dân', source: 'dictionary' },
 * ] });
 * // '[ROLE Chủ tịch] [ORG {HĐND=Hội đồng nhân dân} huyện] \\[trích\\]'
 * ```
 */
export function toInline(annotation: Annotation): string {
  const text = annotation.text;
  const entities = nonOverlapping(valid(annotation.entities, text.length));
  // keep abbreviations inside one entity or outside all (entities are sorted and disjoint)
  let k = 0;
  const abbreviations = nonOverlapping(
    valid(annotation.abbreviations, text.length).filter((a) => {
      while (k < entities.length && entities[k]!.end <= a.start) k++;
      const e = entities[k];
      return e === undefined || a.end <= e.start || (e.start <= a.start && a.end <= e.end);
    }),
  );
  let out = '';
  let p = 0;
  let ei = 0;
  let ai = 0;
  const copy = (to: number, escape: (s: string) => string): void => {
    if (to > p) out += escape(text.slice(p, to));
    p = to;
  };
  // walk the boundaries in order; an abbreviation opens after and closes before its entity
  while (p < text.length || ei < entities.length || ai < abbreviations.length) {
    const e = entities[ei];
    const a = abbreviations[ai];
    const next = Math.min(e?.start ?? Infinity, a?.start ?? Infinity);
    if (next === Infinity) {
      copy(text.length, escapeText);
      break;
    }
    copy(next, escapeText);
    if (e !== undefined && e.start === p) {
      out += `[${e.type} `;
      // abbreviations inside this entity
      while (ai < abbreviations.length && abbreviations[ai]!.start < e.end) {
        const inner = abbreviations[ai++]!;
        copy(inner.start, escapeText);
        out += '{';
        copy(inner.end, escapeAbbr);
        out += `=${escapeExpansion(inner.expansion)}}`;
      }
      copy(e.end, escapeText);
      out += ']';
      ei++;
    } else if (a !== undefined) {
      out += '{';
      copy(a.end, escapeAbbr);
      out += `=${escapeExpansion(a.expansion)}}`;
      ai++;
    }
  }
  return out;
}

/**
 * Read inline markup: `[TYPE text]` (TYPE one of PER, ROLE, ORG, LOC),
 * `{abbr=expansion}`, and `\` escapes. Lenient where it can be: a `[` not
 * followed by a type and a space, a `]` with no entity open, and `}` or `=`
 * outside braces are literal text. Throws a `SyntaxError` for an entity or a
 * `{` left open at the end, and for `{…}` without `=`.
 *
 * @example
 * ```ts
 * const p = fromInline('[ORG {HĐND=Hội đồng nhân dân} huyện] \\[trích\\]');
 * p.text;          // 'HĐND huyện [trích]'
 * p.entities;      // [{ type: 'ORG', start: 0, end: 10, text: 'HĐND huyện' }]
 * p.abbreviations; // [{ start: 0, end: 4, text: 'HĐND', expansion: 'Hội đồng nhân dân' }]
 * ```
 */
export function fromInline(markup: string): InlineParsed {
  const out: string[] = [];
  let len = 0;
  const entities: InlineEntity[] = [];
  const abbreviations: InlineAbbreviation[] = [];
  const open: { start: number; type: EntityType; at: number }[] = [];
  let abbr: { start: number; at: number } | null = null;
  let expansion: string | null = null;
  for (let i = 0; i < markup.length; i++) {
    let ch = markup[i]!;
    let escaped = false;
    if (ch === '\\' && i + 1 < markup.length) {
      ch = markup[++i]!;
      escaped = true;
    }
    if (expansion !== null) {
      if (ch === '}' && !escaped) {
        abbreviations.push({ start: abbr!.start, end: len, text: '', expansion });
        abbr = null;
        expansion = null;
      } else expansion += ch;
      continue;
    }
    if (!escaped) {
      if (abbr !== null) {
        if (ch === '=') {
          expansion = '';
          continue;
        }
        if (ch === '}') throw new SyntaxError(`vn-admin-ner: fromInline: '{' at ${abbr.at} closes without '=expansion'`);
      } else {
        if (ch === '[') {
          const m = OPEN_ENTITY.exec(markup.slice(i, i + 6));
          if (m) {
            open.push({ start: len, type: m[1] as EntityType, at: i });
            i += m[0].length - 1;
            continue;
          }
        } else if (ch === ']' && open.length > 0) {
          const e = open.pop()!;
          entities.push({ type: e.type, start: e.start, end: len, text: '' });
          continue;
        } else if (ch === '{') {
          abbr = { start: len, at: i };
          continue;
        }
      }
    }
    out.push(ch);
    len++;
  }
  if (abbr !== null) throw new SyntaxError(`vn-admin-ner: fromInline: '{' at ${abbr.at} is never closed`);
  const unclosed = open[open.length - 1];
  if (unclosed !== undefined) throw new SyntaxError(`vn-admin-ner: fromInline: '[${unclosed.type}' at ${unclosed.at} is never closed`);
  const text = out.join('');
  for (const e of entities) e.text = text.slice(e.start, e.end);
  for (const a of abbreviations) a.text = text.slice(a.start, a.end);
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, entities, abbreviations };
}
