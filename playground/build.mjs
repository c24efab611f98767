#!/usr/bin/env node
// `npm run build:playground`: bundle playground/main.ts (the library's
// sources, browser platform) into playground/dist/playground.js and copy
// index.html next to it. The result is a static site with relative paths:
// host the folder anywhere, or open index.html from disk.
// Needs src/lexicon/generated (`npm run gen`, which build:playground runs).
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');

await build({
  config: false,
  entry: { playground: join(here, 'main.ts') },
  outDir: out,
  format: ['iife'],
  platform: 'browser',
  target: 'es2020',
  minify: true,
  treeshake: true,
  clean: true,
  dts: false,
  sourcemap: false,
  silent: true,
  outExtension: () => ({ js: '.js' }),
});
copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
const js = join(out, 'playground.js');
if (!readFileSync(join(out, 'index.html'), 'utf8').includes('src="./playground.js"')) throw new Error('index.html does not load ./playground.js');
console.log(`playground: wrote ${out}/index.html and playground.js (${(statSync(js).size / 1024).toFixed(0)} kB)`);
