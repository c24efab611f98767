/**
 * README as tests: every ```ts block of README.md runs here, and the values it
 * claims in comments are checked, so the README cannot drift from the code.
 *
 * - A block of type declarations only (the `Annotation` listing) is not run:
 *   every field of every interface it lists must exist in that interface in
 *   src/types.ts.
 * - Any other block is compiled with esbuild (types stripped, imports turned
 *   into `require` calls that get the library under test: src, or dist when
 *   TESTENV=dist) and run. The main entry's exports are in scope, so a block
 *   may use `annotate` without importing it, as the README's later examples do.
 * - A claim is an expression statement followed by `// <value>` on the same
 *   line or on the comment lines right after it. When the value is a JS
 *   literal (a string, number, array, object, true/false/null), the
 *   expression's value must equal it (deep equality). A `…` standing for an
 *   element or a property means "the rest is not checked": the claim then
 *   only has to be covered by the value (objects: the keys given; arrays: the
 *   first elements). A trailing note in parentheses (`// 8 (why)`) is ignored.
 *   Other comments (words) are not compared; the statement still runs.
 * - The compromise example, in its typed form, also goes through `tsc --strict`
 *   (module nodenext) with the package's names mapped to the sources.
 *
 * Blocks in other languages (sh, js, json, python) are not run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lib } from './helpers/lib.js';

const ROOT = join(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const TYPES = readFileSync(join(ROOT, 'src/types.ts'), 'utf8');
const DIST = process.env.TESTENV === 'dist';

interface Block {
  line: number; // 1-based line of the opening fence
  lang: string;
  code: string;
}

/** Every fenced block of a Markdown text, with the line of its opening fence. */
function fencedBlocks(md: string): Block[] {
  const lines = md.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    blocks.push({ line: start + 1, lang: open[1]!, code: body.join('\n') });
  }
  return blocks;
}

/** `code` with `//` comments removed (strings kept: quotes are tracked). */
function stripLineComment(line: string): { code: string; comment: string | null } {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return { code: line.slice(0, i), comment: line.slice(i + 2).trim() };
  }
  return { code: line, comment: null };
}

/** Bracket depth change of a line of code (strings skipped). */
function depthDelta(code: string): number {
  let d = 0;
  let quote: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) d++;
    else if (')]}'.includes(c)) d--;
  }
  return d;
}

// ---------------------------------------------------------------- declarations

/** True when every top-level statement of the block is an interface or a type. */
function isDeclarationsOnly(code: string): boolean {
  let depth = 0;
  for (const raw of code.split('\n')) {
    const line = stripLineComment(raw).code.trim();
    if (depth === 0 && line && !/^(export\s+)?(interface|type)\s/.test(line)) return false;
    depth += depthDelta(line);
  }
  return true;
}

