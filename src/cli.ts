/**
 * Command-line interface: a thin shell over the public API.
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
import { close, createReadStream, open, read } from 'node:fs';
import {
  annotate,
  decodeLegacy,
  detectLegacy,
  expand,
  toBrat,
  toConll,
  toHtml,
  toInline,
  toJSON,
  type LegacyEncoding,
} from './index.js';
import type { Annotation } from './types.js';

const FORMATS = ['json', 'jsonl', 'conll', 'brat', 'inline', 'expanded', 'text', 'html'] as const;
type Format = (typeof FORMATS)[number];
/** The formats of the expand command (the others describe an annotation). */
const EXPAND_FORMATS: readonly Format[] = ['json', 'jsonl', 'expanded', 'text'];
const COMMANDS = ['annotate', 'expand'] as const;
type Command = (typeof COMMANDS)[number];
const ENCODINGS = ['tcvn3', 'vni', 'viqr', 'cp1258', 'auto'] as const;
type Encoding = (typeof ENCODINGS)[number];

const MB = 1024 * 1024;
/** Default --max-line-mb: annotating costs roughly 200 MB of memory per MB of line. */
const DEFAULT_MAX_LINE_MB = 8;

const HELP = `Usage: vn-admin-ner [annotate|expand] [FILE|-] [options]

Find abbreviations (with their full forms) and entities in Vietnamese
administrative text, or expand the abbreviations in place.

Commands:
  annotate   annotate the text (default)
  expand     print the text with every abbreviation replaced by its full form

Input: FILE, or standard input when FILE is "-" or missing; UTF-8 unless
--encoding says otherwise.

Options:
  --format FORMAT      output format; annotate: json (default), jsonl, conll,
                       brat, inline, expanded, text; expand: expanded (default,
                       also called text), json, jsonl
      json      the annotation as JSON ({text, entities, abbreviations, people})
      jsonl     streaming, constant memory: each input line is a JSON object
                {"id", "text"} or a line of raw text (its id is then its line
                number); one JSON line out per line in, "id" kept
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
                       {"id": LINE, "error": ...} (default ${DEFAULT_MAX_LINE_MB})
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
`;

/** A bad command line: exit 2. */
class UsageError extends Error {}
/** A failure while running (input, output): exit 1. */
class RuntimeError extends Error {}

interface Args {
  command: Command;
  file: string | undefined;
  format: Format;
  encoding: Encoding | undefined;
  maxLineBytes: number;
}

const list = (xs: readonly string[]): string => `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  let command: Command | undefined;
  let file: string | undefined;
  let format: Format | undefined;
  let encoding: Encoding | undefined;
  let maxLineMb = DEFAULT_MAX_LINE_MB;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '-v' || arg === '--version') return 'version';
    const option = /^(--(?:format|encoding|max-line-mb))(?:=(.*))?$/su.exec(arg);
    if (option) {
      const name = option[1]!;
      const value = option[2] ?? argv[++k];
      if (name === '--format') {
        if (value === undefined) throw new UsageError(`--format needs a value: ${list(FORMATS)}`);
        if (!(FORMATS as readonly string[]).includes(value)) {
          throw new UsageError(`unknown format ${JSON.stringify(value)} (use ${list(FORMATS)})`);
        }
        format = value as Format;
      } else if (name === '--encoding') {
        if (value === undefined) throw new UsageError(`--encoding needs a value: ${list(ENCODINGS)}`);
        if (!(ENCODINGS as readonly string[]).includes(value)) {
          throw new UsageError(`unknown encoding ${JSON.stringify(value)} (use ${list(ENCODINGS)})`);
        }
        encoding = value as Encoding;
      } else {
        const n = value === undefined || value.trim() === '' ? NaN : Number(value);
        if (!(n > 0) || !Number.isFinite(n)) {
          throw new UsageError(`--max-line-mb needs a positive number, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
        }
        maxLineMb = n;
      }
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
  const fmt = format ?? (cmd === 'expand' ? 'expanded' : 'json');
  if (cmd === 'expand' && !EXPAND_FORMATS.includes(fmt)) {
    throw new UsageError(`format ${JSON.stringify(fmt)} needs the annotate command (expand writes ${list(EXPAND_FORMATS)})`);
  }
  return {
    command: cmd,
    file: file === '-' ? undefined : file,
    format: fmt,
    encoding,
    maxLineBytes: Math.max(1, Math.floor(maxLineMb * MB)),
  };
}

