/**
 * toHtml: elements and attributes for entities, abbreviations and places,
 * escaping, page vs fragment, the people and relations tables, and the text
 * given back exactly (hand-made hostile cases and a fast-check property).
 * Runs on the sources and, with TESTENV=dist, on the built package (also its
 * `lite` entry and `--format html` of the CLI).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../src/types.js';
import { abbr, ann, ent, hostileText, randomAnnotation, readHighlighted, textDiv, type HtmlElement } from './helpers/html.js';
import { lib } from './helpers/lib.js';

const { annotate, toHtml } = lib;
const DIST = process.env.TESTENV === 'dist';

const SAMPLE = 'Đ/c Nguyễn Văn An- Bí thư HU, Chủ tịch HĐND huyện Mỹ Lộc phát biểu.';

/** The highlighted text of toHtml's output, read strictly. */
function read(a: Annotation, fragment = true): { text: string; elements: HtmlElement[] } {
  return readHighlighted(textDiv(toHtml(a, { fragment })));
}

/** What an HTML parser can give back of a text: U+0000 cannot be written. */
const parsed = (s: string): string => s.replace(/\0/gu, '\ufffd');

const marks = (els: HtmlElement[]): HtmlElement[] => els.filter((e) => e.tag === 'mark');
const abbrs = (els: HtmlElement[]): HtmlElement[] => els.filter((e) => e.tag === 'abbr');

describe('toHtml: entities and abbreviations', () => {
  const a = annotate(SAMPLE);
  const { text, elements } = read(a);

  it('gives the text back exactly', () => {
    expect(text).toBe(SAMPLE);
  });
  it('draws every entity as a <mark> with its data-type, offsets and text', () => {
    expect(a.entities.length).toBeGreaterThanOrEqual(4);
    const m = marks(elements);
    expect(m.map((e) => [e.attrs['data-type'], Number(e.attrs['data-start']), Number(e.attrs['data-end']), e.text])).toEqual(
      a.entities.map((e) => [e.type, e.start, e.end, e.text]),
    );
    for (const el of m) {
      expect(el.at).toBe(Number(el.attrs['data-start']));
      expect(el.parent).toBeUndefined();
      expect(el.attrs.title).toContain(el.attrs['data-type']);
    }
  });
  it('draws every abbreviation as an <abbr> with data-expansion and a title', () => {
    const x = abbrs(elements);
    expect(x.map((e) => [e.text, e.attrs['data-expansion'], e.attrs.title])).toEqual(
      a.abbreviations.map((ab) => [ab.text, ab.expansion, ab.expansion]),
    );
    const hu = x.find((e) => e.text === 'HU')!;
    expect(hu.attrs['data-expansion']).toBe('Huyện ủy');
    expect(hu.attrs['data-category']).toBe('party');
    // inside its entity
    expect(hu.parent?.tag).toBe('mark');
    expect(hu.parent?.attrs['data-type']).toBe('ORG');
    // Đ/c stands outside any entity
    expect(x.find((e) => e.text === 'Đ/c')!.parent).toBeUndefined();
  });
  it('shows the undecided senses of an abbreviation', () => {
    const t = 'CT ký';
    const { elements: els } = read(ann(t, [], [abbr(t, 0, 2, 'Chủ tịch', { candidates: ['Chủ tịch', 'Chỉ thị'] })]));
    expect(els[0]!.attrs['data-candidates']).toBe('Chủ tịch | Chỉ thị');
    expect(els[0]!.attrs.title).toBe('Chủ tịch\nundecided: Chủ tịch | Chỉ thị');
  });
});

