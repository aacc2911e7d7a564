// Scores JSON lines on worker threads, one assessor per thread, so a large file is scored on more
// than one core: the assess stage itself is single-threaded (bench/README.md). Workers are handed
// raw lines and hand back output lines (pipeline/assess-jsonl.ts scoreLines), so parsing, checking
// and writing JSON are spread too, and the main thread only reads and writes the file.
// Each worker opens its assessor as runtime.ts opens the command's (assess-worker-task.ts).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { LineScorer, NumberedLine, ScoredBatch } from '../pipeline/assess-jsonl.ts';
import type { AssessorFileOptions } from './runtime.ts';

/** Each worker's assessor is the one these --model / --no-model / --baseline options ask for. */
export interface AssessPoolOptions extends AssessorFileOptions {
  /** Worker threads. Default: the cores this process may use (os.availableParallelism()). */
  workers?: number;
}

/** Worker threads scoring batches of lines. `close` it when done, or the process stays alive. */
export interface AssessPool extends LineScorer {
  close(): Promise<void>;
}

/**
 * The largest pool accepted: each worker holds its own rule packs, model and heap (two workers on
 * 60,000 lines peaked at 1.60 GB in all, one thread at 0.62 GB; bench/README.md).
 */
export const MAX_WORKERS = 64;

export function openAssessPool(options: AssessPoolOptions = {}): AssessPool {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS)
    throw new Error(`assess pool: workers must be a whole number from 1 to ${MAX_WORKERS}, got ${workers}`);
  const choice: AssessorFileOptions = {
    ...(options.model !== undefined ? { model: options.model } : {}),
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
  };
  const pool = new Piscina({
    filename: new URL('./assess-worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Each worker loads the rule packs and the model once (a few seconds with its start): keep it.
    idleTimeout: Infinity,
    workerData: choice,
  });
  return {
    workers,
    scoreLines: (lines: readonly NumberedLine[]) => pool.run(lines) as Promise<ScoredBatch>,
    close: () => pool.destroy(),
  };
}
