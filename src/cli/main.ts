/** The command: parse the arguments, run, report. */
import { HELP, MB, parseArgs, type Args } from './args.js';
import { invalidWarning, wholeText } from './decode.js';
import { oneLine, UsageError } from './errors.js';
import { readAll } from './input.js';
import { runJsonl } from './jsonl.js';
import { joined } from './json-out.js';
import { onOutputError, write } from './output.js';
import { Progress, state } from './progress.js';
import { render } from './render.js';

declare const __VERSION__: string;

async function run(args: Args, progress: Progress): Promise<number> {
  if (args.format === 'jsonl') return runJsonl(args);
  const bytes = await readAll(args.file);
  const { text, unicode, replaced } = wholeText(bytes, args.encoding);
  const warning = invalidWarning(args.file === undefined ? 'standard input' : JSON.stringify(args.file), unicode, replaced);
  if (warning !== undefined) {
    progress.clear();
    process.stderr.write(`vn-admin-ner: ${warning}\n`);
  }
  if (bytes.length >= MB) progress.message(`${args.command === 'expand' ? 'expanding' : 'annotating'} ${(bytes.length / MB).toFixed(1)} MB…`);
  const out = render(text, args.command, args.format);
  progress.clear();
  for (const piece of joined(out, 1024 * 1024)) await write(piece);
  return 0;
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