describe('toHtml: places', () => {
  it('gives a linked place its code, level and unit, and a resolved name', () => {
    const { elements } = read(annotate(SAMPLE));
    const hdnd = marks(elements).find((e) => e.text === 'HĐND huyện Mỹ Lộc')!;
    expect(hdnd.attrs).toMatchObject({ 'data-place-code': '358', 'data-place-level': 'district', 'data-place-name': 'huyện Mỹ Lộc' });
    expect(hdnd.attrs.title).toContain('place: huyện Mỹ Lộc, district 358, Nam Định (36), pre-2025');
    const hu = marks(elements).find((e) => e.text === 'HU')!;
    expect(hu.attrs['data-resolved']).toBe('Huyện ủy Mỹ Lộc');
    expect(hu.attrs.title).toContain('resolved: Huyện ủy Mỹ Lộc');
  });
  it('gives an ambiguous place the number of its candidates and no code', () => {
    const a = annotate('Đoàn công tác làm việc tại xã Tân Hòa.');
    const loc = a.entities.find((e) => e.text === 'xã Tân Hòa');
    expect(loc?.candidates?.length).toBeGreaterThan(1);
    const el = marks(read(a).elements).find((e) => e.text === 'xã Tân Hòa')!;
    expect(el.attrs['data-candidates']).toBe(String(loc!.candidates!.length));
    expect(el.attrs['data-place-code']).toBeUndefined();
    expect(el.attrs.title).toContain(`ambiguous: ${loc!.candidates!.length} candidate places`);
    expect(el.attrs.title).toContain(loc!.candidates![0]!.code);
  });
});

describe('toHtml: escaping and hostile text', () => {
  it('escapes text, attributes and the title', () => {
    const t = `<script>alert("x")</script> & 'q' Bí thư`;
    const a = ann(
      t,
      [ent(t, 'ROLE', t.indexOf('Bí'), t.length, { normalized: '"><img src=x onerror=alert(1)>' })],
      [abbr(t, 0, 8, `a"b'c<d>&e`)],
    );
    for (const fragment of [true, false]) {
      const html = toHtml(a, { fragment, title: '</title><script>x</script>' });
      expect(html).not.toMatch(/<script|<img/u);
      const { text, elements } = readHighlighted(textDiv(html));
      expect(text).toBe(t);
      expect(elements[0]!.attrs['data-expansion']).toBe(`a"b'c<d>&e`);
      expect(elements[1]!.attrs['data-normalized']).toBe('"><img src=x onerror=alert(1)>');
    }
    const html = toHtml(ann(t), { fragment: true });
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(toHtml(a, { title: '</title><script>x</script>' })).toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>');
  });
  it('keeps line breaks, carriage returns, tabs and astral characters; U+0000 becomes U+FFFD', () => {
    const t = '\nDòng 1\r\nDòng 2\u2028𝔸😀 \t\0x\r';
    const { text } = read(ann(t, [ent(t, 'LOC', 1, 5)]));
    expect(text).toBe(parsed(t));
    expect(textDiv(toHtml(ann(t), { fragment: true }))).toBe('\nDòng 1&#13;\nDòng 2\u2028𝔸😀 \t\ufffdx&#13;');
  });
  it('never puts a tag between the halves of a surrogate pair', () => {
    const t = 'a😀b𝔸c';
    // offsets inside the pairs: 2 is between the halves of 😀, 5 between those of 𝔸
    const { elements } = read(ann(t, [ent(t, 'PER', 3, 5)], [abbr(t, 0, 2, 'x')]));
    expect(elements.map((e) => [e.tag, e.text])).toEqual([
      ['abbr', 'a😀'],
      ['mark', 'b𝔸'],
    ]);
    // with the u flag a class of surrogates matches only a lone one
    expect(toHtml(ann(t, [ent(t, 'PER', 2, 5, { normalized: 'P' })], [abbr(t, 5, 6, 'y')]))).not.toMatch(/[\ud800-\udfff]/u);
  });
  it('splits an abbreviation that crosses an entity boundary', () => {
    const t = 'Ban BCĐ tỉnh họp';
    //         0123456789
    const { text, elements } = read(ann(t, [ent(t, 'ORG', 6, 12)], [abbr(t, 4, 7, 'Ban Chỉ đạo')]));
    expect(text).toBe(t);
    expect(elements.map((e) => [e.tag, e.text, e.parent?.tag])).toEqual([
      ['abbr', 'BC', undefined],
      ['mark', 'Đ tỉnh', undefined],
      ['abbr', 'Đ', 'mark'],
    ]);
    expect(elements[0]!.attrs).toEqual(elements[2]!.attrs);
  });
  it('leaves out spans it cannot draw and keeps the text', () => {
    const t = 'Chủ tịch UBND';
    const a = ann(
      t,
      [ent(t, 'ROLE', 0, 8), ent(t, 'ROLE', 4, 10), ent(t, 'ORG', 9, 99), ent(t, 'ORG', 9, 9), ent(t, 'ORG', 1.5, 3)],
      [abbr(t, 9, 13, 'Ủy ban nhân dân'), abbr(t, 10, 12, 'x'), abbr(t, -1, 2, 'y')],
    );
    const { text, elements } = read(a);
    expect(text).toBe(t);
    expect(elements.map((e) => [e.tag, e.text])).toEqual([
      ['mark', 'Chủ tịch'],
      ['abbr', 'UBND'],
    ]);
  });
  it('draws an empty text', () => {
    expect(read(ann('')).text).toBe('');
    expect(read(annotate('')).elements).toEqual([]);
  });
});

