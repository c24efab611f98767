/**
 * `npm run eval -- --by-rule`: precision per rule, from `annotate(text, {
 * explain: true })`. Each predicted entity and abbreviation counts for the
 * rule that found it: correct when the gold has the same span (and type, or
 * an expansion equal as the scorer compares them: `canonicalExpansion`). `share` is the part of the gold of that type
 * the rule found correctly, so a rule that finds much and errs little shows,
 * and so does one that helps one sentence and hurts ten.
 */
import type { Annotation, AnnotateOptions } from '../src/index.js';
import { canonicalExpansion, type GoldDoc } from './score.js';

export interface RuleRow {
  rule: string;
  type: string;
  predicted: number;
  correct: number;
}

type Annotate = (text: string, options?: AnnotateOptions) => Annotation;

/** Count, per rule, what it predicted and how much of it the gold has. */
export function scoreByRule(docs: GoldDoc[], annotate: Annotate, useDate: boolean): { rows: RuleRow[]; gold: Map<string, number> } {
  const rows = new Map<string, RuleRow>();
  const gold = new Map<string, number>();
  const row = (rule: string, type: string): RuleRow => {
    let r = rows.get(rule);
    if (!r) rows.set(rule, (r = { rule, type, predicted: 0, correct: 0 }));
    return r;
  };
  for (const doc of docs) {
    const a = annotate(doc.text, { explain: true, ...(useDate && doc.date ? { date: doc.date } : {}) });
    const ents = new Set(doc.entities.map(([s, e, t]) => `${s}:${e}:${t}`));
    const abbrs = new Map(doc.abbreviations.map(([s, e, x]) => [`${s}:${e}`, canonicalExpansion(x)]));
    for (const [, , t] of doc.entities) gold.set(t, (gold.get(t) ?? 0) + 1);
    gold.set('ABBR', (gold.get('ABBR') ?? 0) + doc.abbreviations.length);
    for (const e of a.entities) {
      const r = row(e.rule ?? '?', e.type);
      r.predicted++;
      if (ents.has(`${e.start}:${e.end}:${e.type}`)) r.correct++;
    }
    for (const x of a.abbreviations) {
      const r = row(x.rule ?? '?', 'ABBR');
      r.predicted++;
      if (abbrs.get(`${x.start}:${x.end}`) === canonicalExpansion(x.expansion)) r.correct++;
    }
  }
  return { rows: [...rows.values()].sort((p, q) => (p.type < q.type ? -1 : p.type > q.type ? 1 : q.predicted - p.predicted)), gold };
}

/** The table of {@link scoreByRule}. */
export function formatByRule({ rows, gold }: { rows: RuleRow[]; gold: Map<string, number> }): string {
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  const lines = [`${'rule'.padEnd(24)} type  predicted  correct  precision  share of gold`];
  for (const r of rows) {
    const p = r.predicted ? (r.correct / r.predicted).toFixed(3) : '-';
    const share = gold.get(r.type) ? (r.correct / gold.get(r.type)!).toFixed(3) : '-';
    lines.push(`${r.rule.padEnd(24)} ${r.type.padEnd(5)} ${pad(r.predicted, 9)} ${pad(r.correct, 8)} ${pad(p, 10)} ${pad(share, 14)}`);
  }
  return lines.join('\n');
}
