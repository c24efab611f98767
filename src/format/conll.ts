/**
 * CoNLL output: one token a line, `TOKEN<TAB>TAG`, BIO tags, a blank line
 * between sentences.
 *
 * Tokens: the syllables, numbers and punctuation characters of {@link scan},
 * run on the normalised text (so NFD input, zero-width characters and space
 * variants tokenise exactly as the annotator sees them) and mapped back to the
 * original: every token's `text` is `annotation.text.slice(start, end)`.
 * Invisible characters that normalisation removes (U+200B–U+200D, U+2060,
 * U+FEFF, U+00AD) between tokens are not part of any token.
 *
 * Tags: a token belongs to the entity its start lies in (`B-` for the first
 * such token, `I-` for the rest). An entity in which no token starts (it starts
 * and ends inside one token) takes the first token it overlaps if no other
 * entity has it. So every entity that owns a token has exactly one `B-`.
 *
 * Sentences: a new sentence starts before a token
 * 1. that follows a line break (one or more), or
 * 2. that follows white space and starts with an upper-case letter (or is an
 *    opening quote or bracket directly followed by one), where the text before
 *    that white space ends in `.`, `!`, `?` or `…`, optionally followed by
 *    closing quotes or brackets;
 * except that a sentence never breaks inside an entity or an abbreviation
 * (`khu công\nnghiệp Mỹ Thuận`, `TP. Hà Nội`), nor after a `.` that follows a
 * single letter (initials and forms of address: `N. Hưng`, `Ô. Nguyễn`).
 */
import { normalize } from '../normalize/index.js';
import { isUpperCode, scan } from '../tokenize.js';
import type { Annotation, Entity } from '../types.js';

/** One token of the CoNLL output. */
export interface ConllToken {
  /** `annotation.text.slice(start, end)` (never contains a tab or a line break). */
  text: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** `O`, `B-PER`, `I-ORG`, … */
  tag: string;
}

interface RawToken {
  start: number;
  end: number;
  /** The token in the normalised text (for the punctuation and case tests). */
  norm: string;
  /** White space before it in the normalised text (see `Token.gap`). */
  gap: 0 | 1 | 2 | 3;
  owner: number;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']']);
const OPENING = new Set(['"', "'", '“', '‘', '«', '(', '[']);
const UNSAFE = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;

function startsUpper(s: string): boolean {
  return s.length > 0 && isUpperCode(s.charCodeAt(0));
}

function isSingleLetter(s: string): boolean {
  // one letter, possibly followed by combining marks
  return /^\p{L}\p{M}*$/u.test(s);
}

