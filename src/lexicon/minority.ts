/**
 * The shapes of ethnic-minority names, compiled once from
 * `dict/minority-names.tsv` (see `scripts/build-dict.ts` for the kinds).
 * Like surnames and name syllables these are the shape of names, not a
 * vocabulary: every annotator keeps them. Keys are folded syllables; a glued
 * prefix (`H'`) is kept as its letter (`h`), an ethnonym as `h'mông`.
 */
import { MINORITY_NAMES } from './generated/minorityNames.js';
import { createTrie, phraseSyllables, trieInsert, type TrieNode } from './trie.js';

export interface MinorityLexicon {
  /** prefixes that are words of their own: `y` */
  wordPrefixes: ReadonlySet<string>;
  /** letters of prefixes glued with an apostrophe: `h` (H'), `k` (K') */
  gluedPrefixes: ReadonlySet<string>;
  /** clans that close a name (Ê Đê order) */
  clanLast: TrieNode<true>;
  /** clans that open a name (Jrai order); the value says the clan is also an everyday word */
  clanFirst: TrieNode<boolean>;
  hmongClans: ReadonlySet<string>;
  hmongMiddles: ReadonlySet<string>;
  /** surnames that make a name only with three syllables or more */
  longSurnames: ReadonlySet<string>;
  /** peoples written with a glued prefix, folded with `'`: `h'mông` */
  ethnonyms: ReadonlySet<string>;
}

function build(): MinorityLexicon {
  const sets = {
    wordPrefixes: new Set<string>(),
    gluedPrefixes: new Set<string>(),
    hmongClans: new Set<string>(),
    hmongMiddles: new Set<string>(),
    longSurnames: new Set<string>(),
    ethnonyms: new Set<string>(),
  };
  const clanLast = createTrie<true>();
  const clanFirst = createTrie<boolean>();
  const bySet: Record<string, Set<string> | undefined> = {
    'hmong-clan': sets.hmongClans,
    'hmong-middle': sets.hmongMiddles,
    'long-surname': sets.longSurnames,
    ethnonym: sets.ethnonyms,
  };
  for (const [form, kind] of MINORITY_NAMES) {
    // dict/ is canonical already (the build checks it): lower case is its fold
    const key = form.toLowerCase();
    if (kind === 'prefix') (key.endsWith("'") ? sets.gluedPrefixes : sets.wordPrefixes).add(key.replace("'", ''));
    else if (kind === 'clan-last') trieInsert(clanLast, phraseSyllables(key), true);
    else if (kind === 'clan-first' || kind === 'clan-first-word') trieInsert(clanFirst, phraseSyllables(key), kind === 'clan-first-word', true);
    else bySet[kind]?.add(key);
  }
  return { ...sets, clanLast, clanFirst };
}

export const MINORITY: MinorityLexicon = build();

/** Could a word (folded) open a minority name at all? One look-up per shape. */
export function opensMinorityName(f: string): boolean {
  return (
    MINORITY.wordPrefixes.has(f) ||
    MINORITY.gluedPrefixes.has(f) ||
    MINORITY.clanFirst.next.has(f) ||
    MINORITY.hmongClans.has(f) ||
    MINORITY.longSurnames.has(f)
  );
}
