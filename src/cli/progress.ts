const MB = 1024 * 1024;

/**
 * A progress line on standard error, only when it is a terminal (and standard
 * output is not: there the output itself shows progress). First shown after
 * half a second, redrawn at most five times a second, erased at the end.
 */
export class Progress {
  private readonly enabled = process.stderr.isTTY === true && process.stdout.isTTY !== true;
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  update(lines: number | undefined, bytes: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && (now - this.started < 500 || now - this.last < 200)) return;
    this.last = now;
    const mb = (bytes / MB).toFixed(1);
    const what = lines === undefined ? `${mb} MB read` : `${lines.toLocaleString('en-US')} lines, ${mb} MB read`;
    this.draw(what);
  }

  message(text: string): void {
    if (this.enabled) this.draw(text);
  }

  private draw(text: string): void {
    if (!this.shown) {
      this.shown = true;
      process.once('SIGINT', () => {
        this.clear();
        process.exit(130);
      });
    }
    process.stderr.write(`\r\x1b[Kvn-admin-ner: ${text}`);
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

/** The process's progress line (none before main() starts). */
export const state: { progress: Progress | undefined } = { progress: undefined };
