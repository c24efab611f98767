/**
 * `npm run eval [-- FILE.gold.jsonl …] [--errors] [--min-… thresholds]`
 *
 * Scores the library on gold files (default: every `../shared/corpus/*.gold.jsonl`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate } from '../src/index.js';
import { formatScores, parseGold, score, type GoldDoc } from './score.js';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const files = args.filter((a) => !a.startsWith('--'));
const thresholds: Record<string, number> = {};
for (const a of args) {
  const m = /^--min-(PER|ROLE|ORG|LOC|ABBR)=([0-9.]+)$/u.exec(a);
  if (m) thresholds[m[1]!] = Number(m[2]);
  else if (a.startsWith('--') && a !== '--errors') {
    console.error(`eval: unknown option ${JSON.stringify(a)}`);
    process.exit(2);
  }
}

let paths = files;
if (paths.length === 0) {
  const dir = resolve('..', 'shared', 'corpus');
  if (!existsSync(dir)) {
    console.error(`eval: no gold files given and ${dir} does not exist`);
    process.exit(2);
  }
  paths = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}
const docs: GoldDoc[] = [];
for (const p of paths) {
  if (!existsSync(p)) {
    console.error(`eval: cannot read ${JSON.stringify(p)}: no such file`);
    process.exit(2);
  }
  docs.push(...parseGold(readFileSync(p, 'utf8')));
}
const s = score(docs, (t) => annotate(t));
if (showErrors) for (const e of s.errors) console.log(e);
console.log(`eval: ${docs.length} documents from ${paths.length} file(s)`);
console.log(formatScores(s));
let failed = false;
for (const [k, min] of Object.entries(thresholds)) {
  const value = k === 'ABBR' ? s.abbreviations.endToEnd : s.strict[k]!.f1;
  if (value < min) {
    console.error(`eval: ${k} ${value.toFixed(3)} is below the threshold ${min}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
