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
import { cueWordId } from '../lexicon/cues.js';
import { keyOf, type Definition } from '../resolve/definitions.js';
import { L_ABBRSHAPE, L_CAP, L_ROMAN, type ByteSlot, type Lexemes } from '../doc/lexemes.js';
import { K_ABBR, K_NUMBER, K_PUNCT, K_WORD, type TokenArrays } from '../doc/tokens.js';
import type { AbbreviationCategory } from '../lexicon/categories.js';
import type { FoundStore } from '../doc/found-store.js';
import { CREDIT_WORDS, KEY_ROWS, MISSPELLED_TARGETS, NUMBERING_WORDS } from '../lexicon/vocabulary.js';

/** An abbreviation found, in normalised offsets (what the store records of each: see doc/found-store.ts). */
export interface FoundAbbreviation {
  start: number;
  end: number;
  expansion: string;
  candidates?: string[];
  category?: AbbreviationCategory;
  source: 'dictionary' | 'definition';
  /** the rule that found it (`annotate(text, { explain: true })`) */
  rule: AbbreviationRule;
}

/** The abbreviation rules, by id. */
export const ABBREVIATION_RULES = [
  'abbr.definition',
  'abbr.dictionary',
  'abbr.dictionary-dotted',
  'abbr.compound-joined',
  'abbr.compound-part',
  'abbr.signature',
  'abbr.dotted-title',
  'abbr.misspelled',
] as const;
export type AbbreviationRule = (typeof ABBREVIATION_RULES)[number];

/** Categories whose parts may join into one abbreviation (`KT-XH`, `QP-AN`). */
const JOINABLE = new Set<AbbreviationCategory | undefined>(['field', 'program', 'general']);
const SENTENCE_STOP = new Set(['.', ';', '!', '?', ':', '(', ')', '"', '“', '”']);

/** What the abbreviation pass reads: merged tokens with their lexemes, the lexicon, the text's definitions. */
export interface RecognizeContext {
  t: TokenArrays;
  L: Lexemes;
  text: string;
  lexicon: AbbrLexicon;
  definitions: Definition[];
  /** per-lexeme caches of dictionary senses (see {@link senseSlots}) */
  slots: SenseSlots;
}

/**
 * Per-lexeme caches of the dictionary senses of a surface, and of it with a
 * dot, the lexeme's bits (A_…), and the number of its fold among the context
 * cue words (Cue.id; -1: none).
 */
export interface SenseSlots {
  plain: (AbbrSense[] | null | undefined)[];
  dotted: (AbbrSense[] | null | undefined)[];
  bits: ByteSlot;
  cue: (number | undefined)[];
}

export function senseSlots(L: Lexemes): SenseSlots {
  return { plain: L.slot<AbbrSense[] | null>(), dotted: L.slot<AbbrSense[] | null>(), bits: L.byteSlot(), cue: L.slot<number>() };
}

function cueOf(x: RecognizeContext, id: number): number {
  let c = x.slots.cue[id];
  if (c === undefined) c = x.slots.cue[id] = cueWordId(x.L.fold[id]!);
  return c;
}

/** Bits of a lexeme for this pass (SenseSlots.bits), computed once per lexeme: known. */
const A_KNOWN = 1;
/** it has dictionary senses as written */
const A_SENSES = 2;
/** it has dictionary senses with a dot after it (`TP.`) */
const A_DOTTED = 4;
/** longer than 12 code units: as a word, never looked up */
const A_LONG = 8;
/** two capitals or more: it may be an abbreviation defined in the text (`spelledLetters` needs two) */
const A_CAPS2 = 16;
/** a credit word (`ảnh`, `tin`, `bài`: five code units at most) */
const A_CREDIT = 32;

function lexemeBits(x: RecognizeContext, id: number): number {
  let b = A_KNOWN;
  const length = x.L.surface[id]!.length;
  if (length > 12) b |= A_LONG;
  if (length <= 5 && CREDIT_WORDS.has(x.L.fold[id]!)) b |= A_CREDIT;
  if (sensesOf(x, id)) b |= A_SENSES;
  if (dottedOf(x, id)) b |= A_DOTTED;
  if (x.L.upper[id]! >= 2) b |= A_CAPS2;
  x.slots.bits.bytes[id] = b;
  return b;
}

/** The bits of lexeme `id` (A_…), computed on first sight. */
function bitsOf(x: RecognizeContext, id: number): number {
  return x.slots.bits.bytes[id] || lexemeBits(x, id);
}

