/** `--format jsonl`: one JSON line out per line in, in constant memory. */
import { MB, type Args } from './args.js';
import { RuntimeError } from './errors.js';
import { decodedChunks, inputChunks, readError, type DecodedChunks } from './input.js';
import { invalidWarning } from './decode.js';
import { joined } from './json-out.js';
import { write } from './output.js';
import { state } from './progress.js';
import { processRecord, type LineJob, type RecordOptions, type RecordResult } from './record.js';

/** What is kept of an over-long line: enough to find its id. */
const KEPT_OF_LONG_LINE = 64 * 1024;

/**
 * Cuts chunks into lines at `\n`. Of a line longer than the limit only the
 * first part is kept (for its id): the line is never held in memory.
 */
class Lines {
  lineNo = 0;
  private pieces: Buffer[] = [];
  private pending = 0;
  private skipping = false;

  constructor(private readonly maxLineBytes: number) {}

  /** The lines that end in `chunk`; keeps its unfinished tail. */
  *push(chunk: Buffer): Generator<LineJob> {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      if (nl === -1) {
        this.keep(chunk.subarray(pos));
        return;
      }
      yield this.line(chunk.subarray(pos, nl));
      pos = nl + 1;
    }
  }

  /** An unfinished last line, if any. */
  end(): LineJob | undefined {
    return this.skipping || this.pending > 0 ? this.line(undefined) : undefined;
  }

  private keep(rest: Buffer): void {
    if (this.skipping) {
      if (this.pending < KEPT_OF_LONG_LINE) this.add(rest.subarray(0, KEPT_OF_LONG_LINE - this.pending));
    } else if (this.pending + rest.length > this.maxLineBytes) {
      this.skipping = true;
      this.add(rest.subarray(0, Math.max(0, KEPT_OF_LONG_LINE - this.pending)));
      this.trim();
    } else this.add(rest);
  }

  /** Keep a copy (the chunk's buffer is reused). */
  private add(part: Buffer): void {
    if (part.length === 0) return;
    this.pieces.push(Buffer.from(part));
    this.pending += part.length;
  }

  /** Keep only the first part of what is kept. */
  private trim(): void {
    if (this.pending <= KEPT_OF_LONG_LINE) return;
    this.pieces = [Buffer.concat(this.pieces).subarray(0, KEPT_OF_LONG_LINE)];
    this.pending = KEPT_OF_LONG_LINE;
  }

  private line(part: Buffer | undefined): LineJob {
    this.lineNo++;
    const tooLong = this.skipping || this.pending + (part?.length ?? 0) > this.maxLineBytes;
    if (part !== undefined && part.length > 0) this.pieces.push(part);
    let bytes = this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces);
    if (tooLong) bytes = bytes.subarray(0, KEPT_OF_LONG_LINE);
    this.pieces = [];
    this.pending = 0;
    this.skipping = false;
    return { lineNo: this.lineNo, bytes, tooLong };
  }
}

/** The count of records, of failed ones and of lines with invalid UTF-8, and the first of each. */
export class Tally {
  records = 0;
  failed = 0;
  firstFailure: string | undefined;
  replaced = 0;
  invalidLines = 0;
  firstInvalid = 0;

  add(r: RecordResult, lineNo: number): void {
    this.records++;
    if (r.replaced) {
      this.replaced += r.replaced;
      this.invalidLines++;
      if (this.firstInvalid === 0) this.firstInvalid = lineNo;
    }
    if (r.error === undefined) return;
    this.failed++;
    this.firstFailure ??= r.error;
  }

  /** One line for standard error when records failed. */
  failures(): string | undefined {
    if (this.failed === 0) return undefined;
    return `${this.failed} of ${this.records} record${this.records === 1 ? '' : 's'} failed, written as {"id", "error"} lines (first: ${this.firstFailure})`;
  }

  /** One line for standard error when lines were not valid UTF-8. */
  invalid(): string | undefined {
    if (this.replaced === 0) return undefined;
    const n = this.invalidLines;
    return (
      `warning: ${n} line${n === 1 ? ' is' : 's are'} not valid UTF-8 (first: line ${this.firstInvalid}): ` +
      `${this.replaced} invalid byte sequence${this.replaced === 1 ? '' : 's'} replaced by U+FFFD; for text in a legacy Vietnamese font use --encoding`
    );
  }
}

async function openInput(file: string | undefined): Promise<DecodedChunks> {
  try {
    return decodedChunks(await inputChunks(file));
  } catch (e) {
    throw readError(file, e);
  }
}

export function recordOptions(args: Args): RecordOptions {
  return { command: args.command, encoding: args.encoding, maxLine: `${+(args.maxLineBytes / MB).toFixed(3)} MB` };
}

/**
 * One output line per input line, in constant memory: the input is read in
 * chunks (pulled only when the previous lines are written, so a slow reader
 * slows the reading), lines are cut at `\n` (a `\r` before it is dropped) and
 * a line longer than --max-line-mb is answered with an error record without
 * being held in memory. A record that fails is answered with an error record
 * and the run goes on; the exit status is then 1.
 */
export async function runJsonl(args: Args): Promise<number> {
  const lines = new Lines(args.maxLineBytes);
  const tally = new Tally();
  const options = recordOptions(args);
  let bytesRead = 0;
  const answer = async (job: LineJob): Promise<void> => {
    const r = processRecord(job, options);
    tally.add(r, job.lineNo);
    for (const piece of joined(r.pieces)) await write(piece);
  };
  const input = await openInput(args.file);
  const nextChunk = async (): Promise<Buffer | null> => {
    try {
      return await input.next();
    } catch (e) {
      const err = readError(args.file, e);
      throw lines.lineNo === 0 && bytesRead === 0 ? err : new RuntimeError(`${err.message} (after line ${lines.lineNo})`);
    }
  };
  try {
    for (let chunk = await nextChunk(); chunk !== null; chunk = await nextChunk()) {
      bytesRead += chunk.length;
      for (const job of lines.push(chunk)) {
        await answer(job);
        state.progress?.update(lines.lineNo, bytesRead);
      }
      state.progress?.update(lines.lineNo, bytesRead);
    }
  } finally {
    input.done();
  }
  const last = lines.end();
  if (last) await answer(last);
  const what = args.file === undefined ? 'standard input' : JSON.stringify(args.file);
  const messages = [invalidWarning(what, input.unicode(), input.replaced()), tally.invalid(), tally.failures()].filter((m) => m !== undefined);
  state.progress?.clear();
  for (const m of messages) process.stderr.write(`vn-admin-ner: ${m}\n`);
  return tally.failed === 0 ? 0 : 1;
}
