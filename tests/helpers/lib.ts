/**
 * The library under test: the sources, or the built `dist/` when TESTENV=dist
 * (the suite then checks what consumers get).
 */
import * as src from '../../src/index.js';

type Lib = typeof src;

export const lib: Lib =
  process.env.TESTENV === 'dist' ? ((await import('../../dist/index.js' as string)) as Lib) : src;
