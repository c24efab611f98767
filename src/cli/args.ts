/** The command line: options, their checks and the help text. */
import { availableParallelism, cpus } from 'node:os';
import { UsageError } from './errors.js';
import { DEFAULT_MAX_LINE_MB, MAX_TEXT_MB } from './limits.js';

export const FORMATS = ['json', 'jsonl', 'conll', 'brat', 'inline', 'expanded', 'text', 'html'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats of the expand command (the others describe an annotation). */
const EXPAND_FORMATS: readonly Format[] = ['json', 'jsonl', 'expanded', 'text'];
const COMMANDS = ['annotate', 'expand'] as const;
export type Command = (typeof COMMANDS)[number];
export const ENCODINGS = ['tcvn3', 'vni', 'viqr', 'cp1258', 'auto'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const MB = 1024 * 1024;

export const HELP = `Usage: vn-admin-ner [annotate|expand] [FILE|- ...] [options]

Find abbreviations (with their full forms) and entities in Vietnamese
administrative text, or expand the abbreviations in place.

Commands:
  annotate   annotate the text (default)
  expand     print the text with every abbreviation replaced by its full form

Input: each FILE in turn (its output after the previous one's), or standard
input when FILE is "-" or missing. UTF-8, or UTF-16 or UTF-32 with a byte
order mark; invalid UTF-8 is replaced by U+FFFD with a warning. A text is
annotated whole up to ${MAX_TEXT_MB} MB; larger inputs need --format jsonl
(one text a line).

Options:
  --format FORMAT      output format; annotate: json (default), jsonl, conll,
                       brat, inline, expanded, text; expand: expanded (default,
                       also called text), json, jsonl
      json      the annotation as JSON ({text, entities, abbreviations, people})
      jsonl     streaming, constant memory: each input line is a JSON object
                {"id", "text"} or a line of raw text (its id is then its line
                number); one JSON line out per line in, "id" kept as
                written. A line that cannot be annotated is answered with
                {"id", "error"} and the run goes on (exit status 1)
      conll     one token a line, TOKEN<TAB>TAG (BIO), a blank line between
                sentences
      brat      brat standoff (.ann) for the text as .txt (offsets in code
                points of the text after any --encoding decoding)
      inline    the text marked up: [ORG {HĐND=Hội đồng nhân dân} huyện]
      expanded  the text with every abbreviation expanded (as the expand command)
      text      a readable table of abbreviations, entities and people
      html      a self-contained HTML page: entities and abbreviations highlighted
  --encoding ENC       decode legacy Vietnamese input first: tcvn3, vni, viqr,
                       cp1258, or auto (guess; the text is left alone when no
                       guess is convincing). With jsonl, the text of each
                       record is decoded (and guessed) on its own
  --max-line-mb N      jsonl: a longer line is not read but answered with
                       {"id", "error"} (its id if its first 64 KB hold it,
                       else its line number; default ${DEFAULT_MAX_LINE_MB})
  --jobs N|auto        worker threads (default 1; auto: one per core) for the
                       lines of jsonl and for several FILEs; the output is the
                       same, in the same order, as with --jobs 1
  -h, --help           show this help
  -v, --version        show the version

On a terminal, a progress line (lines, MB read) is shown on standard error
for long inputs. Exit status: 0 ok, 1 runtime error, 2 usage error.

Examples:
  vn-admin-ner annotate report.txt                    # JSON
  vn-admin-ner annotate report.txt --format text      # readable table
  vn-admin-ner annotate report.txt --format conll > report.conll
  vn-admin-ner annotate report.txt --format brat > report.ann
  vn-admin-ner annotate report.txt --format inline
  vn-admin-ner annotate report.txt --format expanded  # same as: expand report.txt
  echo 'Bí thư HU chủ trì' | vn-admin-ner expand
  vn-admin-ner annotate --format jsonl < news.jsonl > news.annotated.jsonl
  vn-admin-ner expand --format jsonl news.jsonl | head
  vn-admin-ner annotate old-abc-font.txt --encoding tcvn3
  echo 'Chuû tòch HÑND huyeän' | vn-admin-ner annotate --encoding vni --format inline
  vn-admin-ner annotate --encoding auto --format jsonl archive.jsonl
  vn-admin-ner annotate --format jsonl --jobs auto < news.jsonl > out.jsonl
  vn-admin-ner annotate --format conll --jobs 4 reports/*.txt > all.conll
`;

export interface Args {
  command: Command;
  /** the inputs in order; undefined is standard input */
  files: (string | undefined)[];
  format: Format;
  encoding: Encoding | undefined;
  maxLineBytes: number;
  /** worker threads (1: none, all in the main thread) */
  jobs: number;
}

const list = (xs: readonly string[]): string => `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;

/** One of `choices`, or a usage error naming the value. */
function choice<T extends string>(name: string, value: string | undefined, choices: readonly T[], what: string): T {
  if (value === undefined) throw new UsageError(`${name} needs a value: ${list(choices)}`);
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`unknown ${what} ${JSON.stringify(value)} (use ${list(choices)})`);
  return value as T;
}

/** The most --jobs: more threads than this would only cost memory. */
const MAX_JOBS = 256;

/** --jobs: a whole number from 1 to MAX_JOBS, or `auto` (the machine's parallelism). */
function jobsValue(value: string | undefined): number {
  if (value === 'auto') return typeof availableParallelism === 'function' ? availableParallelism() : Math.max(1, cpus().length);
  const n = value !== undefined && /^[0-9]+$/u.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) {
    throw new UsageError(`--jobs needs a whole number from 1 to ${MAX_JOBS} or "auto", got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
  }
  return n;
}

