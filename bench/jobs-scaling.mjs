#!/usr/bin/env node
// Why `--jobs 2` may gain little on a machine: the same records annotated
// (and serialised with toJSON) by one worker thread, then split between two
// running at once, with the time each thread took (wall time from its start
// to its end: Node 20 has no per-thread CPU clock, and the process's counts
// both). Without contention each of two takes half of what one takes; where
// the two cores compete (hyperthreads of one core, a shared cache, other
// work on the host), each takes more. Also a loop that touches no memory,
// for comparison. Run it on an otherwise idle machine.
//
//   npm run -s build && node bench/jobs-scaling.mjs [--mb 4]
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function records(mb) {
  const sentences = readFileSync(join(here, 'genre-sample.txt'), 'utf8')
    .split(/(?<=[.;:])\s+/u)
    .filter((s) => s.trim() !== '');
  const out = [];
  for (let n = 0, size = 0; size < mb * 2 ** 20; n++) {
    const text = Array.from({ length: 2 + (n % 5) }, (_, k) => sentences[(n + k) % sentences.length]).join(' ');
    out.push(text);
    size += text.length;
  }
  return out;
}

async function work({ kind, part, of, mb }) {
  let t = performance.now();
  if (kind === 'spin') {
    let x = 0;
    for (let i = 0; i < 2e8 / of; i++) x = (x * 1103515245 + 12345) | 0;
  } else {
    const { annotate, toJSON } = await import(pathToFileURL(join(here, '..', 'dist', 'index.js')).href);
    const texts = records(mb);
    // the import, the annotator's lexicons and a warm-up are not timed
    annotate(texts[part]);
    t = performance.now();
    for (let i = part; i < texts.length; i += of) toJSON(annotate(texts[i]), { indent: 0 });
  }
  return performance.now() - t;
}

async function run(kind, threads, mb) {
  const file = fileURLToPath(import.meta.url);
  const workers = Array.from({ length: threads }, (_, part) => new Worker(file, { workerData: { kind, part, of: threads, mb } }));
  const times = await Promise.all(workers.map((w) => new Promise((resolve, reject) => w.once('message', resolve).once('error', reject))));
  await Promise.all(workers.map((w) => w.terminate()));
  return times;
}

if (!isMainThread) parentPort.postMessage(await work(workerData));
else {
  const k = process.argv.indexOf('--mb');
  const mb = k === -1 ? 4 : Number(process.argv[k + 1]);
  for (const kind of ['spin', 'annotate']) {
    const [one] = await run(kind, 1, mb);
    const two = await run(kind, 2, mb);
    const f = (ms) => `${ms.toFixed(0)} ms`;
    const ratio = (Math.max(...two) * 2) / one;
    console.log(`${kind.padEnd(8)} one thread, all: ${f(one)}   two at once, half each: ${two.map(f).join(', ')}   (the slower of two: ${ratio.toFixed(2)}x its share)`);
  }
}
