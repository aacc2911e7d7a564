// `recruitwatch evaluate`: measure the assess stage on labelled adverts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { atPrevalence, type Evaluation } from '../../classifiers/evaluation.ts';
import type { LabelledEvaluation } from '../../pipeline/evaluate-labelled.ts';
import { UsageError } from '../usage-error.ts';
import { readLabelsOption } from './labels-option.ts';

const pct = (v: number | null): string => (v === null ? '   –  ' : `${(v * 100).toFixed(1).padStart(5)}%`);
const num = (v: number | null, digits = 0): string => (v === null ? '–' : v.toFixed(digits));

/** The figures as a plain-text report. */
export function formatEvaluation(result: LabelledEvaluation, source: string): string {
  const out: string[] = [];
  const combined = result.scorers[0]?.evaluation as Evaluation;
  out.push(
    `${source}: ${combined.adverts} adverts (${combined.positives} risky, ${combined.negatives} not); queue threshold ${result.threshold}`,
    `rules ${result.rulePackVersion}; scorer ${result.scorerVersion}; model ${result.modelVersion ?? 'none'}`,
    '',
    'scorer      P@50    P@100   P@500   precision  recall  false alerts/10k neg  precision at 1% prevalence',
  );
  for (const { scorer, evaluation: e } of result.scorers) {
    const at = (k: number) => {
      const p = e.precisionAtK.find((x) => x.k === k);
      return p ? `${pct(p.precision)}${p.ranked < k ? '*' : ' '}` : '   –   ';
    };
    out.push(
      `${scorer.padEnd(10)} ${at(50)} ${at(100)} ${at(500)} ${pct(e.threshold.precision)}    ${pct(e.threshold.recall)} ${num(e.threshold.falseAlertsPer10k).padStart(12)}            ${pct(e.precisionAtPrevalence.precision)}`,
    );
  }
  if (combined.precisionAtK.some((p) => p.ranked < p.k))
    out.push('* fewer adverts than k: precision over all of them');
  out.push(
    '',
    'combined score by threshold, expected on a crawl where 1% of adverts are risky:',
    'threshold  recall  false alerts/10k neg  precision  review queue per 10,000 adverts',
  );
  for (const c of combined.curve.filter(
    (x) => x.threshold >= 30 && x.threshold <= 90 && x.threshold % 5 === 0,
  )) {
    const expected = atPrevalence(c, 0.01);
    out.push(
      `${String(c.threshold).padStart(9)}  ${pct(c.recall)} ${num(c.falseAlertsPer10k).padStart(12)}           ${pct(expected.precision)}   ${num(expected.queuePer10k).padStart(10)}`,
    );
  }
  out.push(
    '',
    'per language (combined score):',
    'lang  adverts  risky  flagged  precision  recall  false alerts/10k neg',
  );
  for (const l of combined.languages)
    out.push(
      `${l.language.padEnd(5)} ${String(l.adverts).padStart(7)} ${String(l.positives).padStart(6)} ${String(l.flagged).padStart(8)}  ${pct(l.precision)}    ${pct(l.recall)} ${num(l.falseAlertsPer10k).padStart(10)}`,
    );
  out.push(
    '',
    'per indicator (adverts where present; precision = share risky):',
    'indicator                    adverts  precision',
  );
  for (const i of combined.indicators)
    out.push(`${i.indicator.padEnd(28)} ${String(i.adverts).padStart(7)}  ${pct(i.precision)}`);
  return out.join('\n') + '\n';
}

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('measure precision, recall and false alerts of the assess stage on labelled adverts')
    .requiredOption(
      '-l, --labels <file>',
      'JSON-lines file of labelled adverts (as for assess, plus "label": 1 or 0)',
    )
    .option(
      '-r, --report <dir>',
      'also write metrics.json, pr-curve.csv, pr-curve.svg and misses.jsonl there',
    )
    .option('-m, --model <file>', 'text model to use (default: the bundled model)')
    .option('--no-model', 'rules only, no text classifier')
    .option(
      '-b, --baseline <file>',
      "salary baseline for pay.too_good (a data directory's salary-baseline.json)",
    )
    .option(
      '--folds <k>',
      'cross-validate: score each advert with a model trained on the other k-1 folds of this file',
    )
    .option('--threshold <score>', "queue threshold, 0-100 (default: the scorer's)")
    .option('--json', 'print the figures as JSON instead of a table')
    .addHelpText(
      'after',
      `
Adverts are ranked by their combined risk score (ties by classifier probability). Printed per scorer
(combined, rules alone, classifier alone): precision at 50/100/500, precision and recall at the
queue threshold, false alerts per 10,000 negatives, and the precision expected if 1% of crawled
adverts were risky; then per language and per indicator.
With --folds, the file's own adverts train the models (for choosing thresholds on the training part
without scoring an advert with a model that saw it).
Evaluate on the held-out part only: npx recruitwatch evaluate --labels test/data/labelled/test.jsonl --report report/`,
    )
    .action(
      async (opts: {
        labels: string;
        report?: string;
        model?: string | boolean;
        folds?: string;
        baseline?: string;
        threshold?: string;
        json?: boolean;
      }) => {
        let threshold: number | undefined;
        if (opts.threshold !== undefined) {
          threshold = Number(opts.threshold);
          if (!Number.isInteger(threshold) || threshold < 0 || threshold > 100)
            throw new UsageError(`--threshold must be a whole number from 0 to 100, got "${opts.threshold}"`);
        }
        const { evaluateLabelled } = await import('../../pipeline/evaluate-labelled.ts');
        const { curveCsv } = await import('../../classifiers/evaluation.ts');
        const { prCurveSvg } = await import('../../classifiers/pr-curve-svg.ts');
        const { createProgress } = await import('../../common/progress.ts');
        const file = await readLabelsOption(opts.labels);
        let assessor;
        const { openAssessorFromOptions, readSalaryBaselineFile } = await import('../runtime.ts');
        if (opts.folds !== undefined) {
          const folds = Number(opts.folds);
          if (!Number.isInteger(folds) || folds < 2 || folds > 20)
            throw new UsageError(`--folds must be a whole number from 2 to 20, got "${opts.folds}"`);
          if (typeof opts.model === 'string' || opts.model === false)
            throw new UsageError('--folds trains its own models: leave out --model and --no-model');
          const { crossValidatedAssessors } = await import('../../pipeline/cross-validate.ts');
          const { createRuleEngine, loadRulePacks } = await import('../../rules/engine.ts');
          let salaryBaseline;
          try {
            salaryBaseline = opts.baseline !== undefined ? readSalaryBaselineFile(opts.baseline) : undefined;
          } catch (err) {
            throw new UsageError(`--baseline ${(err as Error).message}`);
          }
          const training = createProgress('training folds');
          try {
            assessor = crossValidatedAssessors({
              engine: createRuleEngine(loadRulePacks()),
              lines: file.lines,
              folds,
              ...(salaryBaseline ? { salaryBaseline } : {}),
              onFold: (done, total) => training.update(done, total),
            });
          } catch (err) {
            throw new UsageError(`--labels ${opts.labels}: ${(err as Error).message}`);
          } finally {
            training.stop();
          }
        } else {
          assessor = openAssessorFromOptions(opts);
        }
        const progress = createProgress('assessing');
        const result = evaluateLabelled({
          assessor,
          lines: file.lines,
          ...(threshold !== undefined ? { threshold } : {}),
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        const figures = {
          labels: opts.labels,
          labelsSha256: file.sha256,
          skippedLines: file.problems.length,
          threshold: result.threshold,
          versions: {
            rules: result.rulePackVersion,
            scorer: result.scorerVersion,
            model: result.modelVersion ?? null,
          },
          scorers: result.scorers.map(({ scorer, evaluation }) => {
            const { curve: _curve, ...rest } = evaluation;
            return { scorer, ...rest };
          }),
        };
        process.stdout.write(
          opts.json ? JSON.stringify(figures) + '\n' : formatEvaluation(result, opts.labels),
        );
        if (opts.report) {
          mkdirSync(opts.report, { recursive: true });
          writeFileSync(join(opts.report, 'metrics.json'), JSON.stringify(figures, null, 2) + '\n');
          const csv = result.scorers
            .map(({ scorer, evaluation }, i) => {
              const rows = curveCsv(evaluation.curve).trimEnd().split('\n');
              return (i === 0 ? [`scorer,${rows[0]}`] : [])
                .concat(rows.slice(1).map((r) => `${scorer},${r}`))
                .join('\n');
            })
            .join('\n');
          writeFileSync(join(opts.report, 'pr-curve.csv'), csv + '\n');
          writeFileSync(
            join(opts.report, 'pr-curve.svg'),
            prCurveSvg(
              result.scorers.map(({ scorer, evaluation }) => ({
                name: scorer,
                curve: evaluation.curve,
                mark: evaluation.threshold.threshold,
              })),
              `Precision–recall, ${figures.scorers[0]?.adverts} labelled adverts`,
            ),
          );
          writeFileSync(
            join(opts.report, 'misses.jsonl'),
            result.misses.map((m) => JSON.stringify(m)).join('\n') + (result.misses.length ? '\n' : ''),
          );
          process.stderr.write(`report written to ${opts.report}\n`);
        }
      },
    );
}
