// Benchmark: `recruitwatch assess --workers N`, JSON lines scored on N worker threads, against the
// same lines scored in this thread (the peer). Shows how far the assess stage scales with cores on
// this machine. The inputs are bench/assess.ts's, written as the command's input lines.
//
// Run: npx tsx bench/assess-workers.ts [--n 20000] [--workers 2] [--rounds 3]
import { availableParallelism } from 'node:os';
import { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { positiveOption } from './positive-option.ts';
import { openAssessor } from '../bin/runtime.ts';
import { assessJsonl, type AssessJsonlOptions } from '../pipeline/assess-jsonl.ts';
import { openAssessPool } from '../bin/assess-pool.ts';
import { buildInputs } from './assess.ts';

/** Lines each worker scores, untimed, before the rounds: its compiler warms up as this thread's does. */
const WARM_UP_PER_WORKER = 2_000;

function parseOptions(): { n: number; workers: number; rounds: number } {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '20000' },
      workers: { type: 'string', default: String(availableParallelism()) },
      rounds: { type: 'string', default: '3' },
    },
  });
  return {
    n: positiveOption('n', values.n),
    workers: positiveOption('workers', values.workers, 2),
    rounds: positiveOption('rounds', values.rounds, 3),
  };
}

/** Scores the lines through assessJsonl into a sink; returns adverts/s. */
async function scoreAll(assessor: AssessJsonlOptions['assessor'], lines: readonly string[]): Promise<number> {
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const started = performance.now();
  const result = await assessJsonl({ assessor, input: Readable.from([lines.join('\n')]), output: sink });
  const ms = performance.now() - started;
  if (result.scored !== lines.length) throw new Error(`scored ${result.scored} of ${lines.length} lines`);
  return (lines.length / ms) * 1000;
}

async function main(): Promise<void> {
  const { n, workers, rounds } = parseOptions();
  const lines = buildInputs(n).map((x, i) =>
    JSON.stringify({ id: i, title: x.title, description: x.text, country: x.siteCountry }),
  );
  console.log(
    `${n.toLocaleString('en')} lines; ${availableParallelism()} cores available; ${workers} workers`,
  );

  const local = openAssessor();
  let started = performance.now();
  const pool = openAssessPool({ workers });
  await scoreAll(pool, lines.slice(0, Math.min(n, WARM_UP_PER_WORKER * workers)));
  console.log(`pool started and warmed up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  await scoreAll(local, lines.slice(0, Math.min(n, WARM_UP_PER_WORKER)));
  console.log(`this thread warmed up in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // Alternating rounds: the machine's speed drifts, so each pair is compared within its round.
  const ratios: number[] = [];
  for (let r = 1; r <= rounds; r++) {
    const here = await scoreAll(local, lines);
    const there = await scoreAll(pool, lines);
    ratios.push(there / here);
    console.log(
      `round ${r}: this thread (peer) ${here.toFixed(0)} adverts/s, ${workers} workers ${there.toFixed(0)} adverts/s, ${(there / here).toFixed(2)}x`,
    );
  }
  await pool.close();
  const median = [...ratios].sort((a, b) => a - b)[ratios.length >> 1]!;
  console.log(`median speed-up with ${workers} workers: ${median.toFixed(2)}x`);
  // One process: the figure covers this thread's assessor and every worker's.
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
