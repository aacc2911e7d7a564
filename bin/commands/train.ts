// `recruitwatch train`: fit the text classifier on labelled adverts and write the model file.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../usage-error.ts';
import { readLabelsOption } from './labels-option.ts';

const positiveInt =
  (name: string) =>
  (raw: string): number => {
    const v = Number(raw);
    if (!Number.isSafeInteger(v) || v < 1)
      throw new UsageError(`${name} must be a positive whole number, got "${raw}"`);
    return v;
  };

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('train the text classifier on labelled adverts and write the model file')
    .requiredOption(
      '-l, --labels <file>',
      'JSON-lines file of labelled adverts (as for assess, plus "label": 1 or 0)',
    )
    .requiredOption('-o, --out <file>', 'where to write the model (JSON)')
    .option('--epochs <n>', 'passes over the data (default 12)', positiveInt('--epochs'))
    .option(
      '--max-features <n>',
      'vocabulary size, most frequent first (default 60000)',
      positiveInt('--max-features'),
    )
    .addHelpText(
      'after',
      `
Each line's language is detected as the assess stage does, and its words become features (stems
where a stemmer exists, character 4-grams otherwise, and word pairs). 20% of the adverts are held
out to calibrate the probabilities; their figures (AUC, Brier score, calibration error) are printed
and recorded in the model file with the sha256 of the labels file.
Train on the training part only: npx recruitwatch train --labels test/data/labelled/train.jsonl --out model.json`,
    )
    .action(async (opts: { labels: string; out: string; epochs?: number; maxFeatures?: number }) => {
      const { trainTextModel } = await import('../../classifiers/text-model.ts');
      const { detectLanguage } = await import('../../classifiers/language.ts');
      const { createProgress } = await import('../../common/progress.ts');
      const file = await readLabelsOption(opts.labels);
      const started = Date.now();
      const examples = file.lines.map((l) => ({
        title: l.title,
        text: l.description,
        language: detectLanguage(`${l.title}\n${l.description}`).language,
        label: l.label,
      }));
      const progress = createProgress('training');
      let model;
      try {
        model = trainTextModel(examples, {
          dataHash: file.sha256,
          ...(opts.epochs ? { epochs: opts.epochs } : {}),
          ...(opts.maxFeatures ? { maxFeatures: opts.maxFeatures } : {}),
          onEpoch: (done, total) => progress.update(done, total),
        });
      } catch (err) {
        throw new UsageError(`--labels ${opts.labels}: ${(err as Error).message}`);
      } finally {
        progress.stop();
      }
      writeFileSync(opts.out, JSON.stringify(model) + '\n');
      const h = model.training.heldOut;
      process.stdout.write(
        JSON.stringify({
          model: opts.out,
          version: model.version,
          examples: model.training.examples,
          positives: model.training.positives,
          features: model.features.count,
          skippedLines: file.problems.length,
          heldOut: { examples: h.examples, auc: h.auc, brier: h.brier, ece: h.ece },
          seconds: Math.round((Date.now() - started) / 100) / 10,
        }) + '\n',
      );
    });
}
