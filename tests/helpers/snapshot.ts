/**
 * The behaviour snapshot of the redesign (issue 9): for every text of
 * `../shared/corpus` (gold files, the seed report, `unannotated/`), a record
 * of what `annotate` returns, without copying the text itself: a SHA-256 of
 * the full `toJSON(annotate(text))`, and the spans as numbers (entities with
 * their type, place code and resolved form; abbreviations with their
 * expansion; people as offsets of their name and roles). The corpus stays in
 * `../shared`; only these records are committed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotation, AnnotateOptions } from '../../src/index.js';

export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');

export interface CorpusText {
  key: string;
  text: string;
  date?: string;
}

/** Every text of the corpus, with a stable key (file and id or name). */
export function corpusTexts(dir = CORPUS): CorpusText[] {
  if (!existsSync(dir)) return [];
  const out: CorpusText[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.gold.jsonl')) {
      const lines = readFileSync(join(dir, f), 'utf8').split('\n');
      lines.forEach((line, n) => {
        if (line.trim() === '') return;
        const d = JSON.parse(line) as { id?: string; text: string; date?: string };
        out.push({ key: `${f}#${d.id ?? n}`, text: d.text, ...(d.date ? { date: d.date } : {}) });
      });
    } else if (f.endsWith('.txt')) out.push({ key: f, text: readFileSync(join(dir, f), 'utf8') });
  }
  const un = join(dir, 'unannotated');
  if (existsSync(un)) {
    for (const f of readdirSync(un).sort()) if (f.endsWith('.txt')) out.push({ key: `unannotated/${f}`, text: readFileSync(join(un, f), 'utf8') });
  }
  return out;
}

export type SnapshotRecord = {
  hash: string;
  entities: (string | number)[][];
  abbreviations: (string | number)[][];
  people: (number | (number | null)[][])[][];
  relations?: (number | null)[][];
};

export function record(a: Annotation, json: string): SnapshotRecord {
  return {
    hash: createHash('sha256').update(json).digest('hex').slice(0, 16),
    entities: a.entities.map((e) => [
      e.type,
      e.start,
      e.end,
      ...(e.place ? [`@${e.place.code}`] : []),
      ...(e.candidates ? [`?${e.candidates.length}`] : []),
      ...(e.resolved ? [`=${e.resolved.length}`] : []),
    ]),
    abbreviations: a.abbreviations.map((x) => [x.start, x.end, x.expansion, ...(x.candidates ? [x.candidates.length] : [])]),
    people: a.people.map((p) => [p.name.start, p.roles.map((r) => [r.title.start, r.organization?.start ?? null])]),
    ...(a.relations ? { relations: a.relations.map((r) => [r.person, r.role, r.organization ?? null]) } : {}),
  };
}

/** The snapshot of one text: with no options, and with the text's date when it has one. */
export function snapshotOf(
  lib: { annotate: (t: string, o?: AnnotateOptions) => Annotation; toJSON: (a: Annotation) => string },
  t: CorpusText,
): Record<string, SnapshotRecord> {
  const a = lib.annotate(t.text);
  const out: Record<string, SnapshotRecord> = { plain: record(a, lib.toJSON(a)) };
  if (t.date) {
    const d = lib.annotate(t.text, { date: t.date });
    out.dated = record(d, lib.toJSON(d));
  }
  return out;
}
