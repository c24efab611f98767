/**
 * Scoring of annotations against gold files (`*.gold.jsonl`, GUIDELINES.md).
 * Used by `npm run eval` and by the corpus tests.
 */
import type { Annotation } from '../src/types.js';
import { fold } from '../src/normalize/index.js';

export interface GoldDoc {
  id: string;
  source?: string;
  text: string;
  entities: [number, number, string][];
  abbreviations: [number, number, string][];
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  strict: Record<string, PRF>;
  relaxed: Record<string, PRF>;
  abbreviations: { detection: PRF; expansionAccuracy: number; endToEnd: number; gold: number; correct: number };
  errors: string[];
}

export const ENTITY_TYPES = ['PER', 'ROLE', 'ORG', 'LOC'] as const;

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Expansions compare equal across case, white space, spaces around hyphens and tone placement. */
export function canonicalExpansion(s: string): string {
  return fold(s).replace(/\s*-\s*/gu, '-').replace(/\s+/gu, ' ').trim();
}

export function score(docs: GoldDoc[], annotate: (text: string) => Annotation): Scores {
  const counts: Record<string, { tp: number; fp: number; fn: number; rtp: number; rfp: number; rfn: number }> = {};
  for (const t of ENTITY_TYPES) counts[t] = { tp: 0, fp: 0, fn: 0, rtp: 0, rfp: 0, rfn: 0 };
  let atp = 0;
  let afp = 0;
  let afn = 0;
  let correct = 0;
  let gold = 0;
  const errors: string[] = [];
  const show = (doc: GoldDoc, s: number, e: number) => JSON.stringify(doc.text.slice(s, e).replace(/\s+/gu, ' '));
  for (const doc of docs) {
    const a = annotate(doc.text);
    // entities
    for (const type of ENTITY_TYPES) {
      const g = doc.entities.filter((x) => x[2] === type);
      const p = a.entities.filter((x) => x.type === type);
      const c = counts[type]!;
      const gKeys = new Set(g.map((x) => `${x[0]}:${x[1]}`));
      const pKeys = new Set(p.map((x) => `${x.start}:${x.end}`));
      for (const x of p) {
        if (gKeys.has(`${x.start}:${x.end}`)) c.tp++;
        else {
          c.fp++;
          errors.push(`${doc.id}\tFP ${type}\t${x.start}-${x.end}\t${show(doc, x.start, x.end)}`);
        }
        if (g.some((y) => y[0] < x.end && x.start < y[1])) c.rtp++;
        else c.rfp++;
      }
      for (const y of g) {
        if (!pKeys.has(`${y[0]}:${y[1]}`)) {
          c.fn++;
          errors.push(`${doc.id}\tFN ${type}\t${y[0]}-${y[1]}\t${show(doc, y[0], y[1])}`);
        }
        if (!p.some((x) => y[0] < x.end && x.start < y[1])) c.rfn++;
      }
    }
    // abbreviations
    const byKey = new Map(a.abbreviations.map((x) => [`${x.start}:${x.end}`, x]));
    const goldKeys = new Set(doc.abbreviations.map((x) => `${x[0]}:${x[1]}`));
    for (const [s, e, expansion] of doc.abbreviations) {
      gold++;
      const hit = byKey.get(`${s}:${e}`);
      if (!hit) {
        afn++;
        errors.push(`${doc.id}\tFN ABBR\t${s}-${e}\t${show(doc, s, e)} = ${expansion}`);
        continue;
      }
      atp++;
      if (canonicalExpansion(hit.expansion) === canonicalExpansion(expansion)) correct++;
      else errors.push(`${doc.id}\tWRONG ABBR\t${s}-${e}\t${show(doc, s, e)} = ${hit.expansion} (gold: ${expansion})`);
    }
    for (const x of a.abbreviations) {
      if (!goldKeys.has(`${x.start}:${x.end}`)) {
        afp++;
        errors.push(`${doc.id}\tFP ABBR\t${x.start}-${x.end}\t${show(doc, x.start, x.end)} = ${x.expansion}`);
      }
    }
  }
  const strict: Record<string, PRF> = {};
  const relaxed: Record<string, PRF> = {};
  for (const t of ENTITY_TYPES) {
    const c = counts[t]!;
    strict[t] = prf(c.tp, c.fp, c.fn);
    relaxed[t] = prf(c.rtp, c.rfp, c.rfn);
  }
  return {
    strict,
    relaxed,
    abbreviations: {
      detection: prf(atp, afp, afn),
      expansionAccuracy: atp === 0 ? 1 : correct / atp,
      endToEnd: gold === 0 ? 1 : correct / gold,
      gold,
      correct,
    },
    errors,
  };
}

export function parseGold(jsonl: string): GoldDoc[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldDoc);
}

const f = (x: number) => x.toFixed(3);

export function formatScores(s: Scores): string {
  const lines: string[] = [];
  lines.push('type   strict P  strict R  strict F1 | relaxed P relaxed R relaxed F1 |   gold');
  for (const t of ENTITY_TYPES) {
    const a = s.strict[t]!;
    const r = s.relaxed[t]!;
    lines.push(
      `${t.padEnd(5)}  ${f(a.precision).padStart(8)}  ${f(a.recall).padStart(8)}  ${f(a.f1).padStart(9)} | ${f(r.precision).padStart(9)} ${f(r.recall).padStart(9)} ${f(r.f1).padStart(10)} | ${String(a.tp + a.fn).padStart(6)}`,
    );
  }
  const d = s.abbreviations.detection;
  lines.push(
    `ABBR   detection P ${f(d.precision)} R ${f(d.recall)} F1 ${f(d.f1)} | expansion accuracy ${f(s.abbreviations.expansionAccuracy)} | end-to-end ${f(s.abbreviations.endToEnd)} (${s.abbreviations.correct}/${s.abbreviations.gold})`,
  );
  return lines.join('\n');
}
