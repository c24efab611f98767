/**
 * The compact form of the commune gazetteer (dict/communes.tsv: about 13,600
 * communes, wards and townships of both eras), written by
 * `scripts/build-dict.ts` and decoded when an annotator is built.
 *
 * Loading a module costs time in proportion to its source: the same rows as
 * plain `name|type|code|parent|province|era` lines took 395 kB and about a
 * seventh of the library's import time, mostly digits that the row before
 * already says. Here a row is a few printable ASCII characters of
 * {@link CODE_ALPHABET}:
 *
 * - a head: type (`x` `p` `t` `d`: xã, phường, thị trấn, đặc khu), era (`0`
 *   `1` `2`: pre-2025, post-2025, both), whether the parent and province
 *   differ from the last row of that era, and the number of words of the name
 *   (1, 2, or 3 and more, then given by the next character);
 * - the code as the difference from the row before (rows are in code order;
 *   codes are five digits);
 * - when they changed: the parent's digits, `.`, the province's digits, `.`;
 * - the name's words, each an index into a word list (`words`): one
 *   character for the `single` most frequent words, two for the rest.
 *
 * {@link decodeCommunes} gives back the plain lines, byte for byte (a test
 * compares them with dict/communes.tsv).
 */

/** The 91 printable ASCII characters from `#` to `~` but `\`: a string literal holds them as they are. */
const CODE_ALPHABET = (() => {
  let s = '';
  for (let c = 35; c <= 126; c++) if (c !== 92) s += String.fromCharCode(c);
  return s;
})();
const BASE = CODE_ALPHABET.length;

const TYPES = 'xptd';
const ERAS = '012';
/** Head values: ((type × 3 + era) × 2 + changed) × 3 + word-count class. */
const COUNT_CLASSES = 3;
const CODE_WIDTH = 5;

/** A commune as the plain line writes it: name, type letter, code, parent, province, era digit. */
export type CommuneRow = readonly [name: string, type: string, code: string, parent: string, province: string, era: string];

export interface EncodedCommunes {
  /** the rows (see the module comment) */
  rows: string;
  /** the words of the names, most frequent first */
  words: string[];
  /** how many words have a one-character index */
  single: number;
}

/** Index of `ch` in the alphabet (-1 when it is not one of it). */
function digitOf(ch: number): number {
  if (ch < 35 || ch > 126 || ch === 92) return -1;
  return ch < 92 ? ch - 35 : ch - 36;
}

/** The number of one-character word indexes that leaves room for `count` words in all. */
function singleCount(count: number): number {
  for (let single = BASE; single >= 1; single--) if (single + (BASE - single) * BASE >= count) return single;
  throw new Error(`communes: ${count} distinct words do not fit two-character indexes`);
}

function checkRow(row: CommuneRow, prevCode: number): string | null {
  const [name, type, code, parent, province, era] = row;
  if (!TYPES.includes(type) || type.length !== 1) return `type letter ${JSON.stringify(type)}`;
  if (!ERAS.includes(era) || era.length !== 1) return `era digit ${JSON.stringify(era)}`;
  if (!/^[0-9]{5}$/u.test(code)) return `code ${JSON.stringify(code)} is not five digits`;
  if (+code - prevCode < 0 || +code - prevCode >= BASE) return `code ${code} is not within ${BASE - 1} after the row before (${prevCode})`;
  if (!/^[0-9]{1,16}$/u.test(parent) || !/^[0-9]{1,16}$/u.test(province)) return `parent ${JSON.stringify(parent)} or province ${JSON.stringify(province)} is not 1 to 16 digits`;
  const words = name.split(' ');
  if (words.some((w) => w === '') || words.length >= BASE) return `name ${JSON.stringify(name)} has an empty word or too many words`;
  return null;
}

