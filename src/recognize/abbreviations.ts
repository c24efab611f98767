/**
 * Abbreviation recognizer. Works on merged tokens of the normalised text
 * (see `tokenize.ts`) and reports spans in normalised offsets.
 *
 * Order of decisions for one token:
 * 1. document codes (`04-NQ/HU`) are skipped whole: their parts are not
 *    abbreviations to expand (GUIDELINES, layer 2);
 * 2. Roman numerals after a numbering word (`khóa XII`) are skipped;
 * 3. a definition earlier in the text (`Hội đồng nhân dân (HĐND)`) wins;
 * 4. the dictionary, with the trailing dot when the dictionary has a dotted
 *    form (`TP.`); a capitalised first letter matches a lower-case entry
 *    (`Đ/c` as `đ/c`);
 * 5. a compound not in the dictionary is read part by part
 *    (`HĐND&UBND` -> two abbreviations; `VH-XH` of two field parts -> one);
 * 6. an ambiguous abbreviation takes the sense whose context cues match its
 *    neighbours; with no cue matching, the first sense with `candidates`.
 */
import type { AbbrLexicon, AbbrSense } from '../lexicon/abbreviations.js';
import type { Definition } from '../resolve/definitions.js';
import { isAbbrShape, type Token } from '../tokenize.js';
import type { AbbreviationCategory } from '../lexicon/categories.js';

/** An abbreviation found, in normalised offsets. */
export interface FoundAbbreviation {
  start: number;
  end: number;
  expansion: string;
  candidates?: string[];
  category?: AbbreviationCategory;
  source: 'dictionary' | 'definition';
}

