/**
 * The units of work: a batch of jsonl lines, or a whole text. The same code
 * runs them in the main thread (--jobs 1) and in workers, so the output is
 * the same byte for byte.
 */
import type { Command, Encoding, Format } from './args.js';
import { invalidWarning, wholeText } from './decode.js';
import { joined } from './json-out.js';
import { processRecord, type LineJob, type RecordOptions } from './record.js';
import { render } from './render.js';

/** Consecutive lines of one input, packed into one buffer (transferable to a worker). */
export interface LinesTask {
  kind: 'lines';
  options: RecordOptions;
  bytes: Uint8Array;
  /** where each line ends in `bytes` */
  ends: number[];
  /** the line number of the first line */
  firstLine: number;
  /** the indexes of lines that were longer than --max-line-mb (only their first part is in `bytes`) */
  tooLong: number[];
}

/** A whole text (annotate FILE, all formats but jsonl). */
export interface TextTask {
  kind: 'text';
  /** the input, for messages: `"a.txt"` or `standard input` */
  what: string;
  bytes: Uint8Array;
  command: Command;
  format: Format;
  encoding: Encoding | undefined;
}

export type Task = LinesTask | TextTask;

/** The counts of a batch of lines, merged in input order. */
export interface LineCounts {
  records: number;
  failed: number;
  firstFailure: string | undefined;
  replaced: number;
  invalidLines: number;
  firstInvalid: string | undefined;
}

/** What a task reports besides its output. */
export interface TaskReport {
  counts?: LineCounts;
  /** a warning line (invalid input) */
  warning?: string;
}

/**
 * Output is handed on in strings of about this many characters, and a jsonl
 * record's output as soon as it is made. Both keep memory down: a string
 * over V8's regular object size (128 kB) goes to the large object space,
 * which only a full collection frees (256k-character strings made the jsonl
 * run's peak memory grow by 40 MB), and output held while the next records
 * are annotated survives collections and makes V8 double its young
 * generation (20 MB more).
 */
const OUTPUT_CHUNK = 16 * 1024;

/**
 * Lines gathered for one task, copied as they come (their bytes may be views
 * of a reused buffer) into one buffer that is itself reused: a task's bytes
 * are valid until the next add(), so it must be submitted before that (the
 * pool copies them). A new buffer a batch made the jsonl run's peak memory
 * grow by 20 MB of dead buffers waiting for a collection.
 */
export class LineBatch {
  private bytes = new Uint8Array(64 * 1024);
  private size = 0;
  private ends: number[] = [];
  private tooLong: number[] = [];
  private firstLine = 1;

  get byteLength(): number {
    return this.size;
  }

  get lineCount(): number {
    return this.ends.length;
  }

  add(job: LineJob): void {
    if (this.ends.length === 0) this.firstLine = job.lineNo;
    if (this.size + job.bytes.length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(2 * this.bytes.length, this.size + job.bytes.length));
      bigger.set(this.bytes.subarray(0, this.size));
      this.bytes = bigger;
    }
    this.bytes.set(job.bytes, this.size);
    this.size += job.bytes.length;
    if (job.tooLong) this.tooLong.push(this.ends.length);
    this.ends.push(this.size);
  }

  /** The lines as a task (its bytes valid until the next add()); the batch starts again empty. */
  take(options: RecordOptions): LinesTask {
    const task: LinesTask = { kind: 'lines', options, bytes: this.bytes.subarray(0, this.size), ends: this.ends, firstLine: this.firstLine, tooLong: this.tooLong };
    this.size = 0;
    this.ends = [];
    this.tooLong = [];
    return task;
  }
}

function* runLines(task: LinesTask): Generator<string, TaskReport> {
  const counts: LineCounts = { records: 0, failed: 0, firstFailure: undefined, replaced: 0, invalidLines: 0, firstInvalid: undefined };
  const tooLong = new Set(task.tooLong);
  const where = task.options.where ?? '';
  function* records(): Generator<string> {
    let start = 0;
    for (let k = 0; k < task.ends.length; k++) {
      const lineNo = task.firstLine + k;
      const job: LineJob = { lineNo, bytes: task.bytes.subarray(start, task.ends[k]), tooLong: tooLong.has(k) };
      start = task.ends[k]!;
      const r = processRecord(job, task.options);
      counts.records++;
      if (r.replaced) {
        counts.replaced += r.replaced;
        counts.invalidLines++;
        counts.firstInvalid ??= `${where}line ${lineNo}`;
      }
      if (r.error !== undefined) {
        counts.failed++;
        counts.firstFailure ??= r.error;
      }
      // joined record by record: a record's output is handed on before the next one is annotated
      yield* joined(r.pieces, OUTPUT_CHUNK);
    }
  }
  yield* records();
  return { counts };
}

function* runText(task: TextTask): Generator<string, TaskReport> {
  const { text, unicode, replaced } = wholeText(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), task.encoding);
  const warning = invalidWarning(task.what, unicode, replaced);
  yield* joined(render(text, task.command, task.format), OUTPUT_CHUNK);
  return warning === undefined ? {} : { warning };
}

/** Run a task: its output in strings of about OUTPUT_CHUNK, then its report. */
export function runTask(task: Task): Generator<string, TaskReport> {
  return task.kind === 'lines' ? runLines(task) : runText(task);
}
