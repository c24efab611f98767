/** From input bytes to text: UTF-8, or a legacy Vietnamese encoding (--encoding). */
import { decodeLegacy, detectLegacy, type LegacyEncoding } from '../index.js';
import type { Encoding } from './args.js';
import { RuntimeError } from './errors.js';
import { replacedInUtf8, sniffBom, WideDecoder, type Unicode } from './unicode.js';

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

/** A text and how it was read. */
export interface Decoded {
  text: string;
  /** the Unicode encoding of the bytes (by their byte order mark; UTF-8 without one) */
  unicode: Unicode;
  /** invalid sequences replaced by U+FFFD (UTF-8 is not checked with --encoding: legacy bytes are not UTF-8) */
  replaced: number;
}

function unicodeText(bytes: Buffer, encoding: Encoding | undefined): Decoded {
  const bom = sniffBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (bom !== undefined && bom.encoding !== 'UTF-8') {
    const decoder = new WideDecoder(bom.encoding);
    const text = decoder.push(body) + decoder.end();
    return { text: encoding === undefined ? text : decodeWith(text, encoding), unicode: bom.encoding, replaced: decoder.replaced };
  }
  if (encoding !== undefined) return { text: decodeWith(legacyInput(body), encoding), unicode: 'UTF-8', replaced: 0 };
  const text = body.toString('utf8');
  return { text, unicode: 'UTF-8', replaced: replacedInUtf8(body, text) };
}

/** The whole input as one text: a byte order mark is honoured (and dropped), then --encoding applied. */
export function wholeText(bytes: Buffer, encoding: Encoding | undefined): Decoded {
  try {
    return unicodeText(bytes, encoding);
  } catch (e) {
    if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      throw new RuntimeError(`input too large to read as one text (${(bytes.length / MB).toFixed(0)} MB); use --format jsonl`);
    }
    throw e;
  }
}

/** The warning for invalid input, or undefined. */
export function invalidWarning(what: string, unicode: Unicode, replaced: number): string | undefined {
  if (replaced === 0) return undefined;
  const hint = unicode === 'UTF-8' ? '; for text in a legacy Vietnamese font use --encoding' : '';
  return `warning: ${what} is not valid ${unicode}: ${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} replaced by U+FFFD${hint}`;
}
