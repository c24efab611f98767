import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';

const { annotate, expand, createAnnotator } = lib;

describe('expand', () => {
  it('replaces abbreviations and nothing else', () => {
    expect(expand('Bí thư HU')).toBe('Bí thư Huyện ủy');
    expect(expand('HU-Chủ tịch')).toBe('Huyện ủy-Chủ tịch');
    expect(expand('đ/c Nam, Phó Chủ tịch UBND huyện.')).toBe('đồng chí Nam, Phó Chủ tịch Ủy ban nhân dân huyện.');
  });
  it('capitalises a lower-case expansion at a sentence start', () => {
    expect(expand('Đã xong. NTM là mục tiêu.')).toBe('Đã xong. Nông thôn mới là mục tiêu.');
    expect(expand('NTM', { capitalizeSentenceStart: false })).toBe('nông thôn mới');
    expect(expand('Đ/c Hưng')).toBe('Đồng chí Hưng');
  });
  it('leaves text without abbreviations as it is', () => {
    expect(expand('')).toBe('');
    expect(expand('Hội nghị diễn ra tốt đẹp.')).toBe('Hội nghị diễn ra tốt đẹp.');
  });
});

describe('annotate', () => {
  it('returns the input and empty lists for an empty string', () => {
    expect(annotate('')).toEqual({ text: '', entities: [], abbreviations: [], people: [], relations: [] });
  });
  it('reports offsets into the caller’s string', () => {
    const text = 'Ủy ban\u200b nhân dân: UBND huyện';
    const [a] = annotate(text).abbreviations;
    expect(a).toMatchObject({ text: 'UBND', expansion: 'Ủy ban nhân dân', start: text.indexOf('UBND') });
  });
  it('can skip abbreviations', () => {
    expect(annotate('Bí thư HU', { abbreviations: false }).abbreviations).toEqual([]);
  });
});

describe('argument checking', () => {
  it.each([42, null, undefined, {}, ['HU']])('annotate(%j) throws a TypeError naming the value', (bad) => {
    expect(() => annotate(bad as unknown as string)).toThrow(TypeError);
    expect(() => annotate(bad as unknown as string)).toThrow(/^vn-admin-ner: annotate\(\) expects a string/u);
  });
  it('names the value in the message', () => {
    expect(() => annotate(42 as unknown as string)).toThrow(/number 42/u);
    expect(() => annotate(null as unknown as string)).toThrow(/null/u);
    expect(() => expand(undefined as unknown as string)).toThrow(/^vn-admin-ner: expand\(\) .*undefined/u);
  });
  it('rejects unknown options', () => {
    expect(() => annotate('HU', { foo: true } as never)).toThrow(/^vn-admin-ner: annotate\(\) got an unknown option "foo"/u);
    expect(() => annotate('HU', 'x' as never)).toThrow(/options must be an object/u);
    expect(() => annotate('HU', { entities: 'yes' } as never)).toThrow(/entities must be a boolean, got "yes"/u);
  });
});

describe('createAnnotator', () => {
  it('adds custom abbreviations without touching the default instance', () => {
    const ner = createAnnotator({ dictionary: { abbreviations: [{ abbr: 'BQLKDL', expansion: 'Ban Quản lý khu du lịch', category: 'state' }] } });
    expect(ner.expand('BQLKDL huyện')).toBe('Ban Quản lý khu du lịch huyện');
    expect(expand('BQLKDL huyện')).toBe('BQLKDL huyện');
  });
  it('puts a custom sense first', () => {
    const ner = createAnnotator({ dictionary: { abbreviations: [{ abbr: 'HU', expansion: 'Hội Ung thư' }] } });
    expect(ner.expand('HU')).toBe('Hội Ung thư');
  });
  it('can replace the built-in dictionary', () => {
    const ner = createAnnotator({ dictionary: { abbreviations: [{ abbr: 'XYZ', expansion: 'xin chào' }] }, replaceDefaults: true });
    expect(ner.expand('HU XYZ')).toBe('HU xin chào');
  });
  it('treats __proto__, constructor and toString as ordinary entries', () => {
    const ner = createAnnotator({
      dictionary: {
        abbreviations: [
          { abbr: '__proto__', expansion: 'nguyên mẫu' },
          { abbr: 'constructor', expansion: 'hàm tạo' },
          { abbr: 'toString', expansion: 'thành chuỗi' },
        ],
      },
    });
    expect(ner.expand('toString và constructor')).toBe('thành chuỗi và hàm tạo');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(expand('toString __proto__ constructor hasOwnProperty')).toBe('toString __proto__ constructor hasOwnProperty');
  });
  it.each([
    [{ dictionary: { abbreviations: 'HU' } }, /dictionary\.abbreviations must be an array/u],
    [{ dictionary: { abbreviations: [{ abbr: 'HU' }] } }, /dictionary\.abbreviations\[0\]\.expansion must be a non-empty string, got undefined/u],
    [{ dictionary: { abbreviations: [{ abbr: 42, expansion: 'x' }] } }, /dictionary\.abbreviations\[0\]\.abbr must be a non-empty string, got number 42/u],
    [{ dictionary: { abbreviations: [{ abbr: 'X', expansion: 'x', category: 'nope' }] } }, /category must be one of .*got "nope"/u],
    [{ dictionary: { roles: [1] } }, /dictionary\.roles\[0\] must be a non-empty string, got number 1/u],
    [{ dictionary: { colors: [] } }, /dictionary has an unknown key "colors"/u],
    [{ replaceDefaults: 'yes' }, /replaceDefaults must be a boolean, got "yes"/u],
    [{ foo: 1 }, /unknown config key "foo"/u],
    ['HU', /config must be an object, got "HU"/u],
  ])('rejects %j', (config, message) => {
    expect(() => createAnnotator(config as never)).toThrow(TypeError);
    expect(() => createAnnotator(config as never)).toThrow(message);
    expect(() => createAnnotator(config as never)).toThrow(/^vn-admin-ner: /u);
  });
});

describe('createAnnotator: custom entity dictionaries', () => {
  it('adds roles, organisations, people and places', () => {
    const ner = createAnnotator({
      dictionary: {
        roles: ['Điều phối viên'],
        organizations: ['Quỹ Vì người nghèo'],
        people: ['Y Ngông Niê Kđăm'],
        places: ['Ea Súp'],
      },
    });
    const a = ner.annotate('Điều phối viên Quỹ Vì người nghèo gặp Y Ngông Niê Kđăm tại Ea Súp.');
    expect(a.entities.map((e) => [e.type, e.text])).toEqual([
      ['ROLE', 'Điều phối viên'],
      ['ORG', 'Quỹ Vì người nghèo'],
      ['PER', 'Y Ngông Niê Kđăm'],
      ['LOC', 'Ea Súp'],
    ]);
    // the default annotator is untouched
    expect(annotate('Điều phối viên Quỹ Vì người nghèo').entities).toEqual([]);
  });
  it('keeps the grammar with replaceDefaults but drops the built-in vocabulary', () => {
    const ner = createAnnotator({ replaceDefaults: true, dictionary: { roles: ['Bí thư'] } });
    const a = ner.annotate('Bí thư HU, Chủ tịch UBND huyện Nguyễn Văn An');
    expect(a.entities.map((e) => [e.type, e.text])).toEqual([
      ['ROLE', 'Bí thư'],
      ['PER', 'Nguyễn Văn An'],
    ]);
    expect(a.abbreviations).toEqual([]);
  });
});
