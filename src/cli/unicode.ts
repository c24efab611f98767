/**
 * Unicode input: a byte order mark chooses UTF-8, UTF-16 or UTF-32 (little
 * or big endian); bytes that are not valid in it are replaced by U+FFFD and
 * counted, so the caller can say how many.
 */

export type Unicode = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

/** The encoding a byte order mark at the start of `bytes` names, and the mark's length. */
export function sniffBom(bytes: Uint8Array): { encoding: Unicode; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? { encoding: 'UTF-32LE', length: 4 } : { encoding: 'UTF-16LE', length: 2 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'UTF-32BE', length: 4 };
  if (a === 0xfe && b === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'UTF-8', length: 3 };
  return undefined;
}

/** Bytes that could still begin a byte order mark (a short first read). */
export function mayStartBom(bytes: Uint8Array): boolean {
  const marks = [[0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff], [0xef, 0xbb, 0xbf]];
  return bytes.length < 4 && marks.some((m) => bytes.every((x, k) => m[k] === x));
}

/** `text` decoded from `bytes` as UTF-8: how many invalid sequences became U+FFFD. */
export function replacedInUtf8(bytes: Uint8Array, text: string): number {
  let n = 0;
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) n++;
  if (n === 0) return 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buf.indexOf('\ufffd'); at !== -1; at = buf.indexOf('\ufffd', at + 3)) n--; // U+FFFD written in the input
  return n;
}

/** Lone surrogates (invalid UTF-16), to be replaced by U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A streaming decoder of UTF-16 or UTF-32 (after the byte order mark): a
 * character cut between two chunks is put back together.
 */
export class WideDecoder {
  /** invalid sequences replaced by U+FFFD so far */
  replaced = 0;
  private rest: Uint8Array = new Uint8Array(0);
  private highSurrogate = '';
  private readonly unit: 2 | 4;

  constructor(private readonly encoding: Exclude<Unicode, 'UTF-8'>) {
    this.unit = encoding.startsWith('UTF-16') ? 2 : 4;
  }

  /** The text of `bytes` (the end of a character cut at its end waits for the next call). */
  push(bytes: Uint8Array): string {
    const all = this.rest.length === 0 ? bytes : Buffer.concat([this.rest, bytes]);
    const whole = all.length - (all.length % this.unit);
    this.rest = Uint8Array.from(all.subarray(whole));
    const text = this.unit === 2 ? this.utf16(all.subarray(0, whole)) : this.utf32(all.subarray(0, whole));
    return this.valid(this.highSurrogate + text, false);
  }

  /** The text left at the end: a cut character is invalid. */
  end(): string {
    const cut = this.rest.length > 0 ? 1 : 0;
    this.replaced += cut;
    this.rest = new Uint8Array(0);
    return this.valid(this.highSurrogate, true) + '\ufffd'.repeat(cut);
  }

  private utf16(bytes: Uint8Array): string {
    const copy = Buffer.from(bytes); // a copy: swap16 works in place
    if (this.encoding === 'UTF-16BE') copy.swap16();
    return copy.toString('utf16le');
  }

  private utf32(bytes: Uint8Array): string {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const little = this.encoding === 'UTF-32LE';
    const parts: string[] = [];
    let codes: number[] = [];
    for (let k = 0; k < bytes.length; k += 4) {
      const c = view.getUint32(k, little);
      const invalid = c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff);
      if (invalid) this.replaced++;
      codes.push(invalid ? 0xfffd : c);
      if (codes.length === 8192) {
        parts.push(String.fromCodePoint(...codes));
        codes = [];
      }
    }
    parts.push(String.fromCodePoint(...codes));
    return parts.join('');
  }

  /** `text` with lone surrogates replaced, keeping a final high surrogate for the next chunk unless `last`. */
  private valid(text: string, last: boolean): string {
    const c = text.charCodeAt(text.length - 1);
    const keep = !last && c >= 0xd800 && c <= 0xdbff;
    this.highSurrogate = keep ? text.slice(-1) : '';
    const body = keep ? text.slice(0, -1) : text;
    return body.replace(LONE_SURROGATE, () => {
      this.replaced++;
      return '\ufffd';
    });
  }
}
