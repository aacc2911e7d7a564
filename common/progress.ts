// Progress for long work: a bar on an interactive terminal, nothing otherwise (logs carry the story).
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Draw the bar. Default: stderr is a TTY and CI is not set. */
  enabled?: boolean;
}

export function createProgress(label: string, options: ProgressOptions = {}): Progress {
  const enabled = options.enabled ?? (Boolean(process.stderr.isTTY) && !process.env.CI);
  if (!enabled) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
