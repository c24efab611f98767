/**
 * Same answers (issue 9): `annotate` on every corpus text gives what the
 * committed snapshot records. A difference must be a deliberate fix: update
 * the snapshot with `npm run snapshot` and say why in the commit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';
import { corpusTexts, snapshotOf, type SnapshotRecord } from './helpers/snapshot.js';

const texts = corpusTexts();
const file = resolve(__dirname, 'snapshot', 'corpus.json');
const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, SnapshotRecord>>) : {};

describe.runIf(texts.length > 0)('corpus snapshot', () => {
  it('covers every corpus text', () => {
    expect(Object.keys(saved).sort()).toEqual(texts.map((t) => t.key).sort());
  });
  for (const t of texts) {
    it(t.key, () => {
      const now = snapshotOf(lib, t);
      const before = saved[t.key];
      if (before && now.plain!.hash === before.plain?.hash && now.dated?.hash === before.dated?.hash) return;
      // show the spans that differ, not only the hashes
      expect({ ...now, plain: { ...now.plain, hash: '' } }).toEqual({ ...before, plain: { ...before?.plain, hash: '' } });
      expect(now).toEqual(before);
    });
  }
});
