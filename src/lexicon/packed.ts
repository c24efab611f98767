/**
 * Packed data: how `scripts/build-dict.ts` writes the dictionary into the
 * generated modules, so that loading the library costs little. A table is
 * one string literal of printable ASCII (rows split by `\n`, fields by `|`)
 * instead of an array literal of thousands of strings: a JavaScript engine
 * scans such a literal several times faster than it parses the same data as
 * arrays, or as strings full of `\u` escapes. The rows are decoded when an
 * annotator is built, and not kept.
 *
 * Encoding: every character outside printable ASCII (line breaks too), and the escape
 * characters `~` and `^` themselves, is written as an escape character and
 * an index into the module's table of such characters (`~` for the first
 * 91 entries, `^` for the next 91); the index is a printable ASCII character
 * from `#`, `\` skipped.
 */

/** Index characters per escape character. */
export const PACK_BANK = 91;
const FIRST = 35; // '#'
const BACKSLASH = 92;

/** The index character of entry `j` (0 ≤ j < PACK_BANK) of a bank. */
export function packIndexChar(j: number): string {
  const c = FIRST + j;
  return String.fromCharCode(c >= BACKSLASH ? c + 1 : c);
}

/** Does `c` (a UTF-16 code unit) have to be escaped? */
export function packEscaped(c: number): boolean {
  return c < 32 || c > 126 || c === 0x7e || c === 0x5e;
}

/** Encode `s` with `table` (which holds every character of `s` that {@link packEscaped}). */
export function pack(s: string, table: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (!packEscaped(c)) {
      out += s[k];
      continue;
    }
    const i = table.indexOf(s[k]!);
    if (i < 0 || i >= 2 * PACK_BANK) throw new Error(`pack: ${JSON.stringify(s[k])} is not in the table`);
    out += (i < PACK_BANK ? '~' : '^') + packIndexChar(i % PACK_BANK);
  }
  return out;
}

/** Decode a string written by {@link pack}. */
export function unpack(packed: string, table: string): string {
  if (packed.indexOf('~') < 0 && packed.indexOf('^') < 0) return packed;
  return packed.replace(/[~^][^]/gu, (m) => {
    const c = m.charCodeAt(1);
    const j = c - FIRST - (c > BACKSLASH ? 1 : 0);
    return table[(m.charCodeAt(0) === 0x7e ? 0 : PACK_BANK) + j]!;
  });
}

/** The rows of a packed table: `\n`-separated rows of `|`-separated fields (none contains either). */
export function unpackRows(packed: string, table: string): string[][] {
  const text = unpack(packed, table);
  if (text === '') return [];
  return text.split('\n').map((row) => row.split('|'));
}

/** A packed list of strings, one a row. */
export function unpackList(packed: string, table: string): string[] {
  const text = unpack(packed, table);
  return text === '' ? [] : text.split('\n');
}
