// Scores labelled adverts with the assess stage and measures the combined score, the rules alone
// and the classifier alone against the labels (classifiers/evaluation.ts).
import type { Assessor } from '../classifiers/assess.ts';
import { evaluateScores, type Evaluation, type ScoredLabelled } from '../classifiers/evaluation.ts';
import { QUEUE_THRESHOLD, scoreRisk } from '../classifiers/risk-score.ts';
import type { LabelledLine } from './labelled-jsonl.ts';

/** The classifier alone flags an advert from this probability (as a 0–100 score: 50). */
export const CLASSIFIER_THRESHOLD = 50;

export interface ScorerEvaluation {
  scorer: 'combined' | 'rules' | 'classifier';
  evaluation: Evaluation;
}

export interface Miss {
  id: string;
  language: string;
  label: 0 | 1;
  score: number;
  classifierProbability?: number;
  indicators: string[];
  reasons: string[];
  title: string;
}

export interface LabelledEvaluation {
  threshold: number;
  /** Combined first; the classifier only when a model is loaded. */
  scorers: ScorerEvaluation[];
  /** Risky adverts below the threshold and others above it, by the combined score. */
  misses: Miss[];
  modelVersion?: string;
  rulePackVersion: string;
  scorerVersion: string;
}

export interface EvaluateLabelledOptions {
  /** The assess stage; a function gives each line its own (cross-validation: a model per fold). */
  assessor: Assessor | ((lineIndex: number) => Assessor);
  lines: readonly LabelledLine[];
  /** Queue threshold of the combined and the rules-only score. Default QUEUE_THRESHOLD. */
  threshold?: number;
  /** Share of risky adverts assumed in a real crawl. Default 0.01. */
  prevalence?: number;
  onProgress?(done: number, total: number): void;
}

export function evaluateLabelled(options: EvaluateLabelledOptions): LabelledEvaluation {
  const threshold = options.threshold ?? QUEUE_THRESHOLD;
  const combined: ScoredLabelled[] = [];
  const rules: ScoredLabelled[] = [];
  const classifier: ScoredLabelled[] = [];
  const misses: Miss[] = [];
  let versions = { rulePackVersion: '', scorerVersion: '', modelVersion: undefined as string | undefined };
  options.lines.forEach((line, i) => {
    const assessor = typeof options.assessor === 'function' ? options.assessor(i) : options.assessor;
    const out = assessor.assess({
      title: line.title,
      text: line.description,
      employer: line.employer,
      location: line.location,
      salary: line.salary,
      siteCountry: line.country?.toUpperCase(),
    });
    versions = {
      rulePackVersion: out.rulePackVersion,
      scorerVersion: out.scorerVersion,
      modelVersion: out.classifier?.modelVersion,
    };
    const id = line.id !== undefined ? String(line.id) : `line-${i + 1}`;
    const indicators = out.hits.filter((h) => h.state === 'present').map((h) => h.indicatorId);
    const q = out.classifier?.probability;
    const base = { id, language: out.language, label: line.label, indicators };
    combined.push({ ...base, score: out.risk.score, ...(q !== undefined ? { tieBreak: q } : {}) });
    rules.push({ ...base, score: q === undefined ? out.risk.score : scoreRisk(out.hits).score });
    if (q !== undefined) classifier.push({ ...base, score: Math.round(q * 100), tieBreak: q });
    if (out.risk.score >= threshold !== (line.label === 1))
      misses.push({
        ...base,
        score: out.risk.score,
        ...(q !== undefined ? { classifierProbability: Math.round(q * 1000) / 1000 } : {}),
        reasons: out.risk.reasons,
        title: line.title,
      });
    if ((i + 1) % 100 === 0) options.onProgress?.(i + 1, options.lines.length);
  });
  options.onProgress?.(options.lines.length, options.lines.length);
  const prevalence = options.prevalence !== undefined ? { prevalence: options.prevalence } : {};
  const scorers: ScorerEvaluation[] = [
    { scorer: 'combined', evaluation: evaluateScores(combined, { threshold, ...prevalence }) },
  ];
  // Without a model the combined score is the rules' score: no separate rows.
  if (classifier.length > 0)
    scorers.push(
      { scorer: 'rules', evaluation: evaluateScores(rules, { threshold, ...prevalence }) },
      {
        scorer: 'classifier',
        evaluation: evaluateScores(classifier, { threshold: CLASSIFIER_THRESHOLD, ...prevalence }),
      },
    );
  return {
    threshold,
    scorers,
    misses,
    rulePackVersion: versions.rulePackVersion,
    scorerVersion: versions.scorerVersion,
    ...(versions.modelVersion ? { modelVersion: versions.modelVersion } : {}),
  };
}
