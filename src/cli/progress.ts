// A one-line progress bar on stderr, only when stderr is a terminal: scripts and logs get no
// carriage-return noise. Redraws at most every 100 ms so it never slows the audit down.
import type { WriteStream } from 'node:tty';

const WIDTH = 24;

export class ProgressBar {
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly total: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.enabled = Boolean((stream as WriteStream).isTTY) && total > 0;
  }

  /** `done` is in the same unit as `total` (bytes of an mbox, or files of a folder). */
  update(done: number, messages: number): void {
    if (!this.enabled) return;
    const now = this.clock();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const share = Math.min(1, done / this.total);
    const filled = Math.round(share * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    this.stream.write(
      `\r${bar} ${String(Math.floor(share * 100)).padStart(3)}%  ${messages.toLocaleString('en')} messages`,
    );
  }

  finish(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