const ROMAN_RE = /^(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;
const NUMBERING_WORDS = new Set(['khóa', 'lần', 'thứ', 'kỳ', 'phần', 'chương', 'mục', 'quý', 'đoạn', 'đợt', 'hạng', 'cấp', 'vòng', 'thế', 'kỷ', 'tập', 'số', 'loại', 'điều', 'bậc', 'tuyến']);
/** Categories whose parts may join into one abbreviation (`KT-XH`, `QP-AN`). */
const JOINABLE = new Set<AbbreviationCategory | undefined>(['field', 'program', 'general']);
const SENTENCE_STOP = new Set(['.', ';', '!', '?', ':', '(', ')', '"', '“', '”']);

export interface RecognizeContext {
  tokens: Token[];
  text: string;
  lexicon: AbbrLexicon;
  keyOf: (surface: string) => string;
  definitions: Definition[];
}

function lookup(lexicon: AbbrLexicon, key: string): AbbrSense[] | undefined {
  const exact = lexicon.get(key);
  if (exact) return exact;
  // `Đ/c` for `đ/c`: a capitalised first letter (sentence start) of an entry
  // written in lower case; only entries with a non-letter (`/`) qualify, so
  // that capitalised words (`Tin`) do not turn into lower-case entries
  if (key.length > 1 && key.length < 8 && (key.includes('/') || key.includes('.'))) {
    const first = key[0]!;
    const lowered = first.toLowerCase();
    if (lowered !== first) return lexicon.get(lowered + key.slice(1));
  }
  return undefined;
}

function contextWords(tokens: Token[], i: number, dir: 1 | -1): Token[] {
  const out: Token[] = [];
  for (let j = i + dir; j >= 0 && j < tokens.length && out.length < 2; j += dir) {
    const t = tokens[j]!;
    const boundary = dir === 1 ? t.gap : tokens[j - dir]!.gap;
    if (boundary === 3) break;
    if (t.kind === 'punct') {
      if (SENTENCE_STOP.has(t.text)) break;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Choose a sense by context cues. */
export function chooseSense(senses: AbbrSense[], tokens: Token[], i: number): { sense: AbbrSense; decided: boolean } {
  if (senses.length === 1) return { sense: senses[0]!, decided: true };
  const left = contextWords(tokens, i, -1);
  const right = contextWords(tokens, i, 1);
  let best = senses[0]!;
  let bestScore = 0;
  for (const sense of senses) {
    let score = 0;
    for (const cue of sense.cues) {
      const side = cue.side === 'L' ? left : right;
      side.forEach((t, d) => {
        const hit = cue.word === '#' ? t.kind === 'number' : t.text.toLowerCase() === cue.word;
        if (hit) score += d === 0 ? 1.5 : 1;
      });
    }
    if (score > bestScore) {
      best = sense;
      bestScore = score;
    }
  }
  return { sense: best, decided: bestScore > 0 };
}

/** Definitions by key, each list sorted by position. */
export type DefinitionIndex = Map<string, Definition[]>;

export function indexDefinitions(defs: Definition[]): DefinitionIndex {
  const index: DefinitionIndex = new Map();
  for (const d of defs) {
    const list = index.get(d.key);
    if (list) list.push(d);
    else index.set(d.key, [d]);
  }
  for (const list of index.values()) list.sort((a, b) => a.from - b.from);
  return index;
}

/** The last definition of `key` that starts at or before `at` (binary search). */
function definitionFor(index: DefinitionIndex, key: string, at: number): Definition | undefined {
  const list = index.get(key);
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  let found: Definition | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.from <= at) {
      found = list[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function emit(
  out: FoundAbbreviation[],
  start: number,
  end: number,
  senses: AbbrSense[],
  tokens: Token[],
  i: number,
): void {
  const { sense, decided } = chooseSense(senses, tokens, i);
  const found: FoundAbbreviation = { start, end, expansion: sense.expansion, source: 'dictionary' };
  if (sense.category) found.category = sense.category;
  if (!decided) {
    const all = [sense.expansion];
    for (const s of senses) if (!all.includes(s.expansion)) all.push(s.expansion);
    found.candidates = all;
  }
  out.push(found);
}

interface Part {
  start: number;
  end: number;
  surface: string;
  sep: string;
}

/** Split a compound token into its parts at `-`, `&` (with any spaces). */
function splitCompound(text: string, start: number): Part[] {
  const parts: Part[] = [];
  const re = /([^\s\-&]+)|([\-&])/gu;
  let sep = '';
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[2]) sep = m[2];
    else {
      parts.push({ start: start + m.index, end: start + m.index + m[1]!.length, surface: m[1]!, sep });
      sep = '';
    }
  }
  return parts;
}

/** Letters only, lower-case: `công nhân, viên chức` ~ `công nhân viên chức`. */
function bare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const CREDIT_WORDS = new Set(['ảnh', 'tin', 'bài', 'clip', 'video']);

/** Is token i a credit: right after `ảnh`, `tin`, `bài` (+ optional `:`), at a line end or before `)`? */
function isCredit(tokens: Token[], i: number): boolean {
  if (i === 0) return false;
  let j = i - 1;
  if (tokens[j]?.kind === 'punct' && tokens[j]!.text === ':') j--;
  const w = tokens[j];
  if (!w || w.kind !== 'word' || w.text.length > 5 || !CREDIT_WORDS.has(w.text.toLowerCase())) return false;
  // the credit word itself starts a line or follows `(`
  const before = tokens[j - 1];
  const startsCredit = w.gap >= 2 || before === undefined || (before.kind === 'punct' && (before.text === '(' || before.text === '['));
  if (!startsCredit) return false;
  const next = tokens[i + 1];
  return next === undefined || next.gap >= 2 || (next.kind === 'punct' && (next.text === ')' || next.text === ']' || next.text === ',' || next.text === '-'));
}

/**
 * Author initials signing a news item: a short all-capital token alone on its
 * line near the end of the text (`TT`, `KV`). A byline names a person.
 */
function isBylineInitials(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text.length > 3 || tokens.length - i > 30) return false;
  if (i === 0 || t.gap < 2) return false;
  const next = tokens[i + 1];
  return next === undefined || next.gap >= 2;
}

/** Recognize abbreviations; returns them sorted, in normalised offsets. */
export function recognizeAbbreviations(ctx: RecognizeContext): FoundAbbreviation[] {
  const { tokens, lexicon, keyOf } = ctx;
  const definitions = indexDefinitions(ctx.definitions);
  const out: FoundAbbreviation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'abbr' && t.kind !== 'word') continue;
    if (t.kind === 'word' && t.text.length > 12) continue;
    const key = keyOf(t.text);
    const senses = lookup(lexicon, key);
    // a dotted form (`TP.`) counts only with its dot right after the word
    const next = tokens[i + 1];
    const dotNext = next !== undefined && next.kind === 'punct' && next.text === '.' && next.gap === 0;
    const dotted = dotNext ? lookup(lexicon, key + '.') : undefined;
    // most words are in neither the dictionary nor a definition: nothing more to do
    if (t.kind === 'word' && !senses && !dotted && !definitions.has(key)) continue;
    if (ROMAN_RE.test(t.text)) {
      const prev = tokens[i - 1];
      if (t.text.length === 1 || (prev && NUMBERING_WORDS.has(prev.text.toLowerCase())) || !lexicon.has(t.text)) continue;
    }
    // photo and editing credits: `(ảnh KV)`, `Ảnh: C.L` name people, not bodies
    if (isCredit(tokens, i) || isBylineInitials(tokens, i)) continue;
    // 3. definitions in this text
    const def = definitionFor(definitions, key, t.start);
    if (def) {
      // the same words as a dictionary sense, spelled otherwise (commas): the dictionary's spelling
      const same = senses?.find((s) => bare(s.expansion) === bare(def.expansion));
      if (same) {
        const found: FoundAbbreviation = { start: t.start, end: t.end, expansion: same.expansion, source: 'definition' };
        if (same.category) found.category = same.category;
        out.push(found);
      } else out.push({ start: t.start, end: t.end, expansion: def.expansion, source: 'definition' });
      continue;
    }
    // 4. dictionary, with a trailing dot when the dictionary has the dotted form
    if (dotted) {
      const after = tokens[i + 2];
      const continues = after !== undefined && after.gap <= 1 && (after.kind === 'word' || after.kind === 'abbr');
      if (!senses || continues) {
        emit(out, t.start, next!.end, dotted, tokens, i);
        i++;
        continue;
      }
    }
    if (senses) {
      emit(out, t.start, t.end, senses, tokens, i);
      continue;
    }
    if (t.kind !== 'abbr') continue;
    // 5. compounds read part by part
    const parts = splitCompound(t.text, t.start);
    if (parts.length < 2) continue;
    const partSenses = parts.map((p): AbbrSense[] | undefined => {
      const k = keyOf(p.surface);
      const d = definitionFor(definitions, k, t.start);
      return d ? [{ expansion: d.expansion, category: undefined, cues: [] }] : lookup(lexicon, k);
    });
    const allKnown = partSenses.every((s) => s !== undefined);
    if (allKnown && partSenses.every((s) => JOINABLE.has(s![0]!.category)) && parts.every((p) => isAbbrShape(p.surface))) {
      let expansion = '';
      parts.forEach((p, k) => {
        const e = partSenses[k]![0]!.expansion;
        expansion += k === 0 ? e : (p.sep === '&' ? ' và ' : ' - ') + e;
      });
      out.push({ start: t.start, end: t.end, expansion, category: partSenses[0]![0]!.category!, source: 'dictionary' });
      continue;
    }
    // a compound of known bodies (`HĐND&UBND`, `HĐND-UBND`): one abbreviation
    // each; with an unknown part we do not guess (`LĐTB&XH` is one name)
    if (allKnown && parts.every((p) => isAbbrShape(p.surface))) {
      parts.forEach((p, k) => emit(out, p.start, p.end, partSenses[k]!, tokens, i));
    }
  }
  return out;
}
