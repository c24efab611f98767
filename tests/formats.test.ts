/**
 * Output formats: CoNLL, brat standoff, inline markup, JSON (+ its schema).
 * Hand-made cases, round trips on ../shared/corpus when it exists, and
 * fast-check properties on random texts and spans.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_SCHEMA_ID,
  conllSentences,
  fromInline,
  toBrat,
  toConll,
  toInline,
  toJSON,
} from '../src/format/index.js';
import { ABBREVIATION_CATEGORIES } from '../src/lexicon/categories.js';
import type { Abbreviation, Annotation, Entity, EntityType } from '../src/types.js';

// ---------------------------------------------------------------- helpers

function ent(text: string, type: EntityType, start: number, end: number): Entity {
  return { type, start, end, text: text.slice(start, end), normalized: text.slice(start, end) };
}

function abbr(text: string, start: number, end: number, expansion: string): Abbreviation {
  return { start, end, text: text.slice(start, end), expansion, source: 'dictionary' };
}

/** Entity on the first occurrence of `span` (after `from`). */
function on(text: string, type: EntityType, span: string, from = 0): Entity {
  const start = text.indexOf(span, from);
  if (start < 0) throw new Error(`no ${span}`);
  return ent(text, type, start, start + span.length);
}

function ab(text: string, span: string, expansion: string, from = 0): Abbreviation {
  const start = text.indexOf(span, from);
  if (start < 0) throw new Error(`no ${span}`);
  return abbr(text, start, start + span.length, expansion);
}

function ann(text: string, entities: Entity[] = [], abbreviations: Abbreviation[] = []): Annotation {
  return { text, entities, abbreviations, people: [] };
}

/** Parse CoNLL back into sentences of [token, tag]. */
function readConll(s: string): [string, string][][] {
  if (s === '') return [];
  expect(s.endsWith('\n')).toBe(true);
  return s
    .slice(0, -1)
    .split('\n\n')
    .map((block) =>
      block.split('\n').map((line) => {
        const cols = line.split('\t');
        expect(cols).toHaveLength(2);
        return [cols[0]!, cols[1]!] as [string, string];
      }),
    );
}

const TAG = /^(O|[BI]-(PER|ROLE|ORG|LOC))$/u;

/** Valid BIO: every I-X follows B-X or I-X in the same sentence. */
function checkBio(sentences: [string, string][][]): void {
  for (const s of sentences) {
    let prev = 'O';
    for (const [, tag] of s) {
      expect(tag).toMatch(TAG);
      if (tag.startsWith('I-')) expect(prev.slice(2)).toBe(tag.slice(2));
      if (tag.startsWith('I-')) expect(prev).not.toBe('O');
      prev = tag;
    }
  }
}

/** Token offsets grouped by sentence: what must not depend on the annotation. */
function shape(a: Annotation): [number, number][][] {
  return conllSentences(a).map((s) => s.map((t) => [t.start, t.end]));
}

/** Checks shared by the hand-made, corpus and random cases. */
function checkConll(a: Annotation): void {
  const out = toConll(a);
  const sentences = conllSentences(a);
  const read = readConll(out);
  expect(read).toEqual(sentences.map((s) => s.map((t) => [t.text, t.tag])));
  checkBio(read);
  // sentences and tokens are the text's, whatever the annotation
  expect(shape(a)).toEqual(shape(ann(a.text)));
  const tokens = sentences.flat();
  let last = 0;
  for (const t of tokens) {
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.text).toBe(a.text.slice(t.start, t.end));
    expect(t.text).not.toMatch(/[\t\n\r]/u);
    last = t.end;
  }
  // tokens in order give back the non-space characters
  const strip = (s: string): string => s.replace(/[\s\x1c-\x1f\u0085\u200b-\u200d\u2060\u00ad]/gu, '');
  expect(tokens.map((t) => strip(t.text)).join('')).toBe(strip(a.text));
  // the tokens an entity owns: B- at its first one and at the first one of
  // each further sentence it reaches, I- on the others
  for (const e of a.entities) {
    const parts = sentences.map((s) => s.filter((t) => t.start >= e.start && t.start < e.end)).filter((p) => p.length > 0);
    for (const p of parts) {
      expect(p[0]!.tag).toBe(`B-${e.type}`);
      for (const t of p.slice(1)) expect(t.tag).toBe(`I-${e.type}`);
    }
  }
  const bs = tokens.filter((t) => t.tag.startsWith('B-'));
  expect(bs.length).toBeLessThanOrEqual(a.entities.length + sentences.length);
}

interface BratLine {
  id: string;
  type: string;
  offsets: [number, number][];
  text: string;
}

