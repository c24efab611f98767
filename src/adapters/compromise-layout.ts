/**
 * Where compromise's terms are in a document's text, and which terms a span
 * of that text covers. Internal to the compromise plugin (not an entry point);
 * its own module so that the tests can count the work `pointersFor` does.
 *
 * @internal
 */

/** A compromise term (compromise 14), the fields the plugin reads. */
export interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** A compromise pointer: `[sentence, firstTerm, lastTerm + 1]`. */
export type Pointer = [number, number, number];

/**
 * The terms of a document that have text, in document order, with where they
 * are in the document's text. Their starts and their ends increase, so the
 * first term a span touches is found by binary search. (A term without text
 * shares no character with any span.)
 */
export interface Layout {
  /** The document's text: every term's `pre`, `text` and `post`, in order. */
  text: string;
  /** Number of terms with text. */
  count: number;
  /** For the k-th term with text: its sentence. */
  sentence: Int32Array;
  /** Its index in its sentence. */
  index: Int32Array;
  /** Where its text starts in `text`. */
  start: Int32Array;
  /** Where its text ends in `text` (exclusive). */
  end: Int32Array;
}

/** The same offsets as compromise's own `offset` compute (src/1-one/tokenize/compute/offset.js). */
export function layout(document: readonly (readonly Term[])[]): Layout {
  let total = 0;
  for (const sentence of document) total += sentence.length;
  const where: Layout = {
    text: '',
    count: 0,
    sentence: new Int32Array(total),
    index: new Int32Array(total),
    start: new Int32Array(total),
    end: new Int32Array(total),
  };
  let text = '';
  let k = 0;
  for (let n = 0; n < document.length; n++) {
    const sentence = document[n]!;
    for (let i = 0; i < sentence.length; i++) {
      const term = sentence[i]!;
      text += term.pre;
      if (term.text.length > 0) {
        where.sentence[k] = n;
        where.index[k] = i;
        where.start[k] = text.length;
        where.end[k] = text.length + term.text.length;
        k++;
      }
      text += term.text + term.post;
    }
  }
  where.text = text;
  where.count = k;
  return where;
}

/** A counter of the steps `pointersFor` takes (binary search and terms visited), for tests. */
export interface PointerWork {
  steps: number;
}

/**
 * The terms that share at least one character with `[start, end)`, as
 * compromise pointers, one per sentence (compromise may split one of our spans
 * at a full stop: `TP. Vinh`). O(log terms + terms covered).
 */
export function pointersFor(where: Layout, start: number, end: number, work?: PointerWork): Pointer[] {
  // the first term that ends after `start`
  let lo = 0;
  let hi = where.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (where.end[mid]! <= start) lo = mid + 1;
    else hi = mid;
    if (work) work.steps++;
  }
  const out: Pointer[] = [];
  for (let k = lo; k < where.count && where.start[k]! < end; k++) {
    if (work) work.steps++;
    const n = where.sentence[k]!;
    const i = where.index[k]!;
    const last = out[out.length - 1];
    if (last !== undefined && last[0] === n) last[2] = i + 1;
    else out.push([n, i, i + 1]);
  }
  return out;
}
