// Out-of-fold assessors for evaluating on the training part: each line is scored by a model that
// never saw it (k-fold cross-validation), so thresholds can be chosen on the training part with
// honest classifier probabilities, leaving the test part untouched.
import { createHash } from 'node:crypto';
import { createAssessor, type Assessor, type RuleMatcher } from '../classifiers/assess.ts';
import { detectLanguage } from '../classifiers/language.ts';
import type { SalaryBaseline } from '../classifiers/salary-baseline.ts';
import { createTextClassifier, trainTextModel } from '../classifiers/text-model.ts';
import type { LabelledLine } from './labelled-jsonl.ts';

export interface CrossValidateOptions {
  engine: RuleMatcher;
  lines: readonly LabelledLine[];
  /** Number of folds, ≥ 2. */
  folds: number;
  /** Pay per sector × country for pay.too_good. Default: none. */
  salaryBaseline?: SalaryBaseline;
  onFold?(done: number, total: number): void;
}

/** The fold of a line: fixed by its id (or its position when it has none). */
function foldOf(line: LabelledLine, index: number, folds: number): number {
  const key = line.id !== undefined ? String(line.id) : `line-${index + 1}`;
  return createHash('sha256').update(key).digest().readUInt32BE(0) % folds;
}

/** One assessor per line, whose model was trained on the other folds. */
export function crossValidatedAssessors(options: CrossValidateOptions): (lineIndex: number) => Assessor {
  const { lines, folds, engine } = options;
  if (!Number.isInteger(folds) || folds < 2)
    throw new Error(`folds must be a whole number of at least 2, got ${folds}`);
  const fold = lines.map((line, i) => foldOf(line, i, folds));
  const examples = lines.map((l) => ({
    title: l.title,
    text: l.description,
    language: detectLanguage(`${l.title}\n${l.description}`).language,
    label: l.label,
  }));
  const assessors: Assessor[] = [];
  for (let k = 0; k < folds; k++) {
    const model = trainTextModel(examples.filter((_, i) => fold[i] !== k));
    assessors.push(
      createAssessor({
        engine,
        classifier: createTextClassifier(model),
        ...(options.salaryBaseline ? { salaryBaseline: options.salaryBaseline } : {}),
      }),
    );
    options.onFold?.(k + 1, folds);
  }
  return (i) => assessors[fold[i] as number] as Assessor;
}
