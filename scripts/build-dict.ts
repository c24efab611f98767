/**
 * Compile `dict/*.tsv` into typed modules under `src/lexicon/generated/`, and
 * lint the data on the way: the build fails on a wrong header, a wrong number
 * of fields, non-NFC text, old/new tone-placement mixing in expansions,
 * stray spaces, unknown categories, malformed context cues, missing sources
 * and duplicates.
 *
 * The library never reads `dict/` at run time; it imports the generated
 * modules, so it works in browsers and bundlers.
 *
 * Usage: `tsx scripts/build-dict.ts [--check]` (`--check` lints only).
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/normalize/index.js';
import { ABBREVIATION_CATEGORIES } from '../src/lexicon/categories.js';
import { parseCues } from '../src/lexicon/cues.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dictDir = join(root, 'dict');
const outDir = join(root, 'src', 'lexicon', 'generated');
const checkOnly = process.argv.includes('--check');

interface Schema {
  file: string;
  header: string[];
  /** columns that must be non-empty */
  required: string[];
  /** the columns that make a row unique */
  key: string[];
  /** check one row; return an error message or null */
  check?: (row: Record<string, string>) => string | null;
  /** emit: module name and the value to export */
  emit: (rows: Record<string, string>[]) => { name: string; code: string };
}

const errors: string[] = [];

function canonicalTone(s: string): boolean {
  return normalize(s).text === s;
}

