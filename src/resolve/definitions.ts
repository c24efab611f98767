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
import { isUpperCode, type Token } from '../tokenize.js';

/** A definition found in the text (offsets into the normalised text). */
export interface Definition {
  key: string;
  expansion: string;
  /** where the binding starts to apply (start of the whole `X (Y)` construction) */
  from: number;
}

const LINKING = new Set(['và', 'của', 'các', 'cho', 'về', 'với', 'trong', 'thuộc', 'tại', 'phụ', 'trách']);
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

function isLongFormWord(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'abbr';
}

/**
 * Match `letters` against tokens [from, to) read in `dir` order. Returns the
 * index of the last token consumed (the far end of the long form) or -1.
 * The first token read must match (no linking word at the near end), and so
 * must the last (the long form is trimmed to what spells the abbreviation).
 */
function spell(tokens: Token[], near: number, far: number, dir: 1 | -1, letters: string[]): number {
  const seq = dir === 1 ? letters : [...letters].reverse();
  let k = 0;
  let lastMatch = -1;
  for (let j = near; dir === 1 ? j < far : j > far; j += dir) {
    if (k === seq.length) break;
    const t = tokens[j]!;
    // never across a blank line
    if (j !== near && (dir === 1 ? t.gap : tokens[j + 1]!.gap) === 3) return -1;
    if (t.kind === 'punct') {
      if (lastMatch >= 0 && CONNECTORS.has(t.text)) continue;
      return -1;
    }
    if (!isLongFormWord(t)) return -1;
    if (t.kind === 'abbr') {
      const own = spelledLetters(t.text);
      if (!own) return -1;
      const need = dir === 1 ? own : [...own].reverse();
      if (seq.slice(k, k + need.length).join('') !== need.join('')) return -1;
      k += need.length;
      lastMatch = j;
      continue;
    }
    const init = initialLetter(t.text[0]!);
    if (init === seq[k]) {
      k++;
      lastMatch = j;
      continue;
    }
    if (lastMatch >= 0 && LINKING.has(t.text.toLowerCase())) continue;
    return -1;
  }
  return k === seq.length ? lastMatch : -1;
}

function isOpen(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === '(';
}
function isClose(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === ')';
}

/**
 * Find the definitions in a token list. `keyOf` turns an abbreviation as
 * written into its lexicon key.
 */
export function findDefinitions(tokens: Token[], text: string, keyOf: (s: string) => string): Definition[] {
  const defs: Definition[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isOpen(tokens[i])) continue;
    // Form 1: LONG FORM ( ABBR )
    const inner = tokens[i + 1];
    if (inner && inner.kind === 'abbr' && isClose(tokens[i + 2]) && i > 0) {
      const letters = spelledLetters(inner.text);
      if (letters) {
        const far = spell(tokens, i - 1, Math.max(-1, i - 1 - letters.length * 3 - 2), -1, letters);
        if (far >= 0) {
          defs.push({
            key: keyOf(inner.text),
            expansion: collapse(text.slice(tokens[far]!.start, tokens[i - 1]!.end)),
            from: tokens[far]!.start,
          });
          i += 2;
          continue;
        }
      }
    }
    // Form 2: ABBR ( LONG FORM )
    const before = tokens[i - 1];
    if (before && before.kind === 'abbr') {
      const letters = spelledLetters(before.text);
      if (!letters) continue;
      let close = -1;
      for (let j = i + 1; j < tokens.length && j <= i + 1 + letters.length * 3; j++) {
        if (isClose(tokens[j])) {
          close = j;
          break;
        }
      }
      if (close < 0 || close === i + 1) continue;
      const last = spell(tokens, i + 1, close, 1, letters);
      if (last === close - 1) {
        defs.push({
          key: keyOf(before.text),
          expansion: collapse(text.slice(tokens[i + 1]!.start, tokens[close - 1]!.end)),
          from: before.start,
        });
        i = close;
      }
    }
  }
  return defs;
}

function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