// ---------------------------------------------------------------- progress

/**
 * A progress line on standard error, only when it is a terminal (and standard
 * output is not: there the output itself shows progress). First shown after
 * half a second, redrawn at most five times a second, erased at the end.
 */
class Progress {
  private readonly enabled = process.stderr.isTTY === true && process.stdout.isTTY !== true;
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  update(lines: number | undefined, bytes: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && (now - this.started < 500 || now - this.last < 200)) return;
    this.last = now;
    const mb = (bytes / MB).toFixed(1);
    const what = lines === undefined ? `${mb} MB read` : `${lines.toLocaleString('en-US')} lines, ${mb} MB read`;
    this.draw(what);
  }

  message(text: string): void {
    if (this.enabled) this.draw(text);
  }

  private draw(text: string): void {
    if (!this.shown) {
      this.shown = true;
      process.once('SIGINT', () => {
        this.clear();
        process.exit(130);
      });
    }
    process.stderr.write(`\r\x1b[Kvn-admin-ner: ${text}`);
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

let progress: Progress | undefined;

// ---------------------------------------------------------------- output

/** EPIPE (the reader went away, `| head`) ends the process quietly; other output errors with exit 1. */
function onOutputError(e: NodeJS.ErrnoException): void {
  progress?.clear();
  if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(0);
  process.stderr.write(`vn-admin-ner: cannot write output: ${e.message}\n`);
  process.exit(1);
}

/** Resolves when standard output can take more (or has closed). */
function drained(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.stdout.off('drain', done);
      process.stdout.off('close', done);
      resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('close', done);
  });
}

// ---------------------------------------------------------------- input

function inputStream(file: string | undefined): AsyncIterable<Buffer> {
  return (file === undefined ? process.stdin : createReadStream(file)) as AsyncIterable<Buffer>;
}

function readError(file: string | undefined, e: unknown): Error {
  const err = e as NodeJS.ErrnoException;
  const what = file === undefined ? 'standard input' : JSON.stringify(file);
  const why =
    err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
  return new RuntimeError(`cannot read ${what}: ${why}`);
}

/** The whole input as bytes, with progress. */
async function readAll(file: string | undefined): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of inputStream(file)) {
      chunks.push(chunk);
      bytes += chunk.length;
      progress?.update(undefined, bytes);
    }
  } catch (e) {
    throw readError(file, e);
  }
  return Buffer.concat(chunks, bytes);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * Bytes given with --encoding: a string when they are valid UTF-8 (a VNI or
 * VIQR text, or a legacy text saved as UTF-8 by an editor that read it as
 * Latin-1/cp1252), else the raw bytes (TCVN3, cp1258 or VNI bytes as written
 * by the old fonts' editors), which decodeLegacy reads byte by byte.
 */
function legacyInput(bytes: Uint8Array): string | Uint8Array {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return bytes;
  }
}

/** Apply --encoding to text or bytes; `auto` leaves the text alone when detectLegacy() is not convinced. */
function decodeWith(input: string | Uint8Array, encoding: Encoding): string {
  let enc: LegacyEncoding;
  if (encoding === 'auto') {
    const guess = detectLegacy(input);
    if (guess === null) return typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    enc = guess.encoding;
  } else enc = encoding;
  return decodeLegacy(input, enc);
}

function wholeText(bytes: Buffer, encoding: Encoding | undefined): string {
  try {
    return encoding === undefined ? bytes.toString('utf8') : decodeWith(legacyInput(bytes), encoding);
  } catch (e) {
    if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      throw new RuntimeError(`input too large to read as one text (${(bytes.length / MB).toFixed(0)} MB); use --format jsonl`);
    }
    throw e;
  }
}

// ---------------------------------------------------------------- rendering

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

