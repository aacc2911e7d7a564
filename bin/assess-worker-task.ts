// What each worker thread of the assess pool runs: an assessor of its own, opened once from the
// pool's choice of model and salary baseline (workerData), applied to one batch of lines per task.
import { workerData } from 'node:worker_threads';
import { scoreLines, type NumberedLine, type ScoredBatch } from '../pipeline/assess-jsonl.ts';
import { openAssessorFromOptions, type AssessorFileOptions } from './runtime.ts';

const assessor = openAssessorFromOptions(workerData as AssessorFileOptions);

export function scoreBatch(lines: readonly NumberedLine[]): ScoredBatch {
  return scoreLines(assessor, lines);
}
