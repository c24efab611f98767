/**
 * schema/annotation.schema.json checked by a real validator (ajv, draft
 * 2020-12, strict mode): it compiles, it describes everything toJSON writes
 * (every text of ../shared/corpus, our own sentences, places, candidates,
 * resolved names, relations) and the CLI's jsonl records, and it rejects
 * malformed values. With TESTENV=dist the records come from the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { annotate, expand } from '../src/index.js';
import { ANNOTATION_SCHEMA_ID, toJSON } from '../src/format/index.js';
import type { Annotation, Entity, PlaceRef } from '../src/types.js';
import { corpusTexts } from './helpers/snapshot.js';

const SCHEMA = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'annotation.schema.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validAnnotation = ajv.compile(SCHEMA);
const validRecord = ajv.getSchema(`${ANNOTATION_SCHEMA_ID}#/$defs/jsonlRecord`)!;

function errorsOf(validate: typeof validAnnotation, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
const annotationErrors = (value: unknown): string[] => errorsOf(validAnnotation, value);
const recordErrors = (value: unknown): string[] => errorsOf(validRecord, value);

const MY_LOC: PlaceRef = { name: 'Mỹ Lộc', type: 'huyện', level: 'district', code: '358', province: 'Nam Định', provinceCode: '36', era: 'pre-2025' };
const MY_THUAN_1: PlaceRef = { name: 'Mỹ Thuận', type: 'xã', level: 'commune', code: '13708', province: 'Nam Định', provinceCode: '36', era: 'pre-2025' };
const MY_THUAN_2: PlaceRef = { name: 'Mỹ Thuận', type: 'xã', level: 'commune', code: '29563', province: 'Vĩnh Long', provinceCode: '86', era: 'both' };

const TEXT = 'Đ/c Trần Văn Hưng, Bí thư Huyện ủy, Chủ tịch HĐND huyện Mỹ Lộc dự hội nghị tại xã Mỹ Thuận.';
function at(type: Entity['type'], span: string, extra: Partial<Entity> = {}): Entity {
  const start = TEXT.indexOf(span);
  return { type, start, end: start + span.length, text: span, normalized: span, ...extra };
}
/** Every field the types allow, filled. */
const FULL: Annotation & { relations: { person: number; role: number; organization?: number }[] } = {
  text: TEXT,
  entities: [
    at('PER', 'Trần Văn Hưng'),
    at('ROLE', 'Bí thư'),
    at('ORG', 'Huyện ủy', { resolved: 'Huyện ủy Mỹ Lộc' }),
    at('ROLE', 'Chủ tịch'),
    at('ORG', 'HĐND huyện Mỹ Lộc', { normalized: 'Hội đồng nhân dân huyện Mỹ Lộc', place: MY_LOC }),
    at('LOC', 'xã Mỹ Thuận', { candidates: [MY_THUAN_1, MY_THUAN_2] }),
  ],
  abbreviations: [
    { start: 0, end: 3, text: 'Đ/c', expansion: 'Đồng chí', category: 'title', source: 'dictionary' },
    { start: TEXT.indexOf('HĐND'), end: TEXT.indexOf('HĐND') + 4, text: 'HĐND', expansion: 'Hội đồng nhân dân', candidates: ['Hội đồng nhân dân', 'Hội đồng'], source: 'definition' },
  ],
  people: [{ name: at('PER', 'Trần Văn Hưng'), roles: [{ title: at('ROLE', 'Bí thư'), organization: at('ORG', 'Huyện ủy') }, { title: at('ROLE', 'Chủ tịch') }] }],
  relations: [
    { person: 0, role: 1, organization: 2 },
    { person: 0, role: 3 },
  ],
};

/** Our own sentences in the style of the corpus, annotated. */
const OWN = [
  'Sáng 12/3, HĐND huyện Yên Thành tổ chức kỳ họp thứ 8. Đ/c Nguyễn Văn An, Bí thư HU phát biểu.',
  'UBND xã Tân Hòa đã triển khai KH số 45/KH-UBND về xây dựng NTM.\n\nBan Thường vụ Tỉnh ủy Nghệ An chỉ đạo.',
  'Chủ tịch UBND TP. Hà Nội làm việc với Sở KH&ĐT.',
];

