/**
 * HTML output: the text with its entities and abbreviations highlighted, and a
 * table of who holds which office. No script and no external resource: a
 * page opens from disk, a fragment can go into any page that has
 * {@link HTML_CSS}.
 *
 * - Each entity is a `<mark data-type="PER|ROLE|ORG|LOC">`, coloured by type
 *   with a small label drawn by CSS (`::after`, so it is not part of the
 *   text). A linked place adds `data-place-code`, `data-place-level` and
 *   `data-place-name`; an ambiguous one `data-candidates` (their number); an
 *   organisation named by its level `data-resolved`. Its `title` (shown on
 *   hover) says all of it in words.
 * - Each abbreviation is an `<abbr data-expansion="…" title="…">`, inside its
 *   entity when it lies in one. One that crosses an entity boundary is split
 *   there into pieces with the same attributes.
 * - `data-start`/`data-end` give the span's UTF-16 offsets into the text.
 *
 * The text itself: the element `div.vn-ner-text` holds exactly the input, so
 * its `textContent` is the input (line breaks kept by `white-space:
 * pre-wrap`). Everything is escaped (`& < > " '`), and a carriage return is
 * written `&#13;` (an HTML parser would turn a raw one into a line feed).
 * One character cannot survive any HTML parser: U+0000 is written as U+FFFD
 * (same length, so offsets still hold). Spans are widened so that no tag
 * falls between the two halves of a surrogate pair; what cannot be drawn
 * (empty or out-of-range spans, an entity overlapping an earlier one, an
 * abbreviation overlapping an earlier one) is left out, the text always kept.
 */
import type { Annotation, Entity, PlaceRef } from '../types.js';

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** One `<section class="vn-ner">` element instead of a whole page. Default false. */
  fragment?: boolean;
  /** The page's `<title>` (default `vn-admin-ner`); ignored with `fragment`. */
  title?: string;
}

/** The style sheet of {@link toHtml}'s output, for pages that show its fragments. */
export const HTML_CSS = `.vn-ner{font:16px/1.9 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2328}
.vn-ner-text{white-space:pre-wrap;overflow-wrap:anywhere}
.vn-ner mark{border-radius:4px;padding:1px 2px;color:inherit;background:#eee;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.vn-ner mark::after{content:attr(data-type);font-size:9px;font-weight:700;letter-spacing:.04em;vertical-align:super;margin-left:2px;opacity:.75;user-select:none}
.vn-ner mark[data-place-code]::after{content:attr(data-type) " " attr(data-place-code)}
.vn-ner mark[data-candidates]::after{content:attr(data-type) " ?" attr(data-candidates)}
.vn-ner mark[data-type=PER]{background:#dbeafe;box-shadow:inset 0 -2px #2563eb}
.vn-ner mark[data-type=ROLE]{background:#dcfce7;box-shadow:inset 0 -2px #16a34a}
.vn-ner mark[data-type=ORG]{background:#ffedd5;box-shadow:inset 0 -2px #ea580c}
.vn-ner mark[data-type=LOC]{background:#f3e8ff;box-shadow:inset 0 -2px #9333ea}
.vn-ner abbr{text-decoration:underline dotted #57606a;text-underline-offset:3px;cursor:help}
.vn-ner table{border-collapse:collapse;margin-top:1em;font-size:14px;line-height:1.5}
.vn-ner caption{text-align:left;font-weight:700;padding-bottom:.3em}
.vn-ner th,.vn-ner td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
.vn-ner th{background:#f6f8fa}
.vn-ner small{color:#57606a}`;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\0': '\ufffd',
};

