/**
 * The public tokenizer: the document store's scan and merges (`src/doc/`),
 * given as one object per token for callers who want to see them.
 *
 * 1. {@link scan}: syllables (letter runs), numbers, single punctuation
 *    characters, with the white space before each token recorded.
 * 2. {@link tokenize}: the same tokens with abbreviation shapes merged into one
 *    token (`HĐND`, `ThS`, `KT-XH`, `QP- AN`, `NN&PTNT`, `đ/c`, `T.Ư`) and
 *    document codes merged into one `code` token (`04-NQ/HU`,
 *    `178/QĐ-UBND`, `30/2020/NĐ-CP`).
 *
 * Offsets are UTF-16 code units into the string given (callers pass the
 * normalised text and map back with its offset map).
 */
import { Lexemes } from './doc/lexemes.js';
import { applyMerges } from './doc/merges/index.js';
import { scanText } from './doc/scan.js';
import { KIND_NAMES, type Gap, type TokenArrays, type TokenKind } from './doc/tokens.js';

export { isLetterCode, isUpperCode } from './doc/chars.js';
export type { TokenKind };

/** A token: a half-open range of the text with its kind. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** White space right before the token: 0 none, 1 spaces, 2 one line break, 3 a blank line or more. */
  gap: Gap;
}

let shared: Lexemes | undefined;
function lexemes(): Lexemes {
  shared ??= new Lexemes();
  shared.beginDocument();
  return shared;
}

function objects(t: TokenArrays, L: Lexemes): Token[] {
  const out: Token[] = new Array(t.n);
  for (let i = 0; i < t.n; i++) {
    out[i] = { kind: KIND_NAMES[t.kind[i]!]!, start: t.start[i]!, end: t.end[i]!, text: L.surface[t.lex[i]!]!, gap: t.gap[i] as Gap };
  }
  return out;
}

function checkString(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`vn-admin-ner: ${fn}() expects a string, got ${text === null ? 'null' : typeof text}`);
}

/** The scan's typed arrays and lexemes, for the formatters that read the store (no token objects). @internal */
export function scanStore(text: string): { t: TokenArrays; L: Lexemes } {
  const L = lexemes();
  return { t: scanText(text, L), L };
}

/**
 * First layer: syllables, numbers and punctuation.
 *
 * @example
 * ```ts
 * scan('HU-Chủ tịch').map((t) => t.text); // ['HU', '-', 'Chủ', 'tịch']
 * ```
 */
export function scan(text: string): Token[] {
  checkString('scan', text);
  const L = lexemes();
  return objects(scanText(text, L), L);
}

/**
 * Tokenize with abbreviation shapes and document codes merged.
 *
 * @example
 * ```ts
 * tokenize('Bí thư HU-Chủ tịch').map((t) => `${t.kind}:${t.text}`);
 * // ['word:Bí', 'word:thư', 'abbr:HU', 'punct:-', 'word:Chủ', 'word:tịch']
 * tokenize('theo 04-NQ/HU').at(-1);  // { kind: 'code', text: '04-NQ/HU', … }
 * ```
 */
export function tokenize(text: string): Token[] {
  checkString('tokenize', text);
  const L = lexemes();
  return objects(applyMerges(scanText(text, L), text, L), L);
}
