/**
 * The document store (src/doc/): one scan into typed arrays, interned
 * lexemes, the declared merges, and the one token layer the rules read.
 * Internal modules, tested on the sources only.
 */
import { describe, expect, it } from 'vitest';
import { Lexemes, L_ABBRSHAPE, L_ALLCAPS, L_CAP, L_LETTERS, L_ROMAN } from '../src/doc/lexemes.js';
import { scanNormalizing, scanText } from '../src/doc/scan.js';
import { applyMerges, MERGE_RULES } from '../src/doc/merges/index.js';
import { applyFound } from '../src/doc/merges/found.js';
import { buildView } from '../src/doc/view.js';
import { KIND_NAMES, TokenArrays } from '../src/doc/tokens.js';
import { FoundStore } from '../src/doc/found-store.js';
import { normalize } from '../src/normalize/index.js';
import type { FoundAbbreviation } from '../src/recognize/abbreviations.js';

const isSrc = process.env.TESTENV !== 'dist';

/** Abbreviations found, as the pass records them (doc/found-store.ts). */
function storeOf(found: FoundAbbreviation[]): FoundStore {
  const store = new FoundStore();
  for (const f of found) store.push(f.start, f.end, f.expansion, f.candidates, f.category, f.source, f.rule);
  return store;
}

function tokens(t: TokenArrays, L: Lexemes): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.n; i++) out.push(`${KIND_NAMES[t.kind[i]!]}:${L.surface[t.lex[i]!]}:${t.gap[i]}`);
  return out;
}

describe.runIf(isSrc)('scan', () => {
  it('records offsets, kinds and the white space before each token', () => {
    const L = new Lexemes();
    const text = 'Bí thư HU,\n1.000 người\n\nxong';
    const t = scanText(text, L);
    expect(tokens(t, L)).toEqual(['word:Bí:0', 'word:thư:1', 'word:HU:1', 'punct:,:0', 'number:1.000:2', 'word:người:1', 'word:xong:3']);
    for (let i = 0; i < t.n; i++) expect(text.slice(t.start[i]!, t.end[i]!)).toBe(L.surface[t.lex[i]!]);
  });

  it('keeps a surrogate pair in one token and a lone surrogate as its own', () => {
    const L = new Lexemes();
    const t = scanText('a😀b\ud800c', L);
    expect(tokens(t, L)).toEqual(['word:a:0', 'punct:😀:0', 'word:b:0', 'punct:\ud800:0', 'word:c:0']);
  });
});

describe.runIf(isSrc)('scanNormalizing', () => {
  it('scans the normal form in the same pass when normalisation only replaces code units', () => {
    for (const text of ['Uỷ ban\u00a0nhân dân – hoà thuỷ', 'ÐẢNG ủy\u2028xã\u0085Ðà', 'HĐND\u202fhuyện—2020', 'plain', '']) {
      const L = new Lexemes();
      const t = new TokenArrays(4);
      const normal = scanNormalizing(text, L, t)!;
      expect(normal).toBe(normalize(text).text);
      const L2 = new Lexemes();
      expect(tokens(t, L)).toEqual(tokens(scanText(normal, L2), L2));
    }
  });

  it('returns the very input when nothing changes', () => {
    const text = 'Ủy ban nhân dân huyện Mỹ Lộc; hòa giải.';
    expect(scanNormalizing(text, new Lexemes(), new TokenArrays(4))).toBe(text);
  });

  it('gives up when normalisation composes, removes or splits (left to normalize and a second scan)', () => {
    for (const text of ['hoa\u0300', 'a\r\nb', 'a\u200bb', 'x\u00adb', '\u212b']) expect(scanNormalizing(text, new Lexemes(), new TokenArrays(4))).toBeNull();
  });
});

