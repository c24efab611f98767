/** `--format jsonl`: one JSON line out per line in, in constant memory. */
import { MB, type Args } from './args.js';
import { invalidWarning } from './decode.js';
import { RuntimeError } from './errors.js';
import { decodedChunks, inputChunks, READ_SIZE, readError, type DecodedChunks } from './input.js';
import type { Executor } from './pool.js';
import { state } from './progress.js';
import type { LineJob, RecordOptions } from './record.js';
import { LineBatch, type LineCounts } from './tasks.js';

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

/** Lines are sent to be annotated in batches of this many bytes or lines, whichever comes first. */
const BATCH_BYTES = 256 * 1024;
const BATCH_LINES = 1000;

/** The counts of all records, merged in input order. */
export class Tally implements LineCounts {
  records = 0;
  failed = 0;
  firstFailure: string | undefined;
  replaced = 0;
  invalidLines = 0;
  firstInvalid: string | undefined;
  /** warnings about whole inputs (invalid UTF-16 or UTF-32) */
  readonly warnings: string[] = [];

  merge(c: LineCounts): void {
    this.records += c.records;
    this.failed += c.failed;
    this.firstFailure ??= c.firstFailure;
    this.replaced += c.replaced;
    this.invalidLines += c.invalidLines;
    this.firstInvalid ??= c.firstInvalid;
  }

  /** The lines for standard error: warnings, then the count of failed records. */
  messages(): string[] {
    const out = [...this.warnings];
    if (this.replaced > 0) {
      const n = this.invalidLines;
      out.push(
        `warning: ${n} line${n === 1 ? ' is' : 's are'} not valid UTF-8 (first: ${this.firstInvalid}): ` +
          `${this.replaced} invalid byte sequence${this.replaced === 1 ? '' : 's'} replaced by U+FFFD; for text in a legacy Vietnamese font use --encoding`,
      );
    }
    if (this.failed > 0) {
      const n = this.records;
      out.push(`${this.failed} of ${n} record${n === 1 ? '' : 's'} failed, written as {"id", "error"} lines (first: ${this.firstFailure})`);
    }
    return out;
  }
}

async function openInput(file: string | undefined): Promise<DecodedChunks> {
  try {
    return decodedChunks(await inputChunks(file));
  } catch (e) {
    throw readError(file, e);
  }
}

function recordOptions(args: Args, where: string): RecordOptions {
  return { command: args.command, encoding: args.encoding, maxLine: `${+(args.maxLineBytes / MB).toFixed(3)} MB`, where };
}

/** `file` (or standard input) for messages. */
export const inputName = (file: string | undefined): string => (file === undefined ? 'standard input' : JSON.stringify(file));

/**
 * Read one input as jsonl and submit its lines in batches: the input is read
 * in chunks, pulled only when the executor takes a batch (so a slow reader
 * slows the reading), lines are cut at `\n` (a `\r` before it is dropped)
 * and a line longer than --max-line-mb is never held in memory.
 */
export async function feedLines(args: Args, file: string | undefined, executor: Executor, tally: Tally): Promise<void> {
  const lines = new Lines(args.maxLineBytes);
  const options = recordOptions(args, args.files.length > 1 ? `${inputName(file)} ` : '');
  const batch = new LineBatch();
  let bytesRead = 0;
  const flush = async (): Promise<void> => {
    if (batch.lineCount > 0) await executor.submit(batch.take(options));
  };
  const add = async (job: LineJob): Promise<void> => {
    batch.add(job);
    if (batch.byteLength >= BATCH_BYTES || batch.lineCount >= BATCH_LINES) await flush();
  };
  const input = await openInput(file);
  const nextChunk = async (): Promise<Buffer | null> => {
    try {
      return await input.next();
    } catch (e) {
      const err = readError(file, e);
      throw lines.lineNo === 0 && bytesRead === 0 ? err : new RuntimeError(`${err.message} (after line ${lines.lineNo})`);
    }
  };
  try {
    for (let chunk = await nextChunk(); chunk !== null; chunk = await nextChunk()) {
      bytesRead += chunk.length;
      for (const job of lines.push(chunk)) await add(job); // copied into the batch: the chunk's buffer is reused
      if (chunk.length < READ_SIZE) await flush(); // nothing more to read yet: answer what came (`tail -f | …`)
      state.progress?.update(lines.lineNo, bytesRead);
    }
  } finally {
    input.done();
  }
  const last = lines.end();
  if (last) await add(last);
  await flush();
  const warning = invalidWarning(inputName(file), input.unicode(), input.replaced());
  if (warning !== undefined) tally.warnings.push(warning);
}
