import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';

const { normalize, fold } = lib;

describe('normalize: NFC', () => {
  it('composes NFD input and maps offsets back', () => {
    const input = 'Hội đồng nhân dân'.normalize('NFD');
    const n = normalize(input);
    expect(n.text).toBe('Hội đồng nhân dân');
    const start = n.text.indexOf('nhân');
    const s = n.toOriginal(start);
    const e = n.toOriginalEnd(start + 'nhân'.length);
    expect(input.slice(s, e).normalize('NFC')).toBe('nhân');
  });

  it('leaves plain ASCII untouched with an identity map', () => {
    const n = normalize('UBND huyen');
    expect(n.text).toBe('UBND huyen');
    expect(n.toOriginal(4)).toBe(4);
  });

  it('maps the end of the text to the end of the input', () => {
    const input = 'Uỷ ban'.normalize('NFD') + '\u200b';
    const n = normalize(input);
    expect(n.toOriginal(n.text.length)).toBe(input.length);
  });
});

describe('normalize: tone placement', () => {
  const cases: [string, string][] = [
    ['Uỷ ban', 'Ủy ban'],
    ['hoà bình', 'hòa bình'],
    ['thuỷ lợi', 'thủy lợi'],
    ['khoá X', 'khóa X'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['THUỶ', 'THỦY'],
    ['Hòan thành', 'Hoàn thành'],
  ];
  it.each(cases)('%s -> %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
  it.each(['quý', 'Huỳnh', 'khuỷu', 'quỳ', 'huyện', 'thuyền', 'hoàng', 'Quảng', 'toàn', 'khuya', 'mùa', 'già'])(
    'keeps %s',
    (word) => {
      expect(normalize(word).text).toBe(word);
    },
  );
  it('is length-preserving for precomposed text', () => {
    const s = 'Uỷ ban nhân dân tỉnh Thanh Hoá, hoà giải';
    expect(normalize(s).text.length).toBe(s.length);
  });
});

describe('normalize: invisible characters, spaces, dashes, line breaks', () => {
  it('removes zero-width characters and maps around them', () => {
    const input = 'HĐ\u200bND huyện';
    const n = normalize(input);
    expect(n.text).toBe('HĐND huyện');
    expect(n.toOriginal(5)).toBe(6);
    expect(input.slice(n.toOriginal(0), n.toOriginalEnd(4))).toBe('HĐ\u200bND');
    expect(input.slice(n.toOriginal(5), n.toOriginalEnd(10))).toBe('huyện');
  });
  it('turns no-break spaces into spaces', () => {
    expect(normalize('UBND\u00a0tỉnh').text).toBe('UBND tỉnh');
  });
  it.each(['–', '—', '‒', '−', '‐'])('reads %s as a hyphen', (dash) => {
    expect(normalize(`VH ${dash} XH`).text).toBe('VH - XH');
  });
  it('reads CRLF as one line break and maps across it', () => {
    const input = 'Huyện\r\nủy Mỹ Lộc';
    const n = normalize(input);
    expect(n.text).toBe('Huyện\nủy Mỹ Lộc');
    expect(input.slice(n.toOriginal(9), n.toOriginalEnd(15))).toBe('Mỹ Lộc');
  });
  it('reads U+00D0 (eth) as Đ', () => {
    expect(normalize('\u00d0ảng').text).toBe('Đảng');
  });
  it('rejects a non-string with a TypeError naming the value', () => {
    expect(() => normalize(42 as unknown as string)).toThrow(/vn-admin-ner: .*number 42/u);
  });
  it('rejects offsets outside the text', () => {
    const n = normalize('Uỷ\u200b');
    expect(() => n.toOriginal(99)).toThrow(RangeError);
  });
});

describe('fold', () => {
  it('ignores case and tone placement, keeps đ apart from d', () => {
    expect(fold('Uỷ Ban')).toBe(fold('ủy ban'));
    expect(fold('Đảng')).not.toBe(fold('Dảng'));
    expect(fold('Đ')).toBe('đ');
  });
});
