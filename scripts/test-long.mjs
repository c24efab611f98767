#!/usr/bin/env node
// `npm run test:long`: the property suite (tests/properties.test.ts) with
// 100,000 generated strings per property instead of the 10,000 of `npm test`
// (PROPERTY_RUNS; set it to run another number), without vitest's per-test
// timeout. Prints the time it took. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const runs = process.env.PROPERTY_RUNS ?? '100000';
const t0 = performance.now();
const r = spawnSync(npx, ['vitest', 'run', 'tests/properties.test.ts', '--testTimeout=0', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PROPERTY_RUNS: runs },
  shell: process.platform === 'win32',
});
const seconds = (performance.now() - t0) / 1000;
console.log(`test:long: ${runs} runs per property, ${seconds.toFixed(0)} s, ${r.status === 0 ? 'passed' : 'FAILED'}`);
process.exit(r.status ?? 1);
