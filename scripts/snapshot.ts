/**
 * `npm run snapshot`: write tests/snapshot/corpus.json, the record of what
 * `annotate` returns on every corpus text (see tests/helpers/snapshot.ts).
 * Run it only to accept a deliberate change of answers, and list the change
 * in the commit message.
 */
import { writeFileSync } from 'node:fs';
import { annotate, toJSON } from '../src/index.js';
import { corpusTexts, snapshotOf } from '../tests/helpers/snapshot.js';

const texts = corpusTexts();
if (texts.length === 0) {
  console.error('snapshot: ../shared/corpus not found');
  process.exit(2);
}
const out: Record<string, unknown> = {};
for (const t of texts) out[t.key] = snapshotOf({ annotate, toJSON }, t);
writeFileSync('tests/snapshot/corpus.json', `${JSON.stringify(out, null, 0).replace(/\],"/gu, '],\n"')}\n`);
console.log(`snapshot: ${texts.length} texts written to tests/snapshot/corpus.json`);
