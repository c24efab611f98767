// No function in src/ over 60 lines or 20 branches (generated code excepted):
// scripts/function-size.mjs, also `npm run lint:size`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/function-size.mjs', import.meta.url));

describe('function size', () => {
  it('keeps every function in src/ within 60 lines and 20 branches', () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).not.toMatch(/problem/u);
    expect(r.status).toBe(0);
  });
});