describe('the schema', () => {
  it('compiles in strict mode, with the exported $id', () => {
    expect(SCHEMA.$id).toBe(ANNOTATION_SCHEMA_ID);
    expect(SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validRecord).toBeTypeOf('function');
  });

  it('takes no property it does not list, anywhere', () => {
    const objects: Record<string, unknown>[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (typeof v === 'object' && v !== null) {
        const o = v as Record<string, unknown>;
        if (o.type === 'object') objects.push(o);
        Object.values(o).forEach(walk);
      }
    };
    walk(SCHEMA);
    expect(objects.length).toBeGreaterThanOrEqual(10);
    for (const o of objects) expect(o.additionalProperties, JSON.stringify(o).slice(0, 80)).toBe(false);
  });

  it('accepts every field toJSON writes: places, candidates, resolved names, relations', () => {
    expect(annotationErrors(JSON.parse(toJSON(FULL)))).toEqual([]);
    expect(annotationErrors(JSON.parse(toJSON(FULL, { schema: true })))).toEqual([]);
    expect(toJSON(FULL, { indent: 0 })).toContain('"relations":[{"person":0,"role":1,"organization":2},{"person":0,"role":3}]');
    for (const text of OWN) {
      expect(annotationErrors(JSON.parse(toJSON(annotate(text)))), text).toEqual([]);
      expect(annotationErrors(JSON.parse(toJSON(annotate(text, { date: '2025-08-01' })))), text).toEqual([]);
    }
  });

  it('rejects a malformed place, resolved name, relation and the like', () => {
    const bad = (mutate: (o: Record<string, any>) => void): string[] => {
      const o = JSON.parse(toJSON(FULL)) as Record<string, any>;
      mutate(o);
      return annotationErrors(o);
    };
    expect(bad(() => undefined)).toEqual([]);
    const cases: [string, (o: Record<string, any>) => void][] = [
      ['place: "x"', (o) => (o.entities[0].place = 'x')],
      ['resolved: 3', (o) => (o.entities[0].resolved = 3)],
      ['relation {person: "a"}', (o) => (o.relations = [{ person: 'a' }])],
      ['relation without role', (o) => (o.relations = [{ person: 0 }])],
      ['relation with a negative index', (o) => (o.relations[0].role = -1)],
      ['relation with an extra key', (o) => (o.relations[0].since = 2020)],
      ['relations not an array', (o) => (o.relations = {})],
      ['place without code', (o) => delete o.entities[4].place.code],
      ['place with a number code', (o) => (o.entities[4].place.code = 358)],
      ['place with another level', (o) => (o.entities[4].place.level = 'ward')],
      ['place with another era', (o) => (o.entities[4].place.era = '2025')],
      ['place with an extra key', (o) => (o.entities[4].place.population = 1)],
      ['candidates of strings', (o) => (o.entities[5].candidates = ['Mỹ Thuận'])],
      ['empty candidates', (o) => (o.entities[5].candidates = [])],
      ['entity with an extra key', (o) => (o.entities[0].score = 0.9)],
      ['entity of another type', (o) => (o.entities[0].type = 'MISC')],
      ['negative offset', (o) => (o.entities[0].start = -1)],
      ['fractional offset', (o) => (o.entities[0].end = 1.5)],
      ['entity without normalized', (o) => delete o.entities[0].normalized],
      ['abbreviation source', (o) => (o.abbreviations[0].source = 'guess')],
      ['abbreviation category', (o) => (o.abbreviations[0].category = 'other')],
      ['abbreviation extra key', (o) => (o.abbreviations[0].extra = 1)],
      ['person without roles', (o) => delete o.people[0].roles],
      ['role with an extra key', (o) => (o.people[0].roles[0].since = 1)],
      ['annotation extra key', (o) => (o.extra = 1)],
      ['annotation with an id', (o) => (o.id = 1)],
    ];
    for (const [name, mutate] of cases) expect(bad(mutate), name).not.toEqual([]);
  });

  it('describes the CLI jsonl records: annotation, expansion and error, each with any id', () => {
    for (const id of [1, 'doc-7', null, { batch: 2, n: [1, 2] }, true, 3.5]) {
      expect(recordErrors(JSON.parse(JSON.stringify({ id, ...annotate(OWN[0]!) })))).toEqual([]);
      expect(recordErrors(JSON.parse(JSON.stringify({ id, ...FULL })))).toEqual([]);
      expect(recordErrors({ id, text: expand(OWN[0]!) })).toEqual([]);
      expect(recordErrors({ id, error: 'line 3 is longer than 1 MB (--max-line-mb); skipped' })).toEqual([]);
    }
    const annotation = JSON.parse(JSON.stringify({ id: 1, ...annotate(OWN[0]!) })) as Record<string, any>;
    expect(recordErrors({ error: 'x' })).not.toEqual([]);
    expect(recordErrors({ id: 1, error: 2 })).not.toEqual([]);
    expect(recordErrors({ id: 1, error: 'x', text: 'y' })).not.toEqual([]);
    expect(recordErrors({ id: 1 })).not.toEqual([]);
    expect(recordErrors({ ...annotation, id: undefined })).not.toEqual([]);
    expect(recordErrors({ ...annotation, entities: [{ ...annotation.entities[0], place: 'x' }] })).not.toEqual([]);
    expect(recordErrors({ ...annotation, relations: [{ person: 'a' }] })).not.toEqual([]);
    // a plain annotation is not a record, a record is not an annotation
    expect(recordErrors(JSON.parse(toJSON(FULL)))).not.toEqual([]);
    expect(annotationErrors(annotation)).not.toEqual([]);
  });

  const texts = corpusTexts();
  it.runIf(texts.length > 0)('accepts toJSON(annotate(text)) of every corpus text, with and without its date', () => {
    let places = 0;
    for (const { key, text, date } of texts) {
      for (const a of [annotate(text), ...(date ? [annotate(text, { date })] : [])]) {
        expect(annotationErrors(JSON.parse(toJSON(a))), key).toEqual([]);
        expect(recordErrors(JSON.parse(JSON.stringify({ id: key, ...a }))), key).toEqual([]);
        places += a.entities.filter((e) => e.place || e.candidates || e.resolved).length;
      }
    }
    // the corpus exercises the place fields
    expect(places).toBeGreaterThan(0);
  });
});

describe.runIf(process.env.TESTENV === 'dist')('the built CLI writes records the schema accepts', () => {
  const CLI = join(__dirname, '..', 'dist', 'cli.cjs');
  const run = (args: string[], input: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

  it('annotate, expand and an over-long line', () => {
    const input = [JSON.stringify({ id: 'a', text: OWN[0] }), OWN[1]!.replace(/\n/gu, ' '), JSON.stringify({ id: { n: 3 }, text: OWN[2] }), 'x'.repeat(3000)].join('\n') + '\n';
    for (const command of ['annotate', 'expand']) {
      const r = run([command, '--format', 'jsonl', '--max-line-mb', '0.001'], input);
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(4);
      for (const l of lines) expect(recordErrors(l), JSON.stringify(l).slice(0, 80)).toEqual([]);
      expect(lines[3]).toHaveProperty('error');
      expect(lines.map((l) => l.id)).toEqual(['a', 2, { n: 3 }, 4]);
    }
  });
});
