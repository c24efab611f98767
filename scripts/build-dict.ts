/**
 * Compile `dict/*.tsv` into typed modules under `src/lexicon/generated/`, and
 * lint the data on the way: the build fails on a wrong header, a wrong number
 * of fields, non-NFC text, old/new tone-placement mixing in expansions,
 * stray spaces, unknown categories or set names, malformed context cues,
 * missing sources and duplicates. In `grammar.tsv` and `place-types.tsv`
 * the words the rules compare with folded text must be folded, and every
 * part of a source must name its kind of evidence (README, admission policy).
 * `dict/place-types.tsv` is the one place-type vocabulary: the type words of
 * `places.tsv` and `communes.tsv` are checked against it.
 *
 * The library never reads `dict/` at run time; it imports the generated
 * modules, so it works in browsers and bundlers.
 *
 * Usage: `tsx scripts/build-dict.ts [--check]` (`--check` lints only).
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/normalize/index.js';
import { ABBREVIATION_CATEGORIES } from '../src/lexicon/categories.js';
import { parseCues } from '../src/lexicon/cues.js';
import { PACK_BANK, pack, packEscaped } from '../src/lexicon/packed.js';
import { decodeCommunes, encodeCommunes } from '../src/lexicon/communes-codec.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dictDir = join(root, 'dict');
const outDir = join(root, 'src', 'lexicon', 'generated');
const checkOnly = process.argv.includes('--check');

interface Schema {
  file: string;
  header: string[];
  /** columns that must be non-empty */
  required: string[];
  /** the columns that make a row unique */
  key: string[];
  /** check one row; return an error message or null */
  check?: (row: Record<string, string>) => string | null;
  /** check the rows together; return error messages */
  checkAll?: (rows: Record<string, string>[]) => string[];
  /** emit: module name and the value to export */
  emit: (rows: Record<string, string>[]) => { name: string; code: string };
}

const errors: string[] = [];

/** Levels a place type word has in the entity lexicon (dict/place-types.tsv `level`). */
const PLACE_LEVELS = ['province', 'district', 'commune', 'village', 'zone'];
/** Levels of the gazetteer's units (dict/place-types.tsv `units`, dict/places.tsv `level`). */
const UNIT_LEVELS = ['province', 'district', 'commune'];
/** The flags of dict/place-types.tsv, and what each says about a type word. */
const PLACE_TYPE_FLAGS = new Map([
  ['org-level', "an organisation named by this level alone (`HĐND huyện`, `Huyện ủy`) takes the document's unit of that level"],
  ['after-cap', 'a level after `cấp` (`HĐND cấp xã`)'],
]);
/** Unit type words of dict/place-types.tsv -> the unit levels they name (filled when that file is compiled). */
const unitTypes = new Map<string, string[]>();
/** The one-letter codes of commune types in the compact communes module (see src/lexicon/gazetteer.ts). */
const COMMUNE_TYPE_CODES = new Map([
  ['xã', 'x'],
  ['phường', 'p'],
  ['thị trấn', 't'],
  ['đặc khu', 'd'],
]);
/**
 * The word sets of dict/grammar.tsv: set name -> what the set is, and the
 * rule file that uses it (through src/lexicon/vocabulary.ts).
 */
