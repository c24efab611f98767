/**
 * Context cues of an abbreviation sense (`context` column of
 * `dict/abbreviations.tsv`): space-separated, each one of
 * - `R:word`: the word is among the next two tokens (case-insensitive),
 * - `L:word`: the word is among the previous two tokens,
 * - `R:#` / `L:#`: a number follows / precedes.
 */
export interface Cue {
  side: 'L' | 'R';
  /** folded word, or '#' for a number */
  word: string;
  /** the number of the word among all cue words ({@link cueWordId}); -1 for '#' */
  id: number;
}

/** Every cue word parsed so far, numbered: a context word is compared as a number, once its fold is looked up. */
const CUE_WORDS = new Map<string, number>();

/** The number of a folded word among the cue words, or -1 when no cue has it. */
export function cueWordId(fold: string): number {
  return CUE_WORDS.get(fold) ?? -1;
}

function numbered(word: string): number {
  if (word === '#') return -1;
  let id = CUE_WORDS.get(word);
  if (id === undefined) CUE_WORDS.set(word, (id = CUE_WORDS.size));
  return id;
}

export function parseCues(context: string): Cue[] {
  const cues: Cue[] = [];
  for (const part of context.split(' ')) {
    if (part === '') continue;
    const m = /^([LR]):(.+)$/u.exec(part);
    if (!m) throw new Error(`malformed context cue ${JSON.stringify(part)} (expected L:word, R:word, L:# or R:#)`);
    const word = m[2]!.normalize('NFC').toLowerCase();
    cues.push({ side: m[1] as 'L' | 'R', word, id: numbered(word) });
  }
  return cues;
}
