#!/usr/bin/env node
// `npm run lint:size`: no function in src/ longer than 60 lines or with more
// than 20 branches, generated code (src/lexicon/generated/) excepted.
//
// A branch is an `if`, a `?:`, a `case`, a loop (`for`, `for…of`, `while`,
// `do`), a `catch`, or one of `&&`, `||`, `??`. A nested function declaration,
// arrow function or function expression counts on its own, not in its
// parent; a method (an object literal's too) is measured on its own and also
// counts in the function around it. Lines run from the function's first to
// its last line, both included.
//
// Usage: node scripts/function-size.mjs [dir=src]
// Prints every function over the bounds; exits 1 if one is not listed in
// KNOWN below, is longer or has more branches than listed there, or if an
// entry of KNOWN is within the bounds now (then remove it).
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const MAX_LINES = 60;
export const MAX_BRANCHES = 20;

/**
 * Functions over the bounds that are not ours to split yet (owned by another
 * change), with their size today: they may shrink, not grow. Remove an entry
 * once its function is split.
 */
const KNOWN = new Map([]);

const isFunction = (n) => ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n);
const isNestedFunction = (n) => ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n);
const LOGICAL = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken]);

function isBranch(m) {
  return (
    ts.isIfStatement(m) ||
    ts.isConditionalExpression(m) ||
    ts.isCaseClause(m) ||
    ts.isForStatement(m) ||
    ts.isWhileStatement(m) ||
    ts.isForOfStatement(m) ||
    ts.isDoStatement(m) ||
    ts.isCatchClause(m) ||
    (ts.isBinaryExpression(m) && LOGICAL.has(m.operatorToken.kind))
  );
}

function tsFiles(dir) {
  const files = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) {
      if (f !== 'generated') files.push(...tsFiles(p));
    } else if (p.endsWith('.ts')) files.push(p);
  }
  return files;
}

/** Every function of the .ts files under dir: file, line, name, lines, branches. */
export function measure(dir = 'src') {
  const out = [];
  for (const file of tsFiles(dir)) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n) => {
      if (isFunction(n)) {
        const a = src.getLineAndCharacterOfPosition(n.getStart()).line;
        const b = src.getLineAndCharacterOfPosition(n.getEnd()).line;
        let branches = 0;
        const count = (m) => {
          if (m !== n && isNestedFunction(m)) return;
          if (isBranch(m)) branches++;
          ts.forEachChild(m, count);
        };
        ts.forEachChild(n, count);
        const name = n.name?.getText?.() ?? '(anon)';
        out.push({ file: relative(ROOT, resolve(file)).split(sep).join('/'), line: a + 1, name, lines: b - a + 1, branches });
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return out;
}

/**
 * The functions over the bounds, each with whether KNOWN excuses it, and the
 * entries of KNOWN that no function over the bounds matches any more.
 */
export function offenders(dir = 'src') {
  const over = measure(dir)
    .filter((f) => f.lines > MAX_LINES || f.branches > MAX_BRANCHES)
    .map((f) => {
      const known = KNOWN.get(`${f.file} ${f.name}`);
      return { ...f, excused: known !== undefined && f.lines <= known.lines && f.branches <= known.branches };
    });
  // KNOWN names functions of this repository's src/ only
  const ours = resolve(dir) === join(ROOT, 'src');
  const stale = ours ? [...KNOWN.keys()].filter((key) => !over.some((f) => `${f.file} ${f.name}` === key)) : [];
  return { over, stale };
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const { over, stale } = offenders(process.argv[2] ?? join(ROOT, 'src'));
  for (const f of over) {
    console.log(`${f.file}:${f.line} ${f.name} lines=${f.lines} branches=${f.branches}${f.excused ? ' (known)' : ''}`);
  }
  for (const key of stale) console.log(`${key}: within the bounds now, remove it from KNOWN in scripts/function-size.mjs`);
  const bad = over.filter((f) => !f.excused).length + stale.length;
  if (bad > 0) {
    console.error(`function-size: ${bad} problem(s); bounds ${MAX_LINES} lines, ${MAX_BRANCHES} branches`);
    process.exit(1);
  }
  console.log(`function-size: no function over ${MAX_LINES} lines or ${MAX_BRANCHES} branches${over.length > 0 ? ` but the ${over.length} known` : ''}`);
}
