/**
 * The configuration of createAnnotator: every custom entry either matches as
 * written or is rejected with a TypeError that names its field and value, and
 * the configuration is copied when the annotator is made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatorConfig, CustomAbbreviation } from '../src/index.js';
import { lib } from './helpers/lib.js';

const { createAnnotator } = lib;

/**
 * Every custom abbreviation the tests accept (the ones of tests/api.test.ts
 * and the README included). Each must be found where it is written.
 */
const ACCEPTED: CustomAbbreviation[] = [
  { abbr: 'BQLKDL', expansion: 'Ban Quản lý khu du lịch', category: 'state' },
  { abbr: 'HU', expansion: 'Hội Ung thư' },
  { abbr: 'XYZ', expansion: 'xin chào' },
  { abbr: 'constructor', expansion: 'hàm tạo' },
  { abbr: 'toString', expansion: 'thành chuỗi' },
  { abbr: 'valueOf', expansion: 'giá trị' },
  { abbr: 'KH&CN', expansion: 'khoa học và công nghệ' },
  { abbr: 'VH-TT', expansion: 'văn hóa - thông tin' },
  { abbr: 'XD - ĐT', expansion: 'xây dựng - đô thị' },
  { abbr: 'b/c', expansion: 'báo cáo' },
  { abbr: 'UV.BCH', expansion: 'Ủy viên Ban Chấp hành' },
  { abbr: 'Tx.', expansion: 'thị xã' },
  { abbr: 'BCĐ'.normalize('NFD'), expansion: 'Ban Chỉ đạo' },
  { abbr: 'ThS', expansion: 'Thạc sĩ' },
  { abbr: 'TTg', expansion: 'Thủ tướng' },
  { abbr: 'QyĐ', expansion: 'Quy định' },
  { abbr: 'XL', expansion: 'xử lý' },
  { abbr: '  BQLDA  ', expansion: '  Ban Quản lý dự án  ' },
  { abbr: 'ĐB\u200bQH', expansion: 'đại biểu Quốc hội' },
  { abbr: 'ABCDEFGHIJKL', expansion: 'mười hai chữ' },
  { abbr: 'bcl', expansion: 'bầu cử lại' },
  { abbr: 'C', expansion: 'cấp' },
];

/** The abbreviations `ner` finds in a sentence of the genre around `abbr`. */
function found(ner: ReturnType<typeof createAnnotator>, abbr: string) {
  const before = 'Theo báo cáo của ';
  const text = `${before}${abbr} trong năm nay.`;
  return { at: before.length, text, abbreviations: ner.annotate(text).abbreviations };
}

/** Invisible characters and spaces at the ends of a span are left out of it (see `toOriginalEnd`). */
const INVISIBLE_ENDS = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]+|[\s\u200b-\u200d\u2060\ufeff\u00ad]+$/gu;

function expectMatch(ner: ReturnType<typeof createAnnotator>, { abbr, expansion }: CustomAbbreviation): void {
  const written = abbr.trim();
  const { at, text, abbreviations } = found(ner, written);
  const visible = written.replace(INVISIBLE_ENDS, '');
  const start = at + written.indexOf(visible);
  const hit = abbreviations.find((a) => a.start === start);
  expect(hit, `${JSON.stringify(abbr)} in ${JSON.stringify(text)}`).toMatchObject({ end: start + visible.length, text: visible, expansion: expansion.trim() });
}

const tryCreate = (config: unknown): unknown => {
  try {
    createAnnotator(config as AnnotatorConfig);
    return undefined;
  } catch (e) {
    return e;
  }
};

