/**
 * Golden tests on ../shared/corpus (run whenever it exists; CI always has it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalExpansion, parseGold, score, type GoldDoc } from '../eval/score.js';
import { lib } from './helpers/lib.js';
import { flipTones } from './helpers/tones.js';

const { annotate } = lib;
const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');
const has = existsSync(join(CORPUS, 'seed.gold.jsonl'));
const load = (f: string): GoldDoc[] => parseGold(readFileSync(join(CORPUS, f), 'utf8'));

describe.skipIf(!has)('corpus: the seed report', () => {
  const seed = has ? load('seed.gold.jsonl')[0]! : undefined;

  it('has the raw text of seed-my-loc-2021.txt', () => {
    expect(seed!.text).toBe(readFileSync(join(CORPUS, 'seed-my-loc-2021.txt'), 'utf8'));
  });

  it('finds all 23 abbreviations with the gold expansions and no false ones', () => {
    const a = annotate(seed!.text);
    const got = a.abbreviations.map((x) => [x.start, x.end, canonicalExpansion(x.expansion)]);
    const want = seed!.abbreviations.map(([s, e, x]) => [s, e, canonicalExpansion(x)]);
    expect(want).toHaveLength(23);
    expect(got).toEqual(want);
  });

  it('gives the same spans on its NFD form, offsets into the NFD string', () => {
    const nfd = seed!.text.normalize('NFD');
    expect(nfd).not.toBe(seed!.text);
    const a = annotate(seed!.text);
    const b = annotate(nfd);
    expect(b.abbreviations).toHaveLength(23);
    b.abbreviations.forEach((x, k) => {
      expect(nfd.slice(x.start, x.end)).toBe(x.text);
      expect(x.text.normalize('NFC')).toBe(a.abbreviations[k]!.text);
      expect(x.expansion).toBe(a.abbreviations[k]!.expansion);
    });
  });

  it('gives the same spans on its other tone placement', () => {
    const flipped = flipTones(seed!.text);
    expect(flipped).not.toBe(seed!.text);
    const a = annotate(seed!.text);
    const b = annotate(flipped);
    expect(b.abbreviations.map((x) => [x.start, x.end, x.expansion])).toEqual(a.abbreviations.map((x) => [x.start, x.end, x.expansion]));
  });

  it('gives the same spans with zero-width spaces and CRLF line ends', () => {
    const noisy = seed!.text.replace(/\n/gu, '\r\n').replace(/HĐND/gu, 'HĐ\u200bND');
    const b = annotate(noisy);
    expect(b.abbreviations).toHaveLength(23);
    for (const x of b.abbreviations) expect(noisy.slice(x.start, x.end)).toBe(x.text);
    expect(b.abbreviations.filter((x) => x.text === 'HĐ\u200bND')).toHaveLength(5);
  });
});

describe.skipIf(!has)('corpus: the seed report’s people', () => {
  it('gives the three leaders exactly their roles and bodies', () => {
    const seed = load('seed.gold.jsonl')[0]!;
    const people = annotate(seed.text)
      .people.filter((p) => p.roles.length > 0)
      .map((p) => [p.name.text, p.roles.map((r) => [r.title.text.replace(/\s+/gu, ' '), r.organization?.text.replace(/\s+/gu, ' ')])]);
    expect(people).toEqual([
      ['Trần Văn Hưng', [['Tỉnh ủy viên', undefined], ['Bí thư', 'HU']]],
      ['Trần Quốc Lập', [['Phó bí thư', 'TTHU'], ['Chủ tịch', 'HĐND huyện']]],
      ['Phạm Văn Long', [['Phó bí thư', 'HU'], ['Chủ tịch', 'UBND huyện']]],
    ]);
  });
  it('matches the gold entities of the seed exactly', () => {
    const seed = load('seed.gold.jsonl')[0]!;
    const got = annotate(seed.text).entities.map((e) => [e.start, e.end, e.type]);
    expect(got).toEqual(seed.entities);
  });
});

describe.skipIf(!has)('corpus: every gold file', () => {
  const docs = has ? [...load('seed.gold.jsonl'), ...load('dev.gold.jsonl'), ...load('provinces.gold.jsonl')] : [];
  // the bar of issue 3 (strict F1 per type, abbreviations end to end)
  const BAR = { PER: 0.95, ROLE: 0.92, ORG: 0.9, LOC: 0.85 } as const;
  const s = docs.length > 0 ? score(docs, (t) => annotate(t)) : undefined;
  it('keeps abbreviation quality above the bar', () => {
    const abbr = s!.abbreviations;
    expect(abbr.detection.precision).toBeGreaterThanOrEqual(0.97);
    expect(abbr.endToEnd).toBeGreaterThanOrEqual(0.97);
  });
  it.each(Object.entries(BAR))('keeps %s strict F1 at or above %s', (type, bar) => {
    expect(s!.strict[type]!.f1).toBeGreaterThanOrEqual(bar);
  });
  it('returns spans that slice to their text on every document', () => {
    for (const d of docs) {
      const a = annotate(d.text);
      for (const x of [...a.abbreviations, ...a.entities]) expect(d.text.slice(x.start, x.end)).toBe(x.text);
    }
  });
});