function positiveNumber(name: string, value: string | undefined): number {
  const n = value === undefined || value.trim() === '' ? NaN : Number(value);
  if (!(n > 0) || !Number.isFinite(n)) {
    throw new UsageError(`${name} needs a positive number, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
  }
  return n;
}

interface Raw {
  command?: Command;
  files: string[];
  format?: Format;
  encoding?: Encoding;
  maxLineMb: number;
  jobs: number;
}

/** Apply `--name value` to `raw`. */
function option(raw: Raw, name: string, value: string | undefined): void {
  if (name === '--format') raw.format = choice(name, value, FORMATS, 'format');
  else if (name === '--encoding') raw.encoding = choice(name, value, ENCODINGS, 'encoding');
  else if (name === '--jobs') raw.jobs = jobsValue(value);
  else raw.maxLineMb = positiveNumber(name, value);
}

/** Apply a word that is not an option: the command, then the files. */
function operand(raw: Raw, arg: string): void {
  if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${JSON.stringify(arg)} (see --help)`);
  if (raw.command === undefined && raw.files.length === 0 && (COMMANDS as readonly string[]).includes(arg)) {
    raw.command = arg as Command;
    return;
  }
  if (arg === '-' && raw.files.includes('-')) throw new UsageError('standard input ("-") can be read only once');
  raw.files.push(arg);
}

export function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const raw: Raw = { files: [], maxLineMb: DEFAULT_MAX_LINE_MB, jobs: 1 };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '-v' || arg === '--version') return 'version';
    const match = /^(--(?:format|encoding|max-line-mb|jobs))(?:=(.*))?$/su.exec(arg);
    if (match) option(raw, match[1]!, match[2] ?? argv[++k]);
    else operand(raw, arg);
  }
  const command = raw.command ?? 'annotate';
  const format = raw.format ?? (command === 'expand' ? 'expanded' : 'json');
  if (command === 'expand' && !EXPAND_FORMATS.includes(format)) {
    throw new UsageError(`format ${JSON.stringify(format)} needs the annotate command (expand writes ${list(EXPAND_FORMATS)})`);
  }
  return {
    command,
    files: raw.files.length === 0 ? [undefined] : raw.files.map((f) => (f === '-' ? undefined : f)),
    format,
    encoding: raw.encoding,
    maxLineBytes: Math.max(1, Math.floor(raw.maxLineMb * MB)),
    jobs: raw.jobs,
  };
}
