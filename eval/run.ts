/**
 * `npm run eval [-- FILE.gold.jsonl …] [options]`
 *
 * Scores the library on gold files (default: every `../shared/corpus/*.gold.jsonl`),
 * each file on its own, then all of them pooled.
 *
 *   --errors            list every false positive and negative (entities, abbreviations, relations)
 *   --markdown          print markdown tables (the README's scores section) instead
 *   --by-rule           precision per rule id (annotate with { explain: true }), pooled over the files
 *   --no-date           annotate without the gold line's `date`
 *   --min-PER=0.95 …    a bar for every file and the pool (PER, ROLE, ORG, LOC strict F1;
 *                       ABBR end to end; REL relations full F1)
 *   --floors=FILE       hold every file to its floors in FILE (eval/floors.json); print floor and target
 *   --write-floors=FILE rewrite the floors in FILE from today's scores minus its margin
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { annotate } from '../src/index.js';
import { combineScores, parseGold, score, type GoldDoc } from './score.js';
import { formatByRule, scoreByRule } from './by-rule.js';
import { METRICS, checkFloors, checkThresholds, floorsFrom, formatFiles, formatMarkdown, type FileScores, type Floors, type Metric } from './report.js';

interface Options {
  files: string[];
  errors: boolean;
  markdown: boolean;
  byRule: boolean;
  date: boolean;
  thresholds: Partial<Record<Metric, number>>;
  floors?: string;
  writeFloors?: string;
}

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

function parseArgs(args: string[]): Options {
  const o: Options = { files: [], errors: false, markdown: false, byRule: false, date: true, thresholds: {} };
  const flags: Record<string, () => void> = {
    '--errors': () => (o.errors = true),
    '--markdown': () => (o.markdown = true),
    '--by-rule': () => (o.byRule = true),
    '--no-date': () => (o.date = false),
  };
  for (const a of args) {
    const min = /^--min-([A-Z]+)=([0-9.]+)$/u.exec(a);
    const file = /^--(floors|write-floors)=(.+)$/u.exec(a);
    if (!a.startsWith('--')) o.files.push(a);
    else if (flags[a]) flags[a]!();
    else if (min && (METRICS as readonly string[]).includes(min[1]!)) o.thresholds[min[1] as Metric] = Number(min[2]);
    else if (file?.[1] === 'floors') o.floors = file[2]!;
    else if (file) o.writeFloors = file[2]!;
    else fail(`unknown option ${JSON.stringify(a)}`);
  }
  return o;
}

/** The corpus files in the order of the README (the seed first, the widest sample last); others after, by name. */
const ORDER = ['seed', 'dev', 'provinces', 'nationwide'].map((n) => `${n}.gold.jsonl`);
const rank = (f: string): number => (ORDER.includes(f) ? ORDER.indexOf(f) : ORDER.length);

function goldPaths(files: string[]): string[] {
  if (files.length > 0) return files;
  const dir = resolve('..', 'shared', 'corpus');
  if (!existsSync(dir)) fail(`no gold files given and ${dir} does not exist`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.jsonl'))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((f) => join(dir, f));
}

/** Read and score each gold file; the documents read come back too (for --by-rule). */
function scoreFiles(paths: string[], useDate: boolean): { files: FileScores[]; docs: GoldDoc[] } {
  const annotateDoc = (text: string, doc: GoldDoc) => (useDate && doc.date ? annotate(text, { date: doc.date }) : annotate(text));
  const docs: GoldDoc[] = [];
  const files = paths.map((p) => {
    if (!existsSync(p)) fail(`cannot read ${JSON.stringify(p)}: no such file`);
    const fileDocs = parseGold(readFileSync(p, 'utf8'));
    docs.push(...fileDocs);
    return { name: basename(p), scores: score(fileDocs, annotateDoc) };
  });
  return { files, docs };
}

const readFloors = (path: string): Floors => {
  if (!existsSync(path)) fail(`cannot read ${JSON.stringify(path)}: no such file`);
  return JSON.parse(readFileSync(path, 'utf8')) as Floors;
};

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const paths = goldPaths(o.files);
  const { files, docs: goldDocs } = scoreFiles(paths, o.date);
  const pool: FileScores = { name: 'all', scores: combineScores(files.map((x) => x.scores)) };
  if (o.errors) for (const e of pool.scores.errors) console.log(e);
  const docs = pool.scores.documents;
  if (o.markdown) console.log(formatMarkdown([...files, pool]));
  else console.log(`eval: ${docs} documents from ${paths.length} file(s)${o.date ? '' : ' (without dates)'}\n\n${formatFiles(files, pool)}`);
  if (o.byRule) console.log(`\n${formatByRule(scoreByRule(goldDocs, annotate, o.date))}`);
  const failures = checkThresholds([...files, pool], o.thresholds);
  if (o.floors) {
    const gate = checkFloors(files, readFloors(o.floors));
    console.log(`\n${gate.lines.join('\n')}`);
    failures.push(...gate.failures);
  }
  if (o.writeFloors) {
    writeFileSync(o.writeFloors, `${JSON.stringify(floorsFrom(files, readFloors(o.writeFloors)), null, 2)}\n`);
    console.log(`eval: floors written to ${o.writeFloors}`);
  }
  for (const x of failures) console.error(x);
  process.exit(failures.length > 0 ? 1 : 0);
}

main();
