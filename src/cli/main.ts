/** The command: parse the arguments, run every input, report. */
import { HELP, MB, parseArgs, type Args } from './args.js';
import { oneLine, UsageError } from './errors.js';
import { checkFile, readAll } from './input.js';
import { feedLines, inputName, Tally } from './jsonl.js';
import { MAX_TEXT_MB } from './limits.js';
import { onOutputError, write } from './output.js';
import { Inline, Pool, type Executor, type Sink } from './pool.js';
import { Progress, state } from './progress.js';
import type { TaskReport } from './tasks.js';

declare const __VERSION__: string;

/** Submit one input as a whole text. */
async function feedText(args: Args, file: string | undefined, executor: Executor, progress: Progress): Promise<void> {
  const bytes = await readAll(file);
  if (bytes.length >= MB) progress.message(`${args.command === 'expand' ? 'expanding' : 'annotating'} ${(bytes.length / MB).toFixed(1)} MB…`);
  await executor.submit({ kind: 'text', what: inputName(file), bytes, command: args.command, format: args.format, encoding: args.encoding });
}

/** Where the output and reports of the tasks go: standard output, and the tally or standard error. */
function sink(tally: Tally, progress: Progress): Sink {
  return {
    output: write,
    report: (r: TaskReport) => {
      if (r.counts) tally.merge(r.counts);
      if (r.warning) {
        progress.clear();
        process.stderr.write(`vn-admin-ner: ${r.warning}\n`);
      }
    },
  };
}

/** Workers for this run: one per job for jsonl, at most one per input otherwise; none for one. */
function workers(args: Args): number {
  return args.format === 'jsonl' ? args.jobs : Math.min(args.jobs, args.files.length);
}

async function run(args: Args, progress: Progress): Promise<number> {
  // every file is checked (exists, not a directory, not too large to read whole) before anything is written
  for (const file of args.files) if (file !== undefined) checkFile(file, args.format === 'jsonl' ? undefined : MAX_TEXT_MB * MB);
  const tally = new Tally();
  const size = workers(args);
  const executor = size > 1 ? new Pool(size, sink(tally, progress)) : new Inline(sink(tally, progress));
  try {
    for (const file of args.files) {
      if (args.format === 'jsonl') await feedLines(args, file, executor, tally);
      else await feedText(args, file, executor, progress);
    }
    await executor.finish();
  } finally {
    executor.close();
  }
  progress.clear();
  for (const m of tally.messages()) process.stderr.write(`vn-admin-ner: ${m}\n`);
  return tally.failed === 0 ? 0 : 1;
}

export async function main(argv: string[]): Promise<number> {
  let args: Args | 'help' | 'version';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`vn-admin-ner: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  process.stdout.on('error', onOutputError);
  if (args === 'help' || args === 'version') {
    process.stdout.write(args === 'help' ? HELP : `${__VERSION__}\n`);
    return 0;
  }
  const progress = new Progress();
  state.progress = progress;
  try {
    const code = await run(args, progress);
    progress.clear();
    return code;
  } catch (e) {
    progress.clear();
    process.stderr.write(`vn-admin-ner: ${oneLine(e)}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}
