/**
 * Hostile inputs: annotate() and expand() must neither throw nor hang, and
 * every span must lie inside the input and slice to its own text.
 *
 * No timings are asserted here (see bench/ for speed). Sizes are kept so that
 * each case stays well under 20 s even where the cost is known to grow faster
 * than linearly.
 */
import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';

const { annotate, expand } = lib;

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Problems with the spans of an annotation of `text`, as readable strings (empty: all good). */
function spanProblems(text: string, result: ReturnType<typeof annotate>): string[] {
  const problems: string[] = [];
  if (result.text !== text) problems.push('annotation.text is not the input');
  if (!Array.isArray(result.abbreviations)) return [...problems, 'abbreviations is not an array'];
  for (const [k, a] of result.abbreviations.entries()) {
    const where = `abbreviations[${k}] ${JSON.stringify({ start: a.start, end: a.end, text: a.text })}`;
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end)) problems.push(`${where}: offsets are not integers`);
    else if (a.start < 0 || a.end > text.length || a.start >= a.end) problems.push(`${where}: out of range 0..${text.length}`);
    else if (text.slice(a.start, a.end) !== a.text) problems.push(`${where}: slice is ${JSON.stringify(text.slice(a.start, a.end))}`);
    if (typeof a.expansion !== 'string' || a.expansion === '') problems.push(`${where}: no expansion`);
    if (problems.length > 5) break;
  }
  for (const field of ['entities', 'people'] as const) {
    if (!Array.isArray(result[field])) problems.push(`${field} is not an array`);
  }
  for (const e of result.entities ?? []) {
    if (!(e.start >= 0 && e.end <= text.length && e.start < e.end)) problems.push(`entity out of range: ${JSON.stringify(e)}`);
  }
  return problems;
}

/** expand() returns a string that keeps the text before the first and after the last span. */
function expandProblems(text: string, spans: readonly { start: number; end: number }[]): string[] {
  const out = expand(text);
  if (typeof out !== 'string') return ['expand() did not return a string'];
  if (spans.length === 0) return out === text ? [] : ['expand() changed a text without abbreviations'];
  const problems: string[] = [];
  const head = text.slice(0, spans[0]!.start);
  const tail = text.slice(spans[spans.length - 1]!.end);
  if (!out.startsWith(head)) problems.push('expand() changed the text before the first abbreviation');
  if (!out.endsWith(tail)) problems.push('expand() changed the text after the last abbreviation');
  return problems;
}

/** One annotate() and one expand() of `text`, with every check on both. */
function check(text: string): void {
  const result = annotate(text);
  expect(spanProblems(text, result)).toEqual([]);
  expect(expandProblems(text, result.abbreviations)).toEqual([]);
}

const SYLLABLES = [
  'hội', 'đồng', 'nhân', 'dân', 'huyện', 'ủy', 'ban', 'thường', 'trực', 'quốc', 'phòng', 'xã', 'tỉnh',
  'nghị', 'quyết', 'Nguyễn', 'Trần', 'Lê', 'Thị', 'Văn', 'đảng', 'viên', 'chính', 'trị', 'kinh', 'tế',
  'hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'người', 'ương', 'ước', 'quý', 'Huỳnh', 'khuỷu', 'Uỷ', 'Ủy',
  'HU', 'UBND', 'HĐND', 'đ/c', 'Đ/c', 'NTM', 'KT-XH', 'QP- AN', 'NN&PTNT', 'CT', 'TP.', 'T.Ư', 'XII',
  '04-NQ/HU', '178/QĐ-UBND', '(HĐND)', 'Ảnh:', 'TT', '2024', '5,6', '–', '—',
];

function randomVietnamese(size: number, seed: number): string {
  const rnd = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    let w = SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!;
    const r = rnd();
    if (r < 0.02) w = w.normalize('NFD');
    const sep = r < 0.08 ? ', ' : r < 0.11 ? '. ' : r < 0.13 ? '\n' : r < 0.14 ? '\n\n' : r < 0.15 ? '\u00a0' : r < 0.155 ? '\u200b' : ' ';
    parts.push(w, sep);
    length += w.length + sep.length;
  }
  return parts.join('').slice(0, size);
}

