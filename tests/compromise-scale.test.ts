/**
 * The compromise plugin on a 1 MB hostile input: every term gets exactly the
 * tags of the spans it overlaps, and finding a span's terms costs a binary
 * search plus the terms it covers (counted, not timed: the timings are in
 * bench/compromise-scale.mjs, `npm run bench:compromise`).
 *
 * compromise itself needs 10 to 30 s to parse 1 MB on the development machine,
 * so the 1 MB cases run the plugin's compute function on a document made here
 * in compromise's shape (terms with `pre`, `text`, `post`, a sentence ending at
 * each full stop); a small document parsed by compromise checks the same
 * function against a scan of every term.
 */
import nlp from 'compromise';
import { beforeAll, describe, expect, it } from 'vitest';
import * as srcAdapter from '../src/adapters/compromise.js';
import { layout, pointersFor, type PointerWork, type Term } from '../src/adapters/compromise-layout.js';
import type { Annotation } from '../src/index.js';
import { lib } from './helpers/lib.js';

const DIST = process.env.TESTENV === 'dist';
const adapter: typeof srcAdapter = DIST
  ? ((await import('../dist/adapters/compromise.js' as string)) as typeof srcAdapter)
  : srcAdapter;

const NAMES = ['Nguyễn Văn An', 'Trần Thị Lan', 'Lê Đức Hưng', 'Phạm Minh Tâm', 'Hoàng Quốc Sơn', 'Vũ Thanh Hải'];
const DISTRICTS = ['Yên Thành', 'Nam Đàn', 'Mỹ Lộc', 'Quỳnh Lưu'];
/** Sentences of the genre, written for this test. */
const SENTENCES = [
  (p: string, d: string) => `Sáng nay, đồng chí ${p}, Bí thư HU, Chủ tịch HĐND huyện ${d} chủ trì hội nghị.`,
  (p: string) => `Đ/c ${p}, UVBTV, Trưởng ban Dân vận HU phát biểu chỉ đạo.`,
  (_: string, d: string) => `UBND huyện ${d} đã hoàn thành kế hoạch phát triển KT-XH.`,
  (p: string) => `Dự có đồng chí ${p}, Phó Giám đốc Sở Y tế, và đại diện MTTQ tỉnh.`,
];

/** About `size` characters of genre text; `oneSentence`: commas for full stops (one huge compromise sentence). */
function genreText(size: number, oneSentence: boolean): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    let s = SENTENCES[k % SENTENCES.length]!(NAMES[k % NAMES.length]!, DISTRICTS[k % DISTRICTS.length]!);
    if (oneSentence) s = s.replace(/\.$/u, ',');
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ');
}

const TAGS: Record<string, string> = { PER: 'Person', ORG: 'Organization', LOC: 'Place', ROLE: 'Role' };

/** Spans of an annotation by the tag they give, each list sorted and without overlaps. */
function spansByTag(a: Annotation): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  for (const tag of [...Object.values(TAGS), 'Abbreviation']) out.set(tag, []);
  for (const e of a.entities) out.get(TAGS[e.type]!)!.push([e.start, e.end]);
  for (const x of a.abbreviations) out.get('Abbreviation')!.push([x.start, x.end]);
  return out;
}

/**
 * Terms whose tags differ from the spans they overlap: one sweep over the
 * terms and each tag's sorted spans (linear, so it runs on 1 MB).
 */
function mismatches(document: Term[][], a: Annotation): string[] {
  const where = layout(document);
  const problems: string[] = [];
  for (const [tag, spans] of spansByTag(a)) {
    let s = 0;
    for (let k = 0; k < where.count && problems.length < 10; k++) {
      const start = where.start[k]!;
      const end = where.end[k]!;
      while (s < spans.length && spans[s]![1] <= start) s++;
      const covered = s < spans.length && spans[s]![0] < end;
      const term = document[where.sentence[k]!]![where.index[k]!]!;
      if (term.tags.has(tag) !== covered) problems.push(`${JSON.stringify(term.text)} at ${start}: #${tag} ${term.tags.has(tag)}, covered ${covered}`);
    }
  }
  return problems;
}

/** Reads of a document's sentences (any property of the outer array) and of its terms' text. */
interface Reads {
  sentences: number;
  texts: number;
}

/**
 * A document in compromise's shape: a term for each run of characters other
 * than spaces and `.,;:`, a sentence ending at each full stop. `counted` is
 * the same document counting its reads in `reads`.
 */
