/**
 * Legacy Vietnamese encodings: decode TCVN3, VNI, VIQR and Windows-1258 text
 * to NFC Unicode, and guess which one a text is in.
 *
 * Everything here is our own tables (see `tables.ts`, `vni.ts`, `viqr.ts`);
 * nothing is loaded at run time.
 */
import { isVietnameseSyllable } from './syllable.js';
import {
  CP1252_SPECIALS,
  CP1252_SPECIAL_LETTERS,
  cp1258Table,
  tcvn3Table,
  UNDEFINED,
} from './tables.js';
import { decodeViqr } from './viqr.js';
import { decodeVni } from './vni.js';
import { lazyRegExp } from '../regexp.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr' | 'cp1258';

const ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viqr', 'cp1258'];

function describe(value: unknown): string {
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(s);
  }
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${typeof value} ${String(value)}`;
  }
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  return Object.prototype.toString.call(value);
}

function checkInput(fn: string, input: unknown): asserts input is string | Uint8Array {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`vn-admin-ner: ${fn}() input must be a string or a Uint8Array, got ${describe(input)}`);
  }
}

function checkEncoding(encoding: unknown): asserts encoding is LegacyEncoding {
  if (typeof encoding !== 'string' || !(ENCODINGS as readonly string[]).includes(encoding)) {
    throw new TypeError(
      `vn-admin-ner: decodeLegacy() encoding must be one of ${ENCODINGS.join(', ')}, got ${describe(encoding)}`,
    );
  }
}

function decodeByteArray(bytes: Uint8Array, table: readonly string[]): string {
  const parts: string[] = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = table[bytes[i] as number] as string;
  return parts.join('');
}

const LETTER = lazyRegExp('\\p{L}');

/**
 * A string that stands for bytes: every code unit ≤ 0xFF is that byte (text
 * read as Latin-1). Anything above is kept, except, for TCVN3, the cp1252
 * characters of 0x80–0x9F (text read as cp1252): the letters among them
 * (ƒ Š Œ Ž š œ ž Ÿ) always go back to their byte, the punctuation (“ ” – …)
 * only inside a word, so real quotes and dashes survive. Positions that the
 * table leaves undefined keep their character.
 */
function decodeByteString(text: string, table: readonly string[], cp1252Back: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) {
      const t = table[c] as string;
      out += t === UNDEFINED ? text[i] : t;
      continue;
    }
    const ch = text[i] as string;
    if (cp1252Back) {
      const byte = CP1252_SPECIALS.get(ch);
      if (
        byte !== undefined &&
        (CP1252_SPECIAL_LETTERS.has(ch) || (LETTER().test(text[i - 1] ?? '') && LETTER().test(text[i + 1] ?? '')))
      ) {
        out += table[byte] as string;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

function decodeChecked(input: string | Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return (
        typeof input === 'string' ? decodeByteString(input, tcvn3Table(), true) : decodeByteArray(input, tcvn3Table())
      ).normalize('NFC');
    case 'cp1258':
      return (
        typeof input === 'string' ? decodeByteString(input, cp1258Table(), false) : decodeByteArray(input, cp1258Table())
      ).normalize('NFC');
    case 'vni':
      return decodeVni(typeof input === 'string' ? input : latin1(input));
    case 'viqr':
      return decodeViqr(typeof input === 'string' ? input : latin1(input));
  }
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  }
  return out;
}

/**
 * Decode text in a legacy Vietnamese encoding to NFC Unicode.
 *
 * - `tcvn3`: TCVN 5712:1993 (ABC fonts, .VnTime). Bytes, or a string whose
 *   code units ≤ 0xFF are the bytes (read as Latin-1 or cp1252).
 * - `cp1258`: Windows-1258; the combining tone bytes are composed.
 * - `vni`: VNI-Windows fonts (`Hoäi ñoàng` -> `Hội đồng`).
 * - `viqr`: RFC 1456 VIQR (`Ho^.i ddo^\`ng` -> `Hội đồng`).
 *
 * A Uint8Array is read as Latin-1 for `vni` and `viqr`. Characters that the
 * encoding does not use pass through unchanged.
 *
 * @throws TypeError when `encoding` or `input` is not one of the above.
 */
export function decodeLegacy(input: string | Uint8Array, encoding: LegacyEncoding): string {
  checkInput('decodeLegacy', input);
  checkEncoding(encoding);
  return decodeChecked(input, encoding);
}

// ---------------------------------------------------------------------------
// Detection

/** Tokens looked at: enough for a verdict, bounded for long documents. */
const MAX_TOKENS = 4000;
/**
 * At or below this confidence, detectLegacy() answers null. One decoded word
 * alone scores exactly 0.5: a single word is not enough evidence.
 */
const THRESHOLD = 0.5;

const NOT_WORDISH = lazyRegExp('[^\\p{L}\\p{M}\\p{N}]');
const NOT_LETTER = lazyRegExp('[^\\p{L}\\p{M}]');