describe('toHtml: properties', () => {
  it('gives back any text exactly, with well-nested elements, for any spans', () => {
    fc.assert(
      fc.property(randomAnnotation, fc.boolean(), (a, fragment) => {
        const { text, elements } = read(a, fragment);
        expect(text).toBe(parsed(a.text));
        for (const el of elements) {
          if (el.tag === 'abbr') expect(el.parent === undefined || el.parent.tag === 'mark').toBe(true);
          else expect(el.parent).toBeUndefined();
        }
      }),
      { numRuns: 400 },
    );
  });
  it('gives back the text of real annotations of hostile strings', () => {
    fc.assert(
      fc.property(hostileText, (t) => {
        const a = annotate(t);
        const { text, elements } = read(a);
        expect(text).toBe(parsed(t));
        expect(marks(elements).length).toBe(a.entities.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('toHtml: page and fragment', () => {
  const a = annotate(SAMPLE);
  it('writes a self-contained page: inline style, no script, no external resource', () => {
    const page = toHtml(a);
    expect(page.startsWith('<!DOCTYPE html>\n<html')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<style>');
    expect(page).toContain('<title>vn-admin-ner</title>');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|<link|<img|\ssrc=|\shref=|url\(|@import/iu);
    expect(toHtml(a, { title: 'Báo cáo' })).toContain('<title>Báo cáo</title>');
  });
  it('writes one element as a fragment, the same section as in the page', () => {
    const fragment = toHtml(a, { fragment: true });
    expect(fragment).toMatch(/^<section class="vn-ner">[\s\S]*<\/section>$/u);
    expect(fragment.match(/<section/gu)).toHaveLength(1);
    expect(fragment).not.toMatch(/<style|<!DOCTYPE|<html|<body/iu);
    expect(toHtml(a)).toContain(`<body>\n${fragment}\n</body>`);
  });
  it('exports the style sheet the page uses', () => {
    expect(toHtml(a)).toContain(lib.HTML_CSS);
    for (const type of ['PER', 'ROLE', 'ORG', 'LOC']) expect(lib.HTML_CSS).toContain(`mark[data-type=${type}]`);
    expect(lib.HTML_CSS).toContain('white-space:pre-wrap');
  });
});

/** The rows of a table of toHtml's output: each cell's data-type and text (tags and escapes removed). */
function tableRows(html: string, cls: string): string[][] {
  const m = new RegExp(`<table class="${cls}">([\\s\\S]*?)</table>`, 'u').exec(html);
  if (m === null) return [];
  const body = /<tbody>([\s\S]*)<\/tbody>/u.exec(m[1]!)![1]!;
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/gu)].map((r) =>
    [...r[1]!.matchAll(/<td(?: data-type="([A-Z]+)")?[^>]*>([\s\S]*?)<\/td>/gu)].map((c) =>
      `${c[1] ?? '-'} ${c[2]!.replace(/<br><small>/gu, ' | ').replace(/<[^>]*>/gu, '')}`.trim(),
    ),
  );
}

describe('toHtml: people and relations', () => {
  it('lists who holds which office', () => {
    const html = toHtml(annotate(SAMPLE), { fragment: true });
    expect(tableRows(html, 'vn-ner-people')).toEqual([
      ['PER Nguyễn Văn An', 'ROLE Bí thư', 'ORG Huyện ủy Mỹ Lộc | huyện Mỹ Lộc, district 358, Nam Định (36), pre-2025'],
      ['PER Nguyễn Văn An', 'ROLE Chủ tịch', 'ORG Hội đồng nhân dân huyện Mỹ Lộc | huyện Mỹ Lộc, district 358, Nam Định (36), pre-2025'],
    ]);
    expect(html).toContain('<th scope="col">Name</th><th scope="col">Title</th><th scope="col">Organisation</th>');
  });
  it('lists a person without roles, a role without organisation, and nothing when there are no people', () => {
    const t = 'ông Lê Văn Tám, Bí thư';
    const name = ent(t, 'PER', 4, 14);
    const title = ent(t, 'ROLE', 16, 22);
    const a: Annotation = { ...ann(t, [name, title]), people: [{ name, roles: [] }, { name, roles: [{ title }] }] };
    expect(tableRows(toHtml(a), 'vn-ner-people')).toEqual([
      ['PER Lê Văn Tám', '-', '-'],
      ['PER Lê Văn Tám', 'ROLE Bí thư', '-'],
    ]);
    expect(toHtml(ann(t, [name]))).not.toContain('<table');
  });
  it('lists relations when the annotation has them, indexes into the entities', () => {
    const a = annotate(SAMPLE);
    const idx = (text: string): number => a.entities.findIndex((e) => e.text === text);
    const withRelations = {
      ...a,
      relations: [
        { person: idx('Nguyễn Văn An'), role: idx('Chủ tịch'), organization: idx('HĐND huyện Mỹ Lộc') },
        { person: idx('Nguyễn Văn An'), role: idx('Bí thư') },
        { person: 99, role: -1, organization: 1.5 },
        null,
      ],
    } as unknown as Annotation;
    const html = toHtml(withRelations, { fragment: true });
    expect(tableRows(html, 'vn-ner-relations')).toEqual([
      ['PER Nguyễn Văn An', 'ROLE Chủ tịch', 'ORG Hội đồng nhân dân huyện Mỹ Lộc | huyện Mỹ Lộc, district 358, Nam Định (36), pre-2025'],
      ['PER Nguyễn Văn An', 'ROLE Bí thư', '-'],
      ['-', '-', '-'],
    ]);
    expect(toHtml(a)).toContain('vn-ner-relations');
    expect(toHtml({ ...a, relations: undefined })).not.toContain('vn-ner-relations');
    expect(toHtml({ ...a, relations: 'no' } as unknown as Annotation)).not.toContain('vn-ner-relations');
  });
});

describe('toHtml: entries', () => {
  it('is exported by the lite entry too', async () => {
    const lite = (DIST ? await import('../dist/lite.js' as string) : await import('../src/lite.js')) as typeof import('../src/lite.js');
    const a = lite.annotate(SAMPLE);
    expect(lite.toHtml(a, { fragment: true })).toBe(toHtml(a, { fragment: true }));
    expect(lite.HTML_CSS).toBe(lib.HTML_CSS);
  });
});

describe.skipIf(!DIST)('cli --format html (built)', () => {
  const CLI = join(__dirname, '..', 'dist', 'cli.cjs');
  const run = (args: string[], input: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  it('prints toHtml of the annotation', () => {
    const r = run(['annotate', '--format', 'html'], SAMPLE);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(toHtml(annotate(SAMPLE)));
    expect(run(['--format=html'], SAMPLE).stdout).toBe(r.stdout);
  });
  it('is a format of annotate only', () => {
    const r = run(['expand', '--format', 'html'], SAMPLE);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^vn-admin-ner: .*html.*annotate/u);
  });
});
