/**
 * Memory limits of the command line, from measurements of the built CLI
 * (Node 20, 2-core machine; peak resident memory by /usr/bin/time -v) and
 * Node's default heap of at most 4 GB (less on machines with little memory),
 * beyond which the process aborts (exit 134).
 *
 * `annotate FILE` (json) on generated text in the genre's style, with the
 * document-store core: 4 MB 223 MB, 8 MB 337 MB, 16 MB 562 MB. Text that is
 * nothing but abbreviations costs far more (every three bytes an
 * abbreviation and an entity): `HU\n` 4 MB 875 MB, 8 MB 1.57 GB.
 * (The previous core took 665 MB / 1.27 GB / 1.70 GB and 2.3 GB / abort:
 * the limit was 4 MB then.)
 *
 * Raise MAX_TEXT_MB when the core needs less.
 */

/** The largest input (MB of bytes) annotated or expanded as one text; larger ones are refused up front, pointing at jsonl. */
export const MAX_TEXT_MB = 8;

/**
 * Default --max-line-mb. A jsonl line is a document, and with --jobs N as
 * many lines are annotated at once: 4 MB keeps N dense lines under N x 0.9 GB.
 */
export const DEFAULT_MAX_LINE_MB = 4;