const schemas: Schema[] = [
  {
    file: 'abbreviations.tsv',
    header: ['abbr', 'expansion', 'category', 'context', 'note', 'source'],
    required: ['abbr', 'expansion', 'category', 'source'],
    key: ['abbr', 'expansion'],
    check(row) {
      if (!(ABBREVIATION_CATEGORIES as readonly string[]).includes(row.category!)) {
        return `unknown category ${JSON.stringify(row.category)} (allowed: ${ABBREVIATION_CATEGORIES.join(', ')})`;
      }
      if (!canonicalTone(row.expansion!)) {
        return `expansion ${JSON.stringify(row.expansion)} is not in the canonical form ${JSON.stringify(normalize(row.expansion!).text)} (tone placement or invisible characters)`;
      }
      if (/\s/.test(row.abbr!)) return `abbreviation ${JSON.stringify(row.abbr)} contains white space`;
      try {
        parseCues(row.context ?? '');
      } catch (e) {
        return (e as Error).message;
      }
      return null;
    },
    emit(rows) {
      const data = rows.map((r) => [r.abbr, r.expansion, r.category, r.context ?? '']);
      return {
        name: 'abbreviations',
        code:
          `/** [abbreviation, expansion, category, context cues]; the first row of an abbreviation is its default sense. */\n` +
          `export const ABBREVIATIONS: readonly (readonly [string, string, string, string])[] = ${JSON.stringify(data)};\n`,
      };
    },
  },
  {
    file: 'roles.tsv',
    header: ['role', 'kind', 'note', 'source'],
    required: ['role', 'kind', 'source'],
    key: ['role'],
    check: (row) => oneOf('kind', row.kind!, ['title', 'delegate', 'prefix', 'qualifier']) ?? canonical('role', row.role!),
    emit: (rows) => ({
      name: 'roles',
      code: `/** [title, kind]: kind is title | delegate | prefix | qualifier */\nexport const ROLES: readonly (readonly [string, string])[] = ${JSON.stringify(rows.map((r) => [r.role, r.kind]))};\n`,
    }),
  },
  {
    file: 'organizations.tsv',
    header: ['name', 'kind', 'note', 'source'],
    required: ['name', 'kind', 'source'],
    key: ['name'],
    check: (row) => oneOf('kind', row.kind!, ['body', 'head', 'party', 'centre', 'youth', 'field', 'programme']) ?? canonical('name', row.name!),
    emit: (rows) => ({
      name: 'organizations',
      code: `/** [name, kind]: kind is body | head | party | centre | youth | field | programme */\nexport const ORGANIZATIONS: readonly (readonly [string, string])[] = ${JSON.stringify(rows.map((r) => [r.name, r.kind]))};\n`,
    }),
  },
  {
    file: 'place-types.tsv',
    header: ['type', 'level', 'note', 'source'],
    required: ['type', 'level', 'source'],
    key: ['type'],
    check: (row) => oneOf('level', row.level!, ['province', 'district', 'commune', 'village', 'zone']) ?? canonical('type', row.type!),
    emit: (rows) => ({
      name: 'placeTypes',
      code: `/** [type word, level] */\nexport const PLACE_TYPES: readonly (readonly [string, string])[] = ${JSON.stringify(rows.map((r) => [r.type, r.level]))};\n`,
    }),
  },
  {
    file: 'places.tsv',
    header: ['name', 'type', 'level', 'code', 'parent', 'era', 'source'],
    required: ['name', 'type', 'level', 'code', 'era', 'source'],
    key: ['level', 'code', 'name'],
    check: (row) =>
      oneOf('level', row.level!, ['province', 'district', 'commune']) ??
      oneOf('era', row.era!, ['pre-2025', 'post-2025', 'both']) ??
      (/^[0-9]+$/u.test(row.code!) ? null : `code ${JSON.stringify(row.code)} is not numeric`) ??
      canonical('name', row.name!),
    emit: (rows) => ({
      name: 'places',
      code: `/** [name, type, level, code, parent, era] */\nexport const PLACES: readonly (readonly [string, string, string, string, string, string])[] = ${JSON.stringify(rows.map((r) => [r.name, r.type, r.level, r.code, r.parent, r.era]))};\n`,
    }),
  },
  {
    file: 'surnames.tsv',
    header: ['surname', 'count', 'source'],
    required: ['surname', 'count', 'source'],
    key: ['surname'],
    check: (row) => canonical('surname', row.surname!),
    emit: (rows) => ({
      name: 'surnames',
      code: `export const SURNAMES: readonly string[] = ${JSON.stringify(rows.map((r) => r.surname))};\n`,
    }),
  },
  {
    file: 'name-syllables.tsv',
    header: ['syllable', 'role', 'source'],
    required: ['syllable', 'role', 'source'],
    key: ['syllable'],
    check: (row) => canonical('syllable', row.syllable!),
    emit: (rows) => ({
      name: 'nameSyllables',
      code: `export const NAME_SYLLABLES: readonly string[] = ${JSON.stringify(rows.map((r) => r.syllable))};\n`,
    }),
  },
  {
    file: 'communes.tsv',
    header: ['name', 'type', 'code', 'parent', 'province', 'era', 'source'],
    required: ['name', 'type', 'code', 'parent', 'province', 'era', 'source'],
    key: ['code', 'name', 'type', 'province'],
    check: (row) =>
      oneOf('type', row.type!, ['xã', 'phường', 'thị trấn', 'đặc khu']) ??
      oneOf('era', row.era!, ['pre-2025', 'post-2025', 'both']) ??
      (/^[0-9]+$/u.test(row.code!) && /^[0-9]+$/u.test(row.parent!) && /^[0-9]+$/u.test(row.province!) ? null : `non-numeric code in ${JSON.stringify(row.code)}`) ??
      (/[|\n]/u.test(row.name!) ? `name ${JSON.stringify(row.name)} contains a separator` : null) ??
      canonical('name', row.name!),
    emit: (rows) => {
      // compact: one line a unit, `name|type|code|parent|province|era`, with
      // type x/p/t/d (xã, phường, thị trấn, đặc khu) and era 0/1/2 (pre, post, both)
      const T: Record<string, string> = { 'xã': 'x', 'phường': 'p', 'thị trấn': 't', 'đặc khu': 'd' };
      const E: Record<string, string> = { 'pre-2025': '0', 'post-2025': '1', both: '2' };
      const data = rows.map((r) => [r.name, T[r.type!], r.code, r.parent, r.province, E[r.era!]].join('|')).join('\n');
      return {
        name: 'communes',
        code: `/** Communes, wards and townships of both eras: \`name|type|code|parent|province|era\` a line (see scripts/build-dict.ts). */\nexport const COMMUNES = ${JSON.stringify(data)};\n`,
      };
    },
  },
  {
    file: 'people.tsv',
    header: ['name', 'note', 'source'],
    required: ['name', 'source'],
    key: ['name'],
    check: (row) => canonical('name', row.name!),
    emit: (rows) => ({
      name: 'people',
      code: `/** Well-known people named in the genre without the usual name shape (Mác, Lênin). */\nexport const PEOPLE: readonly string[] = ${JSON.stringify(rows.map((r) => r.name))};\n`,
    }),
  },
  {
    file: 'countries.tsv',
    header: ['name', 'kind', 'note', 'source'],
    required: ['name', 'kind', 'source'],
    key: ['name'],
    check: (row) => oneOf('kind', row.kind!, ['country', 'region']) ?? canonical('name', row.name!),
    emit: (rows) => ({
      name: 'countries',
      code: `/** Countries and regions named bare (LOC). */\nexport const COUNTRIES: readonly string[] = ${JSON.stringify(rows.map((r) => r.name))};\n`,
    }),
  },
];