describe.runIf(isSrc)('lexemes', () => {
  it('interns a surface once: same id for every occurrence, its own id for another case', () => {
    const L = new Lexemes();
    const t = scanText('huyện Huyện huyện HUYỆN', L);
    expect(t.lex[0]).toBe(t.lex[2]);
    expect(new Set([t.lex[0], t.lex[1], t.lex[3]]).size).toBe(3);
    expect(L.fold[t.lex[1]!]).toBe('huyện');
    expect(L.size).toBe(3);
  });

  it('computes the flags once per lexeme', () => {
    const L = new Lexemes();
    const id = (s: string): number => L.intern(s, 0, s.length);
    expect(L.flags[id('HĐND')]! & (L_ABBRSHAPE | L_ALLCAPS | L_CAP | L_LETTERS)).toBe(L_ABBRSHAPE | L_ALLCAPS | L_CAP | L_LETTERS);
    expect(L.flags[id('ThS')]! & L_ABBRSHAPE).toBe(L_ABBRSHAPE);
    expect(L.flags[id('Huyện')]! & L_ABBRSHAPE).toBe(0);
    expect(L.flags[id('XII')]! & L_ROMAN).toBe(L_ROMAN);
    expect(L.key[id('QP- AN')]).toBe('QP-AN');
  });

  it('keys like __proto__ and constructor are ordinary surfaces', () => {
    const L = new Lexemes();
    const a = L.intern('__proto__', 0, 9);
    const b = L.intern('constructor', 0, 11);
    expect(L.surface[a]).toBe('__proto__');
    expect(L.surface[b]).toBe('constructor');
    expect(L.intern('constructor', 0, 11)).toBe(b);
  });

  it('finds a one-code-unit lexeme by its code unit, with the id interning gives it', () => {
    const L = new Lexemes();
    const text = 'a,(,đ😀';
    expect(L.internUnit(text, 1, 0x2c)).toBe(L.intern(',', 0, 1));
    expect(L.internUnit(text, 2, 0x28)).toBe(L.internUnit(text, 2, 0x28));
    expect(L.surface[L.internUnit(text, 4, 0x111)]).toBe('đ');
    // a code unit past the cache goes through the table
    expect(L.surface[L.internUnit(text, 5, text.charCodeAt(5))]).toBe('\ud83d');
  });

  it('starts afresh after clear: ids from 0, the same surfaces found again', () => {
    const L = new Lexemes();
    const words = ['Huyện', 'ủy', ',', 'HĐND', 'huyện'];
    for (const w of words) L.intern(w, 0, w.length);
    L.clear();
    expect(L.size).toBe(0);
    const again = words.map((w) => L.intern(w, 0, w.length));
    expect(again).toEqual([0, 1, 2, 3, 4]);
    expect(L.internUnit(',', 0, 0x2c)).toBe(2);
    words.forEach((w, k) => expect(L.surface[again[k]!]).toBe(w));
  });

  it('grows its table and keeps every id', () => {
    const L = new Lexemes();
    const words = Array.from({ length: 20000 }, (_, k) => `w${k}`);
    const ids = words.map((w) => L.intern(w, 0, w.length));
    words.forEach((w, k) => expect(L.intern(w, 0, w.length)).toBe(ids[k]));
  });
});

describe.runIf(isSrc)('token arrays', () => {
  it('are reused for the next text when they have the room, and let go past a million tokens', () => {
    const t = new TokenArrays(16);
    t.reset(1000);
    const start = t.start;
    t.push(0, 1, 0, 0, 0);
    t.reset(500);
    expect(t.n).toBe(0);
    expect(t.start).toBe(start);
    t.reset((1 << 21) + 1);
    t.release();
    expect(t.start.length).toBeLessThan(1 << 20);
  });

  it('past a million tokens, are kept for a next long text up to two million, and given back for a short one', () => {
    const t = new TokenArrays(16);
    t.reset(1 << 21);
    const long = t.start;
    t.release();
    expect(t.start).toBe(long);
    // more than half of the room: the same arrays
    t.reset(3 << 19);
    expect(t.start).toBe(long);
    t.release();
    t.reset(1000);
    expect(t.start.length).toBeLessThan(1 << 20);
  });
});

describe.runIf(isSrc)('merges', () => {
  const merged = (text: string): string[] => {
    const L = new Lexemes();
    return tokens(applyMerges(scanText(text, L), text, L), L).map((s) => s.replace(/:\d$/u, ''));
  };

  it('are declared in one ordered list with ids', () => {
    expect(MERGE_RULES.map((r) => r.id)).toEqual(['merge.code', 'merge.abbreviation']);
  });

  it('merge.code: document codes are one token', () => {
    expect(merged('theo 04-NQ/HU và 30/2020/NĐ-CP, 669/QĐ - TTg')).toEqual([
      'word:theo', 'code:04-NQ/HU', 'word:và', 'code:30/2020/NĐ-CP', 'punct:,', 'code:669/QĐ - TTg',
    ]);
    // a number chain with no capital part is no code
    expect(merged('ngày 12/5/2024')).toEqual(['word:ngày', 'number:12', 'punct:/', 'number:5', 'punct:/', 'number:2024']);
  });

  it('merge.abbreviation: shapes, slash forms, joined, dotted and spaced compounds', () => {
    expect(merged('đ/c Đ/c HĐND ThS KT-XH NN&PTNT T.Ư QP- AN')).toEqual([
      'abbr:đ/c', 'abbr:Đ/c', 'abbr:HĐND', 'abbr:ThS', 'abbr:KT-XH', 'abbr:NN&PTNT', 'abbr:T.Ư', 'abbr:QP- AN',
    ]);
    // in `HU-Chủ tịch` the abbreviation is `HU`; a single capital stays a word
    expect(merged('HU-Chủ tịch A')).toEqual(['abbr:HU', 'punct:-', 'word:Chủ', 'word:tịch', 'word:A']);
  });
});

