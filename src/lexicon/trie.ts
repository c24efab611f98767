/**
 * A syllable trie: phrases are matched token by token, never with regular
 * expression alternations (JavaScript's `\b` is ASCII-only). Keys are folded
 * syllables (see `normalize/index.ts`), so lexicon phrases and input are
 * compared in one form. Maps, not objects: `__proto__` is an ordinary key.
 */
export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

export function createTrie<V>(): TrieNode<V> {
  return { next: new Map() };
}

/** Insert a phrase given as folded syllables. An existing value is kept unless `overwrite`. */
export function trieInsert<V>(root: TrieNode<V>, syllables: readonly string[], value: V, overwrite = false): void {
  let node = root;
  for (const s of syllables) {
    let child = node.next.get(s);
    if (!child) {
      child = { next: new Map() };
      node.next.set(s, child);
    }
    node = child;
  }
  if (node.value === undefined || overwrite) node.value = value;
}

/** Split a lexicon phrase into folded syllables (letters and digits; `-`, `,` and `&` dropped). */
export function phraseSyllables(folded: string): string[] {
  return folded.split(/[\s\-–,&]+/u).filter((s) => s !== '');
}

/**
 * Longest match starting at token `start`. `syllablesOf(i)` gives the folded
 * syllables a token stands for (an abbreviation stands for its expansion);
 * a match must end at a token boundary. `canContinue(i)` says whether token
 * `i` may follow the previous one inside a phrase (no blank line between).
 */
export function trieLongest<V>(
  root: TrieNode<V>,
  start: number,
  count: number,
  syllablesOf: (i: number) => readonly string[],
  canContinue: (i: number) => boolean,
  skip?: (i: number) => boolean,
): { end: number; value: V } | null {
  let node: TrieNode<V> | undefined = root;
  let best: { end: number; value: V } | null = null;
  for (let i = start; i < count && node; i++) {
    if (i > start && !canContinue(i)) break;
    if (skip && i > start && skip(i)) continue;
    const syl = syllablesOf(i);
    if (syl.length === 0) break;
    for (const s of syl) {
      node = node.next.get(s);
      if (!node) break;
    }
    if (node && node.value !== undefined) best = { end: i + 1, value: node.value };
  }
  return best;
}
