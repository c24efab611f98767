/**
 * Scoring of annotations against gold files (`*.gold.jsonl`, GUIDELINES.md).
 * Used by `npm run eval` and by the corpus tests.
 *
 * Entities: strict (same start, end and type) and relaxed (overlapping, same
 * type) precision, recall and F1. Abbreviations: detection P/R/F1, expansion
 * accuracy on the detected spans, end-to-end accuracy. Relations (layer 3):
 * keyed by the ROLE span and the person's folded name; "holder" matches on
 * that key, "full" also on the ORG span (or its absence).
 */
import type { Annotation } from '../src/types.js';
import { fold } from '../src/normalize/index.js';

/** A gold relation: `[roleStart, roleEnd, perStart, perEnd, orgStart, orgEnd]`, org `null` when none. */
export type GoldRelation = [number, number, number, number, number | null, number | null];

export interface GoldDoc {
  id: string;
  source?: string;
  /** The text's date (ISO), when the file gives one: passed to `annotate`. */
  date?: string;
  text: string;
  entities: [number, number, string][];
  abbreviations: [number, number, string][];
  /** Layer 3; absent where the file has no relation layer yet. */
  relations?: GoldRelation[];
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AbbreviationScores {
  detection: PRF;
  expansionAccuracy: number;
  endToEnd: number;
  gold: number;
  correct: number;
}

export interface RelationScores {
  /** role span + person name + organisation span (or none) */
  full: PRF;
  /** role span + person name */
  holder: PRF;
  /** gold relations */
  gold: number;
}

export interface Scores {
  /** documents scored */
  documents: number;
  strict: Record<string, PRF>;
  relaxed: Record<string, PRF>;
  abbreviations: AbbreviationScores;
  /** Present when at least one document has a relation layer. */
  relations?: RelationScores;
  errors: string[];
}

/** What `score` calls for each document: the annotation of its text. */
export type AnnotateDoc = (text: string, doc: GoldDoc) => Annotation;

export const ENTITY_TYPES = ['PER', 'ROLE', 'ORG', 'LOC'] as const;

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Expansions compare equal across case, white space, spaces around hyphens and tone placement. */
export function canonicalExpansion(s: string): string {
  return fold(s).replace(/\s*-\s*/gu, '-').replace(/\s+/gu, ' ').trim();
}

/** A person's name as relations compare it: NFC, one tone placement, lower case, spaces collapsed. */
export function foldName(s: string): string {
  return fold(s).replace(/\s+/gu, ' ').trim();
}

/** Running counts: true positives, false positives, false negatives. */
type Tally = { tp: number; fp: number; fn: number };
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

interface Counts {
  strict: Record<string, Tally>;
  relaxed: Record<string, Tally>;
  abbr: Tally;
  abbrCorrect: number;
  full: Tally;
  holder: Tally;
  relationDocs: number;
}

function newCounts(): Counts {
  const strict: Record<string, Tally> = {};
  const relaxed: Record<string, Tally> = {};
  for (const t of ENTITY_TYPES) {
    strict[t] = tally();
    relaxed[t] = tally();
  }
  return { strict, relaxed, abbr: tally(), abbrCorrect: 0, full: tally(), holder: tally(), relationDocs: 0 };
}

const show = (doc: GoldDoc, s: number, e: number): string => JSON.stringify(doc.text.slice(s, e).replace(/\s+/gu, ' '));

function scoreEntities(doc: GoldDoc, a: Annotation, c: Counts, errors: string[]): void {
  for (const type of ENTITY_TYPES) {
    const g = doc.entities.filter((x) => x[2] === type);
    const p = a.entities.filter((x) => x.type === type);
    const strict = c.strict[type]!;
    const relaxed = c.relaxed[type]!;
    const gKeys = new Set(g.map((x) => `${x[0]}:${x[1]}`));
    const pKeys = new Set(p.map((x) => `${x.start}:${x.end}`));
    for (const x of p) {
      if (gKeys.has(`${x.start}:${x.end}`)) strict.tp++;
      else {
        strict.fp++;
        errors.push(`${doc.id}\tFP ${type}\t${x.start}-${x.end}\t${show(doc, x.start, x.end)}`);
      }
      if (g.some((y) => y[0] < x.end && x.start < y[1])) relaxed.tp++;
      else relaxed.fp++;
    }
    for (const y of g) {
      if (!pKeys.has(`${y[0]}:${y[1]}`)) {
        strict.fn++;
        errors.push(`${doc.id}\tFN ${type}\t${y[0]}-${y[1]}\t${show(doc, y[0], y[1])}`);
      }
      if (!p.some((x) => y[0] < x.end && x.start < y[1])) relaxed.fn++;
    }
  }
}

function scoreAbbreviations(doc: GoldDoc, a: Annotation, c: Counts, errors: string[]): void {
  const byKey = new Map(a.abbreviations.map((x) => [`${x.start}:${x.end}`, x]));
  const goldKeys = new Set(doc.abbreviations.map((x) => `${x[0]}:${x[1]}`));
  for (const [s, e, expansion] of doc.abbreviations) {
    const hit = byKey.get(`${s}:${e}`);
    if (!hit) {
      c.abbr.fn++;
      errors.push(`${doc.id}\tFN ABBR\t${s}-${e}\t${show(doc, s, e)} = ${expansion}`);
      continue;
    }
    c.abbr.tp++;
    if (canonicalExpansion(hit.expansion) === canonicalExpansion(expansion)) c.abbrCorrect++;
    else errors.push(`${doc.id}\tWRONG ABBR\t${s}-${e}\t${show(doc, s, e)} = ${hit.expansion} (gold: ${expansion})`);
  }
  for (const x of a.abbreviations) {
    if (!goldKeys.has(`${x.start}:${x.end}`)) {
      c.abbr.fp++;
      errors.push(`${doc.id}\tFP ABBR\t${x.start}-${x.end}\t${show(doc, x.start, x.end)} = ${x.expansion}`);
    }
  }
}

/** A relation as scored: offsets of its role, person and organisation (null when none). */
export type RelationSpans = GoldRelation;

/**
 * The relations of an annotation as spans. Without `relations` (an older
 * build), each person's roles stand in for them: one per distinct role, said
 * of the name's first mention.
 */
export function predictedRelations(a: Annotation): RelationSpans[] {
  if (a.relations) {
    return a.relations.map((r) => {
      const role = a.entities[r.role]!;
      const per = a.entities[r.person]!;
      const org = r.organization === undefined ? undefined : a.entities[r.organization];
      return [role.start, role.end, per.start, per.end, org?.start ?? null, org?.end ?? null];
    });
  }
  return a.people.flatMap((p) =>
    p.roles.map((r): RelationSpans => [r.title.start, r.title.end, p.name.start, p.name.end, r.organization?.start ?? null, r.organization?.end ?? null]),
  );
}

/** Keys of a relation: `holder` (role span and folded name) and `full` (and the org span). */
export function relationKeys(text: string, r: RelationSpans): { holder: string; full: string } {
  const holder = `${r[0]}:${r[1]}|${foldName(text.slice(r[2], r[3]))}`;
  return { holder, full: `${holder}|${r[4] === null ? '-' : `${r[4]}:${r[5]}`}` };
}

/** Matches two sets of keys into `t`; returns the keys only in `gold` and only in `pred`. */
function matchKeys(gold: Set<string>, pred: Set<string>, t: Tally): { missed: string[]; extra: string[] } {
  const missed = [...gold].filter((k) => !pred.has(k));
  const extra = [...pred].filter((k) => !gold.has(k));
  t.tp += gold.size - missed.length;
  t.fn += missed.length;
  t.fp += extra.length;
  return { missed, extra };
}

function showRelation(doc: GoldDoc, r: RelationSpans): string {
  const org = r[4] === null ? 'no ORG' : `ORG ${show(doc, r[4], r[5]!)}`;
  return `${r[0]}-${r[1]}\t${show(doc, r[0], r[1])} of ${show(doc, r[2], r[3])}, ${org}`;
}

function scoreRelations(doc: GoldDoc, a: Annotation, c: Counts, errors: string[]): void {
  if (!doc.relations) return;
  c.relationDocs++;
  const gold = doc.relations;
  const pred = predictedRelations(a);
  const keyed = (list: RelationSpans[], kind: 'full' | 'holder') => new Map(list.map((r) => [relationKeys(doc.text, r)[kind], r]));
  const gFull = keyed(gold, 'full');
  const pFull = keyed(pred, 'full');
  const gHolder = keyed(gold, 'holder');
  const pHolder = keyed(pred, 'holder');
  matchKeys(new Set(gHolder.keys()), new Set(pHolder.keys()), c.holder);
  const { missed, extra } = matchKeys(new Set(gFull.keys()), new Set(pFull.keys()), c.full);
  for (const k of extra) {
    const r = pFull.get(k)!;
    const g = gHolder.get(relationKeys(doc.text, r).holder);
    if (g) errors.push(`${doc.id}\tWRONG ORG REL\t${showRelation(doc, r)} (gold: ${g[4] === null ? 'no ORG' : show(doc, g[4], g[5]!)})`);
    else errors.push(`${doc.id}\tFP REL\t${showRelation(doc, r)}`);
  }
  for (const k of missed) {
    const r = gFull.get(k)!;
    if (!pHolder.has(relationKeys(doc.text, r).holder)) errors.push(`${doc.id}\tFN REL\t${showRelation(doc, r)}`);
  }
}

function finish(c: Counts, documents: number, errors: string[]): Scores {
  const strict: Record<string, PRF> = {};
  const relaxed: Record<string, PRF> = {};
  for (const t of ENTITY_TYPES) {
    strict[t] = prf(c.strict[t]!.tp, c.strict[t]!.fp, c.strict[t]!.fn);
    relaxed[t] = prf(c.relaxed[t]!.tp, c.relaxed[t]!.fp, c.relaxed[t]!.fn);
  }
  const gold = c.abbr.tp + c.abbr.fn;
  const out: Scores = {
    documents,
    strict,
    relaxed,
    abbreviations: {
      detection: prf(c.abbr.tp, c.abbr.fp, c.abbr.fn),
      expansionAccuracy: c.abbr.tp === 0 ? 1 : c.abbrCorrect / c.abbr.tp,
      endToEnd: gold === 0 ? 1 : c.abbrCorrect / gold,
      gold,
      correct: c.abbrCorrect,
    },
    errors,
  };
  if (c.relationDocs > 0) {
    out.relations = { full: prf(c.full.tp, c.full.fp, c.full.fn), holder: prf(c.holder.tp, c.holder.fp, c.holder.fn), gold: c.full.tp + c.full.fn };
  }
  return out;
}

/**
 * Score `annotate` on gold documents. `annotate` gets each document too
 * (`(text, doc) => annotate(text, { date: doc.date })`).
 */
export function score(docs: GoldDoc[], annotate: AnnotateDoc): Scores {
  const c = newCounts();
  const errors: string[] = [];
  for (const doc of docs) {
    const a = annotate(doc.text, doc);
    scoreEntities(doc, a, c, errors);
    scoreAbbreviations(doc, a, c, errors);
    scoreRelations(doc, a, c, errors);
  }
  return finish(c, docs.length, errors);
}

/** The scores of several sets of documents pooled (counts added, rates recomputed). */
export function combineScores(list: Scores[]): Scores {
  const c = newCounts();
  const add = (t: Tally, p: PRF): void => {
    t.tp += p.tp;
    t.fp += p.fp;
    t.fn += p.fn;
  };
  for (const s of list) {
    for (const t of ENTITY_TYPES) {
      add(c.strict[t]!, s.strict[t]!);
      add(c.relaxed[t]!, s.relaxed[t]!);
    }
    add(c.abbr, s.abbreviations.detection);
    c.abbrCorrect += s.abbreviations.correct;
    if (s.relations) {
      c.relationDocs++;
      add(c.full, s.relations.full);
      add(c.holder, s.relations.holder);
    }
  }
  const documents = list.reduce((n, s) => n + s.documents, 0);
  return finish(c, documents, list.flatMap((s) => s.errors));
}

export function parseGold(jsonl: string): GoldDoc[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldDoc);
}
