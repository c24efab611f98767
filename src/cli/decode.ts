/** From input bytes to text: UTF-8, or a legacy Vietnamese encoding (--encoding). */
import { decodeLegacy, detectLegacy, type LegacyEncoding } from '../index.js';
import type { Encoding } from './args.js';
import { RuntimeError } from './errors.js';

const MB = 1024 * 1024;
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * Bytes given with --encoding: a string when they are valid UTF-8 (a VNI or
 * VIQR text, or a legacy text saved as UTF-8 by an editor that read it as
 * Latin-1/cp1252), else the raw bytes (TCVN3, cp1258 or VNI bytes as written
 * by the old fonts' editors), which decodeLegacy reads byte by byte.
 */
export function legacyInput(bytes: Uint8Array): string | Uint8Array {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return bytes;
  }
}

/** Apply --encoding to text or bytes; `auto` leaves the text alone when detectLegacy() is not convinced. */
export function decodeWith(input: string | Uint8Array, encoding: Encoding): string {
  let enc: LegacyEncoding;
  if (encoding === 'auto') {
    const guess = detectLegacy(input);
    if (guess === null) return typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    enc = guess.encoding;
  } else enc = encoding;
  return decodeLegacy(input, enc);
}

/** The whole input as one text. */
export function wholeText(bytes: Buffer, encoding: Encoding | undefined): string {
  try {
    return encoding === undefined ? bytes.toString('utf8') : decodeWith(legacyInput(bytes), encoding);
  } catch (e) {
    if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      throw new RuntimeError(`input too large to read as one text (${(bytes.length / MB).toFixed(0)} MB); use --format jsonl`);
    }
    throw e;
  }
}
