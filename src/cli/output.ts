/** Standard output: errors, and waiting when it is full. */
import { state } from './progress.js';

/** EPIPE (the reader went away, `| head`) ends the process quietly; other output errors with exit 1. */
export function onOutputError(e: NodeJS.ErrnoException): void {
  state.progress?.clear();
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

/** Write `text` (or bytes), waiting when standard output is full. */
export async function write(text: string | Uint8Array): Promise<void> {
  if (text.length > 0 && !process.stdout.write(text)) await drained();
}
