/**
 * Parse the inline markup of the corpus and of our fixtures:
 * `[TYPE text]` marks an entity, `{abbr=expansion}` an abbreviation and `\`
 * escapes the next character.
 */
export interface Parsed {
  text: string;
  entities: [number, number, string][];
  abbreviations: [number, number, string][];
}

export function parseMarkup(markup: string): Parsed {
  let text = '';
  const entities: [number, number, string][] = [];
  const abbreviations: [number, number, string][] = [];
  const open: { start: number; type: string }[] = [];
  let abbr: { start: number } | null = null;
  let expansion: string | null = null;
  for (let i = 0; i < markup.length; i++) {
    const ch = markup[i]!;
    if (ch === '\\' && i + 1 < markup.length) {
      const next = markup[++i]!;
      if (expansion !== null) expansion += next;
      else text += next;
      continue;
    }
    if (expansion !== null) {
      if (ch === '}') {
        abbreviations.push([abbr!.start, text.length, expansion]);
        abbr = null;
        expansion = null;
      } else expansion += ch;
      continue;
    }
    if (ch === '[') {
      const m = /^\[(PER|ROLE|ORG|LOC) /u.exec(markup.slice(i, i + 6));
      if (m) {
        open.push({ start: text.length, type: m[1]! });
        i += m[0].length - 1;
        continue;
      }
    }
    if (ch === ']' && open.length > 0) {
      const e = open.pop()!;
      entities.push([e.start, text.length, e.type]);
      continue;
    }
    if (ch === '{' && abbr === null) {
      abbr = { start: text.length };
      continue;
    }
    if (ch === '=' && abbr !== null) {
      expansion = '';
      continue;
    }
    text += ch;
  }
  entities.sort((a, b) => a[0] - b[0]);
  return { text, entities, abbreviations };
}

/** Compare expansions as GUIDELINES.md says: case, white space, spaces around hyphens, tone placement. */
export function sameExpansion(a: string, b: string, fold: (s: string) => string): boolean {
  const canon = (s: string) => fold(s).replace(/\s*-\s*/gu, '-').replace(/\s+/gu, ' ').trim();
  return canon(a) === canon(b);
}
