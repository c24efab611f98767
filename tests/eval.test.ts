/**
 * The scoring of `npm run eval` (eval/score.ts, eval/report.ts) on small
 * hand-made documents: entity and abbreviation counts, relations keyed by role
 * span and folded name (full and holder), pooling, per-file bars and floors.
 */
import { describe, expect, it } from 'vitest';
import { combineScores, foldName, predictedRelations, prf, relationKeys, score, type GoldDoc, type GoldRelation } from '../eval/score.js';
import { checkFloors, checkThresholds, floorsFrom, formatMarkdown, formatScores, metric, type FileScores, type Floors } from '../eval/report.js';
import type { Annotation, Entity, EntityType } from '../src/types.js';

const TEXT = 'Ông Trần Văn Bình, Giám đốc Sở Xây dựng, phát biểu. Giám đốc Sở Xây dựng Trần Văn Bình nói thêm.';

function ent(type: EntityType, text: string, from = 0): Entity {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`no ${text}`);
  return { type, start, end: start + text.length, text, normalized: text };
}

// [PER Trần Văn Bình], [ROLE Giám đốc] [ORG Sở Xây dựng] … [ROLE Giám đốc] [ORG Sở Xây dựng] [PER Trần Văn Bình]
const second = TEXT.indexOf('.') + 1;
const E = [
  ent('PER', 'Trần Văn Bình'),
  ent('ROLE', 'Giám đốc'),
  ent('ORG', 'Sở Xây dựng'),
  ent('ROLE', 'Giám đốc', second),
  ent('ORG', 'Sở Xây dựng', second),
  ent('PER', 'Trần Văn Bình', second),
];
const span = (k: number): [number, number] => [E[k]!.start, E[k]!.end];
const rel = (role: number, per: number, org?: number): GoldRelation => {
  const o = org === undefined ? null : E[org]!;
  return [...span(role), ...span(per), o?.start ?? null, o?.end ?? null];
};

const GOLD: GoldDoc = {
  id: 'made-up',
  text: TEXT,
  entities: E.map((e) => [e.start, e.end, e.type]),
  abbreviations: [],
  relations: [rel(1, 0, 2), rel(3, 5, 4)],
};

const annotation = (relations: Annotation['relations'], entities = E): Annotation => ({ text: TEXT, entities, abbreviations: [], people: [], relations });
const scoreOne = (a: Annotation, doc: GoldDoc = GOLD) => score([doc], () => a);

describe('prf', () => {
  it('computes precision, recall and F1, and counts nothing as perfect', () => {
    expect(prf(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(prf(3, 1, 2).f1).toBeCloseTo(2 / 3, 10);
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 2, 2).f1).toBe(0);
  });
});

