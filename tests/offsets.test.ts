/**
 * normalize(text).toOriginal / toOriginalEnd take offsets into the normalised
 * text only: anything else is a RangeError on every text, including texts
 * where nothing changes (ASCII, or NFC Vietnamese without invisible
 * characters), whose maps are the identity.
 */
import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';

const { normalize } = lib;

const TEXTS = [
  ['empty', ''],
  ['ASCII (the fast path)', 'abc'],
  ['NFC Vietnamese, nothing removed', 'Ủy ban nhân dân huyện'],
  ['a zero-width space removed', 'Ủy ban\u200b nhân dân'],
  ['tone placement and NFD', 'Uỷ ban hoà giải'.normalize('NFD')],
  ['CRLF', 'Bí thư\r\nHU'],
] as const;

describe.each(TEXTS)('normalize(%s)', (_, text) => {
  const n = normalize(text);
  const total = n.text.length;
  const bad: unknown[] = [-1, total + 1, 99, 1.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1', null, undefined];

  it.each(['toOriginal', 'toOriginalEnd'] as const)('%s throws a RangeError naming the offset and the range', (map) => {
    for (const k of bad) {
      let error: unknown;
      try {
        n[map](k as number);
      } catch (e) {
        error = e;
      }
      expect(error, `${map}(${String(k)})`).toBeInstanceOf(RangeError);
      const message = (error as Error).message;
      expect(message.startsWith('vn-admin-ner: offset '), message).toBe(true);
      expect(message).toContain(typeof k === 'number' ? String(k) : k === '1' ? '"1"' : String(k));
      expect(message).toContain(`0..${total}`);
    }
  });

  it('maps every offset in 0..length, both ends included', () => {
    for (let k = 0; k <= total; k++) {
      expect(Number.isInteger(n.toOriginal(k))).toBe(true);
      expect(Number.isInteger(n.toOriginalEnd(k))).toBe(true);
    }
    expect(n.toOriginal(0)).toBe(0);
    expect(n.toOriginal(total)).toBe(text.length);
    expect(n.toOriginalEnd(total)).toBe(text.length);
  });
});