function oneOf(field: string, value: string, allowed: string[]): string | null {
  return allowed.includes(value) ? null : `unknown ${field} ${JSON.stringify(value)} (allowed: ${allowed.join(', ')})`;
}

function canonical(field: string, value: string): string | null {
  return canonicalTone(value) ? null : `${field} ${JSON.stringify(value)} is not in the canonical form ${JSON.stringify(normalize(value).text)}`;
}

function readTsv(schema: Schema): Record<string, string>[] {
  const path = join(dictDir, schema.file);
  const raw = readFileSync(path, 'utf8');
  const lines = raw.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = lines[0]?.split('\t') ?? [];
  if (header.join('\t') !== schema.header.join('\t')) {
    errors.push(`${schema.file}:1: header must be ${JSON.stringify(schema.header.join('\\t'))}, got ${JSON.stringify(lines[0])}`);
    return [];
  }
  const rows: Record<string, string>[] = [];
  const seen = new Map<string, number>();
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    const where = `${schema.file}:${n + 1}`;
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (line.includes('\r')) errors.push(`${where}: carriage return in line`);
    const fields = line.split('\t');
    if (fields.length !== schema.header.length) {
      errors.push(`${where}: expected ${schema.header.length} tab-separated fields, got ${fields.length}`);
      continue;
    }
    const row: Record<string, string> = {};
    schema.header.forEach((h, k) => (row[h] = fields[k]!));
    let bad = false;
    for (const [h, v] of Object.entries(row)) {
      if (v !== v.trim() || /\s{2,}/.test(v)) {
        errors.push(`${where}: stray spaces in ${h} ${JSON.stringify(v)}`);
        bad = true;
      }
      if (v.normalize('NFC') !== v) {
        errors.push(`${where}: ${h} ${JSON.stringify(v)} is not NFC`);
        bad = true;
      }
      if (/[\u200b-\u200d\u2060\ufeff\u00a0]/.test(v)) {
        errors.push(`${where}: invisible or no-break character in ${h}`);
        bad = true;
      }
    }
    for (const h of schema.required) {
      if (!row[h]) {
        errors.push(`${where}: ${h} is empty`);
        bad = true;
      }
    }
    const msg = schema.check?.(row);
    if (msg) {
      errors.push(`${where}: ${msg}`);
      bad = true;
    }
    const key = schema.key.map((h) => row[h]).join('\u0000');
    const prev = seen.get(key);
    if (prev !== undefined) {
      errors.push(`${where}: duplicate of line ${prev} (${schema.key.map((h) => row[h]).join(' / ')})`);
      bad = true;
    } else seen.set(key, n + 1);
    if (!bad) rows.push(row);
  }
  return rows;
}

const present = new Set(readdirSync(dictDir).filter((f) => f.endsWith('.tsv')));
for (const f of present) {
  if (!schemas.some((s) => s.file === f)) errors.push(`dict/${f}: no schema for this file in scripts/build-dict.ts`);
}
const outputs: { name: string; code: string }[] = [];
for (const schema of schemas) {
  if (!present.has(schema.file)) {
    errors.push(`dict/${schema.file} is missing`);
    continue;
  }
  outputs.push(schema.emit(readTsv(schema)));
}

if (errors.length > 0) {
  for (const e of errors) console.error(`dict: ${e}`);
  console.error(`dict: ${errors.length} error(s); nothing written`);
  process.exit(1);
}
if (!checkOnly) {
  mkdirSync(outDir, { recursive: true });
  for (const o of outputs) {
    writeFileSync(join(outDir, `${o.name}.ts`), `// Generated by scripts/build-dict.ts from dict/. Do not edit.\n${o.code}`);
  }
  console.log(`dict: wrote ${outputs.map((o) => o.name).join(', ')} to src/lexicon/generated/`);
} else console.log('dict: ok');