describe('relations scoring', () => {
  it('folds names: case, runs of white space, tone placement, NFD', () => {
    expect(foldName('Nguyễn  Văn\nHoà')).toBe(foldName('nguyễn văn hòa'));
    expect(foldName('LÊ THỊ THUỶ')).toBe(foldName('Lê Thị Thủy'.normalize('NFD')));
    expect(foldName('Lê Thị Thủy')).not.toBe(foldName('Lê Thị Thùy'));
  });

  it('keys a relation by role span and folded name, and the org span for "full"', () => {
    const k = relationKeys(TEXT, rel(1, 0, 2));
    expect(k.holder).toBe(`${E[1]!.start}:${E[1]!.end}|trần văn bình`);
    expect(k.full).toBe(`${k.holder}|${E[2]!.start}:${E[2]!.end}`);
    expect(relationKeys(TEXT, rel(1, 0)).full).toBe(`${k.holder}|-`);
  });

  it('scores a perfect answer 1 and needs no layer-less documents', () => {
    const s = scoreOne(annotation([{ role: 1, person: 0, organization: 2 }, { role: 3, person: 5, organization: 4 }]));
    expect(s.relations).toMatchObject({ gold: 2, full: { tp: 2, fp: 0, fn: 0 }, holder: { tp: 2, fp: 0, fn: 0 } });
    const { relations: _, ...noLayer } = GOLD;
    expect(scoreOne(annotation([]), noLayer).relations).toBeUndefined();
  });

  it('matches the person by name, not by which mention', () => {
    // the second role said of the first mention: same name, so the same key
    const s = scoreOne(annotation([{ role: 1, person: 0, organization: 2 }, { role: 3, person: 0, organization: 4 }]));
    expect(s.relations!.full.f1).toBe(1);
  });

  it('counts a wrong or missing organisation against "full" only', () => {
    const s = scoreOne(annotation([{ role: 1, person: 0 }, { role: 3, person: 5, organization: 2 }]));
    expect(s.relations!.holder).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(s.relations!.full).toMatchObject({ tp: 0, fp: 2, fn: 2 });
    expect(s.errors.filter((e) => e.includes('WRONG ORG REL'))).toHaveLength(2);
  });

  it('counts missing and extra relations, and lists them', () => {
    const other: Entity = { type: 'PER', start: 0, end: 3, text: 'Ông', normalized: 'Ông' };
    const s = scoreOne(annotation([{ role: 1, person: 6, organization: 2 }], [...E, other]));
    expect(s.relations!.full).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(s.relations!.holder).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(s.errors.filter((e) => e.includes('\tFN REL\t'))).toHaveLength(2);
    expect(s.errors.filter((e) => e.includes('\tFP REL\t'))).toHaveLength(1);
  });

  it('falls back to people when an annotation has no relations', () => {
    const a: Annotation = { ...annotation(undefined), people: [{ name: E[0]!, roles: [{ title: E[1]!, organization: E[2]! }] }] };
    expect(predictedRelations(a)).toEqual([rel(1, 0, 2)]);
    expect(scoreOne(a).relations).toMatchObject({ full: { tp: 1, fp: 0, fn: 1 } });
  });

  it('passes each document to annotate (for its date)', () => {
    const seen: (string | undefined)[] = [];
    score([{ ...GOLD, date: '2025-08-01' }, GOLD], (_, d) => {
      seen.push(d.date);
      return annotation([]);
    });
    expect(seen).toEqual(['2025-08-01', undefined]);
  });
});

describe('pooling and entity counts', () => {
  it('adds the counts of files and recomputes the rates', () => {
    const perfect = scoreOne(annotation([{ role: 1, person: 0, organization: 2 }, { role: 3, person: 5, organization: 4 }]));
    const empty = scoreOne({ text: TEXT, entities: [], abbreviations: [], people: [], relations: [] });
    expect(empty.strict.PER).toMatchObject({ tp: 0, fn: 2 });
    const pool = combineScores([perfect, empty]);
    expect(pool.documents).toBe(2);
    expect(pool.strict.PER).toMatchObject({ tp: 2, fp: 0, fn: 2, recall: 0.5 });
    expect(pool.relations).toMatchObject({ gold: 4, full: { tp: 2, fn: 2 } });
    expect(pool.abbreviations.endToEnd).toBe(1);
  });
});