function render(text: string, args: Args): string {
  if (args.command === 'expand' || args.format === 'expanded') {
    const expanded = expand(text);
    return args.format === 'json' ? JSON.stringify({ text: expanded }, null, 2) + '\n' : expanded;
  }
  const a = annotate(text);
  switch (args.format) {
    case 'conll':
      return toConll(a);
    case 'brat':
      return toBrat(a);
    case 'inline':
      return toInline(a);
    case 'text':
      return renderText(a);
    case 'html':
      return toHtml(a);
    default:
      return toJSON(a) + '\n';
  }
}

// ---------------------------------------------------------------- jsonl

function processLine(bytes: Buffer, lineNo: number, args: Args): string {
  let line: string;
  if (args.encoding === undefined) line = bytes.toString('utf8');
  else {
    // not UTF-8: legacy bytes, kept one code unit per byte for decodeLegacy
    const input = legacyInput(bytes);
    line = typeof input === 'string' ? input : latin1(input);
  }
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  let id: unknown = lineNo;
  let text = line;
  if (line.trimStart().startsWith('{')) {
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
  if (args.encoding !== undefined) text = decodeWith(text, args.encoding);
  if (args.command === 'expand') return JSON.stringify({ id, text: expand(text) });
  return JSON.stringify({ id, ...annotate(text) });
}

/**
 * The chunks of a stream, each copied into one reused buffer that stays valid
 * until the next call (the fallback of {@link inputChunks}; the stream's
 * read-ahead buffer still outlives the young generation).
 */
function chunkReader(stream: NodeJS.ReadableStream): () => Promise<Buffer | null> {
  let reused = Buffer.allocUnsafe(64 * 1024);
  const backlog: Buffer[] = [];
  let ready: Buffer | undefined;
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  stream.on('data', (chunk: Buffer) => {
    if (ready === undefined && backlog.length === 0) {
      if (chunk.length > reused.length) reused = Buffer.allocUnsafe(chunk.length);
      chunk.copy(reused);
      ready = reused.subarray(0, chunk.length);
    } else backlog.push(Buffer.from(chunk));
    stream.pause();
    wake?.();
  });
  stream.on('end', () => {
    ended = true;
    wake?.();
  });
  stream.on('error', (e: unknown) => {
    failure = e;
    wake?.();
  });
  stream.pause();
  return async () => {
    ready = undefined;
    if (backlog.length > 0) return backlog.shift()!;
    if (failure === undefined && !ended) {
      stream.resume();
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (ready !== undefined || backlog.length > 0 || ended || failure !== undefined) resolve();
      });
      wake = undefined;
    }
    if (ready !== undefined) return ready;
    if (backlog.length > 0) return backlog.shift()!;
    if (failure !== undefined) throw failure;
    return null;
  };
}

/**
 * The chunks of the input, read with fs.read() into one reused 64 KB buffer
 * that stays valid until the next call. A stream would allocate a buffer per
 * read and keep one read ahead: held while its lines are annotated, those
 * outlive the young generation and pile up, tens of MB of them, until a full
 * collection. Standard input falls back to the stream when it cannot be read
 * this way (a non-blocking descriptor).
 */
async function inputChunks(file: string | undefined): Promise<{ next: () => Promise<Buffer | null>; done: () => void }> {
  const fd =
    file === undefined
      ? 0
      : await new Promise<number>((resolve, reject) => open(file, 'r', (e, n) => (e ? reject(e) : resolve(n))));
  const buf = Buffer.allocUnsafe(64 * 1024);
  let fallback: (() => Promise<Buffer | null>) | undefined;
  const next = async (): Promise<Buffer | null> => {
    if (fallback) return fallback();
    try {
      const n = await new Promise<number>((resolve, reject) => read(fd, buf, 0, buf.length, null, (e, k) => (e ? reject(e) : resolve(k))));
      return n === 0 ? null : buf.subarray(0, n);
    } catch (e) {
      if (fd === 0 && (e as NodeJS.ErrnoException).code === 'EAGAIN') {
        fallback = chunkReader(process.stdin);
        return fallback();
      }
      throw e;
    }
  };
  return { next, done: () => (fd === 0 ? undefined : close(fd, () => undefined)) };
}