const GRAMMAR_SETS = new Map([
  ['address', 'Forms of address before a name (GUIDELINES layer 1, rule 1): `ông`, `đ/c`. src/recognize/people.ts'],
  ['credit', 'Credit words before an author: `Ảnh: C.L`, `(ảnh KV)`; the initials after them are a person, not an abbreviation. src/recognize/abbreviations.ts, src/recognize/people.ts'],
  ['credit-line', 'Further words of a credit line (`Nguồn:`), with `credit` the words a byline may hold. src/recognize/people.ts'],
  ['numbering', 'Nouns numbered after them (`khóa XII`, `quý IV`): a Roman numeral after them is no abbreviation. src/recognize/abbreviations.ts'],
  ['lunar-stem', 'The ten heavenly stems: `Giáp Ngọ` is a year, not a person. src/recognize/people.ts'],
  ['lunar-branch', 'The twelve earthly branches (with the variants `mẹo`, `tị`). src/recognize/people.ts'],
  ['region-type', 'Place type words of regions and rivers: a one-syllable name after them is the name even before a lower-case word (`sông Hậu dâng cao`, `miền Trung`). src/recognize/places.ts'],
  ['plural', 'Words before a type word shared by several places (`2 xã A và B`, `các xã A, B`). src/recognize/places.ts'],
  ['generic', 'Quantifiers that make a lower-case body generic (`các đảng bộ`; GUIDELINES layer 1, rule 7). src/recognize/organizations.ts'],
  ['lower-body-start', 'First words of multi-word bodies that may be written in lower case (`ban thường vụ`, `văn phòng HĐND`). src/recognize/organizations.ts'],
  ['top-body', 'Bodies at the top of their tree besides the committees of dict/place-types.tsv: they take a level and a place, not a parent body. src/recognize/organizations.ts'],
  ['institution', 'Type nouns of institutions, whose names are often people\'s (`Trường THCS Nguyễn Du`). src/recognize/organizations.ts'],
  ['described-capital', 'Type nouns that take a descriptive name in lower case after one capitalised word (`Viện Nghiên cứu chiến lược`). src/recognize/organizations.ts'],
  ['described-lower', 'Type nouns whose descriptive name may start in lower case (`Ban Quản lý dự án`). src/recognize/organizations.ts'],
  ['predicate', 'Words that end a descriptive name because the predicate starts there: auxiliaries, prepositions, conjunctions, first syllables of the verbs of the genre. src/recognize/organizations.ts'],
  ['not-youth', 'Words after `Đoàn` that make it a common noun (`Đoàn kết`, `đoàn viên`). src/recognize/organizations.ts'],
  ['event-body', 'Bodies of a congress, a session or an event, which take the capitalised event they serve (`Đoàn Chủ tịch Đại hội`, `Ban chỉ đạo Đại hội`). src/recognize/organizations.ts'],
  ['event', 'Events a body of an event may name after it (`Đại hội`, `Hội nghị`, `Hội thảo`, `Kỳ họp`, `Hội thi`). src/recognize/organizations.ts'],
  ['lead-time', 'Words of time that open a news item\'s lead after its credit (`Kinhtedothi - Ngày 22/9, …`). src/recognize/organizations.ts'],
  ['weekday', 'Numerals after `Thứ` that name a day of the week (`Thứ tư, ngày 14/6`): `Thứ` then starts a date, not a name\'s last syllable. src/recognize/context.ts'],
  ['described-scoped', 'Type nouns whose descriptive name may run long, in any case, when a scope ends it (`Hợp tác xã công nghệ cao phát triển tôm Bạc Liêu`, `Học viện Thanh thiếu niên Việt Nam`). src/recognize/organizations.ts'],
  ['name-stop', 'Function words that end a long descriptive name: auxiliaries, prepositions, conjunctions (`Hợp tác xã | được thành lập tại …`). src/recognize/organizations.ts'],
  ['short-form', 'Type nouns that name a body again alone, capitalised, once the text gave it in full (`Hội` after `Hội Nông dân xã`). src/recognize/short-forms.ts'],
  ['not-short-form', 'Words after `Hội`, `Ủy ban`, `Trung tâm` that make another word of it (`Hội nghị`, `Hội trường`). src/recognize/short-forms.ts'],
  ['misspelled-target', 'Abbreviations common enough that a capitals token one letter off them, unknown to the dictionary, is a misspelling of them (`UNND`, `HĐDN`). src/recognize/abbreviations.ts'],
  ['keyboard-row', 'The letter rows of the QWERTY keyboard Vietnamese is typed on (Telex, VNI): a typo strikes a neighbouring key. src/recognize/abbreviations.ts'],
  ['field-title', 'Titles with their body welded in (`Bộ trưởng`: head of a Bộ) that take the body\'s field right after them: `Bộ trưởng Giao thông vận tải` is one ROLE. src/recognize/roles.ts'],
  ['level-lead', 'Words that take a level after them (`cấp xã`). src/recognize/organizations.ts'],
  ['level', 'Levels after `cấp` that are no place type (`cấp cơ sở`), with the place types flagged after-cap. src/recognize/organizations.ts'],
  ['split-noun', 'Type nouns a title may end in, which then start the organisation (`[Trưởng] [Ban Dân vận Huyện ủy]`). src/recognize/roles.ts'],
  ['elected', 'Elected bodies: `đại biểu` is a role only before one. src/recognize/roles.ts'],
  ['linking', 'Linking words a long form may skip when it spells its abbreviation (`Kế hoạch và Đầu tư` -> KHĐT). src/resolve/definitions.ts'],
  ['relation-separator', 'Words of apposition between a name and its roles (`kiêm`, `là`). src/resolve/relations.ts'],
  ['relation-skip', 'Forms of address and words that stay outside a title (`nguyên`, `quyền`, `tân`) between a title and its holder. src/resolve/relations.ts'],
  ['relation-and', 'The conjunction of a list of holders. src/resolve/relations.ts'],
  ['relation-group', 'Words after which a list of holders follows (`gồm`, `đó là`). src/resolve/relations.ts'],
  ['relation-office', 'Prepositions that join an office to the name after it (`đối với`, `của`). src/resolve/relations.ts'],
  ['relation-verb', 'Words around a verb of office (`được`, `chức danh`, `tiếp tục`): with a core verb they join a name to its role. src/resolve/relations.ts'],
  ['relation-core', 'Verbs of taking or leaving office (`bầu`, `bổ nhiệm`, `thôi`). src/resolve/relations.ts'],
  ['relation-plural', 'Words before a title that make it said of several (`các Phó Chủ tịch`, `hai Phó Chủ tịch`). src/resolve/relations.ts'],
  ['relation-intro', 'Syllables before a title that introduce an office being given or taken (`chức danh`, `miễn nhiệm`). src/resolve/relations.ts'],
]);
/** The kinds of rows of dict/minority-names.tsv, and what each says (src/recognize/minority-names.ts). */
const MINORITY_KINDS = new Map([
  ['prefix', "a marker before the given name: a word (`Y`) or glued with an apostrophe (`H'`, `K'`)"],
  ['clan-last', 'a clan that closes a name after a prefix and the given syllables (Ê Đê order: `Y Biêr Niê`)'],
  ['clan-first', 'a clan that opens a name before the given syllables (Jrai order: `Ksor …`)'],
  ['clan-first-word', 'a clan-first that is also an everyday word (`Nay`): a name only with more evidence'],
  ['hmong-clan', "a H'Mông clan before a middle of `hmong-middle` (`Vàng Mí …`)"],
  ['hmong-middle', "the middle of a H'Mông name after its clan (`A`, `Seo`, `Mí`, `Thị`)"],
  ['long-surname', 'a surname that also opens many place names: a name only of three syllables or more (`Sơn`)'],
  ['ethnonym', "a people written with a glued prefix (`H'Mông`): never a person"],
]);