function compromiseShaped(text: string, reads: Reads): { document: Term[][]; counted: Term[][] } {
  const document: Term[][] = [];
  let sentence: Term[] = [];
  for (const m of text.matchAll(/([^\s.,;:]+)([.,;:]*\s*)/gu)) {
    const word = m[1]!;
    sentence.push({
      get text() {
        reads.texts++;
        return word;
      },
      pre: '',
      post: m[2]!,
      tags: new Set(),
    });
    if (m[2]!.includes('.')) {
      document.push(sentence);
      sentence = [];
    }
  }
  if (sentence.length > 0) document.push(sentence);
  const counted = new Proxy(document, {
    get(target, key, receiver) {
      reads.sentences++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { document, counted };
}

/** The little of a compromise View the plugin's compute function uses; it shows `counted` and tags `document`. */
function viewOf(document: Term[][], counted: Term[][]) {
  const all = {
    unTag(tags: string[]) {
      for (const sentence of document) for (const t of sentence) for (const tag of tags) t.tags.delete(tag);
      return all;
    },
    update: (pointers: Array<[number, number, number]>) => ({
      tag(tag: string) {
        for (const [n, first, end] of pointers) for (let i = first; i < end; i++) document[n]![i]!.tags.add(tag);
      },
    }),
  };
  return { document: counted, all: () => all };
}

describe.each([
  ['many sentences', false],
  ['one sentence of 1 MB', true],
])('the plugin on 1 MB of %s', (_, oneSentence) => {
  const text = genreText(1 << 20, oneSentence);
  let annotation: Annotation;
  let document: Term[][];
  const reads: Reads = { sentences: 0, texts: 0 };
  let readsByPlugin: Reads;

  beforeAll(() => {
    annotation = lib.annotate(text);
    const shaped = compromiseShaped(text, reads);
    document = shaped.document;
    // tags compromise might have guessed, for the plugin to remove
    for (const t of document[0]!) t.tags.add('Person').add('Place');
    const plugin = adapter.createCompromisePlugin({ annotate: () => annotation, isVietnamese: () => true });
    plugin.compute[adapter.HOOK]!(viewOf(document, shaped.counted));
    readsByPlugin = { ...reads };
  });

  it('is a hostile input: hundreds of thousands of terms and tens of thousands of spans', () => {
    expect(text.length).toBeGreaterThanOrEqual(1 << 20);
    expect(annotation.entities.length + annotation.abbreviations.length).toBeGreaterThan(40_000);
    if (oneSentence) expect(document.length).toBeLessThan(5);
    else expect(document.length).toBeGreaterThan(10_000);
  });

  it('tags every term with exactly the spans it overlaps', () => {
    expect(layout(document).text).toBe(text);
    expect(mismatches(document, annotation)).toEqual([]);
  });

  it('reads each sentence and each term a bounded number of times, however many spans', () => {
    const terms = document.reduce((n, sentence) => n + sentence.length, 0);
    // the quadratic version read the document once per sentence before each span
    expect(readsByPlugin.sentences).toBeLessThanOrEqual(6 * document.length + 10);
    expect(readsByPlugin.texts).toBeLessThanOrEqual(4 * terms);
  });

  it('finds the terms of each span in a binary search plus the terms it covers', () => {
    const where = layout(document);
    const work: PointerWork = { steps: 0 };
    let covered = 0;
    const spans = [...spansByTag(annotation).values()].flat();
    for (const [start, end] of spans) {
      for (const [, first, last] of pointersFor(where, start, end, work)) covered += last - first;
    }
    const search = Math.ceil(Math.log2(where.count + 1));
    expect(work.steps).toBeLessThanOrEqual(spans.length * search + covered);
    // the quadratic walk visited every earlier sentence (or term) for each span
    expect(work.steps).toBeLessThan(40 * spans.length);
  });
});

describe('pointersFor', () => {
  const term = (text: string, post = ' ', pre = ''): Term => ({ text, pre, post, tags: new Set() });

  it('gives one pointer per sentence a span crosses, and skips terms without text', () => {
    // `TP.` ends a compromise sentence: `TP. Vinh` is two pointers
    const document = [[term('Tại'), term('TP.', ' ')], [term('Vinh', ', '), term('', ''), term('hôm', ' '), term('nay', '')]];
    const where = layout(document);
    expect(where.text).toBe('Tại TP. Vinh, hôm nay');
    expect(pointersFor(where, 4, 12)).toEqual([[0, 1, 2], [1, 0, 1]]);
    expect(pointersFor(where, 14, 21)).toEqual([[1, 2, 4]]);
    expect(pointersFor(where, 12, 14)).toEqual([]); // `, ` is between terms
    expect(pointersFor(where, 0, 0)).toEqual([]);
    expect(pointersFor(where, 5, 6)).toEqual([[0, 1, 2]]); // inside a term
    expect(pointersFor(layout([]), 0, 10)).toEqual([]);
  });

  it('agrees with a scan of every term on a small document', () => {
    const text = genreText(3000, false);
    const document = (nlp(text) as unknown as { document: Term[][] }).document;
    const where = layout(document);
    const naive = (start: number, end: number) => {
      const out: Array<[number, number, number]> = [];
      for (let k = 0; k < where.count; k++) {
        if (where.start[k]! >= end || where.end[k]! <= start) continue;
        const [n, i] = [where.sentence[k]!, where.index[k]!];
        const last = out[out.length - 1];
        if (last && last[0] === n) last[2] = i + 1;
        else out.push([n, i, i + 1]);
      }
      return out;
    };
    for (let start = 0; start < text.length; start += 7) {
      for (const length of [1, 3, 12, 40]) expect(pointersFor(where, start, start + length)).toEqual(naive(start, start + length));
    }
  });
});
