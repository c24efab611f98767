/**
 * The packed package's types as a TypeScript 5.9 consumer sees them, under
 * every module resolution a project may use: `node` (node10, which knows no
 * `exports` and finds the subpaths through `typesVersions`), `node16` (from
 * ESM and from CommonJS) and `bundler`. Each project imports the main entry,
 * `vn-admin-ner/lite` and `vn-admin-ner/compromise`, uses values and types of
 * each, and holds a `@ts-expect-error` so that types resolving to `any` fail.
 * Runs in the dist pass of `npm test`; compromise comes from the npm cache
 * when it is there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The consumer's code: the same for every resolution. */
const BODY = `
import { annotate, toConll, toJSON, ANNOTATION_SCHEMA_ID, type Annotation, type PlaceRef, type LegacyEncoding } from 'vn-admin-ner';
import * as lite from 'vn-admin-ner/lite';
import type { Annotation as LiteAnnotation, Entity, ConllToken, ConllOptions, BratOptions, Annotator } from 'vn-admin-ner/lite';
import { vnAdminNer, createCompromisePlugin, type VnAdminNerMethods } from 'vn-admin-ner/compromise';

const a: Annotation = annotate('Chủ tịch UBND huyện Mỹ Lộc');
const b: LiteAnnotation = lite.annotate('Chủ tịch UBND huyện Mỹ Lộc');
const options: ConllOptions = { columns: [b] };
export const conll: string = toConll(a, options) + lite.toConll(b);
export const brat: string = lite.toBrat(b, { offsets: 'utf16' } satisfies BratOptions);
export const json: string = lite.toJSON(b, { schema: true }) + toJSON(a) + ANNOTATION_SCHEMA_ID;
export const tokens: ConllToken[][] = lite.conllSentences(b);
export const places: (PlaceRef | undefined)[] = b.entities.map((e: Entity) => e.place);
export const encoding: LegacyEncoding | undefined = lite.detectLegacy('Chuû tòch')?.encoding;
export const categories: readonly string[] = lite.ABBREVIATION_CATEGORIES;
export const annotator: Annotator = lite.createAnnotator();
export const plugin = vnAdminNer === createCompromisePlugin() ? 1 : 2;
export type Methods = VnAdminNerMethods;
// @ts-expect-error columns takes annotations, not a string: fails only if the types are real
lite.toConll(b, { columns: 'gold' });
`;

interface Case {
  name: string;
  compilerOptions: Record<string, unknown>;
  files: string[];
}

const CASES: Case[] = [
  { name: 'node10', compilerOptions: { module: 'commonjs', moduleResolution: 'node' }, files: ['consumer.ts'] },
  { name: 'node16', compilerOptions: { module: 'node16', moduleResolution: 'node16' }, files: ['consumer.mts', 'consumer.cts'] },
  { name: 'bundler', compilerOptions: { module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] },
];

describe.skipIf(process.env.TESTENV !== 'dist')('types of the packed package under every module resolution (tsc 5.9)', () => {
  let project = '';
  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), 'vn-admin-ner-pack-'));
    execFileSync(npm, ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
    const { devDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    project = mkdtempSync(join(tmpdir(), 'vn-admin-ner-types-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    execFileSync(
      npm,
      ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', join(packDir, tarball), `compromise@${devDependencies.compromise}`],
      { cwd: project, stdio: ['ignore', 'pipe', 'inherit'] },
    );
  });

  it('uses TypeScript 5.9', () => {
    const v = spawnSync(process.execPath, [TSC, '--version'], { encoding: 'utf8' }).stdout;
    expect(v).toMatch(/^Version 5\.9\./u);
  });

  it.each(CASES)('moduleResolution $name', ({ name, compilerOptions, files }) => {
    const dir = join(project, name);
    mkdirSync(dir, { recursive: true });
    for (const f of files) writeFileSync(join(dir, f), BODY);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        // skipLibCheck: compromise 14.17's own types do not all pass (see consumer-compromise.test.ts);
        // ours are checked with skipLibCheck off below
        compilerOptions: { ...compilerOptions, target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files,
      }),
    );
    const r = spawnSync(process.execPath, [TSC, '-p', '.', '--traceResolution'], { cwd: dir, encoding: 'utf8' });
    const errors = r.stdout.split('\n').filter((l) => /error TS/u.test(l));
    expect(errors, r.stdout.slice(-2000)).toEqual([]);
    expect(r.status).toBe(0);
    // the subpaths resolved to our declaration files, not to nothing
    for (const sub of ['vn-admin-ner/lite', 'vn-admin-ner/compromise']) {
      expect(r.stdout).toMatch(new RegExp(`Module name '${sub}' was successfully resolved to '[^']*/node_modules/vn-admin-ner/dist/[^']+\\.d\\.c?ts'`, 'u'));
    }
  });

  it('our declaration files pass with skipLibCheck off', () => {
    const dir = join(project, 'strict');
    mkdirSync(dir, { recursive: true });
    const body = BODY.split('\n')
      .filter((l) => !/compromise|plugin|Methods/u.test(l))
      .join('\n');
    for (const [resolution, file, module] of [['node', 'a.ts', 'commonjs'], ['bundler', 'b.ts', 'esnext']] as const) {
      writeFileSync(join(dir, file), body);
      writeFileSync(
        join(dir, `tsconfig.${resolution}.json`),
        JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: 'es2022', strict: true, noEmit: true, types: [] }, files: [file] }),
      );
      const r = spawnSync(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
    }
  });
});
