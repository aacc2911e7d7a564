// Scores JSON lines on worker threads, one assessor per thread, so a large file is scored on more
// than one core: the assess stage itself is single-threaded (bench/README.md). Workers are handed
// raw lines and hand back output lines, so parsing, checking and writing JSON are spread too, and
// the main thread only reads and writes the file.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { LineScorer, NumberedLine, ScoredBatch } from './assess-jsonl.ts';

/** The assessor each worker opens: as the `assess` command's --model / --no-model / --baseline. */
export interface AssessPoolChoice {
  /** A model file, false for rules only, or undefined for the bundled model. */
  model?: string | false;
  /** A salary baseline file (salary-baseline.json). Default: none. */
  baseline?: string;
}

export interface AssessPoolOptions extends AssessPoolChoice {
  /** Worker threads. Default: the cores this process may use (os.availableParallelism()). */
  workers?: number;
}

/** Worker threads scoring batches of lines. `close` it when done, or the process stays alive. */
export interface AssessPool extends LineScorer {
  close(): Promise<void>;
}

/** The largest pool accepted: each worker holds its own rule packs and model (about 150 MB). */
export const MAX_WORKERS = 64;

export function openAssessPool(options: AssessPoolOptions = {}): AssessPool {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS)
    throw new Error(`assess pool: workers must be a whole number from 1 to ${MAX_WORKERS}, got ${workers}`);
  const choice: AssessPoolChoice = {
    ...(options.model !== undefined ? { model: options.model } : {}),
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
  };
  const pool = new Piscina({
    filename: new URL('./assess-worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Each worker loads the rule packs and the model once (one to two seconds): keep it for the run.
    idleTimeout: Infinity,
    workerData: choice,
  });
  return {
    workers,
    scoreLines: (lines: readonly NumberedLine[]) => pool.run(lines) as Promise<ScoredBatch>,
    close: () => pool.destroy(),
  };
}
