/**
 * In-text definitions of abbreviations: `Hội đồng nhân dân (HĐND)` and
 * `HĐND (Hội đồng nhân dân)`. A definition binds the abbreviation for the rest
 * of the document and wins over the dictionary.
 *
 * The long form must spell the abbreviation with the initials of its
 * syllables, in order (`Ủy ban Kiểm tra` -> U B K T), skipping the linking
 * words of Vietnamese names (`và`, `của`, …) and connectors (`-`, `,`); an
 * abbreviation inside the long form spells its own letters
 * (`Ủy ban MTTQ` -> UBMTTQ). This is the usual way Vietnamese administrative
 * abbreviations are formed (initials of the syllables, `&` for `và`).
 */
import { initialLetter } from '../normalize/vowels.js';
import { isUpperCode } from '../doc/chars.js';
import { K_ABBR, K_PUNCT, K_WORD, type TokenArrays } from '../doc/tokens.js';
import type { Lexemes } from '../doc/lexemes.js';
import { LINKING } from '../lexicon/vocabulary.js';

/** The tokens a definition is read from, with their lexemes. */
export interface DefinitionInput {
  t: TokenArrays;
  L: Lexemes;
  text: string;
}

const surfaceOf = (x: DefinitionInput, i: number): string => x.L.surface[x.t.lex[i]!]!;

/** A definition found in the text (offsets into the normalised text). */
export interface Definition {
  key: string;
  expansion: string;
  /** where the binding starts to apply (start of the whole `X (Y)` construction) */
  from: number;
}

const CONNECTORS = new Set(['-', ',', '&', '/']);
const MAX_LETTERS = 14;

/** The letters an abbreviation spells: its capitals, or all its letters when it has no lower case. */
export function spelledLetters(abbr: string): string[] | null {
  const letters: string[] = [];
  let upper = 0;
  let lower = 0;
  for (const ch of abbr) {
    const c = ch.charCodeAt(0);
    if (ch === '&' || ch === '-' || ch === '.' || ch === '/') continue;
    if (isUpperCode(c)) {
      upper++;
      letters.push(initialLetter(ch));
    } else if (ch.toUpperCase() !== ch) lower++;
    else return null;
  }
  if (upper < 2 || letters.length > MAX_LETTERS) return null;
  if (lower > upper) return null;
  return letters;
}

function isLongFormWord(x: DefinitionInput, i: number): boolean {
  return x.t.kind[i] === K_WORD || x.t.kind[i] === K_ABBR;
}

/**
 * Match `letters` against tokens [from, to) read in `dir` order. Returns the
 * index of the last token consumed (the far end of the long form) or -1.
 * The first token read must match (no linking word at the near end), and so
 * must the last (the long form is trimmed to what spells the abbreviation).
 */
function spell(x: DefinitionInput, near: number, far: number, dir: 1 | -1, letters: string[]): number {
  const seq = dir === 1 ? letters : [...letters].reverse();
  let k = 0;
  let lastMatch = -1;
  for (let j = near; dir === 1 ? j < far : j > far; j += dir) {
    if (k === seq.length) break;
    const surface = surfaceOf(x, j);
    // never across a blank line
    if (j !== near && (dir === 1 ? x.t.gap[j] : x.t.gap[j + 1]) === 3) return -1;
    if (x.t.kind[j] === K_PUNCT) {
      if (lastMatch >= 0 && CONNECTORS.has(surface)) continue;
      return -1;
    }
    if (!isLongFormWord(x, j)) return -1;
    if (x.t.kind[j] === K_ABBR) {
      const own = spelledLetters(surface);
      if (!own) return -1;
      const need = dir === 1 ? own : [...own].reverse();
      if (seq.slice(k, k + need.length).join('') !== need.join('')) return -1;
      k += need.length;
      lastMatch = j;
      continue;
    }
    const init = initialLetter(surface[0]!);
    if (init === seq[k]) {
      k++;
      lastMatch = j;
      continue;
    }
    if (lastMatch >= 0 && LINKING.has(x.L.fold[x.t.lex[j]!]!)) continue;
    return -1;
  }
  return k === seq.length ? lastMatch : -1;
}

function isOpen(x: DefinitionInput, i: number): boolean {
  return i >= 0 && i < x.t.n && x.t.kind[i] === K_PUNCT && surfaceOf(x, i) === '(';
}
function isClose(x: DefinitionInput, i: number): boolean {
  return i >= 0 && i < x.t.n && x.t.kind[i] === K_PUNCT && surfaceOf(x, i) === ')';
}

/** Find the definitions in the tokens (keys are abbreviation lookup keys). */
export function findDefinitions(x: DefinitionInput): Definition[] {
  const defs: Definition[] = [];
  const { t, L, text } = x;
  for (let i = 0; i < t.n; i++) {
    if (!isOpen(x, i)) continue;
    // Form 1: LONG FORM ( ABBR ), also a spaced compound ( ABBR ABBR )
    const close = spacedClose(x, i);
    if (close > 0 && i > 0) {
      const letters = lettersOf(x, i + 1, close);
      const far = letters ? spell(x, i - 1, Math.max(-1, i - 1 - letters.length * 3 - 2), -1, letters) : -1;
      if (far >= 0) {
        const key = keyOf(x, i + 1, close);
        defs.push({ key, expansion: collapse(text.slice(t.start[far]!, t.end[i - 1]!)), from: t.start[far]! });
        i = close;
        continue;
      }
    }
    // Form 2: ABBR ( LONG FORM )
    const before = i - 1;
    if (before >= 0 && t.kind[before] === K_ABBR) {
      const letters = spelledLetters(surfaceOf(x, before));
      if (!letters) continue;
      let close = -1;
      for (let j = i + 1; j < t.n && j <= i + 1 + letters.length * 3; j++) {
        if (isClose(x, j)) {
          close = j;
          break;
        }
      }
      if (close < 0 || close === i + 1) continue;
      const last = spell(x, i + 1, close, 1, letters);
      if (last === close - 1) {
        defs.push({ key: L.key[t.lex[before]!]!, expansion: collapse(text.slice(t.start[i + 1]!, t.end[close - 1]!)), from: t.start[before]! });
        i = close;
      }
    }
  }
  return defs;
}

/**
 * After `(` at i: one abbreviation, or two or three separated by single
 * spaces (`(BCĐ PCTT)`), then `)`. The index of `)`, or -1.
 */
function spacedClose(x: DefinitionInput, i: number): number {
  const { t } = x;
  let j = i + 1;
  while (j < t.n && j - i <= 3 && t.kind[j] === K_ABBR && (j === i + 1 || t.gap[j] === 1)) j++;
  return j > i + 1 && isClose(x, j) ? j : -1;
}

/** The letters tokens [from, to) spell together, or null. */
function lettersOf(x: DefinitionInput, from: number, to: number): string[] | null {
  const out: string[] = [];
  for (let j = from; j < to; j++) {
    const own = spelledLetters(surfaceOf(x, j));
    if (!own) return null;
    out.push(...own);
  }
  return out.length <= MAX_LETTERS ? out : null;
}

/** The lookup key of tokens [from, to): their keys joined by one space (`BCĐ PCTT`). */
export function keyOf(x: DefinitionInput, from: number, to: number): string {
  let key = '';
  for (let j = from; j < to; j++) key += (j === from ? '' : ' ') + x.L.key[x.t.lex[j]!]!;
  return key;
}

function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