function readBrat(s: string): { bounds: BratLine[]; notes: [string, string][] } {
  const bounds: BratLine[] = [];
  const notes: [string, string][] = [];
  if (s === '') return { bounds, notes };
  expect(s.endsWith('\n')).toBe(true);
  for (const line of s.slice(0, -1).split('\n')) {
    // brat reads the id, the type and offsets, then the rest of the line (tabs and all)
    const [id, mid, ...rest] = line.split('\t');
    const text = rest.join('\t');
    expect(rest.length).toBeGreaterThan(0);
    if (id!.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/u.exec(mid!);
      expect(m).not.toBeNull();
      const offsets = m![2]!.split(';').map((p) => p.split(' ').map(Number) as [number, number]);
      bounds.push({ id: id!, type: m![1]!, offsets, text: text! });
    } else {
      expect(id).toMatch(/^#\d+$/u);
      const m = /^AnnotatorNotes (T\d+)$/u.exec(mid!);
      expect(m).not.toBeNull();
      notes.push([m![1]!, text!]);
    }
  }
  return { bounds, notes };
}

/** brat offsets are code points: slice the code point array. */
function checkBrat(a: Annotation): BratLine[] {
  const { bounds, notes } = readBrat(toBrat(a));
  const cps = Array.from(a.text);
  for (const b of bounds) {
    const pieces = b.offsets.map(([s, e]) => {
      expect(e).toBeGreaterThan(s);
      return cps.slice(s, e).join('');
    });
    for (const p of pieces) expect(p).not.toMatch(/[\n\r]/u);
    expect(pieces.join(' ')).toBe(b.text);
  }
  for (const [id] of notes) expect(bounds.find((b) => b.id === id)?.type).toBe('Abbreviation');
  return bounds;
}

/** Stripping the markup and escapes gives back the text; the spans come back. */
function checkInline(a: Annotation): void {
  const p = fromInline(toInline(a));
  expect(p.text).toBe(a.text);
  expect(p.entities).toEqual(a.entities.map(({ type, start, end, text }) => ({ type, start, end, text })));
  expect(p.abbreviations).toEqual(a.abbreviations.map(({ start, end, text, expansion }) => ({ start, end, text, expansion })));
}

type Schema = Record<string, unknown>;
const SCHEMA = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'annotation.schema.json'), 'utf8')) as Schema;
// the schema through a real validator (tests/schema.test.ts has the details)
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(SCHEMA);
const validAnnotation = (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

// ---------------------------------------------------------------- hand-made

const ROLE_ORG = 'Chủ tịch HĐND huyện Mỹ Lộc phát biểu.';
const roleOrg = ann(
  ROLE_ORG,
  [on(ROLE_ORG, 'ROLE', 'Chủ tịch'), on(ROLE_ORG, 'ORG', 'HĐND huyện Mỹ Lộc')],
  [ab(ROLE_ORG, 'HĐND', 'Hội đồng nhân dân')],
);

const WRAPPED = 'Đồng chí Trần Văn Hưng, Bí thư huyện\nủy, làm việc tại khu công\nnghiệp Mỹ Thuận.';
const wrapped = ann(WRAPPED, [
  on(WRAPPED, 'PER', 'Trần Văn Hưng'),
  on(WRAPPED, 'ROLE', 'Bí thư'),
  on(WRAPPED, 'ORG', 'huyện\nủy'),
  on(WRAPPED, 'LOC', 'khu công\nnghiệp Mỹ Thuận'),
]);

const EMOJI = '🎉 Chào mừng 👍🏻 đại hội 🇻🇳 UBND tỉnh Nam Định.';
const emoji = ann(EMOJI, [on(EMOJI, 'ORG', 'UBND tỉnh Nam Định')], [ab(EMOJI, 'UBND', 'Ủy ban nhân dân')]);

const SPECIAL = 'Ghi chú [1]: {HĐND} a\\b = c; ORG [ORG giả] và TP=HN.';
const special = ann(
  SPECIAL,
  [on(SPECIAL, 'ORG', '{HĐND} a\\b'), on(SPECIAL, 'LOC', 'HN')],
  [ab(SPECIAL, 'HĐND', 'Hội {đồng} = nhân\\dân'), ab(SPECIAL, 'TP=', 'thành=phố')],
);

describe('toConll', () => {
  it('writes TOKEN<TAB>TAG with BIO tags and a final line break', () => {
    expect(toConll(roleOrg)).toBe(
      ['Chủ\tB-ROLE', 'tịch\tI-ROLE', 'HĐND\tB-ORG', 'huyện\tI-ORG', 'Mỹ\tI-ORG', 'Lộc\tI-ORG', 'phát\tO', 'biểu\tO', '.\tO', ''].join('\n'),
    );
    checkConll(roleOrg);
  });

  it('gives an empty string for an empty or blank text', () => {
    expect(toConll(ann(''))).toBe('');
    expect(toConll(ann(' \n\n '))).toBe('');
    expect(conllSentences(ann(''))).toEqual([]);
  });

  it('splits sentences after . ! ? … before a capital, and at line breaks', () => {
    const text = 'Một. Hai! Ba? Bốn… Năm. sáu 7. 8\nChín\n\nMười';
    const s = conllSentences(ann(text)).map((x) => x.map((t) => t.text).join(' '));
    expect(s).toEqual(['Một .', 'Hai !', 'Ba ?', 'Bốn …', 'Năm . sáu 7 . 8', 'Chín', 'Mười']);
    expect(toConll(ann(text))).toContain('8\tO\n\nChín\tO\n\nMười\tO\n');
  });

  it('splits after closing quotes and before opening ones, and after "..."', () => {
    const text = 'Ông nói: "Tốt." Sau đó... Bà hỏi. "Vì sao?" Không.';
    const s = conllSentences(ann(text)).map((x) => x.map((t) => t.text).join(''));
    expect(s).toEqual(['Ôngnói:"Tốt."', 'Sauđó...', 'Bàhỏi.', '"Vìsao?"', 'Không.']);
  });

  it('does not split after an initial or a title or place abbreviation with a dot', () => {
    const text = 'Làm việc tại TP. Hà Nội với N. Hưng, TS. Lê Văn An và Ô. Nguyễn Văn An.';
    const a = ann(text, [on(text, 'LOC', 'TP. Hà Nội'), on(text, 'PER', 'N. Hưng'), on(text, 'PER', 'Nguyễn Văn An')]);
    expect(conllSentences(a)).toHaveLength(1);
    // the abbreviations of the annotation play no part
    const b = ann(text, [], [ab(text, 'TP.', 'thành phố')]);
    expect(conllSentences(b)).toHaveLength(1);
    expect(conllSentences(ann('Đã thông qua Nghị quyết về NTM. Sau đó, HĐND xã bế mạc.'))).toHaveLength(2);
    checkConll(a);
  });

  it('joins hard-wrapped lines: one line break before a lower-case word does not end a sentence', () => {
    const s = conllSentences(wrapped);
    const tags = s.flat().map((t) => `${t.text}/${t.tag}`);
    expect(tags).toContain('huyện/B-ORG');
    expect(tags).toContain('ủy/I-ORG');
    expect(tags).toContain('nghiệp/I-LOC');
    expect(s).toHaveLength(1);
    // the same sentences without the entities
    expect(shape(ann(WRAPPED))).toEqual(shape(wrapped));
    checkConll(wrapped);
    // a line ending in a full stop, or a line before a capital, ends a sentence
    const text = 'Hội nghị kết thúc.\nđồng chí Lan phát biểu\nKết luận hội nghị';
    expect(conllSentences(ann(text)).map((x) => x[0]!.text)).toEqual(['Hội', 'đồng', 'Kết']);
  });

  it('breaks sentences by the text only: gold and prediction of one text line up', () => {
    // the example of the issue: a byline line, a dateline wrapped after its first word
    const text = 'Đại biểu tiếp xúc cử tri xã Trà Tân\nChiều\nngày 14/9/2021, ông Ung Chiêu Thành phát biểu.';
    const gold = ann(text, [on(text, 'LOC', 'xã Trà Tân'), on(text, 'PER', 'Ung Chiêu Thành')]);
    const pred = ann(text, [on(text, 'PER', 'Trà Tân\nChiều'), on(text, 'PER', 'Ung Chiêu Thành')]);
    expect(shape(gold)).toEqual(shape(pred));
    const lines = (a: Annotation): string[] => toConll(a).split('\n').map((l) => l.split('\t')[0]!);
    expect(lines(gold)).toEqual(lines(pred));
    expect(conllSentences(gold).map((x) => x[0]!.text)).toEqual(['Đại', 'Chiều']);
    checkConll(gold);
    checkConll(pred);
  });

  it('starts the part of an entity after a sentence break with B-', () => {
    const text = 'Đoàn công tác làm việc với UBND xã Trà\nTân Lập. Xã đề nghị hỗ trợ.';
    const a = ann(text, [on(text, 'ORG', 'UBND xã Trà\nTân Lập')]);
    expect(toConll(a)).toBe(
      ['Đoàn\tO', 'công\tO', 'tác\tO', 'làm\tO', 'việc\tO', 'với\tO', 'UBND\tB-ORG', 'xã\tI-ORG', 'Trà\tI-ORG', '',
        'Tân\tB-ORG', 'Lập\tI-ORG', '.\tO', '', 'Xã\tO', 'đề\tO', 'nghị\tO', 'hỗ\tO', 'trợ\tO', '.\tO', ''].join('\n'),
    );
    checkConll(a);
  });

  it('writes more tag columns from other annotations of the same text (token, gold, prediction)', () => {
    const text = 'Chủ tịch UBND huyện Mỹ Lộc dự.\nBí thư Huyện ủy kết luận.';
    const gold = ann(text, [on(text, 'ROLE', 'Chủ tịch'), on(text, 'ORG', 'UBND huyện Mỹ Lộc'), on(text, 'ROLE', 'Bí thư'), on(text, 'ORG', 'Huyện ủy')]);
    const pred = ann(text, [on(text, 'ROLE', 'Chủ tịch UBND'), on(text, 'LOC', 'Mỹ Lộc')]);
    const out = toConll(gold, { columns: [pred] });
    expect(out.split('\n').slice(0, 7)).toEqual(['Chủ\tB-ROLE\tB-ROLE', 'tịch\tI-ROLE\tI-ROLE', 'UBND\tB-ORG\tI-ROLE', 'huyện\tI-ORG\tO', 'Mỹ\tI-ORG\tB-LOC', 'Lộc\tI-ORG\tI-LOC', 'dự\tO\tO']);
    // the first two columns are toConll(gold), the first and the last toConll(pred)
    const cols = (s: string, k: number[]): string => s.split('\n').map((l) => (l === '' ? '' : k.map((i) => l.split('\t')[i]).join('\t'))).join('\n');
    expect(cols(out, [0, 1])).toBe(toConll(gold));
    expect(cols(out, [0, 2])).toBe(toConll(pred));
    expect(toConll(gold, { columns: [] })).toBe(toConll(gold));
    expect(toConll(gold, { columns: [pred, gold] }).split('\n')[0]).toBe('Chủ\tB-ROLE\tB-ROLE\tB-ROLE');
    expect(() => toConll(gold, { columns: [ann(text + ' ')] })).toThrow(/columns\[0\] is not an annotation of the same text/u);
    expect(toConll(ann(''), { columns: [ann('')] })).toBe('');
  });

  it('tags a token partly inside an entity by where it starts', () => {
    const text = 'abcdef ghi';
    // entity starts inside the first token: the next token is its B-
    expect(toConll(ann(text, [ent(text, 'ORG', 3, 10)]))).toBe('abcdef\tO\nghi\tB-ORG\n');
    // an entity inside one token takes that token
    expect(toConll(ann(text, [ent(text, 'PER', 2, 4)]))).toBe('abcdef\tB-PER\nghi\tO\n');
    // two entities in a row of the same type: two B-
    const t2 = 'Hưng Lan';
    expect(toConll(ann(t2, [ent(t2, 'PER', 0, 4), ent(t2, 'PER', 5, 8)]))).toBe('Hưng\tB-PER\nLan\tB-PER\n');
  });

  it('keeps the original offsets for NFD, old tone marks, CRLF and zero-width characters', () => {
    const base = 'Uỷ ban nhân dân huyện hoà bình.\r\nXã Mỹ Thuận\u200b tổ chức.';
    for (const text of [base, base.normalize('NFD')]) {
      const a = ann(text, [on(text, 'ORG', text.slice(0, text.indexOf(' hoà') >= 0 ? text.indexOf(' hoà') : 21))]);
      const tokens = conllSentences(a).flat();
      expect(tokens[0]!.text).toBe(text.slice(0, tokens[0]!.end));
      expect(tokens[0]!.text.normalize('NFC')).toBe('Uỷ');
      expect(tokens.map((t) => t.text.normalize('NFC'))).toContain('hoà');
      expect(tokens.map((t) => t.text)).not.toContain('\u200b');
      expect(conllSentences(a)).toHaveLength(2);
      checkConll(a);
    }
  });

  it('keeps emoji as tokens and tabs out of tokens', () => {
    checkConll(emoji);
    const text = 'a\tb 😀\tc';
    expect(toConll(ann(text))).toBe('a\tO\nb\tO\n😀\tO\nc\tO\n');
  });

  it('handles brackets and backslashes as punctuation tokens', () => {
    checkConll(special);
    expect(conllSentences(special).flat().map((t) => t.text)).toContain('\\');
  });
});

describe('toBrat', () => {
  it('writes entities, then abbreviations with AnnotatorNotes', () => {
    expect(toBrat(roleOrg)).toBe(
      [
        'T1\tROLE 0 8\tChủ tịch',
        'T2\tORG 9 26\tHĐND huyện Mỹ Lộc',
        'T3\tAbbreviation 9 13\tHĐND',
        '#1\tAnnotatorNotes T3\tHội đồng nhân dân',
        '',
      ].join('\n'),
    );
    checkBrat(roleOrg);
  });

  it('gives an empty string when there is nothing to write', () => {
    expect(toBrat(ann(''))).toBe('');
    expect(toBrat(ann('Không có gì.'))).toBe('');
  });

  it('splits a span across a line break into fragments', () => {
    const bounds = checkBrat(wrapped);
    const org = bounds.find((b) => b.type === 'ORG')!;
    const s = WRAPPED.indexOf('huyện\nủy');
    expect(org.offsets).toEqual([
      [s, s + 5],
      [s + 6, s + 8],
    ]);
    expect(org.text).toBe('huyện ủy');
    expect(bounds.find((b) => b.type === 'LOC')!.text).toBe('khu công nghiệp Mỹ Thuận');
    // white space around the break stays out of the fragments
    const t = 'Ban  \r\n  Tổ chức';
    const [b] = checkBrat(ann(t, [ent(t, 'ORG', 0, t.length)]));
    expect(b!.offsets).toEqual([
      [0, 3],
      [9, 16],
    ]);
  });

  it('counts code points after astral characters (emoji)', () => {
    const bounds = checkBrat(emoji);
    const org = bounds.find((b) => b.type === 'ORG')!;
    const utf16 = EMOJI.indexOf('UBND');
    expect(org.offsets[0]![0]).toBe(Array.from(EMOJI.slice(0, utf16)).length);
    expect(org.offsets[0]![0]).toBeLessThan(utf16);
    expect(Array.from(EMOJI).slice(...org.offsets[0]!).join('')).toBe('UBND tỉnh Nam Định');
    // utf16 offsets on request
    const raw = readBrat(toBrat(emoji, { offsets: 'utf16' })).bounds[0]!;
    expect(EMOJI.slice(...raw.offsets[0]!)).toBe('UBND tỉnh Nam Định');
  });

  it('keeps notes on one line and skips empty or blank spans', () => {
    const text = 'HĐND và  ';
    const a = ann(text, [ent(text, 'ORG', 7, 9), ent(text, 'ORG', 2, 2)], [{ ...abbr(text, 0, 4, 'Hội đồng\nnhân dân') }]);
    expect(toBrat(a)).toBe('T1\tAbbreviation 0 4\tHĐND\n#1\tAnnotatorNotes T1\tHội đồng nhân dân\n');
  });

  it('writes text with brackets and backslashes as is', () => {
    const bounds = checkBrat(special);
    expect(bounds[0]!.text).toBe('{HĐND} a\\b');
  });
});

describe('toInline / fromInline', () => {
  it('writes an abbreviation inside an ORG', () => {
    expect(toInline(roleOrg)).toBe('[ROLE Chủ tịch] [ORG {HĐND=Hội đồng nhân dân} huyện Mỹ Lộc] phát biểu.');
    checkInline(roleOrg);
  });

  it('escapes \\ [ ] { } everywhere and = inside the abbreviation part', () => {
    expect(toInline(special)).toBe(
      'Ghi chú \\[1\\]: [ORG \\{{HĐND=Hội \\{đồng\\} = nhân\\\\dân}\\} a\\\\b] = c; ORG \\[ORG giả\\] và {TP\\==thành=phố}[LOC HN].',
    );
    checkInline(special);
  });

  it('round-trips an entity across a line break, emoji and the empty text', () => {
    expect(toInline(wrapped)).toContain('[ORG huyện\nủy]');
    checkInline(wrapped);
    checkInline(emoji);
    expect(toInline(ann(''))).toBe('');
    expect(fromInline('')).toEqual({ text: '', entities: [], abbreviations: [] });
  });

  it('drops an abbreviation that crosses or contains an entity, and overlapping spans', () => {
    const text = 'Ban Thường vụ HU nhiệm kỳ';
    const a = ann(
      text,
      [on(text, 'ORG', 'Ban Thường vụ'), on(text, 'ORG', 'Thường vụ HU')],
      [abbr(text, 10, 16, 'x'), ab(text, 'HU', 'Huyện ủy'), abbr(text, 15, 17, 'y')],
    );
    // 'Thường vụ HU' overlaps the first entity; 'vụ HU' crosses its end; 'U ' overlaps 'HU'
    expect(toInline(a)).toBe('[ORG Ban Thường vụ] {HU=Huyện ủy} nhiệm kỳ');
    const b = ann(text, [on(text, 'ROLE', 'vụ')], [abbr(text, 4, 16, 'contains')]);
    expect(toInline(b)).toBe('Ban Thường [ROLE vụ] HU nhiệm kỳ');
    expect(fromInline(toInline(b)).text).toBe(text);
  });

  it('reads the corpus conventions leniently', () => {
    const p = fromInline('\\[GMT+7\\] [x] a=b} [LOC Hà Nội] ]');
    expect(p.text).toBe('[GMT+7] [x] a=b} Hà Nội ]');
    expect(p.entities).toEqual([{ type: 'LOC', start: 17, end: 23, text: 'Hà Nội' }]);
    expect(fromInline('trailing \\').text).toBe('trailing \\');
    expect(() => fromInline('[ORG never closed')).toThrow(SyntaxError);
    expect(() => fromInline('{HU')).toThrow(SyntaxError);
    expect(() => fromInline('{HU}')).toThrow(SyntaxError);
  });
});

describe('toJSON and the schema', () => {
  it('orders keys stably and leaves out undefined', () => {
    const text = 'Bí thư HU';
    const place = { era: 'pre-2025', code: '358', level: 'district', type: 'huyện', name: 'Mỹ Lộc', province: undefined };
    const shuffled = {
      relations: [{ organization: 2, role: 1, person: 0 }],
      people: [{ roles: [{ organization: undefined, title: ent(text, 'ROLE', 0, 6) }], name: ent(text, 'PER', 0, 2) }],
      abbreviations: [{ source: 'dictionary', category: undefined, expansion: 'Huyện ủy', text: 'HU', end: 9, start: 7 } as Abbreviation],
      entities: [{ resolved: 'Huyện ủy Mỹ Lộc', normalized: 'Huyện ủy', text: 'HU', end: 9, start: 7, type: 'ORG', place } as unknown as Entity],
      text,
    } as Annotation;
    const out = toJSON(shuffled, { indent: 0 });
    expect(out).toBe(
      '{"text":"Bí thư HU","entities":[{"type":"ORG","start":7,"end":9,"text":"HU","normalized":"Huyện ủy",' +
        '"place":{"code":"358","era":"pre-2025","level":"district","name":"Mỹ Lộc","type":"huyện"},"resolved":"Huyện ủy Mỹ Lộc"}],' +
        '"abbreviations":[{"start":7,"end":9,"text":"HU","expansion":"Huyện ủy","source":"dictionary"}],' +
        '"people":[{"name":{"type":"PER","start":0,"end":2,"text":"Bí","normalized":"Bí"},"roles":[{"title":{"type":"ROLE","start":0,"end":6,"text":"Bí thư","normalized":"Bí thư"}}]}],' +
        '"relations":[{"person":0,"role":1,"organization":2}]}',
    );
    expect(out).not.toContain('undefined');
    expect(toJSON(shuffled)).toBe(JSON.stringify(JSON.parse(out), null, 2));
    expect(validAnnotation(JSON.parse(out))).toEqual([]);
  });

  it('serialises an object already in order (the library\'s own) exactly as a sorted copy of it, whatever the keys and values', () => {
    // the reference: every object copied, known keys first, the rest sorted, undefined left out
    const KNOWN: Record<string, readonly string[]> = { entity: ['type', 'start', 'end', 'text', 'normalized'], none: [] };
    const reference = (v: unknown, known: readonly string[]): unknown => {
      if (Array.isArray(v)) return v.map((x) => reference(x, known));
      if (typeof v !== 'object' || v === null) return v;
      const o = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const rest = Object.keys(o).filter((k) => !known.includes(k)).sort();
      for (const k of [...known, ...rest]) if (o[k] !== undefined && Object.prototype.hasOwnProperty.call(o, k)) out[k] = reference(o[k], []);
      return out;
    };
    const value = fc.oneof(fc.integer(), fc.string(), fc.constant(undefined), fc.constant(null));
    const keys = fc.constantFrom('type', 'start', 'end', 'text', 'normalized', 'place', 'rule', 'candidates', 'resolved', 'code', 'a', 'Z');
    const object = fc.array(fc.tuple(keys, fc.oneof(value, fc.dictionary(keys, value))), { maxLength: 8 }).map((pairs) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of pairs) o[k] = v;
      return o;
    });
    fc.assert(
      fc.property(fc.array(object, { maxLength: 5 }), (entities) => {
        const a = { text: 't', entities, abbreviations: [], people: [] } as unknown as Annotation;
        const expected = JSON.stringify({ text: 't', entities: reference(entities, KNOWN.entity!), abbreviations: [], people: [] });
        expect(toJSON(a, { indent: 0 })).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('puts $schema first on request', () => {
    const out = toJSON(roleOrg, { schema: true, indent: 0 });
    expect(out.startsWith(`{"$schema":"${ANNOTATION_SCHEMA_ID}","text":`)).toBe(true);
    expect(validAnnotation(JSON.parse(out))).toEqual([]);
  });

  it('the schema matches src/types.ts and the exported id', () => {
    expect(SCHEMA.$id).toBe(ANNOTATION_SCHEMA_ID);
    expect(SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const defs = SCHEMA.$defs as Record<string, Schema>;
    expect(((defs.abbreviation!.properties as Record<string, Schema>).category!.enum as string[])).toEqual([...ABBREVIATION_CATEGORIES]);
    expect(defs.entityType!.enum).toEqual(['PER', 'ROLE', 'ORG', 'LOC']);
    expect(defs.entity!.additionalProperties).toBe(false);
  });

  it('the schema accepts real annotations and rejects broken ones', () => {
    for (const a of [roleOrg, wrapped, emoji, special, ann('')]) expect(validAnnotation(JSON.parse(toJSON(a)))).toEqual([]);
    const full: Annotation = {
      ...roleOrg,
      abbreviations: [{ ...roleOrg.abbreviations[0]!, candidates: ['Hội đồng nhân dân', 'Hội đồng'], category: 'state', source: 'definition' }],
      people: [{ name: roleOrg.entities[0]!, roles: [{ title: roleOrg.entities[0]!, organization: roleOrg.entities[1]! }] }],
    };
    expect(validAnnotation(JSON.parse(toJSON(full)))).toEqual([]);
    const bad = (mutate: (o: Record<string, any>) => void): string[] => {
      const o = JSON.parse(toJSON(full)) as Record<string, any>;
      mutate(o);
      return validAnnotation(o);
    };
    expect(bad((o) => (o.entities[0].type = 'MISC'))).not.toEqual([]);
    expect(bad((o) => (o.entities[0].start = -1))).not.toEqual([]);
    expect(bad((o) => (o.entities[0].end = 1.5))).not.toEqual([]);
    expect(bad((o) => delete o.entities[0].normalized)).not.toEqual([]);
    expect(bad((o) => (o.abbreviations[0].source = 'guess'))).not.toEqual([]);
    expect(bad((o) => (o.abbreviations[0].category = 'other'))).not.toEqual([]);
    expect(bad((o) => (o.abbreviations[0].extra = 1))).not.toEqual([]);
    expect(bad((o) => delete o.people[0].roles)).not.toEqual([]);
    expect(bad((o) => (o.extra = 1))).not.toEqual([]);
    expect(bad((o) => (o.entities[0].resolved = { id: 1 }))).not.toEqual([]);
    expect(bad((o) => (o.entities[0].resolved = 'Hội đồng nhân dân huyện Mỹ Lộc'))).toEqual([]);
  });
});

// ---------------------------------------------------------------- corpus

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');
const hasCorpus = existsSync(CORPUS);

interface GoldLine {
  id: string;
  text: string;
  entities: [number, number, string][];
  abbreviations: [number, number, string][];
}

function loadGold(): { doc: GoldLine; a: Annotation }[] {
  if (!hasCorpus) return [];
  const out: { doc: GoldLine; a: Annotation }[] = [];
  for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.gold.jsonl')).sort()) {
    for (const line of readFileSync(join(CORPUS, f), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const doc = JSON.parse(line) as GoldLine;
      const a = ann(
        doc.text,
        doc.entities.map(([s, e, t]) => ent(doc.text, t as EntityType, s, e)),
        doc.abbreviations.map(([s, e, x]) => abbr(doc.text, s, e, x)),
      );
      out.push({ doc, a });
    }
  }
  return out;
}

describe.skipIf(!hasCorpus)('round trips on the corpus gold', () => {
  const gold = loadGold();

  it('has documents', () => {
    expect(gold.length).toBeGreaterThan(0);
  });

  it('CoNLL: valid BIO, a B- per entity and sentence it reaches, tokens reproduce the text', () => {
    let cut = 0;
    for (const { a } of gold) {
      checkConll(a);
      const bs = conllSentences(a)
        .flat()
        .filter((t) => t.tag.startsWith('B-'));
      expect(bs.length).toBeGreaterThanOrEqual(a.entities.length);
      cut += bs.length - a.entities.length;
    }
    // the sentence rules cut very few gold entities (2 of about 2,500 when written)
    expect(cut).toBeLessThanOrEqual(gold.length / 20);
  });

  it('brat: every offset slices to its text, one line per span', () => {
    for (const { a } of gold) {
      const bounds = checkBrat(a);
      expect(bounds).toHaveLength(a.entities.length + a.abbreviations.length);
    }
  });

  it('inline: fromInline(toInline(a)) gives back text, entities and abbreviations', () => {
    for (const { a } of gold) checkInline(a);
  });

  it('inline: toInline(gold) is the corpus markup file, byte for byte', () => {
    let compared = 0;
    for (const { doc, a } of gold) {
      const file = join(CORPUS, 'markup', `${doc.id}.markup.txt`);
      if (!existsSync(file)) continue;
      expect(toInline(a), doc.id).toBe(readFileSync(file, 'utf8'));
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('JSON: every gold annotation validates against the schema', () => {
    for (const { a } of gold) expect(validAnnotation(JSON.parse(toJSON(a, { indent: 0 })))).toEqual([]);
  });
});

// ---------------------------------------------------------------- properties

const PIECES = [
  'a', 'Hà', 'Nội', 'ủy', 'Uỷ', 'HĐND', 'X', '1', '2.5', ' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0',
  '.', '!', '?', '…', ',', '"', '(', ')', '-', '/', '[', ']', '{', '}', '=', '\\', '😀', '🇻🇳', 'e\u0301',
];
const TYPES: EntityType[] = ['PER', 'ROLE', 'ORG', 'LOC'];

/** A random text (from pieces) with valid spans: flat entities, abbreviations inside one entity or outside all. */
const randomAnnotation = fc
  .record({
    pieces: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
    cuts: fc.array(fc.nat(), { maxLength: 24 }),
    kinds: fc.array(fc.nat(9), { minLength: 12, maxLength: 12 }),
  })
  .map(({ pieces, cuts, kinds }): Annotation => {
    const text = pieces.join('');
    // boundaries only between pieces, so no surrogate pair is split
    const bounds: number[] = [0];
    for (const p of pieces) bounds.push(bounds[bounds.length - 1]! + p.length);
    const points = [...new Set(cuts.map((c) => bounds[c % bounds.length]!))].sort((x, y) => x - y);
    const entities: Entity[] = [];
    const abbreviations: Abbreviation[] = [];
    for (let k = 0; k + 1 < points.length; k += 2) {
      const s = points[k]!;
      const e = points[k + 1]!;
      const kind = kinds[(k / 2) % kinds.length]!;
      if (kind < 5) {
        const en = ent(text, TYPES[kind % 4]!, s, e);
        entities.push(en);
        // an abbreviation inside the entity: from its start to the last piece boundary before its end
        const inner = bounds.filter((b) => b > s && b < e).pop();
        if (kind === 0 && inner !== undefined) abbreviations.push(abbr(text, s, inner, 'exp {=} \\'));
      } else if (kind < 8) abbreviations.push(abbr(text, s, e, `full ${kind}`));
    }
    return ann(text, entities, abbreviations);
  });

describe('properties', () => {
  it('inline round trip on random texts and spans', () => {
    fc.assert(fc.property(randomAnnotation, (a) => checkInline(a)), { numRuns: 400 });
  });

  it('CoNLL is valid BIO and reproduces the text', () => {
    fc.assert(fc.property(randomAnnotation, (a) => checkConll(a)), { numRuns: 400 });
  });

  it('brat offsets slice to their text', () => {
    fc.assert(
      fc.property(randomAnnotation, (a) => {
        const bounds = checkBrat(a);
        const writable = [...a.entities, ...a.abbreviations].filter((s) => /\S/u.test(s.text));
        expect(bounds).toHaveLength(writable.length);
      }),
      { numRuns: 400 },
    );
  });

  it('inline never loses text, whatever the spans (overlapping ones dropped)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.boolean())), (text, spans) => {
        const a = ann(
          text,
          spans.filter(([, , isEnt]) => isEnt).map(([s, e]) => ent(text, 'ORG', Math.min(s, e, text.length), Math.min(Math.max(s, e), text.length))),
          spans.filter(([, , isEnt]) => !isEnt).map(([s, e]) => abbr(text, Math.min(s, e, text.length), Math.min(Math.max(s, e), text.length), 'x')),
        );
        const p = fromInline(toInline(a));
        expect(p.text).toBe(text);
        for (const e of p.entities) expect(a.entities.some((x) => x.start === e.start && x.end === e.end)).toBe(true);
        for (const x of p.abbreviations) expect(a.abbreviations.some((y) => y.start === x.start && y.end === x.end)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
