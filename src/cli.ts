/**
 * Command-line interface: a thin shell over the public API (the code is in
 * src/cli/).
 *
 *   vn-admin-ner [annotate|expand] [FILE|-]
 *                [--format json|jsonl|conll|brat|inline|expanded|text]
 *                [--encoding tcvn3|vni|viqr|cp1258|auto] [--max-line-mb N]
 *
 * Exit status: 0 on success (also when the reader of standard output goes
 * away, e.g. `| head`), 1 on a runtime error (input cannot be read, output
 * cannot be written, jsonl lines skipped), 2 on a usage error. Every error is
 * one line on standard error starting with `vn-admin-ner:`.
 */
import { main } from './cli/main.js';
import { oneLine } from './cli/errors.js';
import { state } from './cli/progress.js';

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
