import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * The adapters import the core as `../index.js`. Keep that import external and
 * point it at the core's own build for the format being written
 * (`dist/index.js` or `dist/index.cjs`), so `vn-admin-ner/compromise` shares
 * the core's code and default annotator instead of bundling a second copy.
 */
const coreAsSibling: EsbuildPlugin = {
  name: 'vn-admin-ner-core-as-sibling',
  setup(build) {
    const core = resolve('src/index.ts');
    const ext = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) => {
      if (args.importer === '' || resolve(dirname(args.importer), '../index.ts') !== core) return undefined;
      return { path: `../index${ext}`, external: true };
    });
  },
};

export default defineConfig([
  {
    // The main entry and `vn-admin-ner/lite` export the same code (src/exports.ts)
    // over different data: code splitting puts what they share in one chunk
    // that both import, so a bundle or a process that loads both carries it once.
    entry: { index: 'src/index.ts', lite: 'src/lite.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    splitting: true,
    treeshake: true,
    // white space and syntax only: names stay, so stack traces stay readable;
    // the engine parses the smaller source faster at import
    minifyWhitespace: true,
    minifySyntax: true,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
  },
  {
    // The optional compromise plugin: `vn-admin-ner/compromise`.
    entry: { 'adapters/compromise': 'src/adapters/compromise.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    splitting: false,
    // No rollup pass: `coreAsSibling` must see the real output format.
    treeshake: false,
    external: ['compromise'],
    esbuildPlugins: [coreAsSibling],
  },
]);