describe('custom abbreviations that are accepted match as written', () => {
  it.each(ACCEPTED.map((a) => [a.abbr, a]))('%j, alone and next to the built-in dictionary', (_, entry) => {
    expectMatch(createAnnotator({ dictionary: { abbreviations: [entry] }, replaceDefaults: true }), entry);
    expectMatch(createAnnotator({ dictionary: { abbreviations: [entry] } }), entry);
  });

  it('all together in one annotator', () => {
    const ner = createAnnotator({ dictionary: { abbreviations: ACCEPTED }, replaceDefaults: true });
    for (const entry of ACCEPTED) expectMatch(ner, entry);
  });

  it('any string is either rejected with a TypeError naming dictionary.abbreviations[0].abbr, or matches', () => {
    const unit = fc.constantFrom(
      ...'ABCDĐHKLNQTUVXabcdđhkntuươ'.split(''),
      'Ư', 'Ờ', 'ệ', '\u0301', '\u0323', '0', '3', '9', '-', '&', '/', '.', ' ', '_', '(', '\u200b', '\u00ad', '–', '\u00a0',
    );
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 16 }), (abbr) => {
        const entry = { abbr, expansion: 'mục thử' };
        const error = tryCreate({ dictionary: { abbreviations: [entry] }, replaceDefaults: true });
        if (error === undefined) expectMatch(createAnnotator({ dictionary: { abbreviations: [entry] }, replaceDefaults: true }), entry);
        else {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as Error).message).toMatch(/^vn-admin-ner: dictionary\.abbreviations\[0\]\.(abbr|expansion) /u);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('custom abbreviations that could never match are rejected, with the reason', () => {
  it.each([
    ['PC03', /it has a digit, and the tokenizer always cuts digits from letters \(it reads PC \| 03\)/u],
    ['F0', /it has a digit/u],
    ['H5N1', /it has a digit.*H \| 5 \| N \| 1/u],
    ['COVID-19', /it has a digit.*COVID \| - \| 19/u],
    ['04-NQ/HU', /it is a document code/u],
    ['ABCDEFGHIJKLM', /a word longer than 12 letters/u],
    ['hasOwnProperty', /a word longer than 12 letters/u],
    ['__proto__', /the tokenizer reads it as 5 tokens \(_ \| _ \| proto \| _ \| _\)/u],
    ['Tp.HCM', /reads it as 3 tokens/u],
    ['Ban QL', /reads it as 2 tokens/u],
    ['KT-', /reads it as 2 tokens/u],
    ['V', /Roman numeral/u],
    ['X.', /Roman numeral/u],
    ['XIV.', /XIV is read as a Roman numeral/u],
    ['\u200b', /it has no letter/u],
    ['...', /it has no letter/u],
    ['\u{1D400}\u{1D401}', /reads it as 2 tokens/u],
  ])('%j', (abbr, reason) => {
    const abbreviations = [...ACCEPTED.slice(0, 3), { abbr, expansion: 'mục thử' }];
    const error = tryCreate({ dictionary: { abbreviations } });
    expect(error).toBeInstanceOf(TypeError);
    const message = (error as Error).message;
    expect(message.startsWith(`vn-admin-ner: dictionary.abbreviations[3].abbr ${JSON.stringify(abbr)} can never match: `), message).toBe(true);
    expect(message).toMatch(reason);
  });

  it.each(['\u200b', '\u00ad', '\u2060\u200d', ' \u200b ', '\ufeff\u061c', '\u00a0', '…', '-'])('an expansion of nothing visible: %j', (expansion) => {
    expect(() => createAnnotator({ dictionary: { abbreviations: [{ abbr: 'BQL', expansion }] } })).toThrow(
      /^vn-admin-ner: dictionary\.abbreviations\[0\]\.expansion must (be a non-empty string|have a letter or a digit)/u,
    );
  });
});

describe('custom names need a letter', () => {
  it.each(['roles', 'organizations', 'people', 'places'] as const)('%s', (field) => {
    for (const bad of ['\u200b', '\u00ad\u200b', '\u2060', ' - ', '\u061c']) {
      const error = tryCreate({ dictionary: { [field]: ['Ban Quản lý', bad] } });
      expect(error, JSON.stringify(bad)).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(new RegExp(`^vn-admin-ner: dictionary\\.${field}\\[1\\] must (be a non-empty string|have a letter)`, 'u'));
    }
  });

  it('accepted custom names are found', () => {
    const ner = createAnnotator({
      dictionary: { roles: ['Điều phối viên'], organizations: ['Quỹ Vì người nghèo'], people: ['Y Ngông Niê Kđăm'], places: ['Ea Súp'] },
    });
    const a = ner.annotate('Điều phối viên Quỹ Vì người nghèo gặp Y Ngông Niê Kđăm tại Ea Súp.');
    expect(a.entities.map((e) => e.text)).toEqual(['Điều phối viên', 'Quỹ Vì người nghèo', 'Y Ngông Niê Kđăm', 'Ea Súp']);
  });
});

describe('holes in arrays', () => {
  it('in a name list', () => {
    // eslint-disable-next-line no-sparse-arrays
    const roles = ['Ban X', , 'Ban Y'] as string[];
    expect(() => createAnnotator({ dictionary: { roles } })).toThrow(/^vn-admin-ner: dictionary\.roles\[1\] is missing \(a hole in the array\)/u);
  });

  it('in the abbreviations', () => {
    // eslint-disable-next-line no-sparse-arrays
    const abbreviations = [{ abbr: 'BQL', expansion: 'Ban Quản lý' }, , { abbr: 'BCĐ', expansion: 'Ban Chỉ đạo' }] as CustomAbbreviation[];
    expect(() => createAnnotator({ dictionary: { abbreviations } })).toThrow(/^vn-admin-ner: dictionary\.abbreviations\[1\] is missing \(a hole in the array\)/u);
  });

  it('a trailing hole', () => {
    const places = ['Ea Súp'];
    places.length = 2;
    expect(() => createAnnotator({ dictionary: { places } })).toThrow(/^vn-admin-ner: dictionary\.places\[1\] is missing/u);
  });
});

describe('the configuration is copied by createAnnotator', () => {
  const WARD = 'Sáng 5/8, UBND phường Mỹ Lộc, tỉnh Ninh Bình tổ chức hội nghị.';
  const wardCode = (ner: ReturnType<typeof createAnnotator>) =>
    ner.annotate(WARD, { date: '2025-08-05' }).entities.find((e) => e.text === 'UBND phường Mỹ Lộc')?.place?.code;

  it('setting replaceDefaults afterwards changes nothing (the gazetteer is built later)', () => {
    const cfg: AnnotatorConfig = {};
    const ner = createAnnotator(cfg);
    cfg.replaceDefaults = true;
    expect(wardCode(ner)).toBe('13708');

    const only: AnnotatorConfig = { replaceDefaults: true };
    const onlyNer = createAnnotator(only);
    only.replaceDefaults = false;
    expect(wardCode(onlyNer)).toBeUndefined();
  });

  it('changing the dictionary arrays afterwards changes nothing', () => {
    const abbreviations: CustomAbbreviation[] = [{ abbr: 'BQL', expansion: 'Ban Quản lý' }];
    const roles = ['Điều phối viên'];
    const dictionary = { abbreviations, roles };
    const ner = createAnnotator({ dictionary });
    abbreviations.push({ abbr: 'BQLXD', expansion: 'Ban Quản lý xây dựng' });
    abbreviations[0]!.expansion = 'Bảo quản lạnh';
    roles.length = 0;
    roles.push('Kỹ thuật viên');
    (dictionary as Record<string, unknown>).people = ['Y Ngông Niê Kđăm'];
    const a = ner.annotate('Điều phối viên BQL và Kỹ thuật viên BQLXD gặp Y Ngông Niê Kđăm.');
    expect(a.abbreviations.map((x) => [x.text, x.expansion])).toEqual([['BQL', 'Ban Quản lý']]);
    expect(a.entities.filter((e) => e.type === 'ROLE').map((e) => e.text)).toEqual(['Điều phối viên']);
  });

  it('reads each field of the caller’s config once (what is checked is what is used)', () => {
    const reads: Record<string, number> = {};
    const counted = <T>(name: string, value: T) => ({
      enumerable: true,
      get: () => {
        reads[name] = (reads[name] ?? 0) + 1;
        return value;
      },
    });
    const dictionary = Object.defineProperties({}, {
      abbreviations: counted('abbreviations', [{ abbr: 'BQL', expansion: 'Ban Quản lý' }]),
      roles: counted('roles', ['Điều phối viên']),
    });
    const cfg = Object.defineProperties({}, { replaceDefaults: counted('replaceDefaults', false), dictionary: counted('dictionary', dictionary) });
    const ner = createAnnotator(cfg as AnnotatorConfig);
    ner.annotate('Điều phối viên BQL xã Tân Hòa.');
    expect(reads).toEqual({ replaceDefaults: 1, dictionary: 1, abbreviations: 1, roles: 1 });
  });
});
