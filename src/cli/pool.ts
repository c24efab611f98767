/**
 * Running tasks: in the main thread (--jobs 1), or on a pool of worker
 * threads. Either way each task's output is written in the order the tasks
 * were submitted, and at most a fixed number of tasks are in flight (read
 * but not yet written), so memory stays bounded however fast the input comes.
 */
import { Worker } from 'node:worker_threads';
import { oneLine, RuntimeError } from './errors.js';
import { runTask, type Task, type TaskReport } from './tasks.js';

/** Where finished output goes, in order. */
export interface Sink {
  /** A string, or its UTF-8 bytes (from a worker). */
  output(chunk: string | Uint8Array): Promise<void>;
  report(report: TaskReport): void;
}

export interface Executor {
  /** Resolves when the task is taken (in the main thread: when it is run and written). */
  submit(task: Task): Promise<void>;
  /** Resolves when every task is written. */
  finish(): Promise<void>;
  close(): void;
}

/** Runs each task at once, in the main thread. */
export class Inline implements Executor {
  constructor(private readonly sink: Sink) {}

  async submit(task: Task): Promise<void> {
    const run = runTask(task);
    for (let r = run.next(); ; r = run.next()) {
      if (r.done) {
        this.sink.report(r.value);
        return;
      }
      await this.sink.output(r.value);
    }
  }

  async finish(): Promise<void> {}

  close(): void {}
}

/** The marker in workerData that makes the CLI file start as a worker. */
export const WORKER_FLAG = 'vnAdminNerWorker';

/** What a worker sends back: output, then a report or an error. */
export type WorkerMessage = { seq: number; chunk: Uint8Array } | { seq: number; report: TaskReport } | { seq: number; error: string };

interface Slot {
  chunks: Uint8Array[];
  report?: TaskReport;
  error?: string;
}

interface Member {
  worker: Worker;
  busy: number;
}

/** The built CLI file: workers run it too (see src/cli.ts). */
function entryFile(): string {
  return typeof __filename === 'string' ? __filename : process.argv[1]!;
}

/** Runs tasks on `size` worker threads, writing their output in submission order. */
export class Pool implements Executor {
  private readonly members: Member[] = [];
  private readonly slots = new Map<number, Slot>();
  private submitted = 0;
  private written = 0;
  private finishing = false;
  private failure: Error | undefined;
  private waiters: (() => void)[] = [];
  private readonly writing: Promise<void>;

  constructor(
    size: number,
    private readonly sink: Sink,
    private readonly window = 2 * size,
  ) {
    for (let k = 0; k < size; k++) this.members.push(this.spawn());
    this.writing = this.writeInOrder().catch((e: unknown) => this.fail(e as Error));
  }

  async submit(task: Task): Promise<void> {
    while (this.failure === undefined && this.submitted - this.written >= this.window) await this.news();
    if (this.failure) throw this.failure;
    const seq = this.submitted++;
    this.slots.set(seq, { chunks: [] });
    const member = this.members.reduce((a, b) => (b.busy < a.busy ? b : a));
    member.busy++;
    const bytes = new Uint8Array(task.bytes); // an exact copy (the task's buffer is reused), moved to the worker
    member.worker.postMessage({ seq, task: { ...task, bytes } }, [bytes.buffer]);
  }

  async finish(): Promise<void> {
    this.finishing = true;
    this.notify();
    await this.writing;
    if (this.failure) throw this.failure;
  }

  close(): void {
    for (const m of this.members) void m.worker.terminate();
  }

  private spawn(): Member {
    const worker = new Worker(entryFile(), { workerData: { [WORKER_FLAG]: true } });
    const member: Member = { worker, busy: 0 };
    worker.on('message', (m: WorkerMessage) => this.receive(member, m));
    worker.on('error', (e) => this.fail(new RuntimeError(`a worker failed: ${oneLine(e)}`)));
    worker.on('exit', (code) => {
      if (!this.finishing || member.busy > 0) this.fail(new RuntimeError(`a worker stopped (exit code ${code})`));
    });
    return member;
  }

  private receive(member: Member, m: WorkerMessage): void {
    const slot = this.slots.get(m.seq)!;
    if ('chunk' in m) slot.chunks.push(m.chunk);
    else {
      member.busy--;
      if ('report' in m) slot.report = m.report;
      else slot.error = m.error;
    }
    this.notify();
  }

  /** Write the slots in order as they fill. */
  private async writeInOrder(): Promise<void> {
    for (;;) {
      const slot = this.slots.get(this.written);
      if (this.failure) return;
      if (slot === undefined) {
        if (this.finishing) return;
        await this.news();
        continue;
      }
      while (slot.chunks.length > 0) await this.sink.output(slot.chunks.shift()!);
      if (slot.error !== undefined) throw new RuntimeError(slot.error);
      if (slot.report === undefined) {
        await this.news();
        continue;
      }
      this.sink.report(slot.report);
      this.slots.delete(this.written++);
      this.notify();
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
  }

  private news(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
