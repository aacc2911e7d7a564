// `recruitwatch assess`: score adverts from a JSON-lines file.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { UsageError } from '../usage-error.ts';

interface AssessOptions {
  input: string;
  output?: string;
  model?: string | boolean;
  baseline?: string;
  workers?: string;
}

/** --workers: a whole number from 1, or "auto" for one per core the process may use. */
function parseWorkers(raw: string | undefined, max: number): number {
  if (raw === undefined) return 1;
  if (raw.trim().toLowerCase() === 'auto') return availableParallelism();
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || n < 1 || n > max)
    throw new UsageError(
      `--workers ${raw}: not a number of worker threads. Fix: give a whole number from 1 to ${max}, or "auto" for one per core`,
    );
  return n;
}

export function registerAssess(program: Command): void {
  program
    .command('assess')
    .description(
      'score adverts given as JSON lines and write each with its language, contacts, indicators and risk',
    )
    .requiredOption('-i, --input <file>', 'JSON-lines file, one advert per line')
    .option('-o, --output <file>', 'where to write the scored lines (default: stdout)')
    .option('-m, --model <file>', 'text model to use (default: the bundled model)')
    .option('--no-model', 'rules only, no text classifier')
    .option(
      '-b, --baseline <file>',
      "salary baseline for pay.too_good (a data directory's salary-baseline.json)",
    )
    .option(
      '-w, --workers <n>',
      'worker threads to score on: a number, or "auto" for one per core (default: 1, this thread)',
    )
    .addHelpText(
      'after',
      `
Input line: {"title": "...", "description": "...", "employer"?, "location"?, "salary"?, "country"?, "url"?, "id"?}
(other fields are kept). "country" is the site's country (ISO code) and makes "abroad" and local phone
numbers detectable. Each output line adds "language", "contacts", "indicators" (id, state, weight, rule,
evidence spans with field/start/end/text) and "risk" (score 0-100, band, reasons).
A malformed line is reported on stderr with its line number and skipped; the rest are scored.
With --workers, each worker first loads its own rule packs and model (a few seconds, some hundreds of MB);
output is the same and in input order.`,
    )
    .action(async (opts: AssessOptions) => {
      if (!statSync(opts.input, { throwIfNoEntry: false })?.isFile()) {
        throw new UsageError(`--input ${opts.input}: no such file`);
      }
      const { openAssessPool, MAX_WORKERS } = await import('../assess-pool.ts');
      const workers = parseWorkers(opts.workers, MAX_WORKERS);
      const { assessJsonl } = await import('../../pipeline/assess-jsonl.ts');
      const { checkAssessorOptions, openAssessorFromOptions } = await import('../runtime.ts');
      // A bad --model or --baseline is reported here, before any worker starts.
      if (workers > 1) checkAssessorOptions(opts);
      const assessor =
        workers > 1
          ? openAssessPool({ workers, model: opts.model, baseline: opts.baseline })
          : openAssessorFromOptions(opts);
      const output = opts.output ? createWriteStream(opts.output) : process.stdout;
      const result = await assessJsonl({
        assessor,
        input: createReadStream(opts.input, 'utf8'),
        output,
        onProblem: (message) => process.stderr.write(message + '\n'),
        onProgress: (lines) => {
          if (process.stderr.isTTY && opts.output) process.stderr.write(`\r${lines} lines`);
        },
      }).finally(() => ('close' in assessor ? assessor.close() : undefined));
      if (opts.output) {
        output.end();
        await finished(output);
        if (process.stderr.isTTY) process.stderr.write('\n');
      }
      process.stderr.write(`scored ${result.scored}, skipped ${result.skipped}\n`);
      if (result.scored === 0 && result.skipped > 0) process.exitCode = 1;
    });
}
