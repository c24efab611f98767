/**
 * `vn-admin-ner` and `vn-admin-ner/lite` export the same names (both re-export
 * src/exports.ts and define annotate, expand and createAnnotator), in the
 * sources and in both builds; the lite build leaves the commune data out and
 * shares its code with the main entry through one chunk instead of a copy.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as lite from '../src/lite.js';
import { COMMUNES } from '../src/lexicon/generated/communes.js';

const DIST = join(__dirname, '..', 'dist');
const keys = (m: object): string[] => Object.keys(m).sort();

const EXPECTED = [
  'ABBREVIATION_CATEGORIES',
  'ANNOTATION_SCHEMA_ID',
  'annotate',
  'conllSentences',
  'createAnnotator',
  'decodeLegacy',
  'detectLegacy',
  'expand',
  'fold',
  'fromInline',
  'normalize',
  'scan',
  'toBrat',
  'toConll',
  'toInline',
  'toJSON',
  'tokenize',
];

describe('the main entry and lite export the same names', () => {
  it('in the sources', () => {
    expect(keys(lite)).toEqual(keys(main));
    // at least these; a new export shows up in both
    expect(keys(main)).toEqual(expect.arrayContaining(EXPECTED));
  });

  it('the same functions, except the three over the default data', () => {
    for (const k of keys(main)) {
      const same = (main as Record<string, unknown>)[k] === (lite as Record<string, unknown>)[k];
      expect(same, k).toBe(!['annotate', 'expand', 'createAnnotator'].includes(k));
    }
    // lite does not link communes, the main entry does
    const text = 'Chủ tịch UBND xã Mỹ Thuận, huyện Mỹ Lộc, tỉnh Nam Định';
    const levels = (a: typeof main.annotate) => a(text).entities.map((e) => e.place?.level ?? '-');
    expect(levels(main.annotate)).toContain('commune');
    expect(levels(lite.annotate)).not.toContain('commune');
    expect(lite.toConll(lite.annotate(text))).toBe(main.toConll(lite.annotate(text)));
  });
});

describe.runIf(process.env.TESTENV === 'dist')('the built entries', () => {
  const require = createRequire(__filename);

  it('export the same names as the sources, ESM and CommonJS', async () => {
    const want = keys(main);
    expect(keys(await import(join(DIST, 'index.js')))).toEqual(want);
    expect(keys(await import(join(DIST, 'lite.js')))).toEqual(want);
    expect(keys(require(join(DIST, 'index.cjs')) as object)).toEqual(want);
    expect(keys(require(join(DIST, 'lite.cjs')) as object)).toEqual(want);
  });

  it('declare the same exports, types included (d.ts and d.cts)', () => {
    for (const ext of ['d.ts', 'd.cts']) {
      const files = ['index', 'lite'].map((n) => join(DIST, `${n}.${ext}`));
      const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true, types: [] });
      const checker = program.getTypeChecker();
      const [mainNames, liteNames] = files.map((f) => {
        const symbol = checker.getSymbolAtLocation(program.getSourceFile(f)!)!;
        return checker.getExportsOfModule(symbol).map((x) => x.getName()).sort();
      });
      expect(liteNames, ext).toEqual(mainNames);
      expect(mainNames, ext).toEqual(expect.arrayContaining([...EXPECTED, 'Annotation', 'Entity', 'PlaceRef', 'ConllOptions', 'LegacyEncoding', 'Annotator']));
    }
  });

  it('are ASCII, which an engine reads faster than a source with any character beyond it', () => {
    const files = ['index.js', 'index.cjs', 'lite.js', 'lite.cjs'];
    const read = (f: string): string => readFileSync(join(DIST, f), 'utf8');
    for (const ext of ['js', 'cjs']) files.push(...[...read(`index.${ext}`).matchAll(/['"]\.\/(chunk-[\w-]+\.c?js)['"]/gu)].map((m) => m[1]!));
    for (const f of files) expect(read(f).match(/[^\0-\x7f].{0,40}/u)?.[0], f).toBeUndefined();
  });

  it('share one chunk of code; only the main entry holds the commune data', () => {
    // the builds escape non-ASCII characters: look for the longest ASCII run of the data
    const sample = [...COMMUNES.matchAll(/[ -~]+/gu)].map((m) => m[0]).reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(sample.length).toBeGreaterThan(20);
    for (const ext of ['js', 'cjs']) {
      const read = (f: string): string => readFileSync(join(DIST, f), 'utf8');
      const chunksOf = (f: string): string[] => [...read(f).matchAll(/['"]\.\/(chunk-[\w-]+\.c?js)['"]/gu)].map((m) => m[1]!);
      const fromMain = chunksOf(`index.${ext}`);
      const fromLite = chunksOf(`lite.${ext}`);
      expect(fromLite.length, ext).toBeGreaterThan(0);
      expect(new Set(fromMain), ext).toEqual(new Set(fromLite));
      for (const c of fromLite) {
        expect(existsSync(join(DIST, c))).toBe(true);
        expect(read(c).includes(sample), c).toBe(false);
      }
      expect(read(`index.${ext}`).includes(sample)).toBe(true);
      expect(read(`lite.${ext}`).includes(sample)).toBe(false);
      // the lite entry itself is a few lines over the chunk
      expect(statSync(join(DIST, `lite.${ext}`)).size).toBeLessThan(8_000);
      const chunk = statSync(join(DIST, fromLite[0]!)).size;
      expect(chunk).toBeGreaterThan(50_000);
    }
  });
});
