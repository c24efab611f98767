/**
 * One jsonl record: an input line in, one output line out, always. A line
 * that cannot be annotated becomes `{"id": ID, "error": "..."}`.
 */
import { annotate, expand } from '../index.js';
import type { Annotation } from '../types.js';
import type { Command, Encoding } from './args.js';
import { decodeWith, latin1, legacyInput } from './decode.js';
import { oneLine } from './errors.js';
import { annotationPieces, jsonStringPieces, MAX_STRING_LENGTH } from './json-out.js';
import { rawId } from './raw-id.js';
import { replacedInUtf8 } from './unicode.js';

/** A line of the input; an over-long one comes as its first part only. */
export interface LineJob {
  lineNo: number;
  bytes: Uint8Array;
  /** the line was longer than --max-line-mb: `bytes` is its first part */
  tooLong: boolean;
}

export interface RecordOptions {
  command: Command;
  encoding: Encoding | undefined;
  /** --max-line-mb as shown in messages: `8 MB` */
  maxLine: string;
  /** The longest output line, without its `\n` (default: the longest string V8 can hold). */
  maxRecordChars?: number;
  /** Where the lines come from, before `line N` in messages (`"b.jsonl" `) when there are several inputs. */
  where?: string;
}

/** The output line (with its `\n`) in pieces, and the error when the record failed. */
export interface RecordResult {
  pieces: Iterable<string>;
  error?: string;
  /** invalid UTF-8 sequences of the line, replaced by U+FFFD */
  replaced?: number;
}

/** Pieces of records up to this size are kept from the count to the writing; bigger ones are serialised again. */
const KEEP = 16 * 1024 * 1024;

/** A line that starts a JSON object: `{"` or `{}`. Other lines, `{x}` included, are raw text. */
const JSON_LIKE = /^[ \t]*\{[ \t]*["}]/u;

/** The line as text, and the invalid UTF-8 sequences replaced in it (not counted with --encoding or when cut). */
function lineText(job: LineJob, encoding: Encoding | undefined): { line: string; replaced: number } {
  const { bytes, lineNo } = job;
  let line: string;
  let replaced = 0;
  if (encoding === undefined) {
    line = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (!job.tooLong) replaced = replacedInUtf8(bytes, line);
  } else {
    // not UTF-8: legacy bytes, kept one code unit per byte for decodeLegacy
    const input = legacyInput(bytes);
    line = typeof input === 'string' ? input : latin1(input);
  }
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  return { line, replaced };
}

class RecordError extends Error {}

/** The id (raw JSON) and text of a line; a JSON-looking line that is not a record throws. */
function parseLine(line: string, lineNo: number, at: string): { id: string; text: string } {
  if (!JSON_LIKE.test(line)) return { id: String(lineNo), text: line };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    throw new RecordError(`${at}: invalid JSON (${oneLine(e)})`);
  }
  const text = (parsed as { text?: unknown } | null)?.text;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof text !== 'string') {
    throw new RecordError(`${at}: a JSON line needs to be an object with a string "text"`);
  }
  return { id: rawId(line) ?? String(lineNo), text };
}

function errorLine(id: string, message: string): RecordResult {
  return { pieces: [`{"id":${id},"error":${JSON.stringify(message)}}\n`], error: message };
}

/** The pieces of an output line, or undefined when it is longer than `limit`; small lines are serialised once. */
export function bounded(make: () => Iterable<string>, limit: number, keep = KEEP): Iterable<string> | undefined {
  let kept: string[] | undefined = [];
  let length = -1; // the final \n does not count
  for (const piece of make()) {
    length += piece.length;
    if (length > limit) return undefined;
    if (kept === undefined) continue;
    kept.push(piece);
    if (length > keep) kept = undefined;
  }
  return kept ?? make();
}

function* annotationLine(id: string, annotation: Annotation): Generator<string> {
  let first = true;
  for (const piece of annotationPieces(annotation, 0)) {
    yield first ? `{"id":${id},${piece.slice(1)}` : piece;
    first = false;
  }
  yield '\n';
}

function* expandLine(id: string, expanded: string): Generator<string> {
  yield `{"id":${id},"text":`;
  yield* jsonStringPieces(expanded);
  yield '}\n';
}

/** The output line of a record's text: its annotation or expansion, or an error record. */
function answer(id: string, text: string, at: string, options: RecordOptions): RecordResult {
  const limit = options.maxRecordChars ?? MAX_STRING_LENGTH;
  let pieces: Iterable<string> | undefined;
  try {
    // annotate() runs once: the pieces are made again only for lines longer than KEEP
    let make: () => Iterable<string>;
    if (options.command === 'expand') {
      const expanded = expand(text);
      make = () => expandLine(id, expanded);
    } else {
      const annotation = annotate(text);
      make = () => annotationLine(id, annotation);
    }
    pieces = bounded(make, limit);
  } catch (e) {
    return errorLine(id, `${at}: cannot annotate (${oneLine(e)})`);
  }
  if (pieces === undefined) return errorLine(id, `${at}: the output would be longer than ${limit} characters, the most one JSON line may hold`);
  return { pieces };
}

/** The output line of a line of the input; never throws. */
export function processRecord(job: LineJob, options: RecordOptions): RecordResult {
  let line: string | undefined;
  let replaced = 0;
  let result: RecordResult;
  const at = `${options.where ?? ''}line ${job.lineNo}`;
  try {
    ({ line, replaced } = lineText(job, options.encoding));
    if (job.tooLong) throw new RecordError(`${at} is longer than ${options.maxLine} (--max-line-mb); skipped`);
    const { id, text: raw } = parseLine(line, job.lineNo, at);
    const text = options.encoding === undefined ? raw : decodeWith(raw, options.encoding);
    result = answer(id, text, at, options);
  } catch (e) {
    const id = (line !== undefined && JSON_LIKE.test(line) ? rawId(line) : undefined) ?? String(job.lineNo);
    result = errorLine(id, e instanceof RecordError ? e.message : `${at}: ${oneLine(e)}`);
  }
  if (replaced > 0) result.replaced = replaced;
  return result;
}
