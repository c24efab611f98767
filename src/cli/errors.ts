/** Errors of the command line: each becomes one line on standard error starting with `vn-admin-ner:`. */

/** A bad command line: exit 2. */
export class UsageError extends Error {}

/** A failure while running (input, output): exit 1. */
export class RuntimeError extends Error {}

/** A message on one line: its first line, without our prefix (an error may carry a stack or a multi-line message). */
export function oneLine(message: unknown): string {
  const text = String((message as Error)?.message ?? message);
  return text.replace(/^vn-admin-ner: /u, '').replace(/\s*[\r\n][\s\S]*/u, '');
}
