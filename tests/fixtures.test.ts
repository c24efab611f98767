/**
 * Golden fixtures written for the package, one case per file, in the corpus
 * markup (`{abbr=expansion}`, `[TYPE text]`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalExpansion } from '../eval/score.js';
import { lib } from './helpers/lib.js';
import { parseMarkup } from './helpers/markup.js';

const DIR = join(__dirname, 'fixtures', 'abbreviations');

describe('abbreviation fixtures', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    it(file, () => {
      const gold = parseMarkup(readFileSync(join(DIR, file), 'utf8'));
      const got = lib.annotate(gold.text).abbreviations.map((a) => [a.text, a.start, a.end, canonicalExpansion(a.expansion)]);
      const want = gold.abbreviations.map(([s, e, x]) => [gold.text.slice(s, e), s, e, canonicalExpansion(x)]);
      expect(got).toEqual(want);
    });
  }
});

const ENTITY_DIR = join(__dirname, 'fixtures', 'entities');

describe('entity fixtures', () => {
  for (const file of readdirSync(ENTITY_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    it(file, () => {
      const gold = parseMarkup(readFileSync(join(ENTITY_DIR, file), 'utf8'));
      const a = lib.annotate(gold.text);
      const got = a.entities.map((e) => [e.type, e.text]);
      const want = gold.entities.map(([s, e, type]) => [type, gold.text.slice(s, e)]);
      expect(got).toEqual(want);
      expect(a.abbreviations.map((x) => [x.text, canonicalExpansion(x.expansion)])).toEqual(
        gold.abbreviations.map(([s, e, x]) => [gold.text.slice(s, e), canonicalExpansion(x)]),
      );
    });
  }
});