const CONTROLS: string[] = [];
for (let c = 0x00; c <= 0x1f; c++) CONTROLS.push(String.fromCharCode(c));
for (let c = 0x7f; c <= 0x9f; c++) CONTROLS.push(String.fromCharCode(c));

describe('hostile inputs: no throw, no hang, spans in range', () => {
  it('lone surrogates', () => {
    check('\uD800');
    check('\uDC00');
    check('\uDC00\uD800'); // a pair in the wrong order
    check('HU\uD800');
    check('\uDBFFHU\uDFFF');
    check('Bí thư HU\uD83D'); // high surrogate at the very end
    check('\uDE00đ/c Nam'); // low surrogate at the very start
    check('HĐ\uD800ND UB\uDC00ND');
    check('x\u0301\uD800\u0300'); // marks around a lone surrogate
    const rnd = prng(1);
    let s = '';
    for (let k = 0; k < 50_000; k++) {
      const r = rnd();
      s += r < 0.3 ? '\uD800' : r < 0.6 ? '\uDFFF' : r < 0.7 ? '\uD83D\uDE00' : r < 0.8 ? ' HU ' : r < 0.9 ? 'Ủy' : 'đ/c';
    }
    check(s);
  });

  it('control characters U+0000–U+001F and U+007F–U+009F', () => {
    for (const c of CONTROLS) {
      check(c);
      check(`Bí thư HU${c}Chủ tịch UBND${c}`);
      check(`${c}đ/c${c}HĐND${c}KT${c}XH${c}04-NQ${c}/HU`);
      check(c.repeat(1000));
    }
    check(CONTROLS.join('HU').repeat(2000));
    check(CONTROLS.join('').repeat(3000));
    check('HU\r\n\r\nHĐND\r\rUBND\u0085NTM\u2028MTTQ\u2029');
  });

  it('combining marks without a base, thousands in a row', () => {
    check('\u0301'.repeat(20_000));
    check('\u0323'.repeat(20_000) + ' HU');
    check(' ' + '\u0300'.repeat(20_000) + ' HU');
    check('HU' + '\u0301'.repeat(10_000) + ' UBND');
    check('đ/c\u0301'.repeat(5_000));
    check('(' + '\u0303'.repeat(10_000) + ')');
    check('5' + '\u0309'.repeat(10_000) + '/QĐ-UBND');
    check('\u200b' + '\u0301'.repeat(10_000));
    check('\u20dd'.repeat(10_000) + '\ufe0f'.repeat(10_000)); // other marks
    // mixed canonical classes (0323 is 220, the others 230): kept to 5,000,
    // because String.prototype.normalize reorders them in quadratic time
    check('\u0301\u0300\u0303\u0309\u0323'.repeat(1_000));
    check('a' + '\u0301\u0323'.repeat(2_500) + ' HU');
  });

  it('a 1 MB string of random Vietnamese syllables', () => {
    check(randomVietnamese(1 << 20, 42));
  });

  it('random Vietnamese syllables in NFD', () => {
    check(randomVietnamese(200_000, 7).normalize('NFD'));
  });

  it('one 100,000-character word', () => {
    check('a'.repeat(100_000));
    check('ươ'.repeat(50_000));
    check('Nguyễn'.repeat(100_000 / 6));
    check('Bí thư ' + 'x'.repeat(100_000) + ' HU');
    check('ă\u0301'.repeat(50_000)); // NFD letters: 100,000 code units
  });

  it('50,000 capitals in a row', () => {
    check('A'.repeat(50_000));
    check('Đ'.repeat(50_000));
    check('HU'.repeat(25_000));
    check('HĐND'.repeat(12_500));
    check('XII'.repeat(16_667));
    check('khóa ' + 'X'.repeat(50_000));
  });

  it('"HU-" repeated 30,000 times', () => {
    check('HU-'.repeat(30_000));
    check('HU- '.repeat(30_000));
    check('HU -'.repeat(30_000));
    check('HU&'.repeat(30_000));
    check('KT-XH-'.repeat(15_000));
    check('HĐND&UBND-'.repeat(10_000));
    check('T.'.repeat(30_000) + 'Ư');
  });

  it('-  .  /  (  )  and digits repeated 100,000 times', () => {
    for (const ch of ['-', '.', '/', '(', ')', '&', ',', '–', '0', '7']) {
      check(ch.repeat(100_000));
      check('HU' + ch.repeat(100_000) + 'UBND');
    }
    check('12.'.repeat(33_333));
    check('1,'.repeat(50_000));
  });

  it('"Bí thư " repeated 50,000 times', () => {
    check('Bí thư '.repeat(50_000));
    check('Bí thư HU '.repeat(50_000));
  });

  it('"Hội đồng nhân dân (HĐND) " repeated 10,000 times', () => {
    check('Hội đồng nhân dân (HĐND) '.repeat(10_000));
    check('HĐND (Hội đồng nhân dân) '.repeat(10_000));
  });

  it('places and bodies repeated: every mention linked, no pairwise work', () => {
    check('xã Tân Hòa, huyện Phú Tân, '.repeat(10_000));
    check('UBND xã Mỹ Lộc; '.repeat(10_000));
    let many = '';
    for (let k = 0; k < 5_000; k++) many += `xã Tân ${['Hòa', 'Bình', 'An', 'Phú', 'Lợi'][k % 5]}, phường ${k % 100}, HĐND huyện, Huyện ủy Mỹ Lộc. `;
    check(many);
  });

  it('names and titles repeated 20,000 times', () => {
    check('Trần Văn Hưng- Bí thư HU; '.repeat(20_000));
    check('Trưởng Ban Dân vận Huyện ủy '.repeat(20_000));
    check('VŨ NAM\n'.repeat(20_000));
  });

  it('"đ/c " repeated 50,000 times', () => {
    check('đ/c '.repeat(50_000));
    check('Đ/c'.repeat(50_000));
    check('đ/c/'.repeat(50_000));
  });

  describe('1/2/3/4/… codes 50,000 characters long', () => {
    const digits = (sep: string, length: number): string => {
      const parts: string[] = [];
      let n = 0;
      for (let k = 1; n < length; k++) {
        parts.push(String(k % 10));
        n += 2;
      }
      return parts.join(sep);
    };
    it('1/2/3/…', () => check(digits('/', 50_000)));
    it('1-2-3-…', () => check(digits('-', 50_000)));
    it('1/2/3/…/QĐ-UBND and repeated codes', () => {
      check(digits('/', 50_000) + '/QĐ-UBND');
      check('04-NQ/HU-'.repeat(50_000 / 9));
      check('178/QĐ-'.repeat(50_000 / 7));
    });
  });

  it('" (" nested 20,000 deep', () => {
    check(' ('.repeat(20_000));
    check(' ('.repeat(20_000) + ')'.repeat(20_000));
    check(' (HU'.repeat(20_000) + ')'.repeat(20_000));
    check('Hội đồng nhân dân' + ' ('.repeat(20_000) + 'HĐND' + ')'.repeat(20_000));
    check('HĐND' + ' ('.repeat(20_000) + 'Hội đồng nhân dân' + ')'.repeat(20_000));
  });
});

describe('bad arguments', () => {
  const typeError = (f: () => unknown, shown: string): void => {
    let caught: unknown;
    try {
      f();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TypeError);
    const message = (caught as Error).message;
    expect(message.startsWith('vn-admin-ner:')).toBe(true);
    expect(message).toContain(shown);
  };

  it('annotate() throws a TypeError naming what it got', () => {
    typeError(() => annotate(42 as unknown as string), '42');
    typeError(() => annotate(null as unknown as string), 'null');
    typeError(() => annotate('x', { bogus: 1 } as never), 'bogus');
  });

  it('expand() throws a TypeError naming what it got', () => {
    typeError(() => expand(42 as unknown as string), '42');
    typeError(() => expand(null as unknown as string), 'null');
    typeError(() => expand('x', { bogus: 1 } as never), 'bogus');
  });
});
