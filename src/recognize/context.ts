/**
 * The token view the entity recognizers share: merged tokens of the
 * normalised text, with each abbreviation standing for its expansion's
 * syllables, and the small predicates every recognizer needs.
 */
import type { EntityLexicon } from '../lexicon/entities.js';
import { phraseSyllables, trieLongest, type TrieNode } from '../lexicon/trie.js';
import type { FoundAbbreviation } from './abbreviations.js';
import { isLetterCode, isUpperCode, type Token } from '../tokenize.js';

export interface EToken {
  start: number;
  end: number;
  text: string;
  kind: Token['kind'];
  gap: Token['gap'];
  /** lower-cased text */
  fold: string;
  /** folded syllables the token stands for (an abbreviation: its expansion's) */
  syl: string[];
  /** first letter upper case */
  cap: boolean;
  /** letters only and all upper case (`VŨ`, `NAM`) */
  caps: boolean;
  /** letters only: a syllable */
  syllable: boolean;
  /** the abbreviations this token is (one, or two for `HĐND&UBND`) */
  abbr: FoundAbbreviation[];
}

export interface EntityContext {
  toks: EToken[];
  lex: EntityLexicon;
  text: string;
  /** first token of the text's last lines (a byline position), computed once */
  tail?: number;
}

function lettersOnly(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isLetterCode(s.charCodeAt(k))) return false;
  return s.length > 0;
}

function allUpper(s: string): boolean {
  let upper = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isUpperCode(c)) upper++;
    else if (c < 0x300 || c > 0x36f) return false;
  }
  return upper > 0;
}

/**
 * Build the token view. Tokens covered by one abbreviation (`TP` + `.`) are
 * merged into one.
 */
const NO_ABBR: FoundAbbreviation[] = [];
const NO_SYL: string[] = [];

export function buildTokens(tokens: Token[], abbreviations: FoundAbbreviation[], text: string): EToken[] {
  const out: EToken[] = [];
  let a = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (a < abbreviations.length && abbreviations[a]!.end <= t.start) a++;
    let mine = NO_ABBR;
    let end = t.end;
    let j = i;
    for (let b = a; b < abbreviations.length && abbreviations[b]!.start < t.end; b++) {
      const ab = abbreviations[b]!;
      if (ab.start >= t.start) {
        if (mine === NO_ABBR) mine = [];
        mine.push(ab);
        if (ab.end > end) end = ab.end;
      }
    }
    if (mine === NO_ABBR && t.kind === 'punct') {
      out.push({ start: t.start, end: t.end, text: t.text, kind: 'punct', gap: t.gap, fold: t.text, syl: NO_SYL, cap: false, caps: false, syllable: false, abbr: NO_ABBR });
      continue;
    }
    while (j + 1 < tokens.length && tokens[j + 1]!.end <= end) j++;
    if (mine.length > 1) {
      // one token, two abbreviations (`HĐND&UBND`, `UVBTV – PCT`): a token for
      // each, with the connector between them as punctuation
      let at = t.start;
      mine.forEach((m, k) => {
        if (m.start > at) {
          const between = text.slice(at, m.start);
          const p = between.trim();
          if (p !== '') out.push(plain(p, at + between.indexOf(p), /^\s/u.test(between) ? 1 : 0));
        }
        out.push(fromAbbr(m, text, k === 0 ? t.gap : /\s$/u.test(text.slice(at, m.start)) ? 1 : 0));
        at = m.end;
      });
      i = j;
      continue;
    }
    const surface = end === t.end ? t.text : text.slice(t.start, end);
    const fold = surface.toLowerCase();
    let syl: string[];
    if (mine.length > 0) {
      syl = [];
      mine.forEach((m, k) => {
        if (k > 0) syl.push('và');
        syl.push(...phraseSyllables(m.expansion.toLowerCase()));
      });
    } else if (t.kind === 'word' || (t.kind === 'abbr' && lettersOnly(t.text))) syl = [fold];
    else if (t.kind === 'number') syl = [fold];
    else syl = NO_SYL;
    const first = surface.charCodeAt(0);
    const syllable = (t.kind === 'word' || t.kind === 'abbr') && lettersOnly(surface);
    out.push({
      start: t.start,
      end,
      text: surface,
      kind: t.kind,
      gap: t.gap,
      fold,
      syl,
      cap: isUpperCode(first),
      caps: syllable && allUpper(surface),
      syllable,
      abbr: mine,
    });
    i = j;
  }
  return out;
}

