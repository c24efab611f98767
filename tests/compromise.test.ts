/**
 * The optional compromise plugin (`vn-admin-ner/compromise`): our tags on
 * Vietnamese documents, English documents untouched, registering twice, and
 * the core never importing compromise. Runs on the sources, and on `dist/`
 * when TESTENV=dist.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { beforeAll, describe, expect, it } from 'vitest';
import * as srcAdapter from '../src/adapters/compromise.js';
import type { Annotation, VnAdminNerMethods } from '../src/adapters/compromise.js';
import type { EntityType } from '../src/index.js';
import { lib } from './helpers/lib.js';

const DIST = process.env.TESTENV === 'dist';
const ROOT = join(__dirname, '..');
const adapter: typeof srcAdapter = DIST
  ? ((await import('../dist/adapters/compromise.js' as string)) as typeof srcAdapter)
  : srcAdapter;
const plugin = adapter.default;

const SENTENCE = 'Đ/c Nguyễn Văn An, Bí thư HU, Chủ tịch HĐND huyện Yên Thành phát biểu.';
const VISIT = 'Đoàn công tác đã đến thăm xã Hưng Nguyên và gặp đồng chí Trần Văn Hưng.';
const MEETING =
  'Dự hội nghị có đồng chí Trần Văn Hưng, Phó Bí thư Tỉnh ủy Nghệ An và đồng chí Lê Thị Hồng, Giám đốc Sở Y tế.';

/** compromise ends a sentence after `TP.`: our `TP. Vinh` spans two of its sentences. */
const SPLIT = 'Sáng 12/3, tại TP. Vinh, đồng chí Trần Văn Hưng phát biểu.';

const ENGLISH = [
  'The president of Acme Corp met Dr. Smith in Paris and London.',
  "Spencer Kelly's bakery in Toronto hired Mary Jones from Google last Tuesday.",
  'Mr. Lee of the UN visited Hanoi, Vietnam, with Gen. John Allen on March 3rd.',
  'Pelé met the mayor of São Paulo at a café in Rio de Janeiro.',
  'Le café est très bon à Paris, même en été.',
  'i went to the store',
];

/**
 * What compromise says about the English sentences, as JSON. Term ids are left
 * out: compromise makes them from a process-wide counter and a random digit
 * (src/1-one/change/compute/uuid.js), so they differ on every call. Kept as
 * source text so that a child process can run the very same code.
 */
const SNAPSHOT_BODY = `
  const noIds = (x) => JSON.stringify(x, (k, v) => (k === 'id' ? undefined : v));
  return sentences.map((s) => {
    const doc = nlp(s);
    return noIds({
      text: doc.text(),
      json: doc.json(),
      offsets: doc.json({ offset: true, terms: { offset: true } }),
      people: doc.people().out('array'),
      peopleJson: doc.people().json(),
      places: doc.places().out('array'),
      organizations: doc.organizations().out('array'),
      actors: doc.match('#Actor+').out('array'),
      abbreviations: doc.match('#Abbreviation').out('array'),
      nouns: doc.nouns().out('array'),
    });
  });
`;
type Snapshot = (n: typeof nlp, sentences: string[]) => string[];
const snapshot = new Function('nlp', 'sentences', SNAPSHOT_BODY) as Snapshot;

// Taken when this file is loaded, before any test registers the plugin.
const ENGLISH_BEFORE = snapshot(nlp, ENGLISH);
const HOOKS_BEFORE = [...nlp.hooks()];
const world = nlp.world() as { model: { one: { tagSet: Record<string, unknown> } } };
const TAGS_BEFORE = Object.keys(world.model.one.tagSet);

/** A match's exact text in the document: from its first term to its last, without the punctuation after. */
function spans(view: { json(o: object): unknown }, text: string): string[] {
  const matches = view.json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ offset: { start: number; length: number } }> }>;
  return matches.map((m) => {
    const first = m.terms[0]!.offset;
    const last = m.terms[m.terms.length - 1]!.offset;
    return text.slice(first.start, last.start + last.length);
  });
}

