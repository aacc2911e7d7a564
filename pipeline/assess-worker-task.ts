// What each worker thread of the assess pool runs: an assessor of its own, opened once from the
// pool's choice of model and salary baseline (workerData), applied to one batch of lines per task.
import { workerData } from 'node:worker_threads';
import { openAssessorFromOptions } from '../bin/runtime.ts';
import { scoreLines, type NumberedLine, type ScoredBatch } from './assess-jsonl.ts';
import type { AssessPoolChoice } from './assess-pool.ts';

const assessor = openAssessorFromOptions(workerData as AssessPoolChoice);

export function scoreBatch(lines: readonly NumberedLine[]): ScoredBatch {
  return scoreLines(assessor, lines);
}
