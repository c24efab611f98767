/**
 * The packed data of the generated modules (src/lexicon/packed.ts): the
 * encoding round-trips any string, the literals are printable ASCII, and
 * every decoded table is its dict/ file, row for row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACK_BANK, pack, packEscaped, unpack, unpackList, unpackRows } from '../src/lexicon/packed.js';
import { abbreviations } from '../src/lexicon/generated/abbreviations.js';
import { COMMUNES, communes } from '../src/lexicon/generated/communes.js';
import { decodeCommunes } from '../src/lexicon/communes-codec.js';
import { countries } from '../src/lexicon/generated/countries.js';
import { nameSyllables } from '../src/lexicon/generated/nameSyllables.js';
import { organizations } from '../src/lexicon/generated/organizations.js';
import { people } from '../src/lexicon/generated/people.js';
import { places } from '../src/lexicon/generated/places.js';
import { roles } from '../src/lexicon/generated/roles.js';
import { surnames } from '../src/lexicon/generated/surnames.js';

const ROOT = join(__dirname, '..');

/** The rows of a dict/ file as objects (comments and blank lines skipped). */
function rows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(ROOT, 'dict', file), 'utf8').split('\n');
  const cols = head!.split('\t');
  return lines.filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => Object.fromEntries(l.split('\t').map((v, k) => [cols[k]!, v])));
}

/** The table of the characters of `s` that are escaped. */
function tableOf(s: string): string {
  return [...new Set([...s].flatMap((ch) => [...ch].filter((_, k) => packEscaped(ch.charCodeAt(k)))))].join('');
}

describe('pack and unpack', () => {
  it('round-trip any string whose escaped characters fit the table', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const units = [...new Set(Array.from({ length: s.length }, (_, k) => s[k]!).filter((ch) => packEscaped(ch.charCodeAt(0))))];
        fc.pre(units.length <= 2 * PACK_BANK);
        const table = units.join('');
        const packed = pack(s, table);
        expect(packed).toMatch(/^[ -~]*$/u);
        expect(unpack(packed, table)).toBe(s);
      }),
    );
  });

  it('use both escape characters, and escape themselves', () => {
    const chars = Array.from({ length: 150 }, (_, k) => String.fromCharCode(0x1ea0 + k));
    const s = `~^|${chars.join('')}\n\\"`;
    const table = ['~', '^', '\n', ...chars].join('');
    expect(tableOf(s).length).toBe(table.length);
    expect(unpack(pack(s, table), table)).toBe(s);
    expect(() => pack('ă', 'â')).toThrow(/not in the table/u);
  });

  it('read rows and lists', () => {
    expect(unpackRows('', '')).toEqual([]);
    expect(unpackList('', '')).toEqual([]);
    expect(unpackRows(pack('a|b\nc|', '\n'), '\n')).toEqual([['a', 'b'], ['c', '']]);
    expect(unpackList(pack('a\nb', '\n'), '\n')).toEqual(['a', 'b']);
  });
});

describe('the generated modules', () => {
  it('hold their data as printable ASCII literals', () => {
    const dir = join(ROOT, 'src', 'lexicon', 'generated');
    for (const f of readdirSync(dir)) {
      const data = /^(?:const DATA|export const COMMUNES|export const COMMUNE_WORDS) = (".*");$/mu.exec(readFileSync(join(dir, f), 'utf8'));
      if (!data) continue;
      expect(JSON.parse(data[1]!), f).toMatch(/^[ -~]*$/u);
    }
    expect(COMMUNES).toMatch(/^[ -~]*$/u);
  });

  it('decode to their dict/ files, row for row', () => {
    expect(abbreviations()).toEqual(rows('abbreviations.tsv').map((r) => [r.abbr, r.expansion, r.category, r.context]));
    expect(roles()).toEqual(rows('roles.tsv').map((r) => [r.role, r.kind]));
    expect(organizations()).toEqual(rows('organizations.tsv').map((r) => [r.name, r.kind]));
    expect(places()).toEqual(rows('places.tsv').map((r) => [r.name, r.type, r.level, r.code, r.parent, r.era]));
    expect(surnames()).toEqual(rows('surnames.tsv').map((r) => r.surname));
    expect(nameSyllables()).toEqual(rows('name-syllables.tsv').map((r) => r.syllable));
    expect(people()).toEqual(rows('people.tsv').map((r) => r.name));
    expect(countries()).toEqual(rows('countries.tsv').map((r) => r.name));
    const types: Record<string, string> = { xã: 'x', phường: 'p', 'thị trấn': 't', 'đặc khu': 'd' };
    const eras: Record<string, string> = { 'pre-2025': '0', 'post-2025': '1', both: '2' };
    const lines = rows('communes.tsv').map((r) => [r.name, types[r.type!], r.code, r.parent, r.province, eras[r.era!]].join('|'));
    expect(decodeCommunes(communes())).toBe(lines.join('\n'));
  });
});
