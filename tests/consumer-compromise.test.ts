/**
 * `vn-admin-ner/compromise` as a consumer gets it: `npm pack`, install the
 * tarball and compromise in a fresh project, then `import` and `require` the
 * subpath, and type-check both with `module: node16`. Runs in the dist pass of
 * `npm test`. compromise comes from the local npm cache when it is there, from
 * the registry otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const SENTENCE = 'Đ/c Nguyễn Văn An, Bí thư HU, Chủ tịch HĐND huyện Yên Thành phát biểu.';
const EXPECTED = 'Nguyễn Văn An|Bí thư,Chủ tịch|HU,HĐND huyện Yên Thành|đồng chí,Huyện ủy,Hội đồng nhân dân|Dr. Smith';

/** The same check in both module systems: prints EXPECTED. */
const check = `
nlp.plugin(vnAdminNer);
const doc = nlp(${JSON.stringify(SENTENCE)});
const clean = (m) => m.out('array').map((s) => s.replace(/[,.]$/, ''));
console.log([
  clean(doc.people()).join(','),
  clean(doc.match('#Role+')).join(','),
  clean(doc.organizations()).join(','),
  doc.vnAnnotation().abbreviations.map((a) => a.expansion).join(','),
  clean(nlp('Dr. Smith met the mayor.').people()).join(','),
].join('|'));
`;

describe.skipIf(process.env.TESTENV !== 'dist')('vn-admin-ner/compromise in a fresh consumer project', () => {
  let project = '';
  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), 'vn-admin-ner-pack-'));
    execFileSync(npm, ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
    const { devDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    project = mkdtempSync(join(tmpdir(), 'vn-admin-ner-compromise-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    execFileSync(
      npm,
      ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', join(packDir, tarball), `compromise@${devDependencies.compromise}`],
      { cwd: project, stdio: ['ignore', 'pipe', 'inherit'] },
    );
  });

  it('can be imported (ESM)', () => {
    writeFileSync(join(project, 'esm.mjs'), `import nlp from 'compromise';\nimport vnAdminNer from 'vn-admin-ner/compromise';\n${check}`);
    expect(execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe(EXPECTED);
  });

  it('can be required (CommonJS)', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const nlp = require('compromise');\nconst { vnAdminNer } = require('vn-admin-ner/compromise');\n${check}`,
    );
    expect(execFileSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe(EXPECTED);
  });

  it('type-checks from ESM and CommonJS (module node16)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['a.mts', 'b.cts'] }),
    );
    const body = `const doc = nlp<VnAdminNerMethods>('Bí thư HU');\nconst a: Annotation = doc.vnAnnotation();\nexport const n: number = a.abbreviations.length;\n`;
    writeFileSync(
      join(project, 'a.mts'),
      `import nlp from 'compromise';\nimport vnAdminNer, { type VnAdminNerMethods, type Annotation } from 'vn-admin-ner/compromise';\nnlp.plugin(vnAdminNer);\n${body}`,
    );
    writeFileSync(
      join(project, 'b.cts'),
      `import nlp = require('compromise');\nimport ner = require('vn-admin-ner/compromise');\ntype VnAdminNerMethods = ner.VnAdminNerMethods;\ntype Annotation = ner.Annotation;\nnlp.plugin(ner.vnAdminNer);\n${body}`,
    );
    // skipLibCheck: compromise 14.17's own types/three.d.cts does not pass node16 checks (TS1479).
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: project, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});
