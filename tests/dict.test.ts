/**
 * Tests of the data itself: the grammar's word sets (`dict/grammar.tsv`) and
 * the place-type vocabulary (`dict/place-types.tsv`), the modules the build
 * generates from them, and the tables the rules take from
 * `src/lexicon/vocabulary.ts`. The build's linter checks each row; these
 * check the whole: that the rules see exactly the data, and that no word list
 * creeps back into rule code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAMMAR } from '../src/lexicon/generated/grammar.js';
import { PLACE_TYPES } from '../src/lexicon/generated/placeTypes.js';
import * as V from '../src/lexicon/vocabulary.js';
import { fold } from '../src/normalize/index.js';

const ROOT = join(__dirname, '..');
const SHARED_DATA = join(ROOT, '..', 'shared', 'data');

/** The rows of a dict/ file as objects (comments and blank lines skipped). */
function rows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(ROOT, 'dict', file), 'utf8').split('\n');
  const cols = head!.split('\t');
  return lines
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => Object.fromEntries(l.split('\t').map((v, k) => [cols[k]!, v])));
}

const grammar = rows('grammar.tsv');
const placeTypes = rows('place-types.tsv');
const sets = Object.entries(GRAMMAR) as [string, ReadonlySet<string>][];
const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

describe('dict/grammar.tsv', () => {
  it('compiles to one set per name, row for row', () => {
    const names = [...new Set(grammar.map((r) => r.set!))].sort();
    expect(sorted(Object.keys(GRAMMAR))).toEqual(names);
    for (const [name, set] of sets) {
      expect(sorted(set), name).toEqual(sorted(grammar.filter((r) => r.set === name).map((r) => r.word!)));
    }
  });

  it('has no empty set and no word twice in a set', () => {
    for (const [name, set] of sets) {
      expect(set.size, name).toBeGreaterThan(0);
      expect(grammar.filter((r) => r.set === name)).toHaveLength(set.size);
    }
  });

  it('holds folded words: NFC, traditional tone placement, lower case', () => {
    // the rules compare these with the folded text of a token (or of its expansion)
    for (const [name, set] of sets) {
      for (const w of set) {
        expect(w.normalize('NFC'), `${name}: ${w}`).toBe(w);
        expect(fold(w), `${name}: ${w}`).toBe(w);
      }
    }
  });

  it('answers hostile keys with no', () => {
    for (const [, set] of sets) for (const k of ['__proto__', 'toString', 'constructor', '']) expect(set.has(k)).toBe(false);
  });
});

describe('sources', () => {
  const all = [...grammar.map((r) => ({ file: 'grammar.tsv', what: `${r.set}: ${r.word}`, source: r.source! })), ...placeTypes.map((r) => ({ file: 'place-types.tsv', what: r.type!, source: r.source! }))];
  const parts = all.flatMap((r) => r.source.split('; ').map((p) => ({ ...r, part: p })));

  it('name a kind of evidence in every part', () => {
    for (const p of parts) expect(p.part, `${p.file} ${p.what}`).toMatch(/^(guidelines|official|grammar|reference|data|usage): \S/u);
  });

  it('leave only the known rows unchecked (the list may shrink, never grow)', () => {
    // rows that came with the code tables and still wait for evidence (README, admission policy)
    const unchecked = parts.filter((p) => p.part === 'usage: unchecked').map((p) => p.what);
    expect(unchecked.sort()).toEqual(['address: đ/chí', 'credit: clip', 'credit: video', 'described-capital: chi cục', 'split-noun: khoa'].sort());
  });

  it.runIf(existsSync(SHARED_DATA))('cite files of ../shared/data that exist', () => {
    for (const p of parts.filter((x) => x.part.startsWith('data: '))) {
      const path = p.part.slice('data: '.length).split(' ')[0]!;
      expect(existsSync(join(SHARED_DATA, path)), `${p.file} ${p.what}: ${path}`).toBe(true);
    }
  });
});

