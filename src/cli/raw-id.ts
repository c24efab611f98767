/**
 * The raw JSON text of the top-level `"id"` of a JSON object line, so that a
 * record's id is written back byte for byte (`12345678901234567890` and
 * `1e400` would not survive JSON.parse and JSON.stringify).
 */

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function skipWs(s: string, i: number): number {
  while (i < s.length && WS.has(s.charCodeAt(i))) i++;
  return i;
}

/** The index after the string starting at `i` (a `"`), or -1 when it does not end. */
function skipString(s: string, i: number): number {
  for (let k = i + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x5c) k++; // backslash: skip the escaped character
    else if (c === 0x22) return k + 1;
  }
  return -1;
}

/** The index after the object or array starting at `i`, or -1 when it does not close. */
function skipNested(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x22) {
      k = skipString(s, k);
      if (k === -1) return -1;
      k--;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

/** The index after the value starting at `i`, or -1. */
function skipValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x22) return skipString(s, i);
  if (c === 0x7b || c === 0x5b) return skipNested(s, i);
  let k = i;
  while (k < s.length && !WS.has(s.charCodeAt(k)) && !',}]'.includes(s[k]!)) k++;
  return k === i || k === s.length ? -1 : k;
}

function isJson(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

/**
 * The raw text of the value of the top-level key `id` of the JSON object
 * that `line` starts (the last one when the key is repeated, as JSON.parse
 * does), or undefined. `line` may be cut short (the first part of an
 * over-long line): the members before the cut are read.
 */
export function rawId(line: string): string | undefined {
  let i = skipWs(line, 0);
  if (line.charCodeAt(i) !== 0x7b) return undefined;
  let found: string | undefined;
  for (i = skipWs(line, i + 1); line.charCodeAt(i) === 0x22; i = skipWs(line, i + 1)) {
    const keyEnd = skipString(line, i);
    if (keyEnd === -1) break;
    const key = line.slice(i, keyEnd);
    const colon = skipWs(line, keyEnd);
    if (line.charCodeAt(colon) !== 0x3a) break;
    const start = skipWs(line, colon + 1);
    const end = skipValue(line, start);
    if (end === -1) break;
    if ((key === '"id"' || (key.includes('\\') && isJson(key) && JSON.parse(key) === 'id')) && isJson(line.slice(start, end))) {
      found = line.slice(start, end);
    }
    i = skipWs(line, end);
    if (line.charCodeAt(i) !== 0x2c) break;
  }
  return found;
}