function plain(p: string, start: number, gap: 0 | 1): EToken {
  return { start, end: start + p.length, text: p, kind: 'punct', gap, fold: p, syl: [], cap: false, caps: false, syllable: false, abbr: [] };
}

function fromAbbr(m: FoundAbbreviation, text: string, gap: Token['gap']): EToken {
  const surface = text.slice(m.start, m.end);
  return {
    start: m.start,
    end: m.end,
    text: surface,
    kind: 'abbr',
    gap,
    fold: surface.toLowerCase(),
    syl: phraseSyllables(m.expansion.toLowerCase()),
    cap: true,
    caps: false,
    syllable: false,
    abbr: [m],
  };
}

/** May token i continue a phrase from token i-1 (no blank line between)? */
export function cont(ctx: EntityContext, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.gap < 3;
}

export function isPunct(ctx: EntityContext, i: number, ...chars: string[]): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

/** Longest lexicon match at i, abbreviations standing for their expansions; `-` may join syllables. */
export function longest<V>(ctx: EntityContext, trie: TrieNode<V>, i: number, commas = false): { end: number; value: V } | null {
  const { toks } = ctx;
  return trieLongest(
    trie,
    i,
    toks.length,
    (k) => toks[k]!.syl,
    (k) => cont(ctx, k),
    (k) => (commas ? isPunct(ctx, k, '-', ',') : isPunct(ctx, k, '-')),
  );
}

/** A capitalised syllable that is not an abbreviation with an expansion. */
export function isNameWord(ctx: EntityContext, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.syllable && t.cap && t.abbr.length === 0 && t.text.length <= 10;
}

/**
 * A run of capitalised syllables from i (at most `max`), allowed to cross a
 * line break but not a blank line. With `dashes`, ` - ` may join two parts
 * (`Bà Rịa - Vũng Tàu`).
 */
export function nameRun(ctx: EntityContext, i: number, max = 6, dashes = false): number {
  if (!isNameWord(ctx, i)) return i;
  let end = i + 1;
  while (end - i < max) {
    // a name runs across a line break only when it ends right after it
    // (`Trà\nTân,` yes; `Trà Tân\nChiều ngày`, `Sài Gòn\nNgày 24/6` no)
    if (isNameWord(ctx, end) && (ctx.toks[end]!.gap < 2 || (ctx.toks[end]!.gap === 2 && !lowerAfter(ctx, end + 1)))) {
      end++;
      continue;
    }
    // `Bà Rịa - Vũng Tàu`, `Bạc Liêu - Sài Gòn`: two capitalised words after the
    // dash (a single one starts the next phrase: `Cà Mau - Cụm thi đua`)
    if (
      dashes &&
      isPunct(ctx, end, '-') &&
      isNameWord(ctx, end + 1) &&
      isNameWord(ctx, end + 2) &&
      ctx.toks[end]!.gap < 2 &&
      ctx.toks[end + 1]!.gap < 2 &&
      ctx.toks[end + 2]!.gap < 2
    ) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** Does the line go on after token k (so that k starts a new sentence, not the end of a wrapped name)? */
function lowerAfter(ctx: EntityContext, k: number): boolean {
  const t = ctx.toks[k];
  if (t === undefined || t.gap >= 2) return false;
  return !(t.kind === 'punct' && (t.text === ',' || t.text === '.' || t.text === ')' || t.text === ';' || t.text === ':'));
}

/** Does the run [i, end) look like a person's name (surname first, name syllables after)? */
export function personLike(ctx: EntityContext, i: number, end: number): boolean {
  const n = end - i;
  if (n < 2 || n > 4) return false;
  const { lex, toks } = ctx;
  if (!lex.surnames.has(toks[i]!.fold)) return false;
  for (let k = i + 1; k < end; k++) {
    if (!lex.nameSyllables.has(toks[k]!.fold) && n < 3) return false;
  }
  return true;
}

/** Is the whole run [i, end) a known place name? */
export function knownPlace(ctx: EntityContext, i: number, end: number): boolean {
  const m = longest(ctx, ctx.lex.placeNames, i);
  return m !== null && m.end === end;
}
