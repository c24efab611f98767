/**
 * Command-line interface: a thin shell over the public API.
 *
 *   vn-admin-ner [annotate|expand] [FILE|-] [--format json|jsonl|text]
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { annotate, expand } from './index.js';
import type { Annotation } from './types.js';

const FORMATS = ['json', 'jsonl', 'text'] as const;
type Format = (typeof FORMATS)[number];
const COMMANDS = ['annotate', 'expand'] as const;
type Command = (typeof COMMANDS)[number];

const HELP = `Usage: vn-admin-ner [annotate|expand] [FILE|-] [options]

Find abbreviations (with their full forms) and entities in Vietnamese
administrative text, or expand the abbreviations in place.

Commands:
  annotate   print the annotation (default)
  expand     print the text with every abbreviation replaced by its full form

Input: FILE, or standard input when FILE is "-" or missing.

Options:
  --format json|jsonl|text   output format (annotate: json; expand: text)
                             jsonl reads one JSON object {"id", "text"} or one
                             raw line of text per input line and writes one
                             JSON line per input line, with "id" kept
  -h, --help                 show this help
  -v, --version              show the version

Examples:
  vn-admin-ner annotate report.txt
  vn-admin-ner expand report.txt
  echo 'Bí thư HU chủ trì' | vn-admin-ner expand
  vn-admin-ner annotate --format jsonl < news.jsonl > news.annotated.jsonl
`;

class UsageError extends Error {}

interface Args {
  command: Command;
  file: string | undefined;
  format: Format;
}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  let command: Command | undefined;
  let file: string | undefined;
  let format: Format | undefined;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '-v' || arg === '--version') return 'version';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++k] : arg.slice('--format='.length);
      if (value === undefined) throw new UsageError('--format needs a value: json, jsonl or text');
      if (!(FORMATS as readonly string[]).includes(value)) {
        throw new UsageError(`unknown format ${JSON.stringify(value)} (use json, jsonl or text)`);
      }
      format = value as Format;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${JSON.stringify(arg)} (see --help)`);
    if (command === undefined && file === undefined && (COMMANDS as readonly string[]).includes(arg)) {
      command = arg as Command;
      continue;
    }
    if (file !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(arg)}: only one input file is read`);
    file = arg;
  }
  const cmd = command ?? 'annotate';
  return { command: cmd, file: file === '-' ? undefined : file, format: format ?? (cmd === 'expand' ? 'text' : 'json') };
}

function readAll(file: string | undefined): string {
  try {
    return readFileSync(file ?? 0, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const what = file === undefined ? 'standard input' : JSON.stringify(file);
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a directory' : err.message;
    throw new UsageError(`cannot read ${what}: ${why}`);
  }
}

/** A readable rendering of an annotation. */
export function renderText(a: Annotation): string {
  const lines: string[] = [];
  lines.push(`Abbreviations (${a.abbreviations.length}):`);
  for (const x of a.abbreviations) {
    const extra = x.candidates ? `   [undecided: ${x.candidates.join(' | ')}]` : '';
    lines.push(`  ${String(x.start).padStart(6)}-${String(x.end).padEnd(6)} ${x.text.replace(/\s+/gu, ' ').padEnd(12)} → ${x.expansion}${extra}`);
  }
  lines.push('', `Entities (${a.entities.length}):`);
  for (const e of a.entities) {
    lines.push(`  ${String(e.start).padStart(6)}-${String(e.end).padEnd(6)} ${e.type.padEnd(5)} ${e.text.replace(/\s+/gu, ' ')}`);
  }
  if (a.people.length > 0) {
    lines.push('', `People (${a.people.length}):`);
    for (const p of a.people) {
      const roles = p.roles.map((r) => (r.organization ? `${r.title.normalized} ${r.organization.normalized}` : r.title.normalized));
      lines.push(`  ${p.name.normalized}${roles.length ? ': ' + roles.join('; ') : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

function processLine(line: string, lineNo: number, command: Command): string {
  let id: unknown = lineNo;
  let text = line;
  const trimmed = line.trimStart();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    if (parsed && typeof parsed === 'object' && typeof (parsed as { text?: unknown }).text === 'string') {
      text = (parsed as { text: string }).text;
      if ('id' in (parsed as object)) id = (parsed as { id: unknown }).id;
    }
  }
  if (command === 'expand') return JSON.stringify({ id, text: expand(text) });
  return JSON.stringify({ id, ...annotate(text) });
}

async function runJsonl(args: Args): Promise<void> {
  let input: NodeJS.ReadableStream;
  if (args.file === undefined) input = process.stdin;
  else {
    const stream = createReadStream(args.file, { encoding: 'utf8' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (e: NodeJS.ErrnoException) =>
        reject(new UsageError(`cannot read ${JSON.stringify(args.file)}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.message}`)),
      );
    });
    input = stream;
  }
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    const out = processLine(line, lineNo, args.command) + '\n';
    if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

async function main(argv: string[]): Promise<number> {
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
  if (args === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  try {
    if (args.format === 'jsonl') {
      await runJsonl(args);
      return 0;
    }
    const text = readAll(args.file);
    if (args.command === 'expand') {
      const expanded = expand(text);
      process.stdout.write(args.format === 'json' ? JSON.stringify({ text: expanded }, null, 2) + '\n' : expanded);
      return 0;
    }
    const a = annotate(text);
    process.stdout.write(args.format === 'text' ? renderText(a) : JSON.stringify(a, null, 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`vn-admin-ner: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`vn-admin-ner: ${(e as Error).message}\n`);
    return 1;
  }
}

declare const __VERSION__: string;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`vn-admin-ner: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