describe('report: bars, floors, markdown', () => {
  const good = scoreOne(annotation([{ role: 1, person: 0, organization: 2 }, { role: 3, person: 5, organization: 4 }]));
  const half = scoreOne(annotation([{ role: 1, person: 0, organization: 2 }]));
  const rows: FileScores[] = [
    { name: 'a.gold.jsonl', scores: good },
    { name: 'b.gold.jsonl', scores: half },
  ];

  it('reads the gated metrics', () => {
    expect(metric(half, 'REL')).toBeCloseTo(2 / 3, 10);
    expect(metric(half, 'PER')).toBe(1);
    expect(metric(half, 'ABBR')).toBe(1);
  });

  it('applies --min-… thresholds to every file', () => {
    expect(checkThresholds(rows, { REL: 0.9 })).toEqual(['eval: b.gold.jsonl REL 0.667 is below the threshold 0.9']);
    expect(checkThresholds(rows, { REL: 0.5, PER: 1 })).toEqual([]);
  });

  it('holds each file to its floor, prints floor and target, and fails a file without floors', () => {
    const floors: Floors = { margin: 0.005, targets: { REL: 0.9 }, floors: { 'a.gold.jsonl': { REL: 0.995 }, 'b.gold.jsonl': { REL: 0.7 } } };
    const gate = checkFloors(rows, floors);
    expect(gate.failures).toEqual(['eval: b.gold.jsonl REL 0.667 is below the floor 0.700', 'eval: b.gold.jsonl REL 0.667 is below the target 0.900']);
    expect(gate.lines.join('\n')).toMatch(/a\.gold\.jsonl\s+REL\s+1\.000\s+floor 0\.995\s+target 0\.900\s+target met/u);
    expect(gate.lines.join('\n')).toMatch(/b\.gold\.jsonl\s+REL\s+0\.667\s+floor 0\.700\s+target 0\.900\s+below target/u);
    expect(checkFloors([{ name: 'c.gold.jsonl', scores: good }], floors).failures).toEqual(['eval: c.gold.jsonl has no floors in eval/floors.json']);
  });

  it('fails a file below the target even above its floor', () => {
    const floors: Floors = { margin: 0.005, targets: { REL: 0.9 }, floors: { 'a.gold.jsonl': { REL: 0.5 }, 'b.gold.jsonl': { REL: 0.5 } } };
    expect(checkFloors(rows, floors).failures).toEqual(['eval: b.gold.jsonl REL 0.667 is below the target 0.900']);
  });

  it('writes floors as today’s score minus the margin', () => {
    const f = floorsFrom(rows, { comment: 'x', margin: 0.005, targets: {}, floors: {} });
    expect(f.comment).toBe('x');
    expect(f.floors['b.gold.jsonl']!.REL).toBe(0.661);
    expect(f.floors['a.gold.jsonl']).toMatchObject({ PER: 0.995, REL: 0.995, ABBR: 0.995 });
    expect(checkFloors(rows, { ...f, targets: {} }).failures).toEqual([]);
  });

  it('prints text and markdown tables with relations', () => {
    expect(formatScores(half)).toMatch(/^REL {4}full P 1\.000 R 0\.500 F1 0\.667 \| holder P 1\.000 R 0\.500 F1 0\.667 \| gold 2$/mu);
    const md = formatMarkdown(rows);
    expect(md).toContain('| b.gold.jsonl | PER | 1.000 | 1.000 | 1.000 | 1.000 | 2 |');
    expect(md).toContain('| b.gold.jsonl | 2 gold | 1.000 | 0.500 | 0.667 | 1.000 | 0.500 | 0.667 |');
  });
});

describe('--by-rule', () => {
  it('counts what each rule predicted and how much of it the gold has', async () => {
    const { scoreByRule, formatByRule } = await import('../eval/by-rule.js');
    const { annotate } = await import('../src/index.js');
    const text = 'Đ/c Nguyễn Văn An, Bí thư HU phát biểu.';
    const docs = [{ id: 'x', text, entities: [[4, 17, 'PER'], [19, 25, 'ROLE'], [26, 28, 'ORG']] as [number, number, string][], abbreviations: [[0, 3, 'đồng chí'], [26, 28, 'Huyện ủy']] as [number, number, string][] }];
    const s = scoreByRule(docs, annotate, false);
    const byRule = Object.fromEntries(s.rows.map((r) => [r.rule, [r.predicted, r.correct]]));
    expect(byRule['per.addressed']).toEqual([1, 1]);
    expect(byRule['role.title']).toEqual([1, 1]);
    expect(byRule['abbr.dictionary']).toEqual([2, 2]);
    expect(s.gold.get('ABBR')).toBe(2);
    expect(formatByRule(s)).toMatch(/^rule\s+type\s+predicted/u);
  });
});