/**
 * One output line per input line, in constant memory: the input is read in
 * chunks (pulled only when the previous lines are written, so a slow reader
 * slows the reading), lines are cut at `\n` (a `\r` before it is dropped) and
 * a line longer than --max-line-mb is skipped without being held in memory.
 */
async function runJsonl(args: Args): Promise<number> {
  let pieces: Buffer[] = [];
  let pending = 0;
  let skipping = false;
  let lineNo = 0;
  let bytesRead = 0;
  let skipped = 0;
  let firstSkipped = 0;
  const limitMb = `${+(args.maxLineBytes / MB).toFixed(3)} MB`;

  const emit = (part: Buffer | undefined): string => {
    lineNo++;
    if (skipping || pending + (part?.length ?? 0) > args.maxLineBytes) {
      skipping = false;
      pieces = [];
      pending = 0;
      skipped++;
      if (firstSkipped === 0) firstSkipped = lineNo;
      return JSON.stringify({ id: lineNo, error: `line ${lineNo} is longer than ${limitMb} (--max-line-mb); skipped` }) + '\n';
    }
    let line: Buffer;
    if (pending === 0) line = part ?? Buffer.alloc(0);
    else {
      if (part !== undefined) pieces.push(part);
      line = Buffer.concat(pieces);
      pieces = [];
      pending = 0;
    }
    return processLine(line, lineNo, args) + '\n';
  };

  let input: Awaited<ReturnType<typeof inputChunks>>;
  try {
    input = await inputChunks(args.file);
  } catch (e) {
    throw readError(args.file, e);
  }
  const nextChunk = async (): Promise<Buffer | null> => {
    try {
      return await input.next();
    } catch (e) {
      const err = readError(args.file, e);
      throw lineNo === 0 && bytesRead === 0 ? err : new RuntimeError(`${err.message} (after line ${lineNo})`);
    }
  };
  try {
    for (let chunk = await nextChunk(); chunk !== null; chunk = await nextChunk()) {
      bytesRead += chunk.length;
      let pos = 0;
      while (pos < chunk.length) {
        const nl = chunk.indexOf(10, pos);
        if (nl === -1) {
          const rest = chunk.subarray(pos);
          if (!skipping) {
            if (pending + rest.length > args.maxLineBytes) {
              skipping = true;
              pieces = [];
              pending = 0;
            } else {
              pieces.push(Buffer.from(rest)); // a copy: the chunk's buffer is reused
              pending += rest.length;
            }
          }
          break;
        }
        const out = emit(chunk.subarray(pos, nl));
        pos = nl + 1;
        if (!process.stdout.write(out)) await drained();
        progress?.update(lineNo, bytesRead);
      }
      progress?.update(lineNo, bytesRead);
    }
  } finally {
    input.done();
  }
  if (skipping || pending > 0) {
    if (!process.stdout.write(emit(undefined))) await drained();
  }
  if (skipped > 0) {
    progress?.clear();
    process.stderr.write(
      `vn-admin-ner: ${skipped} line${skipped === 1 ? '' : 's'} longer than ${limitMb} skipped (first: line ${firstSkipped}); see --max-line-mb\n`,
    );
    return 1;
  }
  return 0;
}

// ---------------------------------------------------------------- main

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
  process.stdout.on('error', onOutputError);
  if (args === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  progress = new Progress();
  try {
    if (args.format === 'jsonl') {
      const code = await runJsonl(args);
      progress.clear();
      return code;
    }
    const bytes = await readAll(args.file);
    const text = wholeText(bytes, args.encoding);
    if (bytes.length >= MB) progress.message(`${args.command === 'expand' ? 'expanding' : 'annotating'} ${(bytes.length / MB).toFixed(1)} MB…`);
    const out = render(text, args);
    progress.clear();
    process.stdout.write(out);
    return 0;
  } catch (e) {
    progress.clear();
    if (e instanceof UsageError) {
      process.stderr.write(`vn-admin-ner: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`vn-admin-ner: ${String((e as Error)?.message ?? e).replace(/^vn-admin-ner: /u, '').replace(/\s*\n[\s\S]*/u, '')}\n`);
    return 1;
  }
}

declare const __VERSION__: string;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    progress?.clear();
    process.stderr.write(`vn-admin-ner: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
