/** `--format jsonl`: one JSON line out per line in, in constant memory. */
import { annotate, expand } from '../index.js';
import { MB, type Args } from './args.js';
import { decodeWith, latin1, legacyInput } from './decode.js';
import { RuntimeError } from './errors.js';
import { inputChunks, readError, type Chunks } from './input.js';
import { write } from './output.js';
import { state } from './progress.js';

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
 * Cuts chunks into lines at `\n`; a line longer than the limit is skipped
 * without being held in memory.
 */
class Lines {
  lineNo = 0;
  skipped = 0;
  firstSkipped = 0;
  private pieces: Buffer[] = [];
  private pending = 0;
  private skipping = false;
  private readonly limitMb: string;

  constructor(private readonly args: Args) {
    this.limitMb = `${+(args.maxLineBytes / MB).toFixed(3)} MB`;
  }

  /** The output lines of the lines that end in `chunk`; keeps its unfinished tail. */
  *push(chunk: Buffer): Generator<string> {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      if (nl === -1) {
        this.keep(chunk.subarray(pos));
        return;
      }
      yield this.emit(chunk.subarray(pos, nl));
      pos = nl + 1;
    }
  }

  /** The output line of an unfinished last line, if any. */
  end(): string | undefined {
    return this.skipping || this.pending > 0 ? this.emit(undefined) : undefined;
  }

  summary(): string {
    const n = this.skipped;
    return `${n} line${n === 1 ? '' : 's'} longer than ${this.limitMb} skipped (first: line ${this.firstSkipped}); see --max-line-mb`;
  }

  private keep(rest: Buffer): void {
    if (this.skipping) return;
    if (this.pending + rest.length > this.args.maxLineBytes) {
      this.skipping = true;
      this.pieces = [];
      this.pending = 0;
    } else {
      this.pieces.push(Buffer.from(rest)); // a copy: the chunk's buffer is reused
      this.pending += rest.length;
    }
  }

  private emit(part: Buffer | undefined): string {
    this.lineNo++;
    const lineNo = this.lineNo;
    if (this.skipping || this.pending + (part?.length ?? 0) > this.args.maxLineBytes) {
      this.skipping = false;
      this.pieces = [];
      this.pending = 0;
      this.skipped++;
      if (this.firstSkipped === 0) this.firstSkipped = lineNo;
      return JSON.stringify({ id: lineNo, error: `line ${lineNo} is longer than ${this.limitMb} (--max-line-mb); skipped` }) + '\n';
    }
    let line: Buffer;
    if (this.pending === 0) line = part ?? Buffer.alloc(0);
    else {
      if (part !== undefined) this.pieces.push(part);
      line = Buffer.concat(this.pieces);
      this.pieces = [];
      this.pending = 0;
    }
    return processLine(line, lineNo, this.args) + '\n';
  }
}

async function openInput(file: string | undefined): Promise<Chunks> {
  try {
    return await inputChunks(file);
  } catch (e) {
    throw readError(file, e);
  }
}

/**
 * One output line per input line, in constant memory: the input is read in
 * chunks (pulled only when the previous lines are written, so a slow reader
 * slows the reading), lines are cut at `\n` (a `\r` before it is dropped) and
 * a line longer than --max-line-mb is skipped without being held in memory.
 */
export async function runJsonl(args: Args): Promise<number> {
  const lines = new Lines(args);
  let bytesRead = 0;
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
      for (const out of lines.push(chunk)) {
        await write(out);
        state.progress?.update(lines.lineNo, bytesRead);
      }
      state.progress?.update(lines.lineNo, bytesRead);
    }
  } finally {
    input.done();
  }
  await write(lines.end() ?? '');
  if (lines.skipped === 0) return 0;
  state.progress?.clear();
  process.stderr.write(`vn-admin-ner: ${lines.summary()}\n`);
  return 1;
}
