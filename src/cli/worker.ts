/** A worker thread of --jobs: runs the tasks it is sent and sends back their output and report. */
import { parentPort } from 'node:worker_threads';
import { oneLine } from './errors.js';
import type { WorkerMessage } from './pool.js';
import { runTask, type Task } from './tasks.js';

/** Output goes to the main thread as UTF-8 in messages of this many bytes (fewer, larger messages; no copy). */
const MESSAGE_BYTES = 256 * 1024;
const encoder = new TextEncoder();

/** Encodes output into buffers of MESSAGE_BYTES and sends each when full (moved, not copied). */
class Packer {
  private buf = new Uint8Array(MESSAGE_BYTES);
  private used = 0;

  constructor(private readonly send: (bytes: Uint8Array) => void) {}

  add(text: string): void {
    for (let rest = text; rest.length > 0; ) {
      // encodeInto stops before a character that does not fit, never inside one
      const { read, written } = encoder.encodeInto(rest, this.buf.subarray(this.used));
      this.used += written;
      rest = rest.slice(read);
      if (rest.length > 0) this.flush();
    }
  }

  flush(): void {
    if (this.used === 0) return;
    this.send(this.buf.subarray(0, this.used));
    this.buf = new Uint8Array(MESSAGE_BYTES);
    this.used = 0;
  }
}

export function startWorker(): void {
  const port = parentPort!;
  port.on('message', ({ seq, task }: { seq: number; task: Task }) => {
    const send = (m: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);
    const packer = new Packer((bytes) => send({ seq, chunk: bytes }, [bytes.buffer as ArrayBuffer]));
    try {
      const run = runTask(task);
      for (let r = run.next(); ; r = run.next()) {
        if (r.done) {
          packer.flush();
          send({ seq, report: r.value });
          return;
        }
        packer.add(r.value);
      }
    } catch (e) {
      packer.flush();
      send({ seq, error: oneLine(e) });
    }
  });
}