describe.runIf(isSrc)('the abbreviation pass\'s joins and splits (merges/found.ts)', () => {
  const at = (text: string, s: string, from = 0): [number, number] => {
    const k = text.indexOf(s, from);
    return [k, k + s.length];
  };
  const span = ([start, end]: [number, number]): FoundAbbreviation => ({ start, end, expansion: 'x', source: 'dictionary', rule: 'abbr.dictionary' });
  /** The tokens after the stage: kind, surface, exact offsets, gap, and the abbreviation's index. */
  const applied = (text: string, found: FoundAbbreviation[]): string[] => {
    const L = new Lexemes();
    const t = applyMerges(scanText(text, L), text, L);
    const { abbrAt } = applyFound(t, storeOf(found), text, L);
    const out: string[] = [];
    for (let i = 0; i < t.n; i++) {
      expect(text.slice(t.start[i]!, t.end[i]!)).toBe(L.surface[t.lex[i]!]);
      out.push(`${KIND_NAMES[t.kind[i]!]}:${L.surface[t.lex[i]!]}:${t.start[i]}-${t.end[i]}:${t.gap[i]}:${abbrAt[i]}`);
    }
    return out;
  };

  it('the merge rules give `HĐND&UBND` as one token; two abbreviations found in it make it a token each and the connector', () => {
    const text = 'Văn phòng HĐND&UBND huyện';
    const L = new Lexemes();
    expect(tokens(applyMerges(scanText(text, L), text, L), L)).toEqual(['word:Văn:0', 'word:phòng:1', 'abbr:HĐND&UBND:1', 'word:huyện:1']);
    expect(applied(text, [span(at(text, 'HĐND')), span(at(text, 'UBND'))])).toEqual([
      'word:Văn:0-3:0:-1', 'word:phòng:4-9:1:-1', 'abbr:HĐND:10-14:1:0', 'punct:&:14-15:0:-1', 'abbr:UBND:15-19:0:1', 'word:huyện:20-25:1:-1',
    ]);
  });

  it('a spaced connector keeps its white space out of the tokens, as gaps', () => {
    const text = 'Ông UVBTV – PCT UBND';
    expect(applied(text, [span(at(text, 'UVBTV')), span(at(text, 'PCT')), span(at(text, 'UBND'))])).toEqual([
      'word:Ông:0-3:0:-1', 'abbr:UVBTV:4-9:1:0', 'punct:–:10-11:1:-1', 'abbr:PCT:12-15:1:1', 'abbr:UBND:16-20:1:2',
    ]);
  });

  it('joins an abbreviation with the tokens it takes (`TP` + `.`), and leaves a compound found whole (`KT-XH`) as it is', () => {
    const text = 'TP. Hà Nội; KT-XH. Xong';
    expect(applied(text, [span(at(text, 'TP.')), span(at(text, 'KT-XH'))])).toEqual([
      'abbr:TP.:0-3:0:0', 'word:Hà:4-6:1:-1', 'word:Nội:7-10:1:-1', 'punct:;:10-11:0:-1', 'abbr:KT-XH:12-17:1:1', 'punct:.:17-18:0:-1', 'word:Xong:19-23:1:-1',
    ]);
  });

  it('joins before and splits after, in one text: every token where a fresh reading puts it', () => {
    const text = 'HĐND&UBND TP. Nam Định, BCĐ PCTT và HĐND-UBND&MTTQ xã';
    const found = [
      span(at(text, 'HĐND')), span(at(text, 'UBND')), span(at(text, 'TP.')), span(at(text, 'BCĐ PCTT')),
      span(at(text, 'HĐND', 20)), span(at(text, 'UBND', 20)), span(at(text, 'MTTQ')),
    ];
    expect(applied(text, found).map((s) => s.replace(/:\d+-\d+:/u, ':'))).toEqual([
      'abbr:HĐND:0:0', 'punct:&:0:-1', 'abbr:UBND:0:1', 'abbr:TP.:1:2', 'word:Nam:1:-1', 'word:Định:1:-1', 'punct:,:0:-1',
      'abbr:BCĐ PCTT:1:3', 'word:và:1:-1', 'abbr:HĐND:1:4', 'punct:-:0:-1', 'abbr:UBND:0:5', 'punct:&:0:-1', 'abbr:MTTQ:0:6', 'word:xã:1:-1',
    ]);
  });

  it('the view reads the tokens the stage gave, one for one, and changes none', () => {
    const text = 'HĐND&UBND TP. Nam Định và UVBTV – PCT';
    const found = [span(at(text, 'HĐND')), span(at(text, 'UBND')), span(at(text, 'TP.')), span(at(text, 'UVBTV')), span(at(text, 'PCT'))];
    const L = new Lexemes();
    const t = applyMerges(scanText(text, L), text, L);
    const L2 = new Lexemes();
    const t2 = applyMerges(scanText(text, L2), text, L2);
    const { abbrAt } = applyFound(t2, storeOf(found), text, L2);
    const v = buildView(t, storeOf(found), text, L, new Map());
    expect(v.n).toBe(t2.n);
    for (let i = 0; i < v.n; i++) {
      expect([v.start[i], v.end[i], v.kind[i], v.gap[i], v.surface(i), v.abbrCount(i)]).toEqual([t2.start[i], t2.end[i], t2.kind[i], t2.gap[i], L2.surface[t2.lex[i]!], abbrAt[i]! >= 0 ? 1 : 0]);
    }
  });
});

