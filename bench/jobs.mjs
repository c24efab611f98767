#!/usr/bin/env node
// The CLI's --jobs: `annotate --format jsonl` on 8 MB (2^20 bytes of UTF-8) of
// JSON lines made from bench/genre-sample.txt, with --jobs 1 and --jobs 2,
// runs interleaved. Reports for each the median wall time, CPU time (user +
// system, all threads, from process.resourceUsage() at the child's exit) and
// peak resident memory, and the ratios; checks that both write the same bytes.
// Writes bench/jobs-results.json. Run by `npm run bench` (which builds first).
//
//   node bench/jobs.mjs [--mb 8] [--runs 3]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli.cjs');
const MB = 2 ** 20;
const arg = (name, fallback) => {
  const k = process.argv.indexOf(name);
  return k === -1 ? fallback : Number(process.argv[k + 1]);
};
const sizeMb = arg('--mb', 8);
const runs = arg('--runs', 3);

/** Lines of 2 to 6 sentences of the sample, each starting at another sentence, to `bytes`. */
function jsonl(bytes) {
  const sentences = readFileSync(join(here, 'genre-sample.txt'), 'utf8')
    .split(/(?<=[.;:])\s+/u)
    .filter((s) => s.trim() !== '');
  const lines = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const count = 2 + (n % 5);
    const text = Array.from({ length: count }, (_, k) => sentences[(n + k) % sentences.length]).join(' ');
    const line = JSON.stringify({ id: n, text }) + '\n';
    lines.push(line);
    size += Buffer.byteLength(line);
  }
  return lines.join('');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One run of the CLI: wall ms, CPU ms, peak RSS MB, and the hash of its output. */
function runCli(file, jobs, dir) {
  const usage = join(dir, `usage-${jobs}.json`);
  const args = ['-r', join(here, 'rusage.cjs'), cli, 'annotate', '--format', 'jsonl', '--jobs', String(jobs), file];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BENCH_RUSAGE_OUT: usage } });
    const hash = createHash('sha256');
    child.stdout.on('data', (d) => hash.update(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      if (code !== 0) return reject(new Error(`--jobs ${jobs} exited with ${code}`));
      const u = JSON.parse(readFileSync(usage, 'utf8'));
      resolve({ wallMs, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMB: u.maxRSS / 1024, sha256: hash.digest('hex') });
    });
  });
}

const dir = mkdtempSync(join(os.tmpdir(), 'vn-admin-ner-jobs-'));
try {
  const file = join(dir, 'in.jsonl');
  const input = jsonl(sizeMb * MB);
  writeFileSync(file, input);
  const lines = input.split('\n').length - 1;
  const results = { 1: [], 2: [] };
  for (let r = 0; r < runs; r++) for (const jobs of [1, 2]) results[jobs].push(await runCli(file, jobs, dir));
  const summary = (jobs) => {
    const rs = results[jobs];
    const wallMs = median(rs.map((x) => x.wallMs));
    return { jobs, wallMs, cpuMs: median(rs.map((x) => x.cpuMs)), maxRssMB: Math.max(...rs.map((x) => x.maxRssMB)), MBps: sizeMb / (wallMs / 1000), runs: rs };
  };
  const one = summary(1);
  const two = summary(2);
  const same = [...one.runs, ...two.runs].every((x) => x.sha256 === one.runs[0].sha256);
  const f = (x, d = 1) => x.toFixed(d);
  console.log(`\nvn-admin-ner CLI --jobs  (annotate --format jsonl, ${sizeMb} MB, ${lines.toLocaleString('en-US')} lines; medians of ${runs} runs)`);
  console.log(`machine: ${os.cpus().length} cores (availableParallelism ${os.availableParallelism?.() ?? '?'}), load average ${os.loadavg().map((x) => f(x, 2)).join(' ')}\n`);
  for (const s of [one, two]) {
    console.log(`  --jobs ${s.jobs}: wall ${f(s.wallMs / 1000, 2)} s (${f(s.MBps, 2)} MB/s), CPU ${f(s.cpuMs / 1000, 2)} s, peak RSS ${f(s.maxRssMB, 0)} MB`);
  }
  const speedup = one.wallMs / two.wallMs;
  console.log(`\n  wall --jobs 1 / --jobs 2 = ${f(speedup, 2)}x   CPU --jobs 2 / --jobs 1 = ${f(two.cpuMs / one.cpuMs, 2)}x   same output: ${same ? 'yes' : 'NO'}`);
  const out = {
    date: new Date().toISOString(),
    input: { mb: sizeMb, lines, from: 'bench/genre-sample.txt' },
    machine: { cores: os.cpus().length, loadavg: os.loadavg(), node: process.version },
    jobs1: one,
    jobs2: two,
    speedup,
    cpuRatio: two.cpuMs / one.cpuMs,
    sameOutput: same,
  };
  writeFileSync(join(here, 'jobs-results.json'), JSON.stringify(out, null, 2) + '\n');
  console.log('wrote bench/jobs-results.json\n');
  if (!same) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