/** Strip every leading and trailing character that is not a letter or mark. */
function letterCore(token: string): string {
  let s = 0;
  let e = token.length;
  while (s < e && NOT_LETTER().test(token[s] as string)) s++;
  while (e > s && NOT_LETTER().test(token[e - 1] as string)) e--;
  return token.slice(s, e).normalize('NFC');
}

/**
 * The word before decoding: only ASCII and General Punctuation are trimmed,
 * since legacy encodings put letters on Latin-1 symbols (TCVN3 `®` is `đ`).
 * For VIQR the trailing mark characters that are rare as punctuation
 * (` ~ ^ ( + ') stay, so `la\`` is not the valid syllable `la`.
 */
function rawCore(token: string, viqr: boolean): string {
  const trimmable = (ch: string, end: boolean): boolean => {
    if (!NOT_WORDISH().test(ch)) return false;
    const c = ch.charCodeAt(0);
    if (!(c < 0x80 || (c >= 0x2000 && c <= 0x206f))) return false;
    return !(viqr && end && "`~^(+'".includes(ch));
  };
  let s = 0;
  let e = token.length;
  while (s < e && trimmable(token[s] as string, false)) s++;
  while (e > s && trimmable(token[e - 1] as string, true)) e--;
  return token.slice(s, e).normalize('NFC');
}

/** A letter that no 8-bit legacy text read as Latin-1 contains (after NFC). */
const NATIVE = /[\u0100-\uffff]/u;
/** A VIQR token with marks that ordinary punctuation rarely produces. */
const STRONG_VIQR = lazyRegExp('[aeiouyAEIOUY][\\^(+`~]|(?:^|[^\\p{L}])(?:dd|DD|Dd)[aeiouyAEIOUY]');

interface Score {
  encoding: LegacyEncoding;
  confidence: number;
  gain: number;
  /** length of the decoded tokens: on a tie, the decoding that read more marks wins */
  length: number;
}

function scoreEncoding(tokens: readonly string[], encoding: LegacyEncoding, native: number): Score {
  const viqr = encoding === 'viqr';
  let strong = 0;
  let weak = 0;
  let changed = 0;
  let shifted = 0;
  let unchangedInvalid = 0;
  let length = 0;
  for (const token of tokens) {
    const decoded = decodeChecked(token, encoding);
    length += decoded.length;
    const before = letterCore(token);
    const after = letterCore(decoded);
    if (before === '' && after === '') continue;
    const validBefore = isVietnameseSyllable(rawCore(token, viqr));
    if (decoded === token.normalize('NFC')) {
      if (!validBefore) unchangedInvalid++;
      continue;
    }
    const validAfter = isVietnameseSyllable(after);
    if (validBefore && validAfter) {
      // A valid word turned into another valid word (Latin-1 `õ` read as
      // TCVN3 `ừ`): weak evidence either way.
      shifted++;
      continue;
    }
    changed++;
    if (!validBefore && validAfter) {
      if (viqr && !STRONG_VIQR().test(token)) weak++;
      else strong++;
    }
  }
  const gain = viqr ? strong + weak * (strong > 0 ? 1 : 0.5) : strong;
  const denominator = changed + 0.5 * shifted + 0.5 * unchangedInvalid + 2 * native + 1;
  return { encoding, confidence: Math.min(1, gain / denominator), gain, length };
}

function detectionText(input: string | Uint8Array): string {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return latin1(input);
  }
}

/**
 * Guess the legacy encoding of a text: decode it with each encoding and count
 * the words that become Vietnamese syllables and were not before, against the
 * words that decoding changes or leaves broken, and the words that are
 * already Unicode Vietnamese. Returns the best encoding with a confidence in
 * [0, 1], or null when no encoding is convincing (always for Unicode
 * Vietnamese, plain ASCII English, or empty input).
 *
 * A Uint8Array is read as UTF-8 when it is valid UTF-8, else as Latin-1.
 *
 * @throws TypeError when `input` is neither a string nor a Uint8Array.
 */
export function detectLegacy(input: string | Uint8Array): { encoding: LegacyEncoding; confidence: number } | null {
  checkInput('detectLegacy', input);
  const text = detectionText(input);
  const tokens = text.split(/\s+/u).filter((t) => t !== '').slice(0, MAX_TOKENS);
  if (tokens.length === 0) return null;
  let native = 0;
  for (const token of tokens) {
    const core = letterCore(token);
    if (NATIVE.test(core) && isVietnameseSyllable(core)) native++;
  }
  let best: Score | null = null;
  for (const encoding of ENCODINGS) {
    const s = scoreEncoding(tokens, encoding, native);
    if (
      best === null ||
      s.confidence > best.confidence ||
      (s.confidence === best.confidence && (s.gain > best.gain || (s.gain === best.gain && s.length < best.length)))
    ) {
      best = s;
    }
  }
  if (best === null || best.gain <= 0 || best.confidence <= THRESHOLD) return null;
  return { encoding: best.encoding, confidence: Math.round(best.confidence * 1000) / 1000 };
}