describe.runIf(isSrc)('the view', () => {
  const found = (start: number, end: number, expansion: string): FoundAbbreviation => ({ start, end, expansion, source: 'dictionary', rule: 'abbr.dictionary' });

  it('makes one token of an abbreviation and its dot, and one token per abbreviation of a compound', () => {
    const text = 'TP. Hà Nội, HĐND&UBND xã';
    const L = new Lexemes();
    const t = applyMerges(scanText(text, L), text, L);
    const v = buildView(t, storeOf([found(0, 3, 'thành phố'), found(12, 16, 'Hội đồng nhân dân'), found(17, 21, 'Ủy ban nhân dân')]), text, L, new Map());
    const out: string[] = [];
    for (let i = 0; i < v.n; i++) out.push(`${v.surface(i)}|${v.syl(i).join('_')}|${v.abbrCount(i)}`);
    expect(out).toEqual(['TP.|thành_phố|1', 'Hà|hà|0', 'Nội|nội|0', ',||0', 'HĐND|hội_đồng_nhân_dân|1', '&||0', 'UBND|ủy_ban_nhân_dân|1', 'xã|xã|0']);
    expect(v.cap(0)).toBe(true);
    expect(v.isPunct(5, '&')).toBe(true);
  });

  it('edits the tokens in place, joins and splits mixed: the same tokens as a fresh copy', () => {
    // pieces with their abbreviations (offsets in the piece): splits write ahead, `TP.` takes two tokens
    const pieces: [string, [number, number, string][]][] = [
      ['HĐND&UBND', [[0, 4, 'Hội đồng nhân dân'], [5, 9, 'Ủy ban nhân dân']]],
      ['HĐND&UBND&MTTQ', [[0, 4, 'Hội đồng nhân dân'], [5, 9, 'Ủy ban nhân dân'], [10, 14, 'Mặt trận Tổ quốc']]],
      ['TP.', [[0, 3, 'thành phố']]],
      ['xã', []],
      [',', []],
    ];
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 40; round++) {
      let text = '';
      const found: FoundAbbreviation[] = [];
      const count = 1 + rand(12);
      for (let k = 0; k < count; k++) {
        // mostly splits first: the view runs ahead from the very start
        const [piece, abbrs] = pieces[k < count / 2 ? rand(2) : rand(pieces.length)]!;
        if (text !== '') text += ' ';
        for (const [s, e, x] of abbrs) found.push({ start: text.length + s, end: text.length + e, expansion: x, source: 'dictionary', rule: 'abbr.dictionary' });
        text += piece;
      }
      const L = new Lexemes();
      const expected = referenceView(applyMerges(scanText(text, L), text, L), found, text, L);
      const v = buildView(applyMerges(scanText(text, L), text, L), storeOf(found), text, L, new Map());
      const got: string[] = [];
      for (let i = 0; i < v.n; i++) got.push(`${v.start[i]}-${v.end[i]} ${v.surface(i)} ${v.kind[i]} ${v.gap[i]} ${v.flags[i]} ${v.syl(i).join('_')} ${v.abbrCount(i) > 0 ? v.found.expansion[v.abbr(i)] : ''}`);
      expect(got, text).toEqual(expected);
    }
  });

  it('reads the empty value past either end', () => {
    const L = new Lexemes();
    const t = applyMerges(scanText('Hà Nội', L), 'Hà Nội', L);
    const v = buildView(t, new FoundStore(), 'Hà Nội', L, new Map());
    expect([v.fold(-1), v.fold(2), v.cap(5), v.syllable(-3), v.syl(9).length, v.isPunct(7, ',')]).toEqual(['', '', false, false, 0, false]);
  });
});