type Doc = ReturnType<typeof nlp> & VnAdminNerMethods;
const parse = (text: string): Doc => nlp<VnAdminNerMethods>(text);
const termTags = (doc: Doc) =>
  (doc.json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap((s) =>
    s.terms.map(({ text, tags }) => ({ text, tags })),
  );

describe('isVietnamese', () => {
  it('accepts Vietnamese in NFC and NFD, short texts included', () => {
    for (const s of [SENTENCE, VISIT, MEETING, 'Bí thư HU', 'HĐND huyện', 'Trong tháng đã hoàn thành']) {
      expect(adapter.isVietnamese(s), s).toBe(true);
      expect(adapter.isVietnamese(s.normalize('NFD')), s).toBe(true);
    }
  });

  it('rejects English, French, Portuguese, Romanian, and text without a Vietnamese-only mark', () => {
    for (const s of [...ENGLISH, 'O coração não é só para São Paulo.', 'Ce înseamnă această școală în România?', 'UBND xã', '', '123 456', 'ă â ê']) {
      expect(adapter.isVietnamese(s), s).toBe(false);
    }
  });
});

describe('a Vietnamese document after nlp.plugin()', () => {
  beforeAll(() => {
    nlp.plugin(plugin);
  });

  it('finds our people with .people()', () => {
    expect(spans(parse(SENTENCE).people(), SENTENCE)).toEqual(['Nguyễn Văn An']);
    expect(spans(parse(VISIT).people(), VISIT)).toEqual(['Trần Văn Hưng']);
    expect(spans(parse(MEETING).people(), MEETING)).toEqual(['Trần Văn Hưng', 'Lê Thị Hồng']);
  });

  it('finds our organisations with .organizations()', () => {
    expect(spans(parse(SENTENCE).organizations(), SENTENCE)).toEqual(['HU', 'HĐND huyện Yên Thành']);
    expect(spans(parse(MEETING).organizations(), MEETING)).toEqual(['Tỉnh ủy Nghệ An', 'Sở Y tế']);
  });

  it('finds our places with .places(), and only ours', () => {
    expect(spans(parse(VISIT).places(), VISIT)).toEqual(['xã Hưng Nguyên']);
    expect(parse(SENTENCE).places().found).toBe(false);
  });

  it('tags roles #Role (under #Actor) and abbreviations #Abbreviation', () => {
    const doc = parse(SENTENCE);
    expect(spans(doc.match('#Role+'), SENTENCE)).toEqual(['Bí thư', 'Chủ tịch']);
    expect(spans(doc.match('#Actor+'), SENTENCE)).toEqual(['Bí thư', 'Chủ tịch']);
    expect(spans(doc.match('#Abbreviation'), SENTENCE)).toEqual(['Đ/c', 'HU', 'HĐND']);
    expect(spans(parse(MEETING).match('#Role+'), MEETING)).toEqual(['Phó Bí thư', 'Giám đốc']);
  });

  it("removes compromise's English guesses (HU a last name, và a place, Nguyễn a first name)", () => {
    const terms = termTags(parse(`${SENTENCE} ${VISIT}`));
    const tagsOf = (word: string) => terms.filter((t) => t.text === word).flatMap((t) => t.tags);
    expect(tagsOf('HU')).not.toContain('LastName');
    expect(tagsOf('HU')).toContain('Organization');
    expect(tagsOf('và')).not.toContain('Place');
    expect(tagsOf('và')).not.toContain('Abbreviation');
    expect(tagsOf('Nguyễn')).not.toContain('FirstName');
    expect(tagsOf('Nguyễn')).toContain('Person');
    const entityTags = ['Person', 'Place', 'Organization', 'Role', 'Abbreviation', 'Actor', 'Address'];
    for (const word of ['phát', 'biểu', 'Đoàn', 'công', 'tác', 'đã', 'đến', 'thăm', 'gặp', 'đồng', 'chí']) {
      expect(tagsOf(word).filter((t) => entityTags.includes(t)), word).toEqual([]);
    }
  });

  it('puts every entity of annotate() on exactly its terms', () => {
    const type: Record<string, EntityType> = { Person: 'PER', Organization: 'ORG', Place: 'LOC', Role: 'ROLE' };
    for (const text of [SENTENCE, VISIT, MEETING, SPLIT, `${SENTENCE}\n${MEETING} ${VISIT}`]) {
      const doc = parse(text);
      const a = lib.annotate(text);
      expect(a.entities.length, text).toBeGreaterThan(0);
      const terms = doc.json({ offset: true, terms: { offset: true } }) as Array<{
        terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
      }>;
      for (const t of terms.flatMap((s) => s.terms)) {
        const start = t.offset.start;
        const end = start + t.offset.length;
        expect(text.slice(start, end)).toBe(t.text);
        for (const [tag, ours] of Object.entries(type)) {
          const covered = a.entities.some((e) => e.type === ours && e.start < end && e.end > start);
          expect(t.tags.includes(tag), `${t.text} #${tag} in ${text}`).toBe(covered);
        }
        const abbr = a.abbreviations.some((x) => x.start < end && x.end > start);
        expect(t.tags.includes('Abbreviation'), `${t.text} #Abbreviation`).toBe(abbr);
      }
    }
  });

  it('tags the same terms in NFD input', () => {
    // compromise's tokenizer leaves some combining marks of NFD text out of
    // its terms' text (`thư` becomes `thu` + U+031B in `post`): compare terms.
    const where = (doc: Doc) =>
      [doc.people(), doc.organizations(), doc.places(), doc.match('#Role+'), doc.match('#Abbreviation')].map((m) =>
        (m.json() as Array<{ terms: Array<{ index: number[] }> }>).map((x) => x.terms.map((t) => t.index.join(':'))),
      );
    for (const text of [SENTENCE, VISIT, MEETING]) {
      const nfc = where(parse(text));
      expect(nfc.flat().length).toBeGreaterThan(0);
      expect(where(parse(text.normalize('NFD')))).toEqual(nfc);
    }
  });

  it('doc.vnAnnotation() returns our Annotation of the whole document', () => {
    const text = `${SENTENCE}\n\n${MEETING}`;
    const doc = parse(text);
    const expected: Annotation = lib.annotate(text);
    expect(doc.vnAnnotation()).toEqual(expected);
    // From any match in the document: the same whole-document annotation.
    expect((doc.people().eq(1) as unknown as VnAdminNerMethods).vnAnnotation()).toEqual(expected);
    // English documents get one too (with nothing in it).
    expect(parse('The cat sat.').vnAnnotation().entities).toEqual([]);
  });
});

describe('an English document after nlp.plugin()', () => {
  beforeAll(() => {
    nlp.plugin(plugin);
  });

  it('gives the same JSON, people, places and organizations as before, in this process', () => {
    expect(snapshot(nlp, ENGLISH)).toEqual(ENGLISH_BEFORE);
  });

  it('gives the same JSON as a fresh process that never saw the plugin', () => {
    const script = `import nlp from 'compromise';\nconst f = new Function('nlp', 'sentences', ${JSON.stringify(SNAPSHOT_BODY)});\nprocess.stdout.write(JSON.stringify(f(nlp, ${JSON.stringify(ENGLISH)})));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const fresh = JSON.parse(r.stdout) as string[];
    expect(snapshot(nlp, ENGLISH)).toEqual(fresh);
    expect(ENGLISH_BEFORE).toEqual(fresh);
  });

  it("changes compromise's world by one hook and one tag only", () => {
    expect(nlp.hooks()).toEqual([...HOOKS_BEFORE, adapter.HOOK]);
    expect(Object.keys(world.model.one.tagSet).filter((t) => !TAGS_BEFORE.includes(t))).toEqual(['Role']);
  });
});

describe('registering the plugin twice', () => {
  it('keeps one hook and one Role tag, and tags the same way', () => {
    nlp.plugin(plugin);
    const tagSet = JSON.stringify(world.model.one.tagSet);
    const before = JSON.stringify(termTags(parse(SENTENCE)));
    nlp.plugin(plugin);
    expect(nlp.hooks().filter((h) => h === adapter.HOOK)).toHaveLength(1);
    expect(JSON.stringify(world.model.one.tagSet)).toBe(tagSet);
    expect(JSON.stringify(termTags(parse(SENTENCE)))).toBe(before);
    expect(snapshot(nlp, ENGLISH)).toEqual(ENGLISH_BEFORE);
  });

  it('annotates each document once; the last plugin registered is the one used', () => {
    let calls = 0;
    const counting = adapter.createCompromisePlugin({
      annotate: (text) => {
        calls++;
        return lib.annotate(text);
      },
    });
    try {
      nlp.plugin(counting);
      nlp.plugin(counting);
      parse(SENTENCE);
      expect(calls).toBe(1);
      parse('The cat sat on the mat.');
      expect(calls).toBe(1); // not Vietnamese: not annotated at all
      expect(spans(parse(SENTENCE).people(), SENTENCE)).toEqual(['Nguyễn Văn An']);
    } finally {
      nlp.plugin(plugin);
    }
    parse(SENTENCE);
    expect(calls).toBe(2);
  });

  it('createCompromisePlugin() takes its own language test', () => {
    try {
      nlp.plugin(adapter.createCompromisePlugin({ isVietnamese: () => false }));
      expect(parse(SENTENCE).match('#Role').found).toBe(false);
      expect(termTags(parse(SENTENCE)).find((t) => t.text === 'HU')!.tags).toContain('LastName');
    } finally {
      nlp.plugin(plugin);
    }
    expect(parse(SENTENCE).match('#Role').found).toBe(true);
  });
});

describe('compromise stays optional', () => {
  const runtimeImport = /(?:^|[;\s])(?:import\s+(?!type\b)[^'";]*?from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]compromise(?:\/[^'"]*)?['"]/m;
  const code = (file: string) =>
    readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  it('no source file imports compromise at run time; the core does not import the adapters', () => {
    for (const file of sources(join(ROOT, 'src'))) {
      expect(runtimeImport.test(code(file)), file).toBe(false);
      if (!file.includes(join('src', 'adapters'))) expect(code(file), file).not.toMatch(/(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"][^'"]*adapters\//);
    }
  });

  it.skipIf(!DIST)('the build neither imports nor bundles compromise, and the adapter reuses the core build', () => {
    for (const f of ['index.js', 'index.cjs', 'adapters/compromise.js', 'adapters/compromise.cjs']) {
      expect(runtimeImport.test(code(join(ROOT, 'dist', f))), f).toBe(false);
    }
    expect(readFileSync(join(ROOT, 'dist/adapters/compromise.js'), 'utf8')).toMatch(/from ["']\.\.\/index\.js["']/);
    expect(readFileSync(join(ROOT, 'dist/adapters/compromise.cjs'), 'utf8')).toMatch(/require\(["']\.\.\/index\.cjs["']\)/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(pkg.peerDependenciesMeta!.compromise).toEqual({ optional: true });
    expect(pkg.dependencies?.compromise).toBeUndefined();
  });
});