/** Field names of each interface in TypeScript source: `{ Name: [fields] }`. */
function interfaceFields(source: string): Map<string, string[]> {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const out = new Map<string, string[]>();
  const head = /interface\s+(\w+)[^{]*\{/g;
  let m: RegExpExecArray | null;
  while ((m = head.exec(text))) {
    let depth = 1;
    let i = head.lastIndex;
    let body = '';
    for (; i < text.length && depth > 0; i++) {
      const c = text[i]!;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (depth === 1 && c !== '}') body += c; // fields of nested object types are left out
      else if (depth === 1) body += ' ';
    }
    const fields = [...body.matchAll(/(?:^|[;\n])\s*(?:readonly\s+)?(\w+)\??\s*[:(]/g)].map((f) => f[1]!);
    out.set(m[1]!, fields);
  }
  return out;
}

// ---------------------------------------------------------------- claims

const ELLIPSIS = '…';

/** The claimed value of a comment, or `undefined` when the comment is words. */
function parseClaim(comment: string): { value: unknown; partial: boolean } | undefined {
  const tries = [comment, comment.replace(/\s*\([^()]*\)\s*$/, '')];
  for (const t of tries) {
    if (!/^(['"[{\d-]|true\b|false\b|null\b)/.test(t)) continue;
    // `…` outside strings, as an element or a property: the rest is not checked.
    let partial = false;
    let src = '';
    let quote: string | null = null;
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      if (quote) {
        if (c === '\\') src += c + t[++i];
        else src += c;
        if (c === quote) quote = null;
      } else if (c === "'" || c === '"' || c === '`') (quote = c), (src += c);
      else if (c === ELLIPSIS) partial = true;
      else src += c;
    }
    if (partial) src = src.replace(/,(\s*[\]}])/g, '$1').replace(/([[{]\s*),/g, '$1');
    try {
      return { value: new Function(`return (${src});`)() as unknown, partial };
    } catch {
      /* not a literal: try the next form */
    }
  }
  return undefined;
}

/** `claim` is covered by `actual`: objects by the keys given, arrays by their first elements. */
function covers(actual: unknown, claim: unknown): boolean {
  if (Array.isArray(claim))
    return Array.isArray(actual) && claim.length <= actual.length && claim.every((c, i) => covers(actual[i], c));
  if (claim && typeof claim === 'object')
    return !!actual && typeof actual === 'object' && Object.entries(claim).every(([k, v]) => covers((actual as Record<string, unknown>)[k], v));
  return Object.is(actual, claim);
}

interface Claim {
  line: number; // README line of the statement's last line
  source: string; // the expression as written
  comment: string;
}

/**
 * The block with each claimed expression statement `EXPR;` rewritten to
 * `__claims.push(EXPR);`, and the claims in the same order.
 */
function instrument(block: Block): { code: string; claims: Claim[] } {
  const lines = block.code.split('\n');
  const out = [...lines];
  const claims: Claim[] = [];
  let depth = 0;
  let stmtStart = -1;
  for (let i = 0; i < lines.length; i++) {
    const { code, comment } = stripLineComment(lines[i]!);
    if (depth === 0 && code.trim() && stmtStart < 0) stmtStart = i;
    depth += depthDelta(code);
    if (depth !== 0 || stmtStart < 0 || !code.trim().endsWith(';')) continue;
    // A statement ends on line i: its claim is the trailing comment, or the comment lines after it.
    let claim = comment;
    let j = i + 1;
    if (claim === null) {
      const parts: string[] = [];
      for (; j < lines.length && /^\s*\/\//.test(lines[j]!); j++) parts.push(lines[j]!.replace(/^\s*\/\/\s?/, ''));
      if (parts.length) claim = parts.join(' ');
    }
    const stmt = lines.slice(stmtStart, i).map((l) => stripLineComment(l).code).concat(code).join('\n');
    const isExpression = !/^\s*(import|export|const|let|var|function|class|interface|type|if|for|while|return)\b/.test(stmt);
    if (claim !== null && isExpression) {
      const expr = stmt.trim().replace(/;$/, '');
      for (let k = stmtStart; k < i; k++) out[k] = '';
      out[i] = `__claims.push(${expr});`;
      claims.push({ line: block.line + 1 + i, source: expr, comment: claim });
    }
    stmtStart = -1;
  }
  return { code: out.join('\n'), claims };
}

// ---------------------------------------------------------------- running

const modules: Record<string, Promise<Record<string, unknown>>> = {
  'vn-admin-ner': Promise.resolve(lib as unknown as Record<string, unknown>),
  'vn-admin-ner/lite': DIST ? import('../dist/lite.js' as string) : import('../src/lite.js'),
  'vn-admin-ner/compromise': DIST ? import('../dist/adapters/compromise.js' as string) : import('../src/adapters/compromise.js'),
  compromise: import('compromise'),
};

/** node:fs for the examples: reads give the sample report, writes are kept here. */
const written = new Map<string, string>();
const fakeFs = {
  readFileSync: () => readFileSync(join(ROOT, 'samples/sample-report.txt'), 'utf8'),
  writeFileSync: (path: string, data: string) => void written.set(path, data),
};

async function run(block: Block): Promise<{ values: unknown[]; claims: Claim[] }> {
  const { code, claims } = instrument(block);
  const js = transformSync(code, { loader: 'ts', format: 'cjs', target: 'es2022' }).code;
  const resolved: Record<string, unknown> = { 'node:fs': fakeFs, fs: fakeFs };
  for (const [name, mod] of Object.entries(modules)) resolved[name] = { __esModule: true, ...(await mod) };
  const require = (name: string): unknown => {
    if (!(name in resolved)) throw new Error(`README block at line ${block.line} imports ${name}, which the test does not provide`);
    return resolved[name];
  };
  const names = Object.keys(lib).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  const values: unknown[] = [];
  // The main entry's exports are in scope; the block runs in its own scope so it may shadow them.
  new Function('require', '__claims', '__lib', `const { ${names.join(', ')} } = __lib;\n{\n${js}\n}`)(require, values, lib);
  return { values, claims };
}

// ---------------------------------------------------------------- tests

const blocks = fencedBlocks(README).filter((b) => b.lang === 'ts');

describe('README.md', () => {
  it('has TypeScript examples', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it('reads claims: literals, `…` for the rest, notes in parentheses, words', () => {
    expect(parseClaim("{ start: 41, … }")).toEqual({ value: { start: 41 }, partial: true });
    expect(parseClaim("[ 'a', … ]")).toEqual({ value: ['a'], partial: true });
    expect(parseClaim("'Dự hội nghị …'")).toEqual({ value: 'Dự hội nghị …', partial: false });
    expect(parseClaim("8 ('nhân' starts after the zero-width space)")).toEqual({ value: 8, partial: false });
    expect(parseClaim("annotate() of the document's text")).toBeUndefined();
    expect(covers({ start: 41, end: 43 }, { start: 41 })).toBe(true);
    expect(covers([1, 2, 3], [1, 2])).toBe(true);
    expect(covers([1, 2], [1, 3])).toBe(false);
  });

  const declared = interfaceFields(TYPES);
  for (const block of blocks) {
    if (isDeclarationsOnly(block.code)) {
      it(`line ${block.line}: the interfaces it lists match src/types.ts`, () => {
        const listed = interfaceFields(block.code);
        expect(listed.size).toBeGreaterThan(0);
        for (const [name, fields] of listed) {
          expect(declared.has(name), `interface ${name} in src/types.ts`).toBe(true);
          for (const f of fields) expect(declared.get(name), `${name}.${f}`).toContain(f);
        }
      });
      continue;
    }
    it(`line ${block.line}: runs, and what it prints is what the code returns`, async () => {
      const { values, claims } = await run(block);
      expect(values.length).toBe(claims.length);
      claims.forEach((c, i) => {
        const claim = parseClaim(c.comment);
        if (!claim) return; // words, not a value
        const where = `README line ${c.line}: ${c.source}`;
        if (claim.partial) expect(covers(values[i], claim.value), `${where}\n${JSON.stringify(values[i])}`).toBe(true);
        else expect(values[i], where).toEqual(claim.value);
      });
    });
  }

  it('the HTML example writes a page', () => {
    expect(written.get('report.html') ?? '').toMatch(/^<!DOCTYPE html>/i);
  });

  const compromiseBlock = blocks.find((b) => b.code.includes("from 'vn-admin-ner/compromise'"));
  it('the compromise example is typed and type-checks (tsc --strict, module nodenext)', () => {
    expect(compromiseBlock, 'a ```ts block importing vn-admin-ner/compromise').toBeDefined();
    expect(compromiseBlock!.code).toMatch(/nlp<VnAdminNerMethods>\(/);
    const dir = join(ROOT, '.tmp', 'readme-tsc');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'compromise-example.ts'), `${compromiseBlock!.code}\nexport {};\n`);
    const rel = (p: string): string[] => [relative(dir, join(ROOT, p)).replace(/\\/g, '/')];
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          skipLibCheck: true, // compromise's own .d.cts does not pass nodenext checks (see consumer-compromise.test.ts)
          types: [],
          paths: DIST
            ? { 'vn-admin-ner': rel('dist/index.d.ts'), 'vn-admin-ner/compromise': rel('dist/adapters/compromise.d.ts') }
            : { 'vn-admin-ner': rel('src/index.ts'), 'vn-admin-ner/compromise': rel('src/adapters/compromise.ts') },
        },
        files: ['compromise-example.ts'],
      }),
    );
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});
