import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';

const { tokenize, normalize } = lib;
const kinds = (s: string) => tokenize(normalize(s).text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('splits syllables, numbers and punctuation', () => {
    expect(kinds('Năm 2021, có 3.000 người.')).toEqual([
      'word:Năm', 'number:2021', 'punct:,', 'word:có', 'number:3.000', 'word:người', 'punct:.',
    ]);
  });
  it.each(['HĐND', 'UBND', 'ThS', 'TTg', 'QyĐ', 'KT-XH', 'TTVH-TT-TT', 'QP-AN', 'NN&PTNT', 'LĐTB&XH', 'đ/c', 'Đ/c', 'T.Ư', 'UVT.Ư', 'HĐND&UBND'])(
    'keeps the abbreviation shape %s as one token',
    (abbr) => {
      expect(kinds(`của ${abbr} huyện`)).toEqual(['word:của', `abbr:${abbr}`, 'word:huyện']);
    },
  );
  it.each(['QP- AN', 'VH – XH', 'QP -AN'])('joins the spaced compound %s', (abbr) => {
    const toks = tokenize(normalize(`về ${abbr} năm`).text);
    expect(toks.map((t) => t.kind)).toEqual(['word', 'abbr', 'word']);
  });
  it('splits HU-Chủ into HU, -, Chủ', () => {
    expect(kinds('HU-Chủ tịch')).toEqual(['abbr:HU', 'punct:-', 'word:Chủ', 'word:tịch']);
  });
  it.each(['04-NQ/HU', '178/QĐ-UBND', '45-CT/TW', '30/2020/NĐ-CP', '1600/QĐ-TTg'])('reads %s as a document code', (code) => {
    expect(kinds(`theo ${code} ngày`)).toEqual(['word:theo', `code:${code}`, 'word:ngày']);
  });
  it('does not read a year range or a date as a code', () => {
    expect(kinds('2021-2022')).toEqual(['number:2021', 'punct:-', 'number:2022']);
    expect(kinds('15/12')).toEqual(['number:15', 'punct:/', 'number:12']);
  });
  it('reads dotted initials as one token', () => {
    expect(kinds('N.HƯNG')).toEqual(['abbr:N.HƯNG']);
  });
  it('records line breaks before tokens', () => {
    const toks = tokenize('a\nb\n\nc d');
    expect(toks.map((t) => t.gap)).toEqual([0, 2, 3, 1]);
  });
  it('keeps surrogate pairs whole', () => {
    const toks = tokenize('HU 😀 xã');
    expect(toks.map((t) => t.text)).toEqual(['HU', '😀', 'xã']);
  });
});