/** The words of the names, most frequent first (ties in first-seen order). */
function wordList(rows: readonly CommuneRow[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const w of r[0].split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** Encode the rows (in code order); throws, naming the row, on one it cannot write. */
export function encodeCommunes(rows: readonly CommuneRow[]): EncodedCommunes {
  const words = wordList(rows);
  const single = singleCount(words.length);
  const index = new Map(words.map((w, k) => [w, k]));
  const last = ['', '', ''];
  let out = '';
  let prevCode = 0;
  for (const row of rows) {
    const bad = checkRow(row, prevCode);
    if (bad !== null) throw new Error(`communes: ${row.join('|')}: ${bad}`);
    const [name, type, code, parent, province, era] = row;
    const e = ERAS.indexOf(era);
    const place = `${parent}.${province}.`;
    const changed = last[e] !== place ? 1 : 0;
    last[e] = place;
    const ws = name.split(' ');
    const head = ((TYPES.indexOf(type) * 3 + e) * 2 + changed) * COUNT_CLASSES + Math.min(ws.length, COUNT_CLASSES) - 1;
    out += CODE_ALPHABET[head]! + CODE_ALPHABET[+code - prevCode]!;
    if (ws.length >= COUNT_CLASSES) out += CODE_ALPHABET[ws.length];
    if (changed) out += place;
    for (const w of ws) {
      const k = index.get(w)!;
      out += k < single ? CODE_ALPHABET[k] : CODE_ALPHABET[single + Math.floor((k - single) / BASE)]! + CODE_ALPHABET[(k - single) % BASE]!;
    }
    prevCode = +code;
  }
  return { rows: out, words, single };
}

/** The compact data as the generated module gives it. */
export interface CompactCommunes {
  rows: string;
  words: readonly string[];
  single: number;
}

/**
 * The compact rows read once: where each row's name is, its code, type, era
 * and place, by row number. The gazetteer indexes names through it and
 * builds a commune's fields only when a text names it, so the 13,600 rows
 * are never written out as text.
 */
export class CommuneTable {
  readonly size: number;
  private readonly at: Int32Array;
  private readonly code: Int32Array;
  private readonly head: Uint8Array;
  private readonly count: Uint8Array;
  private readonly place: Int32Array;
  /** `[parent, province]` of each change of place, in order */
  private readonly places: [string, string][] = [];
  private folded: string[] | undefined;

  constructor(private readonly data: CompactCommunes) {
    const { rows } = data;
    // a row takes at least three characters (head, code difference, a word)
    const most = Math.ceil(rows.length / 3);
    this.at = new Int32Array(most);
    this.code = new Int32Array(most);
    this.head = new Uint8Array(most);
    this.count = new Uint8Array(most);
    this.place = new Int32Array(most);
    this.size = this.scan(rows);
  }

  private scan(rows: string): number {
    const lastPlace = [-1, -1, -1];
    let code = 0;
    let r = 0;
    for (let at = 0; at < rows.length; r++) {
      const head = digitOf(rows.charCodeAt(at++));
      code += digitOf(rows.charCodeAt(at++));
      let count = (head % COUNT_CLASSES) + 1;
      if (count === COUNT_CLASSES) count = digitOf(rows.charCodeAt(at++));
      const e = eraOf(head);
      if (Math.floor(head / COUNT_CLASSES) % 2 === 1) {
        const dot = rows.indexOf('.', at);
        const end = rows.indexOf('.', dot + 1);
        lastPlace[e] = this.places.push([rows.slice(at, dot), rows.slice(dot + 1, end)]) - 1;
        at = end + 1;
      }
      this.at[r] = at;
      this.code[r] = code;
      this.head[r] = head;
      this.count[r] = count;
      this.place[r] = lastPlace[e]!;
      for (let w = 0; w < count; w++) at += digitOf(rows.charCodeAt(at)) < this.data.single ? 1 : 2;
    }
    return r;
  }

  /** Row `r`'s name with its words taken from `words`. */
  private nameFrom(r: number, words: readonly string[]): string {
    const { rows, single } = this.data;
    let at = this.at[r]!;
    let name = '';
    for (let w = 0; w < this.count[r]!; w++) {
      const d = digitOf(rows.charCodeAt(at++));
      const word = words[d < single ? d : single + (d - single) * BASE + digitOf(rows.charCodeAt(at++))]!;
      name = w === 0 ? word : name + ' ' + word;
    }
    return name;
  }

  /** Row `r`'s name as written (`Phúc Xá`). */
  name(r: number): string {
    return this.nameFrom(r, this.data.words);
  }

  /** Row `r`'s name in lower case (dict/ names are canonical, so this is their fold). */
  foldedName(r: number): string {
    this.folded ??= this.data.words.map((w) => w.toLowerCase());
    return this.nameFrom(r, this.folded);
  }

  /** Row `r` as the plain line writes it. */
  row(r: number): CommuneRow {
    const head = this.head[r]!;
    const [parent, province] = this.places[this.place[r]!]!;
    return [this.name(r), TYPES[Math.floor(head / (COUNT_CLASSES * 6))]!, String(this.code[r]!).padStart(CODE_WIDTH, '0'), parent, province, ERAS[eraOf(head)]!];
  }
}

function eraOf(head: number): number {
  return Math.floor(head / (COUNT_CLASSES * 2)) % 3;
}

/**
 * The plain lines (`name|type|code|parent|province|era`, `\n` between rows)
 * of rows written by {@link encodeCommunes}: what dict/communes.tsv says,
 * for tests and for the build's check.
 */
export function decodeCommunes(data: CompactCommunes): string {
  const table = new CommuneTable(data);
  const lines: string[] = [];
  for (let r = 0; r < table.size; r++) lines.push(table.row(r).join('|'));
  return lines.join('\n');
}
