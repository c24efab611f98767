// The compact commune form (src/lexicon/communes-codec.ts): written by the
// build, read by the gazetteer. The real data's round trip is in
// packed.test.ts; these rows are made up to reach every branch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommuneTable, decodeCommunes, encodeCommunes, type CommuneRow } from '../src/lexicon/communes-codec.js';

const plain = (rows: readonly CommuneRow[]): string => rows.map((r) => r.join('|')).join('\n');

describe('compact communes', () => {
  const rows: CommuneRow[] = [
    ['Hòa Bình', 'x', '00003', '001', '01', '0'],
    ['Hòa Bình', 'p', '00003', '01', '01', '1'],
    ['Tân An', 'x', '00006', '001', '01', '0'],
    ['Ea H\'Leo Một Hai', 'x', '00090', '002', '01', '2'],
    ['Quế', 't', '00178', '973', '96', '0'],
    ['Côn Đảo', 'd', '00178', '96', '96', '1'],
  ];

  it('decode to the rows they were made from', () => {
    const encoded = encodeCommunes(rows);
    expect(encoded.rows).toMatch(/^[#-[\]-~]*$/u);
    expect(decodeCommunes(encoded)).toBe(plain(rows));
  });

  it('write a row in a few characters when its place is the last one of its era', () => {
    const same: CommuneRow[] = [
      ['Tân An', 'x', '00001', '001', '01', '0'],
      ['Tân Hòa', 'x', '00004', '001', '01', '0'],
    ];
    const { rows: text } = encodeCommunes(same);
    // head, code difference, `001.01.`, two words; then head, code difference, two words
    expect(text.length).toBe(4 + 7 + 4);
  });

  it('give two-character indexes to the rarer words when there are more than fit one', () => {
    const many: CommuneRow[] = Array.from({ length: 300 }, (_, k) => [`Xóm ${k}`, 'x', String(k + 1).padStart(5, '0'), '001', '01', '0'] as const);
    const encoded = encodeCommunes(many);
    expect(encoded.words[0]).toBe('Xóm');
    expect(encoded.single).toBeLessThan(91);
    expect(decodeCommunes(encoded)).toBe(plain(many));
  });

  it('read one row at a time, its name folded for the index', () => {
    const table = new CommuneTable(encodeCommunes(rows));
    expect(table.size).toBe(rows.length);
    expect(table.row(3)).toEqual(rows[3]);
    expect(table.name(5)).toBe('Côn Đảo');
    expect(table.foldedName(5)).toBe('côn đảo');
  });

  it('refuse a row they cannot write, naming it', () => {
    const bad = (row: CommuneRow): (() => unknown) => () => encodeCommunes([row]);
    expect(bad(['A', 'x', '123', '001', '01', '0'])).toThrow(/A\|x\|123\|001\|01\|0: code "123" is not five digits/u);
    expect(bad(['A', 'q', '00001', '001', '01', '0'])).toThrow(/type letter "q"/u);
    expect(bad(['A', 'x', '00001', '001', '01', '3'])).toThrow(/era digit "3"/u);
    expect(bad(['A  B', 'x', '00001', '001', '01', '0'])).toThrow(/empty word/u);
    expect(bad(['A', 'x', '00200', '001', '01', '0'])).toThrow(/not within 90 after the row before \(0\)/u);
    expect(bad(['A', 'x', '00001', '0a1', '01', '0'])).toThrow(/parent "0a1"/u);
    expect(() => encodeCommunes([rows[2]!, rows[0]!])).toThrow(/code 00003 is not within 90 after the row before \(6\)/u);
  });

  it('round-trip any rows in code order (property)', () => {
    const word = fc.constantFrom('Tân', 'Hòa', 'An', 'Bình', 'Phú', 'Đông', "H'Leo", '12', 'Mỹ', 'Ea');
    const row = fc.record({
      name: fc.array(word, { minLength: 1, maxLength: 6 }),
      type: fc.constantFrom('x', 'p', 't', 'd'),
      step: fc.integer({ min: 0, max: 90 }),
      parent: fc.constantFrom('001', '002', '973', '01', '96'),
      province: fc.constantFrom('01', '96'),
      era: fc.constantFrom('0', '1', '2'),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rs) => {
        let code = 0;
        const rows: CommuneRow[] = rs.map((r) => {
          code += r.step;
          return [r.name.join(' '), r.type, String(code).padStart(5, '0'), r.parent, r.province, r.era];
        });
        expect(decodeCommunes(encodeCommunes(rows))).toBe(plain(rows));
      }),
    );
  });
});