/**
 * Records each abbreviation found: in the store (doc/found-store.ts: it
 * returns the index), or as the output's own object. `surface` is the lexeme's string
 * when the abbreviation is one whole token (its text in the normalised text,
 * a string the output may share), else undefined.
 */
export type AbbreviationMaker<T> = (
  start: number,
  end: number,
  expansion: string,
  candidates: string[] | undefined,
  category: AbbreviationCategory | undefined,
  source: 'dictionary' | 'definition',
  rule: AbbreviationRule,
  surface: string | undefined,
) => T;

/** Where the abbreviations found go: the first `n` of a list (see {@link pending}), and how each is made. */
interface Found<T> {
  list: T[];
  n: number;
  make: AbbreviationMaker<T>;
}

/** Add `a` to the abbreviations found. */
function add<T>(out: Found<T>, a: T): void {
  out.list[out.n++] = a;
}

/**
 * The list every (synchronous) pass fills, its first n copied out at the
 * end: a list of 100,000 grown by push is copied a dozen times, each copy
 * a new array in the large-object space (measured: 118,000 pushes ~14 ms,
 * the same stores into a list already long enough ~3 ms). Emptied after
 * each pass (no object kept alive); let go when it is past PENDING_KEPT.
 */
const pending: unknown[] = [];
/** 1M entries: 8 MB. */
const PENDING_KEPT = 1 << 20;

/** The abbreviations found, as a list of their own; {@link pending} emptied. */
function foundList<T>(out: Found<T>): T[] {
  const list = out.list.slice(0, out.n);
  if (out.list.length > PENDING_KEPT) out.list.length = 0;
  else out.list.fill(0 as T, 0, out.n);
  return list;
}

/**
 * The list the pass fills, as an object that stays alive: the optimised
 * pass depends on its object shape, and V8 drops a shape that no live
 * object has at a full garbage collection (and the optimised code with it).
 * @internal
 */
export const FOUND_LIST_SHAPE: Found<number> = { list: [], n: 0, make: () => 0 };

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

function sensesOf(x: RecognizeContext, id: number): AbbrSense[] | undefined {
  let s = x.slots.plain[id];
  if (s === undefined) s = x.slots.plain[id] = lookup(x.lexicon, x.L.key[id]!) ?? null;
  return s ?? undefined;
}

function dottedOf(x: RecognizeContext, id: number): AbbrSense[] | undefined {
  let s = x.slots.dotted[id];
  if (s === undefined) s = x.slots.dotted[id] = lookup(x.lexicon, x.L.key[id]! + '.') ?? null;
  return s ?? undefined;
}

const surfaceOf = (x: RecognizeContext, i: number): string => x.L.surface[x.t.lex[i]!]!;
const foldOf = (x: RecognizeContext, i: number): string => x.L.fold[x.t.lex[i]!]!;
const lengthOf = (x: RecognizeContext, i: number): number => x.t.end[i]! - x.t.start[i]!;

function isPunctAt(x: RecognizeContext, i: number, ch: string): boolean {
  return i >= 0 && i < x.t.n && x.t.kind[i] === K_PUNCT && surfaceOf(x, i) === ch;
}

/** Context of a sense choice: up to two word tokens on each side (-1: none), nearest first, left then right. */
const near = { tokens: new Int32Array(4) };

/** Up to two word tokens on one side of i, within the sentence, into near.tokens from `at` (-1 for none). */
function contextWords(x: RecognizeContext, i: number, dir: 1 | -1, at: number): void {
  const { t } = x;
  near.tokens[at] = -1;
  near.tokens[at + 1] = -1;
  let k = 0;
  for (let j = i + dir; j >= 0 && j < t.n && k < 2; j += dir) {
    const boundary = dir === 1 ? t.gap[j] : t.gap[j - dir];
    if (boundary === 3) break;
    if (t.kind[j] === K_PUNCT) {
      if (SENTENCE_STOP.has(surfaceOf(x, j))) break;
      continue;
    }
    near.tokens[at + k++] = j;
  }
}

/**
 * The cues of an abbreviation's senses by word, built once per abbreviation:
 * per side, for each cue word the number of cues of each sense that name it,
 * and the number of `#` cues of each sense.
 */
interface CueIndex {
  words: [Map<number, Int32Array>, Map<number, Int32Array>];
  numbers: [Int32Array, Int32Array];
}

const cueIndexes = new WeakMap<AbbrSense[], CueIndex>();