describe.runIf(isSrc)('normalize fast path', () => {
  it('returns the very input when nothing changes', () => {
    const text = 'Ủy ban nhân dân huyện Mỹ Lộc tổ chức hội nghị; hòa giải, thủy lợi.';
    expect(normalize(text).text).toBe(text);
    expect(normalize(text).toOriginal(5)).toBe(5);
  });
  it('still changes what must change', () => {
    expect(normalize('hoà thuỷ').text).toBe('hòa thủy');
    expect(normalize('a\u00a0b').text).toBe('a b');
  });
});

/** The view as it was built before it wrote over the scan: a token per group, read from a copy (test reference). */
function referenceView(t: TokenArrays, found: FoundAbbreviation[], text: string, L: Lexemes): string[] {
  const out: string[] = [];
  const flagsOf = (id: number, kind: number): number => {
    const lf = L.flags[id]!;
    let f = lf & L_CAP ? 1 : 0;
    if ((kind === 0 || kind === 3) && lf & L_LETTERS) f |= 4 | (lf & 4 ? 2 : 0);
    return f;
  };
  const syl = (x: string): string => x.toLowerCase().split(' ').join('_');
  const push = (s: number, e: number, kind: number, gap: number, id: number, flags: number, sy: string, x: string): void => {
    out.push(`${s}-${e} ${L.surface[id]} ${kind} ${gap} ${flags} ${sy} ${x}`);
  };
  let a = 0;
  for (let i = 0; i < t.n; i++) {
    const ts = t.start[i]!;
    const te = t.end[i]!;
    while (a < found.length && found[a]!.end <= ts) a++;
    const mine = found.filter((f, b) => b >= a && f.start < te && f.start >= ts);
    const end = Math.max(te, ...mine.map((f) => f.end));
    const kind = t.kind[i]!;
    let j = i;
    while (j + 1 < t.n && t.end[j + 1]! <= end) j++;
    if (mine.length === 0) {
      const own = kind === 0 || kind === 1 || (kind === 3 && (L.flags[t.lex[i]!]! & L_LETTERS) !== 0);
      push(ts, te, kind, t.gap[i]!, t.lex[i]!, kind === 2 ? 0 : flagsOf(t.lex[i]!, kind), own ? L.fold[t.lex[i]!]! : '', '');
    } else if (mine.length === 1) {
      const id = end === te ? t.lex[i]! : L.intern(text, ts, end);
      push(ts, end, kind, t.gap[i]!, id, flagsOf(id, kind), syl(mine[0]!.expansion), mine[0]!.expansion);
    } else {
      let at = ts;
      mine.forEach((m, k) => {
        const sep = text.slice(at, m.start).trim();
        if (sep !== '') push(at + text.slice(at, m.start).indexOf(sep), at + text.slice(at, m.start).indexOf(sep) + sep.length, 2, 0, L.intern(text, at, m.start), 0, '', '');
        push(m.start, m.end, 3, k === 0 ? t.gap[i]! : 0, L.intern(text, m.start, m.end), flagsOf(L.intern(text, m.start, m.end), 3), syl(m.expansion), m.expansion);
        at = m.end;
      });
    }
    i = j;
  }
  return out;
}

