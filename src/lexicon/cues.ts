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
}

export function parseCues(context: string): Cue[] {
  const cues: Cue[] = [];
  for (const part of context.split(' ')) {
    if (part === '') continue;
    const m = /^([LR]):(.+)$/u.exec(part);
    if (!m) throw new Error(`malformed context cue ${JSON.stringify(part)} (expected L:word, R:word, L:# or R:#)`);
    cues.push({ side: m[1] as 'L' | 'R', word: m[2]!.normalize('NFC').toLowerCase() });
  }
  return cues;
}
