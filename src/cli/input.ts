/** Reading the input: whole, or in chunks of a reused buffer. */
import { close, createReadStream, open, read, statSync } from 'node:fs';
import { RuntimeError } from './errors.js';
import { MAX_TEXT_MB } from './limits.js';
import { state } from './progress.js';
import { mayStartBom, sniffBom, WideDecoder, type Unicode } from './unicode.js';

const MB = 1024 * 1024;

function inputStream(file: string | undefined): AsyncIterable<Buffer> {
  return (file === undefined ? process.stdin : createReadStream(file)) as AsyncIterable<Buffer>;
}

export function readError(file: string | undefined, e: unknown): Error {
  const err = e as NodeJS.ErrnoException;
  const what = file === undefined ? 'standard input' : JSON.stringify(file);
  const why =
    err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
  return new RuntimeError(`cannot read ${what}: ${why}`);
}

const mb = (bytes: number): string => `${+(bytes / MB).toFixed(1)} MB`;

function tooLarge(file: string | undefined, size: number | undefined): RuntimeError {
  const what = file === undefined ? 'standard input' : JSON.stringify(file);
  const is = size === undefined ? 'is more than' : `is ${mb(size)}, more than`;
  return new RuntimeError(`${what} ${is} the ${MAX_TEXT_MB} MB that can be annotated as one text; use --format jsonl to annotate it line by line`);
}

/** A file that cannot be read, or is too large to be read whole (`maxBytes`), fails before anything is read. */
export function checkFile(file: string, maxBytes: number | undefined): void {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = stat.isFile() ? stat.size : 0;
  } catch (e) {
    throw readError(file, e);
  }
  if (maxBytes !== undefined && size > maxBytes) throw tooLarge(file, size);
}

/** The whole input as bytes, with progress; more than `maxBytes` is refused. */
export async function readAll(file: string | undefined, maxBytes = MAX_TEXT_MB * MB): Promise<Buffer> {
  if (file !== undefined) checkFile(file, maxBytes);
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of inputStream(file)) {
      chunks.push(chunk);
      bytes += chunk.length;
      if (bytes > maxBytes) break;
      state.progress?.update(undefined, bytes);
    }
  } catch (e) {
    throw readError(file, e);
  }
  if (bytes > maxBytes) throw tooLarge(file, undefined);
  return Buffer.concat(chunks, bytes);
}

/** Settles the reader waiting in {@link chunkReader}. */
interface Waiting {
  ready: Buffer | undefined;
  backlog: Buffer[];
  ended: boolean;
  failure: unknown;
  wake: (() => void) | undefined;
}

/**
 * The chunks of a stream, each copied into one reused buffer that stays valid
 * until the next call (the fallback of {@link inputChunks}; the stream's
 * read-ahead buffer still outlives the young generation).
 */
function chunkReader(stream: NodeJS.ReadableStream): () => Promise<Buffer | null> {
  let reused = Buffer.allocUnsafe(64 * 1024);
  const w: Waiting = { ready: undefined, backlog: [], ended: false, failure: undefined, wake: undefined };
  stream.on('data', (chunk: Buffer) => {
    if (w.ready === undefined && w.backlog.length === 0) {
      if (chunk.length > reused.length) reused = Buffer.allocUnsafe(chunk.length);
      chunk.copy(reused);
      w.ready = reused.subarray(0, chunk.length);
    } else w.backlog.push(Buffer.from(chunk));
    stream.pause();
    w.wake?.();
  });
  stream.on('end', () => {
    w.ended = true;
    w.wake?.();
  });
  stream.on('error', (e: unknown) => {
    w.failure = e;
    w.wake?.();
  });
  stream.pause();
  return async () => {
    w.ready = undefined;
    if (w.backlog.length > 0) return w.backlog.shift()!;
    if (w.failure === undefined && !w.ended) {
      stream.resume();
      await new Promise<void>((resolve) => {
        w.wake = resolve;
        if (w.ready !== undefined || w.backlog.length > 0 || w.ended || w.failure !== undefined) resolve();
      });
      w.wake = undefined;
    }
    if (w.ready !== undefined) return w.ready;
    if (w.backlog.length > 0) return w.backlog.shift()!;
    if (w.failure !== undefined) throw w.failure;
    return null;
  };
}

/** The size of a read: a shorter chunk means the reader has caught up with the input (or its end). */
export const READ_SIZE = 64 * 1024;

export interface Chunks {
  /** The next chunk (valid until the following call), or null at the end. */
  next: () => Promise<Buffer | null>;
  done: () => void;
}

/**
 * The chunks of the input, read with fs.read() into one reused 64 KB buffer
 * that stays valid until the next call. A stream would allocate a buffer per
 * read and keep one read ahead: held while its lines are annotated, those
 * outlive the young generation and pile up, tens of MB of them, until a full
 * collection. Standard input falls back to the stream when it cannot be read
 * this way (a non-blocking descriptor).
 */
export async function inputChunks(file: string | undefined): Promise<Chunks> {
  const fd =
    file === undefined
      ? 0
      : await new Promise<number>((resolve, reject) => open(file, 'r', (e, n) => (e ? reject(e) : resolve(n))));
  const buf = Buffer.allocUnsafe(READ_SIZE);
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

/** Chunks of UTF-8 (or legacy) bytes, and what the input was. */
export interface DecodedChunks extends Chunks {
  /** the input's Unicode encoding, known after the first chunk */
  unicode: () => Unicode;
  /** invalid UTF-16 or UTF-32 sequences replaced so far (UTF-8 is checked line by line) */
  replaced: () => number;
}

/** The first chunk, read on until it holds 4 bytes or cannot start a byte order mark. */
async function firstChunk(input: Chunks): Promise<Buffer | null> {
  let first = await input.next();
  while (first !== null && mayStartBom(first)) {
    const more = await input.next();
    if (more === null) break;
    first = Buffer.concat([first, more]);
  }
  return first;
}

/**
 * The input's chunks as UTF-8: a UTF-16 or UTF-32 input (by its byte order
 * mark) is transcoded, a UTF-8 byte order mark dropped; other bytes pass as
 * they are.
 */
export function decodedChunks(input: Chunks): DecodedChunks {
  let started = false;
  let unicode: Unicode = 'UTF-8';
  let wide: WideDecoder | undefined;
  const widen = async (): Promise<Buffer | null> => {
    for (;;) {
      const chunk = await input.next();
      const text = chunk === null ? wide!.end() : wide!.push(chunk);
      if (text.length > 0 || chunk === null) return text.length > 0 ? Buffer.from(text, 'utf8') : null;
    }
  };
  const next = async (): Promise<Buffer | null> => {
    if (started) return wide ? widen() : input.next();
    started = true;
    const first = await firstChunk(input);
    const bom = first === null ? undefined : sniffBom(first);
    if (first === null || bom === undefined) return first;
    unicode = bom.encoding;
    if (bom.encoding === 'UTF-8') return first.subarray(bom.length);
    wide = new WideDecoder(bom.encoding);
    const text = wide.push(first.subarray(bom.length));
    return text.length > 0 ? Buffer.from(text, 'utf8') : widen();
  };
  return { next, done: input.done, unicode: () => unicode, replaced: () => wide?.replaced ?? 0 };
}