describe.runIf(isSrc)('view buffers kept with the token arrays', () => {
  it('gives each text arrays of its own size, cleared, over buffers kept from a longer text', () => {
    const t = new TokenArrays(64);
    const long = t.viewFields(50);
    long.flags.fill(7);
    long.abbrN.fill(1);
    t.abbrAtArray(50).fill(3);
    const short = t.viewFields(20);
    expect([short.flags.length, short.abbrN.length]).toEqual([20, 20]);
    expect(short.flags.buffer).toBe(long.flags.buffer);
    expect([...short.flags, ...short.abbrN].every((x) => x === 0)).toBe(true);
    // past its end a field reads undefined, as a fresh array of that size would
    expect(short.abbrN[20]).toBeUndefined();
    expect([...t.abbrAtArray(20)].every((x) => x === -1)).toBe(true);
  });

  it('grows abbrAt keeping its elements, within the kept buffer or past it', () => {
    const t = new TokenArrays(16);
    const a = t.abbrAtArray(10);
    a[3] = 5;
    const within = t.abbrAtGrown(a, 16);
    expect([within.length, within[3], within[0]]).toEqual([16, 5, -1]);
    const past = t.abbrAtGrown(within, 40);
    expect([past.length, past[3], past[9]]).toEqual([40, 5, -1]);
    expect(past.buffer).not.toBe(a.buffer);
  });

  it('annotates a short text after a long one as a fresh annotator does', async () => {
    const { createAnnotator, toJSON } = await import('../src/index.js');
    const used = createAnnotator();
    const text = 'Đ/c Nguyễn Văn An, Bí thư HU, Chủ tịch HĐND&UBND xã Hải Phong dự họp.';
    used.annotate(`${text}\n`.repeat(3000));
    expect(toJSON(used.annotate(text))).toEqual(toJSON(createAnnotator().annotate(text)));
  });
});

describe.runIf(isSrc)('the store of abbreviations found (doc/found-store.ts)', () => {
  it('gives back every field as pushed, in order, past its first growth', () => {
    const store = new FoundStore(['abbr.dictionary', 'abbr.definition'] as const);
    for (let k = 0; k < 200; k++) {
      const cands = k % 50 === 0 ? [`x${k}`, `y${k}`] : undefined;
      expect(store.push(k * 10, k * 10 + 4, `full ${k}`, cands, k % 3 === 0 ? undefined : 'state', k % 7 === 0 ? 'definition' : 'dictionary', k % 2 === 0 ? 'abbr.dictionary' : 'abbr.definition')).toBe(k);
    }
    expect(store.n).toBe(200);
    for (const k of [0, 1, 63, 64, 150, 199]) {
      expect([store.start[k], store.end[k], store.expansion[k], store.candidatesOf(k), store.category(k), store.source(k), store.rule(k), store.token[k]]).toEqual([
        k * 10, k * 10 + 4, `full ${k}`, k % 50 === 0 ? [`x${k}`, `y${k}`] : undefined, k % 3 === 0 ? undefined : 'state', k % 7 === 0 ? 'definition' : 'dictionary', k % 2 === 0 ? 'abbr.dictionary' : 'abbr.definition', -1,
      ]);
    }
    expect(store.anyDefinition()).toBe(true);
  });

  it('is empty after clear, its strings and candidates let go', () => {
    const store = new FoundStore(['abbr.dictionary'] as const);
    store.push(0, 4, 'Hội đồng nhân dân', ['a', 'b'], 'state', 'definition', 'abbr.dictionary');
    store.clear();
    expect([store.n, store.expansion[0], store.candidates.size, store.anyDefinition()]).toEqual([0, undefined, 0, false]);
  });

  it('tells the view which token each abbreviation is', () => {
    const text = 'Bí thư HU và HĐND&UBND xã';
    const L = new Lexemes();
    const at = (s: string): number => text.indexOf(s);
    const store = storeOf([
      { start: at('HU'), end: at('HU') + 2, expansion: 'Huyện ủy', source: 'dictionary', rule: 'abbr.dictionary' },
      { start: at('HĐND'), end: at('HĐND') + 4, expansion: 'Hội đồng nhân dân', source: 'dictionary', rule: 'abbr.compound-part' },
      { start: at('UBND'), end: at('UBND') + 4, expansion: 'Ủy ban nhân dân', source: 'dictionary', rule: 'abbr.compound-part' },
    ]);
    const v = buildView(applyMerges(scanText(text, L), text, L), store, text, L, new Map());
    expect([0, 1, 2].map((a) => v.surface(store.token[a]!))).toEqual(['HU', 'HĐND', 'UBND']);
    expect([0, 1, 2].map((a) => v.abbr(store.token[a]!))).toEqual([0, 1, 2]);
  });
});