function validSpans<T extends { start: number; end: number }>(spans: readonly T[], len: number): T[] {
  return spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= len && s.start < s.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The tokens of {@link toConll}, grouped by sentence, with their tags and
 * original offsets.
 *
 * @example
 * ```ts
 * const text = 'Bí thư Trần Văn Hưng phát biểu.';
 * const s = conllSentences({ text, people: [], abbreviations: [],
 *   entities: [{ type: 'PER', start: 7, end: 20, text: 'Trần Văn Hưng', normalized: 'Trần Văn Hưng' }] });
 * s[0]!.map((t) => t.tag); // ['O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O']
 * ```
 */
export function conllSentences(annotation: Annotation): ConllToken[][] {
  const text = annotation.text;
  if (text.length === 0) return [];
  const norm = normalize(text);
  const tokens: RawToken[] = [];
  for (const t of scan(norm.text)) {
    const start = norm.toOriginal(t.start);
    const end = norm.toOriginalEnd(t.end);
    if (end <= start) continue;
    tokens.push({ start, end, norm: t.text, gap: t.gap, owner: -1 });
  }
  const entities: Entity[] = validSpans(annotation.entities, text.length);
  const abbreviations = validSpans(annotation.abbreviations, text.length);

  // ownership: the entity the token's start lies in (two pointers, both sorted)
  const owned = new Array<number>(entities.length).fill(0);
  let e = 0;
  for (const t of tokens) {
    while (e < entities.length && entities[e]!.end <= t.start) e++;
    const ent = entities[e];
    if (ent !== undefined && ent.start <= t.start && t.start < ent.end) {
      t.owner = e;
      owned[e]!++;
    }
  }
  // entities that no token starts in take the first free token they overlap
  let k = 0;
  entities.forEach((ent, i) => {
    if (owned[i]! > 0) return;
    while (k < tokens.length && tokens[k]!.end <= ent.start) k++;
    for (let j = k; j < tokens.length && tokens[j]!.start < ent.end; j++) {
      if (tokens[j]!.owner === -1) {
        tokens[j]!.owner = i;
        owned[i]!++;
        break;
      }
    }
  });

  // the abbreviation each token overlaps (-1: none)
  const abbrOf = new Array<number>(tokens.length).fill(-1);
  let a = 0;
  tokens.forEach((t, i) => {
    while (a < abbreviations.length && abbreviations[a]!.end <= t.start) a++;
    const ab = abbreviations[a];
    if (ab !== undefined && ab.start < t.end) abbrOf[i] = a;
  });

  const breaksBefore = (i: number): boolean => {
    const next = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (next.gap === 0) return false;
    if (prev.owner !== -1 && prev.owner === next.owner) return false;
    if (abbrOf[i - 1] !== -1 && abbrOf[i - 1] === abbrOf[i]) return false;
    if (next.gap >= 2) return true;
    // white space: look for sentence-final punctuation before it
    let j = i - 1;
    while (j > 0 && CLOSING.has(tokens[j]!.norm) && tokens[j]!.gap === 0) j--;
    const term = tokens[j];
    if (term === undefined || !TERMINAL.has(term.norm)) return false;
    if (abbrOf[j] !== -1) return false;
    if (term.norm === '.') {
      const before = tokens[j - 1];
      if (before !== undefined && term.gap === 0 && isSingleLetter(before.norm)) return false;
    }
    if (startsUpper(next.norm)) return true;
    const after = tokens[i + 1];
    return OPENING.has(next.norm) && after !== undefined && after.gap === 0 && startsUpper(after.norm);
  };

  const sentences: ConllToken[][] = [];
  let current: ConllToken[] = [];
  const seen = new Array<boolean>(entities.length).fill(false);
  tokens.forEach((t, i) => {
    if (i > 0 && breaksBefore(i)) {
      sentences.push(current);
      current = [];
    }
    let tag = 'O';
    if (t.owner !== -1) {
      tag = `${seen[t.owner] ? 'I' : 'B'}-${entities[t.owner]!.type}`;
      seen[t.owner] = true;
    }
    current.push({ text: text.slice(t.start, t.end).replace(UNSAFE, '\uFFFD'), start: t.start, end: t.end, tag });
  });
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/**
 * CoNLL text: `TOKEN<TAB>TAG` a line, BIO tags from `annotation.entities`, a
 * blank line between sentences, a final line break. Empty for a text without
 * tokens. See the module comment for the token, tag and sentence rules.
 *
 * @example
 * ```ts
 * toConll({ text: 'Chủ tịch UBND huyện.', people: [], abbreviations: [], entities: [
 *   { type: 'ROLE', start: 0, end: 8, text: 'Chủ tịch', normalized: 'Chủ tịch' },
 *   { type: 'ORG', start: 9, end: 19, text: 'UBND huyện', normalized: 'Ủy ban nhân dân huyện' },
 * ] });
 * // 'Chủ\tB-ROLE\ntịch\tI-ROLE\nUBND\tB-ORG\nhuyện\tI-ORG\n.\tO\n'
 * ```
 */
export function toConll(annotation: Annotation): string {
  const sentences = conllSentences(annotation);
  if (sentences.length === 0) return '';
  return sentences.map((s) => s.map((t) => `${t.text}\t${t.tag}`).join('\n')).join('\n\n') + '\n';
}
