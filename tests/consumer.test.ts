/**
 * The packed package as a consumer gets it: `npm pack`, install the tarball in
 * a fresh project, then `import`, `require` and `npx vn-admin-ner`. Also the
 * package checkers (publint, attw). Runs in the dist pass of `npm test`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

describe.skipIf(process.env.TESTENV !== 'dist')('packed package in a fresh consumer project', () => {
  let project = '';
  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), 'vn-admin-ner-pack-'));
    execFileSync(npm, ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
    project = mkdtempSync(join(tmpdir(), 'vn-admin-ner-consumer-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--offline', join(packDir, tarball)], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  });

  it('can be imported (ESM)', () => {
    writeFileSync(join(project, 'esm.mjs'), "import { expand, annotate } from 'vn-admin-ner';\nconsole.log(expand('Bí thư HU') + '|' + annotate('UBND').abbreviations.length);\n");
    expect(execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('Bí thư Huyện ủy|1');
  });

  it('has a lite entry without the commune gazetteer', () => {
    writeFileSync(join(project, 'lite.mjs'), "import { annotate } from 'vn-admin-ner/lite';\nconst a = annotate('Chủ tịch UBND huyện Yên Thành');\nconsole.log(a.entities.map((e) => e.type + ':' + (e.place ? e.place.code : '-')).join(' '));\n");
    expect(execFileSync(process.execPath, ['lite.mjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('ROLE:- ORG:426');
    writeFileSync(join(project, 'lite.cjs'), "const { expand } = require('vn-admin-ner/lite');\nconsole.log(expand('HU'));\n");
    expect(execFileSync(process.execPath, ['lite.cjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('Huyện ủy');
  });

  it('can be required (CommonJS)', () => {
    writeFileSync(join(project, 'cjs.cjs'), "const { expand } = require('vn-admin-ner');\nconsole.log(expand('HĐND huyện'));\n");
    expect(execFileSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('Hội đồng nhân dân huyện');
  });

  it('runs its CLI through npx', () => {
    const r = spawnSync(npx, ['--no-install', 'vn-admin-ner', 'expand'], { cwd: project, input: 'Chủ tịch UBND xã', encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Chủ tịch Ủy ban nhân dân xã');
  });

  it('passes publint and attw on every profile (node10, node16 from CJS and ESM, bundler)', () => {
    const p = spawnSync(npx, ['--no-install', 'publint', '--strict'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.status, p.stdout + p.stderr).toBe(0);
    expect(p.stdout).toContain('All good');
    const a = spawnSync(npx, ['--no-install', 'attw', '--pack', '.', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(a.status, a.stdout + a.stderr).toBe(0);
    const report = JSON.parse(a.stdout);
    // node10 finds the subpaths (`vn-admin-ner/lite`) through typesVersions
    expect(report.analysis.problems ?? []).toEqual([]);
    const kinds = new Set<string>();
    for (const entry of Object.values(report.analysis.entrypoints) as { resolutions: Record<string, unknown> }[]) {
      for (const k of Object.keys(entry.resolutions)) kinds.add(k);
    }
    expect([...kinds].sort()).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
  });

  it('publishes without a warning about the package (npm publish --dry-run)', () => {
    const r = spawnSync(npm, ['publish', '--dry-run'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // the only acceptable warning: not being logged in to the registry
    const warnings = r.stderr.split('\n').filter((l) => /^npm (warn|WARN|error|ERR)/u.test(l) && !/requires you to be logged in/u.test(l));
    expect(warnings).toEqual([]);
  });
});
