/** A one-line progress bar for a terminal; on anything else it prints nothing until `done`. */
export interface ProgressBar {
  update(done: number, total: number, note: string): void;
  done(summary: string): void;
}

const WIDTH = 24;

/** Creates a progress bar that redraws in place on a TTY (carriage return) and stays quiet otherwise. */
export function createProgressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }): ProgressBar {
  const tty = stream.isTTY === true;
  let drawn = false;
  return {
    update(done, total, note) {
      if (!tty) return;
      const ratio = total === 0 ? 1 : done / total;
      const filled = Math.round(ratio * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      const line = `${bar} ${done}/${total} ${note}`;
      const max = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\x1b[K${line.length > max ? line.slice(0, max - 1) + '…' : line}`);
      drawn = true;
    },
    done(summary) {
      stream.write(`${tty && drawn ? '\r\x1b[K' : ''}${summary}\n`);
    },
  };
}
