#!/usr/bin/env node
// Benchmark of the built package (`npm run bench` builds first).
//
// Measures, reporting medians of repeated runs timed with performance.now()
// (wall) and process.cpuUsage() (CPU, user + system):
// - annotate() throughput on genre text (bench/genre-sample.txt repeated to
//   1, 4 and 16 MB, where 1 MB = 2^20 UTF-16 code units of text, i.e. string
//   .length, not bytes of UTF-8), tokens/s, and the bare tokenizer regex
//   /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu on the same text in the same process;
//   each size runs in a fresh child process, whose peak resident memory
//   (process.resourceUsage().maxRSS) is reported too;
// - annotate(text, { entities: false }) (abbreviations only) on the same text
//   against the same regex run;
// - the same on 1,000 short documents (2,000 characters each, cut from the
//   sample), each annotated on its own as a pipeline over articles would
//   (the `docs` row: per-document costs count there);
// - the same on real text when ../shared/corpus exists: the `text` of every
//   gold line and every unannotated/*.txt, joined (read at bench time only;
//   nothing of it is written out but its size);
// - scaling: time(16 MB) / (16 x time(1 MB));
// - peak resident memory of one annotate() of 8 MB of genre text in a fresh
//   process (the process's maxRSS: the text, the library and the result);
// - import time of dist/index.js in fresh processes;
// - heap used by the default annotator (fresh process, --expose-gc);
// - packed and unpacked size from `npm pack --dry-run --json`.
// Prints a table and writes bench/results.json. No dependencies.
// bench/jobs.mjs (also run by `npm run bench`) measures the CLI's --jobs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const distPath = join(root, 'dist', 'index.js');
const distUrl = pathToFileURL(distPath).href;
const corpusDir = join(root, '..', 'shared', 'corpus');
const MB = 2 ** 20; // characters (UTF-16 code units), not bytes

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function buildText(sample, size) {
  const unit = sample.trimEnd() + '\n\n';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The corpus texts joined, or null when ../shared/corpus is not there. */
function corpusText() {
  if (!existsSync(corpusDir)) return null;
  const texts = [];
  for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.gold.jsonl')).sort()) {
    for (const line of readFileSync(join(corpusDir, f), 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  const un = join(corpusDir, 'unannotated');
  if (existsSync(un)) for (const f of readdirSync(un).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(un, f), 'utf8'));
  return texts.join('\n\n');
}

/**
 * `count` documents of `size` characters cut at spread offsets from the
 * sample repeated (it is shorter than a document), as a pipeline annotating
 * articles one by one reads them.
 */
function documents(sample, size, count) {
  const text = buildText(sample, 2 * size + sample.length);
  const docs = [];
  for (let at = 0; docs.length < count; at = (at + 977) % (text.length - size)) docs.push(text.slice(at, at + size));
  return docs;
}

/** The short documents of the `docs` row: 1,000 of 2,000 characters. */
const DOCS = { count: 1000, size: 2000 };

function regexCount(text) {
  const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

// ---------------------------------------------------------------- child: one text, timed
// `bench.mjs --child genre|corpus SIZE REPS`: prints one JSON line of results.
if (process.argv[2] === '--child') {
  const [, , , source, sizeArg, repsArg] = process.argv;
  // A gc() before timing, without requiring a command-line flag.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  const time = (fn, reps) => {
    const wall = [];
    const cpu = [];
    let result;
    // one collection before the first run only: a forced full collection
    // before every run made the next annotate 2-4x slower (V8 discards the
    // code it had compiled), which timed the recompiling, not the library
    gc();
    for (let r = 0; r < reps; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      result = fn();
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    return { ms: median(wall), cpuMs: median(cpu), result };
  };
  const lib = await import(distUrl);
  const sample = readFileSync(join(here, 'genre-sample.txt'), 'utf8');
  // the docs row: each document annotated (and tokenized) on its own, the results summed
  const docs = source === 'docs' ? documents(sample, DOCS.size, DOCS.count) : null;
  const texts = (t) => docs ?? [t];
  // the abbreviations found, and the tokens of the regex, over the text or its documents
  const abbrCount = (t, o) => texts(t).reduce((n, d) => n + lib.annotate(d, o).abbreviations.length, 0);
  const regexOf = (t) => texts(t).reduce((n, d) => n + regexCount(d), 0);
  const text = source === 'corpus' ? corpusText() : docs ? docs.join('') : buildText(sample, Number(sizeArg));
  // warm up both code paths on 1 MB of genre text (or the corpus itself)
  const warm = source === 'corpus' ? text : buildText(sample, MB);
  for (let k = 0; k < 3; k++) {
    lib.annotate(warm);
    lib.annotate(warm, { entities: false });
    regexCount(warm);
  }
  const reps = Number(repsArg);
  const rx = time(() => regexOf(text), reps);
  const an = time(() => abbrCount(text), reps);
  const ab = time(() => abbrCount(text, { entities: false }), reps);
  const out = { chars: text.length, reps, annotateMs: an.ms, annotateCpuMs: an.cpuMs, abbreviations: an.result, abbrOnlyMs: ab.ms, abbrOnlyCpuMs: ab.cpuMs, regexMs: rx.ms, tokens: rx.result };
  out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

// ---------------------------------------------------------------- child: peak memory of one annotate
// `bench.mjs --peak SIZE`: annotate the genre text of SIZE characters once; prints one JSON line.
if (process.argv[2] === '--peak') {
  const { annotate } = await import(distUrl);
  const text = buildText(readFileSync(join(here, 'genre-sample.txt'), 'utf8'), Number(process.argv[3]));
  const t0 = performance.now();
  const entities = annotate(text).entities.length;
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ chars: text.length, ms, entities, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

// ---------------------------------------------------------------- throughput
const sizes = [
  { label: '1 MB', source: 'genre', chars: MB, reps: 9 },
  { label: '4 MB', source: 'genre', chars: 4 * MB, reps: 5 },
  { label: '16 MB', source: 'genre', chars: 16 * MB, reps: 3 },
];
const corpusChars = corpusText()?.length;
if (corpusChars !== undefined) sizes.push({ label: 'corpus', source: 'corpus', chars: corpusChars, reps: 9 });
sizes.push({ label: 'docs', source: 'docs', chars: DOCS.count * DOCS.size, reps: 9 });

const throughput = [];
for (const { label, source, chars, reps } of sizes) {
  const raw = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', source, String(chars), String(reps)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  const r = JSON.parse(raw);
  const mb = r.chars / MB;
  throughput.push({
    size: label,
    text:
      source === 'corpus'
        ? '../shared/corpus (gold texts + unannotated/*.txt, joined)'
        : source === 'docs'
          ? `${DOCS.count} documents of ${DOCS.size} characters of bench/genre-sample.txt, each annotated on its own`
          : 'bench/genre-sample.txt repeated',
    ...r,
    annotateMBps: mb / (r.annotateMs / 1000),
    annotateCpuMBps: mb / (r.annotateCpuMs / 1000),
    annotateTokensPerSec: r.tokens / (r.annotateMs / 1000),
    regexMBps: mb / (r.regexMs / 1000),
    regexTokensPerSec: r.tokens / (r.regexMs / 1000),
    ratio: r.regexMs / r.annotateMs, // annotate throughput / regex throughput
    abbrOnlyRatio: r.regexMs / r.abbrOnlyMs, // annotate(text, { entities: false }) throughput / regex throughput
  });
}
const t1 = throughput[0];
const t16 = throughput[2];
const scaling = t16.annotateMs / (16 * t1.annotateMs);

// ---------------------------------------------------------------- peak memory, 8 MB
const PEAK_CHARS = 8 * MB;
const peak = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--peak', String(PEAK_CHARS)], { encoding: 'utf8' }));

// ---------------------------------------------------------------- import time
const IMPORT_RUNS = 9;
const importScript = `const t0 = performance.now(); await import(${JSON.stringify(distUrl)}); process.stdout.write(String(performance.now() - t0));`;
const importTimes = [];
for (let k = 0; k < IMPORT_RUNS; k++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', importScript], { encoding: 'utf8' });
  importTimes.push(Number(out));
}
const importMs = median(importTimes);

// ---------------------------------------------------------------- heap
const heapScript = `
gc(); gc();
const before = process.memoryUsage().heapUsed;
const m = await import(${JSON.stringify(distUrl)});
m.annotate('Bí thư HU');
gc(); gc();
const after = process.memoryUsage().heapUsed;
process.stdout.write(String(after - before));`;
const HEAP_RUNS = 3;
const heapBytes = [];
for (let k = 0; k < HEAP_RUNS; k++) {
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', heapScript], { encoding: 'utf8' });
  heapBytes.push(Number(out));
}
const heapMB = median(heapBytes) / MB;

// ---------------------------------------------------------------- package size
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pack = spawnSync(npm, ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
let packed = NaN;
let unpacked = NaN;
try {
  const info = JSON.parse(pack.stdout)[0];
  packed = info.size;
  unpacked = info.unpackedSize;
} catch {
  console.error('npm pack --dry-run --json failed:', pack.stderr);
}

// ---------------------------------------------------------------- report
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memoryGB: os.totalmem() / 2 ** 30,
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
};

const f = (x, d = 1) => x.toFixed(d);
const fk = (x) => (x >= 1e6 ? `${f(x / 1e6, 2)} M` : `${f(x / 1e3, 1)} k`);
const pad = (s, w) => String(s).padStart(w);
const padr = (s, w) => String(s).padEnd(w);

console.log(`\nvn-admin-ner benchmark  (dist/index.js; MB = 2^20 characters = UTF-16 code units of text; medians)`);
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${f(machine.memoryGB)} GB RAM, Node ${machine.node} (${machine.platform})\n`);
const head = [
  padr('size', 6),
  pad('runs', 4),
  pad('annotate ms', 12),
  pad('cpu ms', 9),
  pad('MB/s', 7),
  pad('tokens/s', 10),
  pad('peak RSS', 9),
  pad('regex ms', 9),
  pad('MB/s', 7),
  pad('annot/regex', 12),
  pad('abbr-only ms', 13),
  pad('abbr/regex', 11),
  pad('tokens', 10),
  pad('abbrs', 8),
];
console.log(head.join('  '));
console.log('-'.repeat(head.join('  ').length));
for (const r of throughput) {
  console.log(
    [
      padr(r.size, 6),
      pad(r.reps, 4),
      pad(f(r.annotateMs), 12),
      pad(f(r.annotateCpuMs), 9),
      pad(f(r.annotateMBps, 2), 7),
      pad(fk(r.annotateTokensPerSec), 10),
      pad(`${f(r.maxRssMB, 0)} MB`, 9),
      pad(f(r.regexMs), 9),
      pad(f(r.regexMBps, 2), 7),
      pad(`${f(r.ratio, 2)}x`, 12),
      pad(f(r.abbrOnlyMs), 13),
      pad(`${f(r.abbrOnlyRatio, 2)}x`, 11),
      pad(r.tokens, 10),
      pad(r.abbreviations, 8),
    ].join('  '),
  );
}
if (corpusChars === undefined) console.log('(../shared/corpus not found: no corpus row)');
console.log('');
console.log(`scaling   time(16 MB) / (16 x time(1 MB)) = ${f(scaling, 2)}`);
console.log(`peak      one annotate() of 8 MB of genre text in a fresh process: maxRSS ${f(peak.maxRssMB, 0)} MB (${f(peak.ms, 0)} ms)`);
console.log(`import    median of ${IMPORT_RUNS} fresh processes = ${f(importMs, 1)} ms  (runs: ${importTimes.map((x) => f(x, 1)).join(', ')})`);
console.log(`heap      default annotator (import + annotate('Bí thư HU')), median of ${HEAP_RUNS} = ${f(heapMB, 2)} MB`);
console.log(`package   packed ${f(packed / 1024, 1)} kB, unpacked ${f(unpacked / 1024, 1)} kB`);

const worstRatio = Math.min(...throughput.slice(0, 3).map((r) => r.ratio));
const worstAbbrOnly = Math.min(...throughput.map((r) => r.abbrOnlyRatio));
const targets = [
  { name: 'annotate throughput >= 1.0x regex tokenizer (every size)', value: `${f(worstRatio, 2)}x`, ok: worstRatio >= 1.0 },
  { name: '{ entities: false } >= 3.0x regex tokenizer (every row)', value: `${f(worstAbbrOnly, 2)}x`, ok: worstAbbrOnly >= 3.0 },
  { name: '16 MB time <= 1.2 x 16 x 1 MB time', value: f(scaling, 2), ok: scaling <= 1.2 },
  { name: 'peak RSS of annotate on 8 MB <= 220 MB', value: `${f(peak.maxRssMB, 0)} MB`, ok: peak.maxRssMB <= 220 },
  { name: 'import < 30 ms', value: `${f(importMs, 1)} ms`, ok: importMs < 30 },
  { name: 'annotator heap < 15 MB', value: `${f(heapMB, 2)} MB`, ok: heapMB < 15 },
  { name: 'packed size < 1.5 MB', value: `${f(packed / MB, 3)} MB`, ok: packed < 1.5 * MB },
];
console.log('\ntargets');
for (const t of targets) console.log(`  ${t.ok ? '✓' : '✗'} ${padr(t.name, 58)} ${t.value}`);
console.log('');

const results = {
  date: new Date().toISOString(),
  machine,
  unit: 'MB = 2^20 characters (UTF-16 code units); tokens = matches of /[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]/gu; times are medians in ms (wall; cpu = user + system); maxRssMB = peak resident memory of the child process that ran the size',
  sample: { file: 'bench/genre-sample.txt', chars: readFileSync(join(here, 'genre-sample.txt'), 'utf8').length },
  throughput,
  scaling,
  peak: { text: 'bench/genre-sample.txt repeated', ...peak },
  import: { runs: IMPORT_RUNS, medianMs: importMs, times: importTimes },
  heap: { runs: HEAP_RUNS, medianMB: heapMB, bytes: heapBytes },
  package: { size: packed, unpackedSize: unpacked },
  targets: targets.map(({ name, value, ok }) => ({ name, value, ok })),
};
writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('wrote bench/results.json');
