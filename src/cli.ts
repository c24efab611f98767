/**
 * Command-line interface: a thin shell over the public API (the code is in
 * src/cli/). This file is also the entry of the worker threads of --jobs.
 *
 *   vn-admin-ner [annotate|expand] [FILE|- ...]
 *                [--format json|jsonl|conll|brat|inline|expanded|text]
 *                [--encoding tcvn3|vni|viqr|cp1258|auto] [--max-line-mb N]
 *                [--jobs N|auto]
 *
 * Exit status: 0 on success (also when the reader of standard output goes
 * away, e.g. `| head`), 1 on a runtime error (input cannot be read, output
 * cannot be written, jsonl records failed), 2 on a usage error. Every error
 * is one line on standard error starting with `vn-admin-ner:`.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { oneLine } from './cli/errors.js';
import { main } from './cli/main.js';
import { WORKER_FLAG } from './cli/pool.js';
import { state } from './cli/progress.js';
import { startWorker } from './cli/worker.js';

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) startWorker();
else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      state.progress?.clear();
      process.stderr.write(`vn-admin-ner: ${oneLine(e)}\n`);
      process.exitCode = 1;
    },
  );
}
