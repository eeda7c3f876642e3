/**
 * A progress bar on standard error, drawn with `\r` on one line, for large batches on a terminal
 * only: never in a pipe or a log file, where it would be noise.
 * @module
 */

/** Batches smaller than this finish too fast for a bar to help. */
export const PROGRESS_MIN_INPUTS = 20;
/** Redraw at most this often, so drawing costs nothing next to parsing. */
const REDRAW_MS = 100;
const BAR_WIDTH = 30;

/** The stream the bar is drawn on (standard error). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Counts finished inputs; `report` writes a message line without garbling the bar. */
export interface Progress {
  tick(): void;
  report(message: string): void;
  done(): void;
}

/** A bar when `stream` is a terminal and the batch is large, else a plain reporter. */
export function createProgress(total: number, stream: ProgressStream): Progress {
  if (stream.isTTY === true && total >= PROGRESS_MIN_INPUTS) return new ProgressBar(total, stream);
  return { tick: () => undefined, report: (message) => stream.write(message), done: () => undefined };
}

class ProgressBar implements Progress {
  private count = 0;
  private drawnAt = -Infinity;

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
  ) {}

  tick(): void {
    this.count++;
    const now = performance.now();
    if (now - this.drawnAt >= REDRAW_MS || this.count === this.total) {
      this.drawnAt = now;
      this.draw();
    }
  }

  report(message: string): void {
    this.stream.write(`\r\x1b[K${message}`);
    this.draw();
  }

  done(): void {
    this.stream.write('\r\x1b[K');
  }

  private draw(): void {
    const filled = Math.round((this.count / this.total) * BAR_WIDTH);
    const percent = Math.floor((this.count / this.total) * 100);
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${this.count}/${this.total} ${percent}%`);
  }
}
