/**
 * Memory limits of the command line, from measurements of the built CLI
 * (Node 20, 2-core Xeon; peak resident memory by /usr/bin/time -v) and Node's
 * default heap of at most 4 GB, beyond which the process aborts (exit 134).
 *
 * `annotate FILE` (json) on generated text in the genre's style:
 *   4 MB: 665 MB, 8 MB: 1.27 GB, 16 MB: 1.70 GB (about 160 MB per MB).
 * Text that is nothing but abbreviations costs far more (every three bytes
 * an abbreviation and an entity): 4 MB of `HU\n` peaked at 2.3 GB (20 s),
 * a 7 MiB line of `TU,` at 3.9 GB, and 12 MB of `HU\n` aborted at 4 GB.
 *
 * The core is being rewritten to use far less: raise MAX_TEXT_MB then.
 */

/** The largest input (MB of bytes) annotated or expanded as one text; larger ones are refused up front, pointing at jsonl. */
export const MAX_TEXT_MB = 4;

/** Default --max-line-mb (a jsonl line is one text): the same limit. */
export const DEFAULT_MAX_LINE_MB = MAX_TEXT_MB;