/** Escape for text content (line feeds kept as they are). */
function escapeText(s: string): string {
  return s.replace(/[&<>"'\r\0]/gu, (c) => ESCAPES[c]!);
}

/** Escape for a double-quoted attribute value (line feeds as `&#10;`). */
function escapeAttr(s: string): string {
  return s.replace(/[&<>"'\r\n\0]/gu, (c) => ESCAPES[c]!);
}

/** ` name="value"` for each defined value, in order. */
function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

/** `huyện Mỹ Lộc, district 358, Nam Định (36), pre-2025` */
function describePlace(p: PlaceRef): string {
  const parts = [`${p.type} ${p.name}`.trim(), `${p.level} ${p.code}`];
  if (p.province !== undefined) parts.push(p.provinceCode === undefined ? p.province : `${p.province} (${p.provinceCode})`);
  if (p.era !== undefined) parts.push(p.era);
  return parts.join(', ');
}

function entityTitle(e: Entity): string {
  const lines = [`${e.type}: ${e.normalized}`];
  if (e.resolved !== undefined) lines.push(`resolved: ${e.resolved}`);
  if (e.place !== undefined) lines.push(`place: ${describePlace(e.place)}`);
  const candidates = Array.isArray(e.candidates) ? e.candidates : [];
  if (candidates.length > 0) {
    lines.push(`ambiguous: ${candidates.length} candidate places`);
    for (const c of candidates.slice(0, 5)) lines.push(`  ${describePlace(c)}`);
    if (candidates.length > 5) lines.push(`  … and ${candidates.length - 5} more`);
  }
  return lines.join('\n');
}

function openEntity(e: Entity): string {
  const count = Array.isArray(e.candidates) && e.candidates.length > 0 ? e.candidates.length : undefined;
  return `<mark${attrs([
    ['data-type', e.type],
    ['data-start', e.start],
    ['data-end', e.end],
    ['data-normalized', e.normalized],
    ['data-resolved', e.resolved],
    ['data-place-code', e.place?.code],
    ['data-place-level', e.place?.level],
    ['data-place-name', e.place === undefined ? undefined : `${e.place.type} ${e.place.name}`.trim()],
    ['data-candidates', count],
    ['title', entityTitle(e)],
  ])}>`;
}

/** The subset of an abbreviation this module reads. */
interface AbbrLike {
  start: number;
  end: number;
  expansion: string;
  candidates?: string[];
  category?: string;
  source?: string;
}

function openAbbr(a: AbbrLike): string {
  const undecided = Array.isArray(a.candidates) && a.candidates.length > 1 ? a.candidates : undefined;
  const title = undecided === undefined ? a.expansion : `${a.expansion}\nundecided: ${undecided.join(' | ')}`;
  return `<abbr${attrs([
    ['data-expansion', a.expansion],
    ['data-start', a.start],
    ['data-end', a.end],
    ['data-category', a.category],
    ['data-source', a.source],
    ['data-candidates', undecided?.join(' | ')],
    ['title', title],
  ])}>`;
}

interface Span {
  start: number;
  end: number;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Does `i` fall between the two halves of a surrogate pair? */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/**
 * The spans that can be drawn: in range, not empty, widened to whole code
 * points, sorted, each overlapping no earlier one. The result keeps the
 * caller's objects (their offsets are read from `bounds`).
 */
function drawable<T extends Span>(spans: readonly T[] | undefined, text: string): { span: T; start: number; end: number }[] {
  const out: { span: T; start: number; end: number }[] = [];
  const valid = (spans ?? [])
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .map((span) => ({
      span,
      start: splitsPair(text, span.start) ? span.start - 1 : span.start,
      end: splitsPair(text, span.end) ? span.end + 1 : span.end,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of valid) {
    const last = out[out.length - 1];
    if (last === undefined || last.end <= s.start) out.push(s);
  }
  return out;
}

/** The drawn span covering [at, …) in a sorted disjoint list, advancing the cursor. */
function covering<T>(list: { span: T; start: number; end: number }[], cursor: { i: number }, at: number): T | undefined {
  while (cursor.i < list.length && list[cursor.i]!.end <= at) cursor.i++;
  const s = list[cursor.i];
  return s !== undefined && s.start <= at ? s.span : undefined;
}

/** The text with `<mark>` and `<abbr>` elements, as the inside of `div.vn-ner-text`. */
function highlight(a: Annotation): string {
  const text = a.text;
  const entities = drawable(a.entities, text);
  const abbreviations = drawable<AbbrLike>(a.abbreviations, text);
  const cuts = [...new Set([0, text.length, ...[...entities, ...abbreviations].flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  const ec = { i: 0 };
  const ac = { i: 0 };
  let out = '';
  let openE: Entity | undefined;
  let openA: AbbrLike | undefined;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]!;
    const e = covering(entities, ec, from);
    const ab = covering(abbreviations, ac, from);
    if (openA !== undefined && (ab !== openA || e !== openE)) {
      out += '</abbr>';
      openA = undefined;
    }
    if (e !== openE) {
      if (openE !== undefined) out += '</mark>';
      if (e !== undefined) out += openEntity(e);
      openE = e;
    }
    if (ab !== undefined && ab !== openA) out += openAbbr(ab);
    openA = ab;
    out += escapeText(text.slice(from, cuts[k + 1]!));
  }
  if (openA !== undefined) out += '</abbr>';
  if (openE !== undefined) out += '</mark>';
  return out;
}

/** A table cell for an entity: its normalised (or resolved) form, the place below. */
function entityCell(e: Entity | undefined): string {
  if (e === undefined || e === null) return '<td></td>';
  const main = e.resolved ?? e.normalized;
  const place = e.place === undefined ? '' : `<br><small>${escapeText(describePlace(e.place))}</small>`;
  const ambiguous = Array.isArray(e.candidates) && e.candidates.length > 0 ? `<br><small>${e.candidates.length} candidate places</small>` : '';
  return `<td${attrs([['data-type', e.type], ['data-start', e.start], ['data-end', e.end]])}>${escapeText(main)}${place}${ambiguous}</td>`;
}

function table(cls: string, caption: string, rows: (Entity | undefined)[][]): string {
  if (rows.length === 0) return '';
  const head = '<thead><tr><th scope="col">Name</th><th scope="col">Title</th><th scope="col">Organisation</th></tr></thead>';
  const body = rows.map((cells) => `<tr>${cells.map(entityCell).join('')}</tr>`).join('\n');
  return `\n<table class="${cls}"><caption>${caption}</caption>${head}\n<tbody>\n${body}\n</tbody></table>`;
}

/** One row per role of each person (one row for a person without roles). */
function peopleRows(a: Annotation): (Entity | undefined)[][] {
  const rows: (Entity | undefined)[][] = [];
  for (const p of Array.isArray(a.people) ? a.people : []) {
    const roles = Array.isArray(p.roles) ? p.roles : [];
    if (roles.length === 0) rows.push([p.name, undefined, undefined]);
    for (const r of roles) rows.push([p.name, r.title, r.organization]);
  }
  return rows;
}

/**
 * Rows of `a.relations` when the annotation has them: `{ person, role,
 * organization? }`, indexes into `a.entities`. Indexes that point nowhere
 * give empty cells.
 */
function relationRows(a: Annotation): (Entity | undefined)[][] {
  if (!('relations' in a) || !Array.isArray(a.relations)) return [];
  const at = (i: unknown): Entity | undefined => (typeof i === 'number' && Number.isInteger(i) ? a.entities[i] : undefined);
  return (a.relations as unknown[])
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
    .map((r) => [at(r.person), at(r.role), at(r.organization)]);
}

/**
 * An annotation as HTML: a whole page (inline CSS, no script, no external
 * resource) or, with `{ fragment: true }`, one `<section class="vn-ner">`
 * element holding `div.vn-ner-text` (the text, highlighted), the table of
 * people and, when the annotation has `relations`, a table of them. See the
 * module comment for the elements and attributes.
 *
 * @example
 * ```ts
 * toHtml(annotate('Bí thư HU phát biểu.'), { fragment: true });
 * // '<section class="vn-ner"><div class="vn-ner-text" lang="vi"><mark data-type="ROLE" …>Bí thư</mark> '
 * // + '<mark data-type="ORG" …><abbr data-expansion="Huyện ủy" … title="Huyện ủy">HU</abbr></mark> phát biểu.</div></section>'
 * ```
 */
export function toHtml(annotation: Annotation, options: HtmlOptions = {}): string {
  const people = table('vn-ner-people', 'People', peopleRows(annotation));
  const relations = table('vn-ner-relations', 'Relations', relationRows(annotation));
  const section = `<section class="vn-ner"><div class="vn-ner-text" lang="vi">${highlight(annotation)}</div>${people}${relations}</section>`;
  if (options.fragment === true) return section;
  const title = escapeText(options.title ?? 'vn-admin-ner');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body{margin:2em auto;max-width:60em;padding:0 1em}
${HTML_CSS}
</style>
</head>
<body>
${section}
</body>
</html>
`;
}
