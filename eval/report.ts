/**
 * How `npm run eval` prints scores: plain tables per gold file and pooled,
 * markdown tables for the README, and the per-file gate (thresholds, floors
 * and targets of eval/floors.json).
 */
import { ENTITY_TYPES, type Scores } from './score.js';

/** The scores of one gold file (or of the pool, named `all`). */
export interface FileScores {
  name: string;
  scores: Scores;
}

/** Gated metrics: strict F1 per entity type, abbreviations end to end, relations (full) F1. */
export const METRICS = ['PER', 'ROLE', 'ORG', 'LOC', 'ABBR', 'REL'] as const;
export type Metric = (typeof METRICS)[number];

/** eval/floors.json: per-file no-regression floors and the targets. */
export interface Floors {
  comment?: string;
  margin: number;
  targets: Partial<Record<Metric, number>>;
  floors: Record<string, Partial<Record<Metric, number>>>;
}

/** The value of a gated metric, or undefined when the file does not score it (no relation layer). */
export function metric(s: Scores, m: Metric): number | undefined {
  if (m === 'ABBR') return s.abbreviations.endToEnd;
  if (m === 'REL') return s.relations?.full.f1;
  return s.strict[m]!.f1;
}

const f = (x: number): string => x.toFixed(3);

/** Plain-text tables of one file's scores. */
export function formatScores(s: Scores): string {
  const lines: string[] = [];
  lines.push('type   strict P  strict R  strict F1 | relaxed P relaxed R relaxed F1 |   gold');
  for (const t of ENTITY_TYPES) {
    const a = s.strict[t]!;
    const r = s.relaxed[t]!;
    lines.push(
      `${t.padEnd(5)}  ${f(a.precision).padStart(8)}  ${f(a.recall).padStart(8)}  ${f(a.f1).padStart(9)} | ${f(r.precision).padStart(9)} ${f(r.recall).padStart(9)} ${f(r.f1).padStart(10)} | ${String(a.tp + a.fn).padStart(6)}`,
    );
  }
  const d = s.abbreviations.detection;
  lines.push(
    `ABBR   detection P ${f(d.precision)} R ${f(d.recall)} F1 ${f(d.f1)} | expansion accuracy ${f(s.abbreviations.expansionAccuracy)} | end-to-end ${f(s.abbreviations.endToEnd)} (${s.abbreviations.correct}/${s.abbreviations.gold})`,
  );
  const rel = s.relations;
  if (rel) {
    const { full: u, holder: h } = rel;
    lines.push(
      `REL    full P ${f(u.precision)} R ${f(u.recall)} F1 ${f(u.f1)} | holder P ${f(h.precision)} R ${f(h.recall)} F1 ${f(h.f1)} | gold ${rel.gold}`,
    );
  } else lines.push('REL    no relation layer');
  return lines.join('\n');
}

/** Every file's tables, then the pool's. */
export function formatFiles(files: FileScores[], pool: FileScores): string {
  const blocks = files.map((x) => `== ${x.name}: ${x.scores.documents} documents\n${formatScores(x.scores)}`);
  blocks.push(`== ${pool.name}: ${pool.scores.documents} documents from ${files.length} file(s)\n${formatScores(pool.scores)}`);
  return blocks.join('\n\n');
}

/** Markdown tables for the README: entities (one row per file and type), abbreviations, relations. */
export function formatMarkdown(rows: FileScores[]): string {
  const out: string[] = ['| file | type | strict P | strict R | strict F1 | relaxed F1 | gold |', '|---|---|---|---|---|---|---|'];
  for (const { name, scores: s } of rows) {
    for (const t of ENTITY_TYPES) {
      const a = s.strict[t]!;
      out.push(`| ${name} | ${t} | ${f(a.precision)} | ${f(a.recall)} | ${f(a.f1)} | ${f(s.relaxed[t]!.f1)} | ${a.tp + a.fn} |`);
    }
  }
  out.push('', '| file | abbreviations | detection P | detection R | expansion accuracy | end-to-end |', '|---|---|---|---|---|---|');
  for (const { name, scores: s } of rows) {
    const a = s.abbreviations;
    out.push(`| ${name} | ${a.gold} gold | ${f(a.detection.precision)} | ${f(a.detection.recall)} | ${f(a.expansionAccuracy)} | ${f(a.endToEnd)} (${a.correct}/${a.gold}) |`);
  }
  out.push('', '| file | relations | full P | full R | full F1 | holder P | holder R | holder F1 |', '|---|---|---|---|---|---|---|---|');
  for (const { name, scores: s } of rows) {
    const r = s.relations;
    if (!r) out.push(`| ${name} | no layer | | | | | | |`);
    else {
      const { full: u, holder: h } = r;
      out.push(`| ${name} | ${r.gold} gold | ${f(u.precision)} | ${f(u.recall)} | ${f(u.f1)} | ${f(h.precision)} | ${f(h.recall)} | ${f(h.f1)} |`);
    }
  }
  return out.join('\n');
}

/** One failed bar: `eval: dev.gold.jsonl LOC 0.861 is below the floor 0.870`. */
export type Failure = string;

/** Checks `--min-…` thresholds on every file (and the pool). */
export function checkThresholds(rows: FileScores[], thresholds: Partial<Record<Metric, number>>): Failure[] {
  const failures: Failure[] = [];
  for (const { name, scores } of rows) {
    for (const [m, min] of Object.entries(thresholds) as [Metric, number][]) {
      const value = metric(scores, m);
      if (value !== undefined && value < min) failures.push(`eval: ${name} ${m} ${f(value)} is below the threshold ${min}`);
    }
  }
  return failures;
}

/**
 * Checks each file against its floor and prints, per file and metric, the
 * score, the floor and the target (`lines`). A file without floors fails:
 * add it to eval/floors.json (`--write-floors`).
 */
export function checkFloors(rows: FileScores[], floors: Floors): { lines: string[]; failures: Failure[] } {
  const lines: string[] = [];
  const failures: Failure[] = [];
  for (const { name, scores } of rows) {
    const mine = floors.floors[name];
    if (!mine) {
      failures.push(`eval: ${name} has no floors in eval/floors.json`);
      continue;
    }
    for (const m of METRICS) {
      const value = metric(scores, m);
      const floor = mine[m];
      if (value === undefined || floor === undefined) continue;
      const target = floors.targets[m];
      const met = target === undefined ? '' : value >= target ? 'target met' : 'below target';
      lines.push(`gate ${name.padEnd(22)} ${m.padEnd(4)} ${f(value)}  floor ${f(floor)}  target ${target === undefined ? '-' : f(target)}  ${met}`);
      if (value < floor) failures.push(`eval: ${name} ${m} ${f(value)} is below the floor ${f(floor)}`);
      // the bar holds every file too (met on every gold file since it was set)
      if (target !== undefined && value < target) failures.push(`eval: ${name} ${m} ${f(value)} is below the target ${f(target)}`);
    }
  }
  return { lines, failures };
}

/** Floors from today's scores: each gated metric minus the margin, rounded down to 3 decimals. */
export function floorsFrom(rows: FileScores[], previous: Floors): Floors {
  const floors: Floors['floors'] = {};
  for (const { name, scores } of rows) {
    const mine: Partial<Record<Metric, number>> = {};
    for (const m of METRICS) {
      const value = metric(scores, m);
      if (value !== undefined) mine[m] = Math.max(0, Math.floor((value - previous.margin) * 1000) / 1000);
    }
    floors[name] = mine;
  }
  return { ...previous, floors };
}