function cueIndex(senses: AbbrSense[]): CueIndex {
  let index = cueIndexes.get(senses);
  if (index) return index;
  const n = senses.length;
  index = { words: [new Map(), new Map()], numbers: [new Int32Array(n), new Int32Array(n)] };
  senses.forEach((sense, s) => {
    for (const cue of sense.cues) {
      const side = cue.side === 'L' ? 0 : 1;
      if (cue.id < 0) {
        index!.numbers[side][s]!++;
        continue;
      }
      let counts = index!.words[side].get(cue.id);
      if (!counts) index!.words[side].set(cue.id, (counts = new Int32Array(n)));
      counts[s]!++;
    }
  });
  cueIndexes.set(senses, index);
  return index;
}

let scores = new Float64Array(8);

/**
 * Choose a sense by context cues: a cue naming the nearest word on its side
 * scores 1.5, the next word 1; the first sense with the best score above 0
 * wins. Words are compared as numbers (see Cue.id).
 */
export function chooseSense(senses: AbbrSense[], x: RecognizeContext, i: number): { sense: AbbrSense; decided: boolean } {
  if (senses.length === 1) return { sense: senses[0]!, decided: true };
  contextWords(x, i, -1, 0);
  contextWords(x, i, 1, 2);
  const index = cueIndex(senses);
  if (scores.length < senses.length) scores = new Float64Array(senses.length * 2);
  scores.fill(0, 0, senses.length);
  for (let k = 0; k < 4; k++) {
    const j = near.tokens[k]!;
    if (j < 0) continue;
    const side = k < 2 ? 0 : 1;
    const w = (k & 1) === 0 ? 1.5 : 1;
    const counts = index.words[side].get(cueOf(x, x.t.lex[j]!));
    const numbers = x.t.kind[j] === K_NUMBER ? index.numbers[side] : undefined;
    for (let s = 0; s < senses.length; s++) scores[s]! += w * ((counts?.[s] ?? 0) + (numbers?.[s] ?? 0));
  }
  let best = 0;
  for (let s = 1; s < senses.length; s++) if (scores[s]! > scores[best]!) best = s;
  return { sense: senses[best]!, decided: scores[best]! > 0 };
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

/** A definition in this text for the token at i, or for a spaced compound from it: emit it and return its last token, or -1. */
function readDefined<T>(x: RecognizeContext, definitions: DefinitionIndex, i: number, senses: AbbrSense[] | undefined, spaced: boolean, out: Found<T>): number {
  const last = spaced ? readSpaced(x, definitions, i, out) : -1;
  if (last > i) return last;
  const def = definitionFor(definitions, x.L.key[x.t.lex[i]!]!, x.t.start[i]!);
  if (!def) return -1;
  fromDefinition(out, def, senses, x.t.start[i]!, x.t.end[i]!, surfaceOf(x, i));
  return i;
}

/** A spaced compound the text defined that starts at i (`BCĐ PCTT`): emit it and return its last token, or -1. */
function readSpaced<T>(x: RecognizeContext, definitions: DefinitionIndex, i: number, out: Found<T>): number {
  const { t } = x;
  for (let j = i + 1; j < t.n && j - i < 3 && t.kind[j] === K_ABBR && t.gap[j] === 1; j++) {
    const def = definitionFor(definitions, keyOf(x, i, j + 1), t.start[i]!);
    if (def) {
      fromDefinition(out, def, undefined, t.start[i]!, t.end[j]!, undefined);
      return j;
    }
  }
  return -1;
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

function emit<T>(
  out: Found<T>,
  start: number,
  end: number,
  senses: AbbrSense[],
  x: RecognizeContext,
  i: number,
  rule: AbbreviationRule,
  surface: string | undefined,
): void {
  if (senses.length === 1) {
    const sense = senses[0]!;
    add(out, out.make(start, end, sense.expansion, undefined, sense.category || undefined, 'dictionary', rule, surface));
    return;
  }
  const { sense, decided } = chooseSense(senses, x, i);
  let all: string[] | undefined;
  if (!decided) {
    all = [sense.expansion];
    for (const s of senses) if (!all.includes(s.expansion)) all.push(s.expansion);
  }
  add(out, out.make(start, end, sense.expansion, all, sense.category || undefined, 'dictionary', rule, surface));
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

/** Bare forms computed, by string (dictionary expansions and definitions; cleared when it grows large). */
const bareForms = new Map<string, string>();

/** Letters only, lower-case: `công nhân, viên chức` ~ `công nhân viên chức`. */
function bare(s: string): string {
  let b = bareForms.get(s);
  if (b === undefined) {
    if (bareForms.size >= 4096) bareForms.clear();
    b = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    bareForms.set(s, b);
  }
  return b;
}

/** Is token i a credit: right after `ảnh`, `tin`, `bài` (+ optional `:`), at a line end or before `)`? */
function isCredit(x: RecognizeContext, i: number): boolean {
  if (i === 0) return false;
  const { t } = x;
  let j = i - 1;
  if (isPunctAt(x, j, ':')) j--;
  if (j < 0 || t.kind[j] !== K_WORD || (bitsOf(x, t.lex[j]!) & A_CREDIT) === 0) return false;
  // the credit word itself starts a line or follows `(`
  const before = j - 1;
  const startsCredit = t.gap[j]! >= 2 || before < 0 || isPunctAt(x, before, '(') || isPunctAt(x, before, '[');
  if (!startsCredit) return false;
  const next = i + 1;
  return next >= t.n || t.gap[next]! >= 2 || isPunctAt(x, next, ')') || isPunctAt(x, next, ']') || isPunctAt(x, next, ',') || isPunctAt(x, next, '-');
}

/**
 * Author initials signing a news item: a short all-capital token alone on its
 * line near the end of the text (`TT`, `KV`). A byline names a person.
 */
function isBylineInitials(x: RecognizeContext, i: number): boolean {
  const { t } = x;
  if (lengthOf(x, i) > 3 || t.n - i > 30) return false;
  if (i === 0 || t.gap[i]! < 2) return false;
  return i + 1 >= t.n || t.gap[i + 1]! >= 2;
}

/** An item signed by a newspaper's board, `BBT` alone on the last line: emit that sense. */
function boardSignature<T>(x: RecognizeContext, i: number, senses: AbbrSense[] | undefined, out: Found<T>): boolean {
  const board = senses && isBylineInitials(x, i) ? senses.find((s) => s.category === 'media') : undefined;
  if (board) emit(out, x.t.start[i]!, x.t.end[i]!, [board], x, i, 'abbr.signature', surfaceOf(x, i));
  return board !== undefined;
}

/** Skip a token before looking it up: Roman numerals, credits and byline initials. */
function skipped(x: RecognizeContext, i: number, id: number): boolean {
  if (x.L.flags[id]! & L_ROMAN) {
    const prev = i - 1;
    if (lengthOf(x, i) === 1 || (prev >= 0 && NUMBERING_WORDS.has(foldOf(x, prev))) || !x.lexicon.has(x.L.surface[id]!)) return true;
  }
  // photo and editing credits: `(ảnh KV)`, `Ảnh: C.L` name people, not bodies
  return isCredit(x, i) || isBylineInitials(x, i) || isNameInitial(x, i);
}

/**
 * The initial of a name glued to it (`T.Duyên`, `H.Vân - Q.Hùng`): one
 * capital, a dot, one capitalised syllable, then the end of the line or a
 * separator. Not `H.` for huyện: a place named after it has two syllables
 * or more (`H.Mỹ Lộc`).
 */
function isNameInitial(x: RecognizeContext, i: number): boolean {
  const { t, L } = x;
  if (lengthOf(x, i) !== 1 || !isPunctAt(x, i + 1, '.') || t.gap[i + 1] !== 0) return false;
  const name = i + 2;
  if (name >= t.n || t.gap[name] !== 0 || t.kind[name] !== K_WORD || !(L.flags[t.lex[name]!]! & L_CAP)) return false;
  const after = name + 1;
  return after >= t.n || t.gap[after]! >= 2 || isPunctAt(x, after, '-') || isPunctAt(x, after, ',') || isPunctAt(x, after, ')');
}

/** A definition earlier in this text: its expansion, in the dictionary's spelling when a sense has the same words. */
function fromDefinition<T>(out: Found<T>, def: Definition, senses: AbbrSense[] | undefined, start: number, end: number, surface: string | undefined): void {
  const same = senses?.find((s) => bare(s.expansion) === bare(def.expansion));
  if (!same) add(out, out.make(start, end, def.expansion, undefined, undefined, 'definition', 'abbr.definition', surface));
  else add(out, out.make(start, end, same.expansion, undefined, same.category || undefined, 'definition', 'abbr.definition', surface));
}

/**
 * Recognize abbreviations; returns them sorted, in normalised offsets. A word
 * whose lexeme has no dictionary sense (with or without a dot) and cannot be
 * an abbreviation defined in the text is passed with one read of its bits.
 */
/** The abbreviations of the document, each made by `make`, in text order. */
export function recognizeAbbreviations<T>(x: RecognizeContext, make: AbbreviationMaker<T>): T[] {
  const out: Found<T> = { list: pending as T[], n: 0, make };
  readTokens(x, out);
  return foundList(out);
}

/**
 * The abbreviations of the document, recorded in `store` (emptied first):
 * no object per abbreviation (see doc/found-store.ts).
 */
export function recordAbbreviations(x: RecognizeContext, store: FoundStore<AbbreviationRule>): void {
  store.clear();
  const make: AbbreviationMaker<number> = (start, end, expansion, candidates, category, source, rule) => store.push(start, end, expansion, candidates, category, source, rule);
  const out: Found<number> = { list: pending as number[], n: 0, make };
  readTokens(x, out);
  // the list holds only indexes (small integers): nothing to let go, save its room past PENDING_KEPT
  if (out.list.length > PENDING_KEPT) out.list.length = 0;
}

/** The pass: steps 1–6 at every word and abbreviation token, what it finds added to `out`. */
function readTokens<T>(x: RecognizeContext, out: Found<T>): void {
  const { t, L } = x;
  const definitions = indexDefinitions(x.definitions);
  const defined = definitions.size > 0;
  const anySpaced = x.definitions.some((d) => d.key.includes(' '));
  const { kind: kinds, lex, n } = t;
  const slot = x.slots.bits;
  let bits = slot.bytes;
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    if (kind !== K_ABBR && kind !== K_WORD) continue;
    const id = lex[i]!;
    let b = bits[id]!;
    if (b === 0) b = lexemeBits(x, id);
    if (kind === K_WORD && (b & A_LONG || ((b & (A_SENSES | A_DOTTED)) === 0 && !(defined && b & A_CAPS2 && definitions.has(L.key[id]!))))) continue;
    i += readToken(x, i, kind, id, definitions, anySpaced && kind === K_ABBR, out);
    // reading a compound may intern its parts, and the slot grow
    bits = slot.bytes;
  }
}

/**
 * Token i, a word or an abbreviation (steps 1–6): how many tokens more it
 * takes (its dot, the rest of a spaced compound the text defined).
 */
function readToken<T>(x: RecognizeContext, i: number, kind: number, id: number, definitions: DefinitionIndex, spaced: boolean, out: Found<T>): number {
  const { t, L } = x;
  const key = L.key[id]!;
  const senses = sensesOf(x, id);
  // a dotted form (`TP.`) counts only with its dot right after the word
  const dotNext = isPunctAt(x, i + 1, '.') && t.gap[i + 1] === 0;
  const dotted = dotNext ? dottedOf(x, id) : undefined;
  // most words are in neither the dictionary nor a definition: nothing more to do
  if (kind === K_WORD && !senses && !dotted && !definitions.has(key)) return 0;
  if (boardSignature(x, i, senses, out) || skipped(x, i, id)) return 0;
  // 3. definitions in this text, spaced compounds too (`BCĐ PCTT` after `… (BCĐ PCTT)`)
  const defined = definitions.size === 0 ? -1 : readDefined(x, definitions, i, senses, spaced, out);
  if (defined >= 0) return defined - i;
  // 4. dictionary, with a trailing dot when the dictionary has the dotted form
  if (dotted && (!senses || wordAfterDot(x, i))) {
    emit(out, t.start[i]!, t.end[i + 1]!, dotted, x, i, 'abbr.dictionary-dotted', undefined);
    return 1;
  }
  if (senses) emit(out, t.start[i]!, t.end[i]!, senses, x, i, 'abbr.dictionary', L.surface[id]);
  else if (kind === K_ABBR) readCompound(x, i, definitions, out);
  return 0;
}

/**
 * Does a word go on after the dot of token i on the same line (`TP. Hà Nội`)?
 * Then a word with both a plain and a dotted sense takes the dot.
 */
function wordAfterDot(x: RecognizeContext, i: number): boolean {
  const { t } = x;
  const after = i + 2;
  return after < t.n && t.gap[after]! <= 1 && (t.kind[after] === K_WORD || t.kind[after] === K_ABBR);
}

/**
 * 5a. A welded title written with dots (GUIDELINES: dotted and glued forms):
 * `UV.BCH` is one abbreviation like `UVBCH`; in `CT.UBND`, `PCT.UBND` the
 * title takes its dot and the body after it is another abbreviation.
 */
function readDottedTitle<T>(x: RecognizeContext, i: number, out: Found<T>): boolean {
  const surface = surfaceOf(x, i);
  const dot = surface.indexOf('.');
  if (dot <= 0) return false;
  const start = x.t.start[i]!;
  const titles = (senses: AbbrSense[] | undefined): AbbrSense[] => senses?.filter((s) => s.category === 'title') ?? [];
  const joined = titles(lookup(x.lexicon, surface.replace(/\./gu, '')));
  if (joined.length > 0) {
    emit(out, start, x.t.end[i]!, joined, x, i, 'abbr.dotted-title', surface);
    return true;
  }
  const head = titles(lookup(x.lexicon, surface.slice(0, dot)));
  const rest = surface.slice(dot + 1);
  const tail = rest.includes('.') ? undefined : lookup(x.lexicon, rest);
  if (head.length === 0 || !tail) return false;
  emit(out, start, start + dot + 1, head, x, i, 'abbr.dotted-title', undefined);
  emit(out, start + dot + 1, x.t.end[i]!, tail, x, i, 'abbr.compound-part', undefined);
  return true;
}

/**
 * 6. A misspelling of a common abbreviation (GUIDELINES: `HĐDN`, `UNND` get
 * the form they stand for): capitals unknown to the dictionary, one letter
 * struck with its neighbouring key or two neighbours swapped against one of a few frequent
 * abbreviations of four letters or more.
 */
function readMisspelled<T>(x: RecognizeContext, i: number, out: Found<T>): void {
  const key = surfaceOf(x, i);
  if (key.length < 4 || key.toUpperCase() !== key) return;
  const folded = key.toLowerCase();
  for (const target of MISSPELLED_TARGETS) {
    if (!oneOff(folded, target)) continue;
    const senses = lookup(x.lexicon, target.toUpperCase());
    if (senses) emit(out, x.t.start[i]!, x.t.end[i]!, [senses[0]!], x, i, 'abbr.misspelled', key);
    return;
  }
}

/** Are two letters neighbours on one keyboard row (`đ` typed as `d`)? */
function neighbourKeys(a: string, b: string): boolean {
  const x = a === 'đ' ? 'd' : a;
  const y = b === 'đ' ? 'd' : b;
  return KEY_ROWS.some((row) => {
    const i = row.indexOf(x);
    return i >= 0 && Math.abs(row.indexOf(y) - i) === 1 && row.includes(y);
  });
}

/** Is a one typo from b (same length): a neighbouring key struck for one letter, or two neighbours swapped? */
function oneOff(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let first = -1;
  let diffs = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (++diffs === 1) first = k;
  }
  if (diffs === 1) return neighbourKeys(a[first]!, b[first]!);
  return diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
}

/** 5. A compound not in the dictionary, read part by part. */
function readCompound<T>(x: RecognizeContext, i: number, definitions: DefinitionIndex, out: Found<T>): void {
  if (readDottedTitle(x, i, out)) return;
  const start = x.t.start[i]!;
  const parts = splitCompound(surfaceOf(x, i), start);
  if (parts.length < 2) {
    readMisspelled(x, i, out);
    return;
  }
  const partSenses = parts.map((p): AbbrSense[] | undefined => {
    const d = definitionFor(definitions, p.surface, start);
    return d ? [{ expansion: d.expansion, category: undefined, cues: [] }] : lookup(x.lexicon, p.surface);
  });
  const allKnown = partSenses.every((s) => s !== undefined);
  const shapes = parts.every((p) => (x.L.flags[x.L.intern(x.text, p.start, p.end)]! & L_ABBRSHAPE) !== 0);
  if (allKnown && shapes && partSenses.every((s) => JOINABLE.has(s![0]!.category))) {
    let expansion = '';
    parts.forEach((p, k) => {
      const e = partSenses[k]![0]!.expansion;
      expansion += k === 0 ? e : (p.sep === '&' ? ' và ' : ' - ') + e;
    });
    add(out, out.make(start, x.t.end[i]!, expansion, undefined, partSenses[0]![0]!.category, 'dictionary', 'abbr.compound-joined', surfaceOf(x, i)));
    return;
  }
  // a compound of known bodies (`HĐND&UBND`, `HĐND-UBND`): one abbreviation
  // each; with an unknown part we do not guess (`LĐTB&XH` is one name)
  if (allKnown && shapes) parts.forEach((p, k) => emit(out, p.start, p.end, partSenses[k]!, x, i, 'abbr.compound-part', undefined));
}
