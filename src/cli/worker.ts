/** A worker thread of --jobs: runs the tasks it is sent and sends back their output and report. */
import { parentPort } from 'node:worker_threads';
import { oneLine } from './errors.js';
import type { WorkerMessage } from './pool.js';
import { runTask, type Task } from './tasks.js';

export function startWorker(): void {
  const port = parentPort!;
  port.on('message', ({ seq, task }: { seq: number; task: Task }) => {
    const send = (m: WorkerMessage): void => port.postMessage(m);
    try {
      const run = runTask(task);
      for (let r = run.next(); ; r = run.next()) {
        if (r.done) {
          send({ seq, report: r.value });
          return;
        }
        send({ seq, chunk: r.value });
      }
    } catch (e) {
      send({ seq, error: oneLine(e) });
    }
  });
}
