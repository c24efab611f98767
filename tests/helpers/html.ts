/**
 * A strict reader of toHtml's highlighted text (`div.vn-ner-text`): only
 * `<mark>` and `<abbr>` with double-quoted attributes, the five escapes plus
 * `&#13;`/`&#10;`, and nothing else (no raw quote, CR or NUL in text); anything
 * else throws. Gives the text
 * back and the elements with their attributes and nesting.
 */

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
