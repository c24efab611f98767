/**
 * A syllable trie: phrases are matched token by token, never with regular
 * expression alternations (JavaScript's `\b` is ASCII-only). Keys are folded
 * syllables (see `normalize/index.ts`), so lexicon phrases and input are
 * compared in one form. Maps, not objects: `__proto__` is an ordinary key.
 */
export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
  /** the phrase that ends at this node, its syllables joined by spaces (set by the first match that ends here) */
  phrase?: string;
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

/** White space, `-`, `–`, `,`, `&` (escaped: the built files stay ASCII, see src/recognize/minority-names.ts). */
const PHRASE_SEPARATORS = /[\s\-\u2013,&]+/u;

/** Split a lexicon phrase into folded syllables (letters and digits; `-`, `,` and `&` dropped). */
export function phraseSyllables(folded: string): string[] {
  return folded.split(PHRASE_SEPARATORS).filter((s) => s !== '');
}

/**
 * The longest prefix of `syllables` that is a phrase of the trie: how many
 * syllables it takes (0 when none) and its value. Reads one token that stands
 * for several syllables (an abbreviation and its expansion).
 */
export function triePrefix<V>(root: TrieNode<V>, syllables: readonly string[]): { used: number; value: V | undefined } {
  let node = root;
  let used = 0;
  let value: V | undefined;
  for (let k = 0; k < syllables.length; k++) {
    const next = node.next.get(syllables[k]!);
    if (!next) break;
    node = next;
    if (node.value !== undefined) {
      value = node.value;
      used = k + 1;
    }
  }
  return { used, value };
}