/** A form of dict/minority-names.tsv: canonical, one word a syllable, an apostrophe only in glued prefixes and ethnonyms. */
function minorityForm(form: string, kind: string): string | null {
  const bad = canonical('form', form);
  if (bad) return bad;
  const glued = form.includes("'");
  if (kind === 'prefix' && glued && !/^\p{Lu}'$/u.test(form)) return `glued prefix ${JSON.stringify(form)} must be one capital and an apostrophe`;
  if (kind === 'ethnonym' && !/^\p{Lu}'\p{Lu}\p{Ll}+$/u.test(form)) return `ethnonym ${JSON.stringify(form)} must be a glued prefix and a capitalised syllable`;
  if (glued && kind !== 'prefix' && kind !== 'ethnonym') return `${JSON.stringify(form)}: an apostrophe only in prefixes and ethnonyms`;
  return null;
}

/** The kinds of evidence a `source` may cite in the files that follow the admission policy (README, Dictionaries). */
const SOURCE_KINDS = ['guidelines', 'official', 'grammar', 'reference', 'data', 'usage'];

function canonicalTone(s: string): boolean {
  return normalize(s).text === s;
}

const schemas: Schema[] = [
  {
    file: 'abbreviations.tsv',
    header: ['abbr', 'expansion', 'category', 'context', 'note', 'source'],
    required: ['abbr', 'expansion', 'category', 'source'],
    key: ['abbr', 'expansion'],
    check(row) {
      if (!(ABBREVIATION_CATEGORIES as readonly string[]).includes(row.category!)) {
        return `unknown category ${JSON.stringify(row.category)} (allowed: ${ABBREVIATION_CATEGORIES.join(', ')})`;
      }
      if (!canonicalTone(row.expansion!)) {
        return `expansion ${JSON.stringify(row.expansion)} is not in the canonical form ${JSON.stringify(normalize(row.expansion!).text)} (tone placement or invisible characters)`;
      }
      if (/\s/.test(row.abbr!)) return `abbreviation ${JSON.stringify(row.abbr)} contains white space`;
      try {
        parseCues(row.context ?? '');
      } catch (e) {
        return (e as Error).message;
      }
      return null;
    },
    emit: (rows) => ({
      name: 'abbreviations',
      code: packedModule(
        'abbreviations',
        '[abbreviation, expansion, category, context cues]; the first row of an abbreviation is its default sense.',
        'readonly [abbr: string, expansion: string, category: string, context: string]',
        rows.map((r) => [r.abbr!, r.expansion!, r.category!, r.context ?? '']),
      ),
    }),
  },
  {
    file: 'roles.tsv',
    header: ['role', 'kind', 'note', 'source'],
    required: ['role', 'kind', 'source'],
    key: ['role'],
    check: (row) => oneOf('kind', row.kind!, ['title', 'delegate', 'prefix', 'qualifier']) ?? canonical('role', row.role!),
    emit: (rows) => ({
      name: 'roles',
      code: packedModule('roles', '[title, kind]: kind is title | delegate | prefix | qualifier', 'readonly [title: string, kind: string]', rows.map((r) => [r.role!, r.kind!])),
    }),
  },
  {
    file: 'organizations.tsv',
    header: ['name', 'kind', 'note', 'source'],
    required: ['name', 'kind', 'source'],
    key: ['name'],
    check: (row) => oneOf('kind', row.kind!, ['body', 'head', 'party', 'centre', 'youth', 'field', 'programme']) ?? canonical('name', row.name!),
    emit: (rows) => ({
      name: 'organizations',
      code: packedModule(
        'organizations',
        '[name, kind]: kind is body | head | party | centre | youth | field | programme',
        'readonly [name: string, kind: string]',
        rows.map((r) => [r.name!, r.kind!]),
      ),
    }),
  },
  {
    file: 'place-types.tsv',
    header: ['type', 'level', 'units', 'committee', 'flags', 'note', 'source'],
    required: ['type', 'level', 'source'],
    key: ['type'],
    check: (row) =>
      oneOf('level', row.level!, PLACE_LEVELS) ?? canonical('type', row.type!) ?? placeTypeColumns(row) ?? sourceKinds(row.source!),
    checkAll: (rows) => {
      // a committee word names one type's unit: `huyện ủy` is the district's only
      const out: string[] = [];
      const types = new Set(rows.map((r) => r.type!.toLowerCase()));
      const seen = new Set<string>();
      for (const r of rows) {
        if (!r.committee) continue;
        if (seen.has(r.committee) || types.has(r.committee)) out.push(`place-types.tsv: committee ${JSON.stringify(r.committee)} is given twice, or is also a type`);
        seen.add(r.committee);
      }
      return out;
    },
    emit: (rows) => {
      for (const r of rows) if (words(r.units!).length > 0) unitTypes.set(r.type!, words(r.units!));
      const data = rows.map((r) => [r.type, r.level, words(r.units!), r.committee, words(r.flags!)]);
      const union = (xs: Iterable<string>): string => [...xs].map((x) => `'${x}'`).join(' | ');
      return {
        name: 'placeTypes',
        code:
          `/** The level a place type word gives in the entity lexicon. */\nexport type PlaceTypeLevel = ${union(PLACE_LEVELS)};\n` +
          `/** The level of a unit of the gazetteer. */\nexport type UnitLevel = ${union(UNIT_LEVELS)};\n` +
          `/**\n * A flag of a place type word:\n${[...PLACE_TYPE_FLAGS].map(([f, d]) => ` * - \`${f}\`: ${d}`).join('\n')}\n */\n` +
          `export type PlaceTypeFlag = ${union(PLACE_TYPE_FLAGS.keys())};\n` +
          `/**\n * The place-type vocabulary: [type word, level, the unit levels it names (none for villages,\n * zones and abbreviations), its Party committee (\`huyện ủy\`), flags]. The tables the rules\n * use are derived from it in src/lexicon/vocabulary.ts.\n */\n` +
          `export const PLACE_TYPES: readonly (readonly [type: string, level: PlaceTypeLevel, units: readonly UnitLevel[], committee: string, flags: readonly PlaceTypeFlag[]])[] = ${JSON.stringify(data)};\n`,
      };
    },
  },
  {
    file: 'grammar.tsv',
    header: ['word', 'set', 'note', 'source'],
    required: ['word', 'set', 'source'],
    key: ['set', 'word'],
    check: (row) =>
      (GRAMMAR_SETS.has(row.set!) ? null : `unknown set ${JSON.stringify(row.set)} (known: ${[...GRAMMAR_SETS.keys()].join(', ')})`) ??
      folded('word', row.word!) ??
      sourceKinds(row.source!),
    checkAll: (rows) => [...GRAMMAR_SETS.keys()].filter((set) => !rows.some((r) => r.set === set)).map((set) => `grammar.tsv: set ${set} has no word`),
    emit: (rows) => {
      const sets = [...GRAMMAR_SETS].map(([set, doc]) => ({ set, doc, words: rows.filter((r) => r.set === set).map((r) => r.word) }));
      const key = (set: string): string => JSON.stringify(set);
      return {
        name: 'grammar',
        code:
          `/** The word sets of dict/grammar.tsv, by set name; every word is folded (lower case, canonical). */\n` +
          `export interface GrammarSets {\n${sets.map((s) => `  /** ${s.doc} */\n  readonly ${key(s.set)}: ReadonlySet<string>;\n`).join('')}}\n` +
          `export const GRAMMAR: GrammarSets = {\n${sets.map((s) => `  ${key(s.set)}: /* @__PURE__ */ new Set(${JSON.stringify(s.words)}),\n`).join('')}};\n`,
      };
    },
  },
  {
    file: 'places.tsv',
    header: ['name', 'type', 'level', 'code', 'parent', 'era', 'source'],
    required: ['name', 'type', 'level', 'code', 'era', 'source'],
    key: ['level', 'code', 'name'],
    check: (row) =>
      oneOf('level', row.level!, UNIT_LEVELS) ??
      unitType(row.type!, row.level!) ??
      oneOf('era', row.era!, ['pre-2025', 'post-2025', 'both']) ??
      (/^[0-9]+$/u.test(row.code!) ? null : `code ${JSON.stringify(row.code)} is not numeric`) ??
      canonical('name', row.name!),
    emit: (rows) => ({
      name: 'places',
      code: packedModule(
        'places',
        '[name, type, level, code, parent, era]: the provinces and districts of the gazetteer.',
        'readonly [name: string, type: string, level: string, code: string, parent: string, era: string]',
        rows.map((r) => [r.name!, r.type!, r.level!, r.code!, r.parent!, r.era!]),
      ),
    }),
  },
  {
    file: 'surnames.tsv',
    header: ['surname', 'count', 'source'],
    required: ['surname', 'count', 'source'],
    key: ['surname'],
    check: (row) => canonical('surname', row.surname!),
    emit: (rows) => ({
      name: 'surnames',
      code: packedModule('surnames', 'Vietnamese surnames, the most common first.', 'string', rows.map((r) => r.surname!)),
    }),
  },
  {
    file: 'name-syllables.tsv',
    header: ['syllable', 'role', 'source'],
    required: ['syllable', 'role', 'source'],
    key: ['syllable'],
    check: (row) => canonical('syllable', row.syllable!),
    emit: (rows) => ({
      name: 'nameSyllables',
      code: packedModule('nameSyllables', 'Syllables of Vietnamese given and middle names.', 'string', rows.map((r) => r.syllable!)),
    }),
  },
  {
    file: 'minority-names.tsv',
    header: ['form', 'kind', 'group', 'note', 'source'],
    required: ['form', 'kind', 'group', 'source'],
    key: ['form', 'kind'],
    check: (row) => oneOf('kind', row.kind!, [...MINORITY_KINDS.keys()]) ?? minorityForm(row.form!, row.kind!) ?? sourceKinds(row.source!),
    emit: (rows) => ({
      name: 'minorityNames',
      code:
        `/**\n * The shapes of ethnic-minority names (dict/minority-names.tsv): [form, kind].\n${[...MINORITY_KINDS].map(([k, what]) => ` * - \`${k}\`: ${what}`).join('\n')}\n */\n` +
        `export const MINORITY_NAMES: readonly (readonly [string, string])[] = ${JSON.stringify(rows.map((r) => [r.form, r.kind]))};\n`,
    }),
  },
  {
    file: 'communes.tsv',
    header: ['name', 'type', 'code', 'parent', 'province', 'era', 'source'],
    required: ['name', 'type', 'code', 'parent', 'province', 'era', 'source'],
    key: ['code', 'name', 'type', 'province'],
    check: (row) =>
      unitType(row.type!, 'commune') ??
      (COMMUNE_TYPE_CODES.has(row.type!) ? null : `type ${JSON.stringify(row.type)} has no one-letter code in COMMUNE_TYPE_CODES`) ??
      oneOf('era', row.era!, ['pre-2025', 'post-2025', 'both']) ??
      (/^[0-9]+$/u.test(row.code!) && /^[0-9]+$/u.test(row.parent!) && /^[0-9]+$/u.test(row.province!) ? null : `non-numeric code in ${JSON.stringify(row.code)}`) ??
      (/[|\n]/u.test(row.name!) ? `name ${JSON.stringify(row.name)} contains a separator` : null) ??
      canonical('name', row.name!),
    emit: (rows) => {
      // compact (src/lexicon/communes-codec.ts): decoded to one line a unit,
      // `name|type|code|parent|province|era`, with type x/p/t/d (xã, phường,
      // thị trấn, đặc khu) and era 0/1/2 (pre, post, both)
      const E: Record<string, string> = { 'pre-2025': '0', 'post-2025': '1', both: '2' };
      const plain = rows.map((r) => [r.name!, COMMUNE_TYPE_CODES.get(r.type!)!, r.code!, r.parent!, r.province!, E[r.era!]!] as const);
      const encoded = encodeCommunes(plain);
      const back = decodeCommunes(encoded);
      if (back !== plain.map((r) => r.join('|')).join('\n')) errors.push('communes.tsv: the compact form does not decode to the rows');
      const words = encoded.words.join(' ');
      const table = packTable(words);
      return {
        name: 'communes',
        code:
          `import type { CompactCommunes } from '../communes-codec.js';\n` +
          `import { unpack } from '../packed.js';\n\n` +
          `/** The characters of {@link COMMUNE_WORDS} written as an escape and an index (see src/lexicon/packed.ts). */\n` +
          `export const COMMUNE_WORDS_TABLE = ${JSON.stringify(table)};\n` +
          `/** The words of the names, most frequent first, space-separated, packed (see src/lexicon/packed.ts). */\n` +
          `export const COMMUNE_WORDS = ${JSON.stringify(pack(words, table))};\n` +
          `/** How many of {@link COMMUNE_WORDS} have a one-character index. */\n` +
          `export const COMMUNE_SINGLE = ${encoded.single};\n` +
          `/**\n * Communes, wards and townships of both eras (dict/communes.tsv) in the compact form of\n` +
          ` * src/lexicon/communes-codec.ts: {@link communes} gives it with its words.\n */\n` +
          `export const COMMUNES = ${JSON.stringify(encoded.rows)};\n\n` +
          `/** The compact data with its word list unpacked (not kept: the gazetteer that reads it is built once). */\n` +
          `export function communes(): CompactCommunes {\n  return { rows: COMMUNES, words: unpack(COMMUNE_WORDS, COMMUNE_WORDS_TABLE).split(' '), single: COMMUNE_SINGLE };\n}\n`,
      };
    },
  },
  {
    file: 'people.tsv',
    header: ['name', 'note', 'source'],
    required: ['name', 'source'],
    key: ['name'],
    check: (row) => canonical('name', row.name!),
    emit: (rows) => ({
      name: 'people',
      code: packedModule('people', 'Well-known people named in the genre without the usual name shape (Mác, Lênin).', 'string', rows.map((r) => r.name!)),
    }),
  },
  {
    file: 'countries.tsv',
    header: ['name', 'kind', 'note', 'source'],
    required: ['name', 'kind', 'source'],
    key: ['name'],
    check: (row) => oneOf('kind', row.kind!, ['country', 'region']) ?? canonical('name', row.name!),
    emit: (rows) => ({
      name: 'countries',
      code: packedModule('countries', 'Countries and regions named bare (LOC).', 'string', rows.map((r) => r.name!)),
    }),
  },
];

function oneOf(field: string, value: string, allowed: string[]): string | null {
  return allowed.includes(value) ? null : `unknown ${field} ${JSON.stringify(value)} (allowed: ${allowed.join(', ')})`;
}

function canonical(field: string, value: string): string | null {
  return canonicalTone(value) ? null : `${field} ${JSON.stringify(value)} is not in the canonical form ${JSON.stringify(normalize(value).text)}`;
}

/** Canonical and lower case: the form the rules compare (`fold`). */
function folded(field: string, value: string): string | null {
  return canonical(field, value) ?? (value.toLowerCase() === value ? null : `${field} ${JSON.stringify(value)} is not lower case (the rules compare folded text)`);
}

/** A space-separated list column: `province district` -> ['province', 'district']. */
function words(value: string): string[] {
  return value === '' ? [] : value.split(' ');
}

/** Every `; `-separated part of a source starts with a known kind of evidence: `guidelines: layer 1, rule 1`. */
function sourceKinds(source: string): string | null {
  for (const part of source.split('; ')) {
    const kind = /^([a-z]+): \S/u.exec(part)?.[1];
    if (!kind || !SOURCE_KINDS.includes(kind)) {
      return `source part ${JSON.stringify(part)} does not start with a kind of evidence (${SOURCE_KINDS.map((k) => `${k}:`).join(' ')})`;
    }
  }
  return null;
}

/** The characters of `text` a packed literal writes as an escape and an index (see src/lexicon/packed.ts). */
function packTable(text: string): string {
  const chars = new Set<string>();
  for (let k = 0; k < text.length; k++) if (packEscaped(text.charCodeAt(k))) chars.add(text[k]!);
  const table = [...chars].sort().join('');
  if (table.length > 2 * PACK_BANK) throw new Error(`packed data needs ${table.length} escaped characters, at most ${2 * PACK_BANK} fit`);
  return table;
}

/**
 * A module that exports a table packed into one ASCII string literal (see
 * src/lexicon/packed.ts) and the function `fn` that decodes it: loading the
 * module costs little, whatever the size of the data, and the rows are not
 * kept once the annotator that reads them is built. `rows` are tuples of
 * fields (`|`-separated) or single strings.
 */
function packedModule(fn: string, doc: string, rowType: string, rows: string[][] | string[]): string {
  const tuples = rows.some((r) => Array.isArray(r));
  const lines = (rows as (string | string[])[]).map((r) => {
    const fields = typeof r === 'string' ? [r] : r;
    const bad = fields.find((f) => f.includes('|') || f.includes('\n'));
    if (bad !== undefined) errors.push(`${fn}: ${JSON.stringify(bad)} contains a separator of packed data (| or a line break)`);
    return fields.join('|');
  });
  const text = lines.join('\n');
  const table = packTable(text);
  const decode = tuples ? 'unpackRows' : 'unpackList';
  return (
    `import { ${decode} } from '../packed.js';\n\n` +
    `const TABLE = ${JSON.stringify(table)};\n` +
    `const DATA = ${JSON.stringify(pack(text, table))};\n\n` +
    `/** ${doc.endsWith('.') ? doc : `${doc}.`} Decoded at each call (once per annotator built). */\n` +
    `export function ${fn}(): readonly (${rowType})[] {\n` +
    `  return ${decode}(DATA, TABLE)${tuples ? ` as unknown as (${rowType})[]` : ''};\n` +
    `}\n`
  );
}

/** The columns of dict/place-types.tsv after `level`: units, committee, flags. */
function placeTypeColumns(row: Record<string, string>): string | null {
  const units = words(row.units!);
  const flags = words(row.flags!);
  const bad = units.find((u) => !UNIT_LEVELS.includes(u)) ?? flags.find((f) => !PLACE_TYPE_FLAGS.has(f));
  if (bad !== undefined) return `unknown unit level or flag ${JSON.stringify(bad)}`;
  if (new Set(units).size < units.length || new Set(flags).size < flags.length) return 'a unit level or flag given twice';
  if (units.length > 0 && !units.includes(row.level!)) return `units ${JSON.stringify(row.units)} leave out the level ${row.level}`;
  if ((units.length > 0 || row.committee) && folded('type', row.type!)) return folded('type', row.type!);
  if (row.committee && units.length === 0) return `committee ${JSON.stringify(row.committee)} needs the units its type names`;
  if (row.committee && folded('committee', row.committee)) return folded('committee', row.committee);
  if (flags.includes('org-level') && units.join(' ') !== row.level) return 'org-level needs a type that names one level of unit, its own';
  if (flags.length > 0 && units.length === 0) return `flags ${JSON.stringify(row.flags)} need the units the type names`;
  return null;
}

/** A type word of dict/places.tsv or dict/communes.tsv: a unit type of dict/place-types.tsv at that level. */
function unitType(type: string, level: string): string | null {
  if (unitTypes.get(type)?.includes(level)) return null;
  return `type ${JSON.stringify(type)} is no ${level} unit type of dict/place-types.tsv (its units column)`;
}

function readTsv(schema: Schema): Record<string, string>[] {
  const path = join(dictDir, schema.file);
  const raw = readFileSync(path, 'utf8');
  const lines = raw.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = lines[0]?.split('\t') ?? [];
  if (header.join('\t') !== schema.header.join('\t')) {
    errors.push(`${schema.file}:1: header must be ${JSON.stringify(schema.header.join('\\t'))}, got ${JSON.stringify(lines[0])}`);
    return [];
  }
  const rows: Record<string, string>[] = [];
  const seen = new Map<string, number>();
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    const where = `${schema.file}:${n + 1}`;
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (line.includes('\r')) errors.push(`${where}: carriage return in line`);
    const fields = line.split('\t');
    if (fields.length !== schema.header.length) {
      errors.push(`${where}: expected ${schema.header.length} tab-separated fields, got ${fields.length}`);
      continue;
    }
    const row: Record<string, string> = {};
    schema.header.forEach((h, k) => (row[h] = fields[k]!));
    let bad = false;
    for (const [h, v] of Object.entries(row)) {
      if (v !== v.trim() || /\s{2,}/.test(v)) {
        errors.push(`${where}: stray spaces in ${h} ${JSON.stringify(v)}`);
        bad = true;
      }
      if (v.normalize('NFC') !== v) {
        errors.push(`${where}: ${h} ${JSON.stringify(v)} is not NFC`);
        bad = true;
      }
      if (/[\u200b-\u200d\u2060\ufeff\u00a0]/.test(v)) {
        errors.push(`${where}: invisible or no-break character in ${h}`);
        bad = true;
      }
    }
    for (const h of schema.required) {
      if (!row[h]) {
        errors.push(`${where}: ${h} is empty`);
        bad = true;
      }
    }
    const msg = schema.check?.(row);
    if (msg) {
      errors.push(`${where}: ${msg}`);
      bad = true;
    }
    const key = schema.key.map((h) => row[h]).join('\u0000');
    const prev = seen.get(key);
    if (prev !== undefined) {
      errors.push(`${where}: duplicate of line ${prev} (${schema.key.map((h) => row[h]).join(' / ')})`);
      bad = true;
    } else seen.set(key, n + 1);
    if (!bad) rows.push(row);
  }
  return rows;
}

const present = new Set(readdirSync(dictDir).filter((f) => f.endsWith('.tsv')));
for (const f of present) {
  if (!schemas.some((s) => s.file === f)) errors.push(`dict/${f}: no schema for this file in scripts/build-dict.ts`);
}
const outputs: { name: string; code: string }[] = [];
for (const schema of schemas) {
  if (!present.has(schema.file)) {
    errors.push(`dict/${schema.file} is missing`);
    continue;
  }
  const rows = readTsv(schema);
  errors.push(...(schema.checkAll?.(rows) ?? []));
  outputs.push(schema.emit(rows));
}

if (errors.length > 0) {
  for (const e of errors) console.error(`dict: ${e}`);
  console.error(`dict: ${errors.length} error(s); nothing written`);
  process.exit(1);
}
if (!checkOnly) {
  mkdirSync(outDir, { recursive: true });
  for (const o of outputs) {
    writeFileSync(join(outDir, `${o.name}.ts`), `// Generated by scripts/build-dict.ts from dict/. Do not edit.\n${o.code}`);
  }
  console.log(`dict: wrote ${outputs.map((o) => o.name).join(', ')} to src/lexicon/generated/`);
} else console.log('dict: ok');
