import { normalize } from '../normalize/index.js';
import type { AbbreviationCategory } from './categories.js';
import { parseCues, type Cue } from './cues.js';

/** One sense of an abbreviation. */
export interface AbbrSense {
  expansion: string;
  category: AbbreviationCategory | undefined;
  cues: Cue[];
}

/** Abbreviation lexicon: lookup key -> senses, the default first. */
export type AbbrLexicon = Map<string, AbbrSense[]>;

/**
 * The lookup key of an abbreviation as written: normalised (NFC, tone
 * placement, dash variants as `-`), white space removed, case kept.
 * `QP- AN`, `QP – AN` and `QP-AN` share the key `QP-AN`.
 */
export function abbrKey(surface: string): string {
  return normalize(surface).text.replace(/\s+/gu, '');
}

/** Add rows to a lexicon (later rows of the same abbreviation are further senses). */
export function addAbbreviations(
  lexicon: AbbrLexicon,
  rows: readonly (readonly [string, string, string | undefined, string])[],
  prepend = false,
): void {
  for (const [abbr, expansion, category, context] of rows) {
    const key = abbrKey(abbr);
    const sense: AbbrSense = {
      expansion: normalize(expansion).text,
      category: category as AbbreviationCategory | undefined,
      cues: parseCues(context),
    };
    const senses = lexicon.get(key);
    if (!senses) lexicon.set(key, [sense]);
    else {
      const same = senses.findIndex((s) => s.expansion === sense.expansion);
      if (same >= 0) senses.splice(same, 1);
      if (prepend) senses.unshift(sense);
      else senses.push(sense);
    }
  }
}
