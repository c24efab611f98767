/**
 * Regular expressions with Unicode property escapes (`\p{L}`), built on
 * first use. A `\p{…}` literal is parsed, and its character sets built, when
 * the module loading it is compiled, and again when its line runs, whether
 * or not it is ever used: a fraction of a millisecond each, which adds up at
 * import. `lazyRegExp(source)()` pays on the first call instead.
 */
export function lazyRegExp(source: string, flags = 'u'): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source, flags));
}
