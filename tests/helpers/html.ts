/**
 * A strict reader of toHtml's highlighted text (`div.vn-ner-text`): only
 * `<mark>` and `<abbr>` with double-quoted attributes, the five escapes plus
 * `&#13;`/`&#10;`, and nothing else (no raw quote, CR or NUL in text); anything
 * else throws. Gives the text
 * back and the elements with their attributes and nesting. Also: small
 * builders of annotations and fast-check arbitraries of hostile texts and spans.
 */
import fc from 'fast-check';
import type { Abbreviation, Annotation, Entity, EntityType } from '../../src/types.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#13;': '\r', '&#10;': '\n' };

export function unescapeHtml(s: string): string {
  if (/&(?!amp;|lt;|gt;|quot;|#39;|#13;|#10;)/u.test(s)) throw new Error(`unknown character reference in ${JSON.stringify(s.slice(0, 80))}`);
  return s.replace(/&(?:amp|lt|gt|quot|#39|#13|#10);/gu, (m) => ENTITIES[m]!);
}

export interface HtmlElement {
  tag: 'mark' | 'abbr';
  attrs: Record<string, string>;
  /** the text inside, unescaped */
  text: string;
  /** offset of the element's text in the whole text */
  at: number;
  parent: HtmlElement | undefined;
}

/** The inside of the `div.vn-ner-text` of a page or fragment. */
export function textDiv(html: string): string {
  const open = '<div class="vn-ner-text" lang="vi">';
  const i = html.indexOf(open);
  const j = html.lastIndexOf('</div>');
  if (i < 0 || j < i || html.indexOf(open, i + 1) >= 0) throw new Error('no single div.vn-ner-text');
  return html.slice(i + open.length, j);
}

const TOKEN = /<(\/?)(mark|abbr)((?: [a-z-]+="[^"<>]*")*)>|([^<>]+)|([\s\S])/gu;
const ATTR = / ([a-z-]+)="([^"]*)"/gu;

/** Read the highlighted text: the text and the elements. Throws on anything unexpected. */
export function readHighlighted(inner: string): { text: string; elements: HtmlElement[] } {
  const elements: HtmlElement[] = [];
  const stack: HtmlElement[] = [];
  let text = '';
  for (const m of inner.matchAll(TOKEN)) {
    if (m[5] !== undefined) throw new Error(`stray ${JSON.stringify(m[5])} at ${m.index}`);
    if (m[4] !== undefined) {
      if (/["'\r\0]/u.test(m[4])) throw new Error(`unescaped quote, CR or NUL in ${JSON.stringify(m[4])}`);
      const piece = unescapeHtml(m[4]);
      text += piece;
      for (const el of stack) el.text += piece;
      continue;
    }
    const tag = m[2] as 'mark' | 'abbr';
    if (m[1] === '/') {
      const top = stack.pop();
      if (top?.tag !== tag) throw new Error(`</${tag}> closes ${top ? `<${top.tag}>` : 'nothing'}`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(ATTR)) {
      if (a[1]! in attrs) throw new Error(`attribute ${a[1]} twice`);
      attrs[a[1]!] = unescapeHtml(a[2]!);
    }
    const el: HtmlElement = { tag, attrs, text: '', at: text.length, parent: stack[stack.length - 1] };
    elements.push(el);
    stack.push(el);
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.tag}> never closed`);
  return { text, elements };
}

// ---------------------------------------------------------------- builders

export function ent(text: string, type: EntityType, start: number, end: number, extra: Partial<Entity> = {}): Entity {
  return { type, start, end, text: text.slice(start, end), normalized: text.slice(start, end), ...extra };
}

export function abbr(text: string, start: number, end: number, expansion: string, extra: Partial<Abbreviation> = {}): Abbreviation {
  return { start, end, text: text.slice(start, end), expansion, source: 'dictionary', ...extra };
}

export function ann(text: string, entities: Entity[] = [], abbreviations: Abbreviation[] = []): Annotation {
  return { text, entities, abbreviations, people: [] };
}

// ---------------------------------------------------------------- arbitraries

// Characters that break naive HTML writers, Vietnamese, astral, lone surrogates.
const hostileChar = fc.oneof(
  fc.constantFrom('&', '<', '>', '"', "'", '\r', '\n', '\r\n', '\t', '\0', '\u2028', '\ufeff', '&amp;', '&#13;', '</div>', '<!--', ']]>', ' '),
  fc.constantFrom('Đ/c', 'HĐND', 'huyện', 'Bí thư', 'ủy', 'UBND', 'Mỹ Lộc', '-', ', ', '. '),
  fc.constantFrom('😀', '𝔸', '\ud800', '\udfff', '\u0301', '\u0000\u0001\u007f\u0085'),
  fc.string({ maxLength: 3 }),
);
export const hostileText = fc.array(hostileChar, { maxLength: 30 }).map((xs) => xs.join(''));
const spanOf = (len: number) => fc.tuple(fc.integer({ min: -1, max: len + 1 }), fc.integer({ min: 0, max: 6 }));
export const randomAnnotation = hostileText.chain((text) =>
  fc
    .record({
      entities: fc.array(fc.tuple(spanOf(text.length), fc.constantFrom<EntityType>('PER', 'ROLE', 'ORG', 'LOC'), fc.string()), { maxLength: 6 }),
      abbreviations: fc.array(fc.tuple(spanOf(text.length), fc.string()), { maxLength: 6 }),
    })
    .map(({ entities, abbreviations }) =>
      ann(
        text,
        entities.map(([[s, n], type, norm]) => ({ ...ent(text, type, s, s + n), normalized: norm })),
        abbreviations.map(([[s, n], expansion]) => abbr(text, s, s + n, expansion)),
      ),
    ),
);