describe('dict/place-types.tsv', () => {
  it('compiles row for row', () => {
    const words = (s: string): string[] => (s === '' ? [] : s.split(' '));
    expect(PLACE_TYPES.map((r) => [...r])).toEqual(placeTypes.map((r) => [r.type, r.level, words(r.units!), r.committee, words(r.flags!)]));
  });

  it('gives the derived tables the rules had as literals', () => {
    expect(V.KIND_ROWS).toEqual({
      'tỉnh': { levels: ['province'], types: ['tỉnh'] },
      'thành phố': { levels: ['province', 'district'], types: ['thành phố'] },
      'huyện': { levels: ['district'], types: ['huyện'] },
      'quận': { levels: ['district'], types: ['quận'] },
      'thị xã': { levels: ['district'], types: ['thị xã'] },
      'xã': { levels: ['commune'], types: ['xã'] },
      'phường': { levels: ['commune'], types: ['phường'] },
      'thị trấn': { levels: ['commune'], types: ['thị trấn'] },
      'đặc khu': { levels: ['commune'], types: ['đặc khu'] },
      'tỉnh ủy': { levels: ['province'], types: ['tỉnh'] },
      'thành ủy': { levels: ['province', 'district'], types: ['thành phố'] },
      'huyện ủy': { levels: ['district'], types: ['huyện'] },
      'quận ủy': { levels: ['district'], types: ['quận'] },
      'thị ủy': { levels: ['district'], types: ['thị xã'] },
    });
    expect(V.LEVEL_ROWS).toEqual({
      'tỉnh': 'province',
      'huyện': 'district',
      'quận': 'district',
      'thị xã': 'district',
      'xã': 'commune',
      'phường': 'commune',
      'thị trấn': 'commune',
      'tỉnh ủy': 'province',
      'huyện ủy': 'district',
      'quận ủy': 'district',
      'thị ủy': 'district',
    });
    expect(sorted(V.COMMITTEES)).toEqual(sorted(['huyện ủy', 'tỉnh ủy', 'thành ủy', 'quận ủy', 'thị ủy']));
    expect(sorted(V.LEVEL_AFTER_CAP)).toEqual(sorted(['xã', 'huyện', 'tỉnh', 'cơ sở', 'trung ương', 'thành phố', 'phường', 'thị trấn', 'quận', 'thị xã']));
  });

  it('holds the types the rules compare with folded text in folded form', () => {
    for (const [type, , units, committee, flags] of PLACE_TYPES) {
      if (units.length > 0 || flags.length > 0) expect(fold(type)).toBe(type);
      if (committee) expect(fold(committee)).toBe(committee);
    }
  });
});

describe('the tables the rules use', () => {
  it('are the generated sets, or their unions', () => {
    const direct: [keyof typeof V, keyof typeof GRAMMAR][] = [
      ['NUMBERING_WORDS', 'numbering'],
      ['CREDIT_WORDS', 'credit'],
      ['ADDRESS', 'address'],
      ['STEMS', 'lunar-stem'],
      ['BRANCHES', 'lunar-branch'],
      ['PLURAL', 'plural'],
      ['SPLIT_NOUNS', 'split-noun'],
      ['LINKING', 'linking'],
      ['HOLDER_PLURAL', 'relation-plural'],
      ['OFFICE_INTRO', 'relation-intro'],
      ['LOWER_OK', 'lower-body-start'],
      ['INSTITUTIONS', 'institution'],
      ['DESCRIBED_LOWER', 'described-lower'],
      ['PREDICATE', 'predicate'],
      ['NOT_YOUTH', 'not-youth'],
      ['LEVEL_LEAD', 'level-lead'],
      ['GENERIC', 'generic'],
    ];
    for (const [table, set] of direct) expect(V[table], table).toBe(GRAMMAR[set]);
    for (const [cls, set] of Object.entries(V.RELATION_WORDS)) expect(set, cls).toBe(GRAMMAR[`relation-${cls === 'sep' ? 'separator' : cls}` as keyof typeof GRAMMAR]);
    expect(sorted(V.ELECTED)).toEqual(sorted(GRAMMAR.elected));
    expect(sorted(V.CREDIT)).toEqual(sorted([...GRAMMAR.credit, ...GRAMMAR['credit-line']]));
    expect(sorted(V.DESCRIBED)).toEqual(sorted([...GRAMMAR['described-capital'], ...GRAMMAR['described-lower']]));
    expect(sorted(V.TOP)).toEqual(sorted(new Set([...V.COMMITTEES, ...GRAMMAR['top-body']])));
    const afterCap = PLACE_TYPES.filter((r) => r[4].includes('after-cap')).map((r) => r[0]);
    expect(sorted(V.LEVEL_AFTER_CAP)).toEqual(sorted(new Set([...afterCap, ...GRAMMAR.level])));
  });

  it('use every set of dict/grammar.tsv', () => {
    const source = readFileSync(join(ROOT, 'src', 'lexicon', 'vocabulary.ts'), 'utf8');
    for (const [name] of sets) expect(source.includes(/^[a-z]+$/u.test(name) ? `GRAMMAR.${name}` : `GRAMMAR['${name}']`), name).toBe(true);
  });

  it('are no longer written in rule code', () => {
    // a word list in a rule file: `new Set(['ông', …])`, `= ['hội đồng nhân dân', …]` or
    // `Record<string, …> = { 'tỉnh': … }`; punctuation sets (`new Set(['.', ';'])`) are the
    // tokenizer's grammar and may stay, and so may names of a type (`[…] as const`)
    const list = /(new Set\(\[|=\s*\[)\s*'[^']*\p{L}|Record<string, [^>]+>\s*=\s*\{\s*'[^']*\p{L}/u;
    for (const dir of ['src/recognize', 'src/resolve', 'src/doc', 'src/doc/merges']) {
      for (const f of readdirSync(join(ROOT, dir)).filter((x) => x.endsWith('.ts'))) {
        const code = readFileSync(join(ROOT, dir, f), 'utf8').replace(/\[[^\]]*\]\s*as const/gu, '');
        expect(code.match(list)?.[0], `${dir}/${f}`).toBeUndefined();
      }
    }
  });
});
