/** The output of a whole text in the formats other than jsonl. */
import { annotate, expand, toBrat, toConll, toHtml, toInline } from '../index.js';
import type { Annotation } from '../types.js';
import type { Command, Format } from './args.js';
import { annotationPieces, jsonStringPieces } from './json-out.js';

/** A readable rendering of an annotation. */
export function renderText(a: Annotation): string {
  const lines: string[] = [];
  lines.push(`Abbreviations (${a.abbreviations.length}):`);
  for (const x of a.abbreviations) {
    const extra = x.candidates ? `   [undecided: ${x.candidates.join(' | ')}]` : '';
    lines.push(`  ${String(x.start).padStart(6)}-${String(x.end).padEnd(6)} ${x.text.replace(/\s+/gu, ' ').padEnd(12)} → ${x.expansion}${extra}`);
  }
  lines.push('', `Entities (${a.entities.length}):`);
  for (const e of a.entities) {
    lines.push(`  ${String(e.start).padStart(6)}-${String(e.end).padEnd(6)} ${e.type.padEnd(5)} ${e.text.replace(/\s+/gu, ' ')}`);
  }
  if (a.people.length > 0) {
    lines.push('', `People (${a.people.length}):`);
    for (const p of a.people) {
      const roles = p.roles.map((r) => (r.organization ? `${r.title.normalized} ${r.organization.normalized}` : r.title.normalized));
      lines.push(`  ${p.name.normalized}${roles.length ? ': ' + roles.join('; ') : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** `JSON.stringify({ text }, null, 2)` and a line break, in pieces. */
function* textJson(text: string): Generator<string> {
  yield '{\n  "text": ';
  yield* jsonStringPieces(text);
  yield '\n}\n';
}

/** `toJSON(a)` and a line break, in pieces (it can be longer than one string can be). */
function* annotationJson(a: Annotation): Generator<string> {
  yield* annotationPieces(a, 2);
  yield '\n';
}

/** The output of a whole text, in pieces. */
export function render(text: string, command: Command, format: Format): Iterable<string> {
  if (command === 'expand' || format === 'expanded') {
    const expanded = expand(text);
    return format === 'json' ? textJson(expanded) : [expanded];
  }
  const a = annotate(text);
  switch (format) {
    case 'conll':
      return [toConll(a)];
    case 'brat':
      return [toBrat(a)];
    case 'inline':
      return [toInline(a)];
    case 'text':
      return [renderText(a)];
    case 'html':
      return [toHtml(a)];
    default:
      return annotationJson(a);
  }
}
