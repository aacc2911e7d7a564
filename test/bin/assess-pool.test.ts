// Scoring on worker threads (real threads, each loading the packs and model) gives what scoring in
// this thread gives, line for line and problem for problem.
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { openAssessor } from '../../bin/runtime.ts';
import { assessJsonl, type AssessJsonlOptions } from '../../pipeline/assess-jsonl.ts';
import { openAssessPool } from '../../bin/assess-pool.ts';
import { generateDemoAdverts } from '../fixture-boards/generate.ts';

// Three batches of 256 lines and part of a fourth.
const adverts = [...generateDemoAdverts('assess-pool-1'), ...generateDemoAdverts('assess-pool-2')].slice(
  0,
  600,
);
const lines = adverts.map((a, i) =>
  JSON.stringify({ id: `a${i}`, title: a.title, description: a.description, country: 'PL' }),
);
// Bad lines in the first and in a later batch.
lines.splice(3, 0, '{"title": "cut off');
lines.splice(400, 0, JSON.stringify({ id: 'x', description: 'no title' }));
lines.splice(401, 0, '');

async function run(
  assessor: AssessJsonlOptions['assessor'],
): Promise<{ text: string; problems: string[]; scored: number }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  const reported: string[] = [];
  const result = await assessJsonl({
    assessor,
    input: Readable.from([lines.join('\n')]),
    output,
    onProblem: (m) => reported.push(m),
  });
  expect(reported).toEqual(result.problems);
  return { text: Buffer.concat(chunks).toString('utf8'), problems: result.problems, scored: result.scored };
}

const parseLines = (text: string): Array<Record<string, unknown>> =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('assess pool', () => {
  const pool = openAssessPool({ workers: 2 });
  const rulesOnly = openAssessPool({ workers: 2, model: false });
  afterAll(async () => {
    await pool.close();
    await rulesOnly.close();
  });

  it('writes the same lines in the same order as scoring in this thread, and reports the same problems', async () => {
    const here = await run(openAssessor());
    const there = await run(pool);
    expect(there.scored).toBe(600);
    expect(there.problems).toEqual([
      expect.stringMatching(/^line 4: not valid JSON/),
      expect.stringMatching(/^line 401: title: needs "title"/),
    ]);
    expect(there).toEqual(here);
    const ids = parseLines(there.text).map((l) => l.id);
    expect(ids).toEqual(adverts.map((_, i) => `a${i}`));
  }, 120_000);

  it("opens each worker's assessor as asked: rules only gives no classifier view", async () => {
    const [first] = parseLines((await run(rulesOnly)).text);
    expect(first).not.toHaveProperty('classifier');
    expect(first).toHaveProperty('versions.rules');
    const [withModel] = parseLines((await run(pool)).text);
    expect(withModel).toHaveProperty('classifier.probability');
  }, 120_000);

  it('refuses a pool size that is not a whole number from 1', () => {
    expect(() => openAssessPool({ workers: 0 })).toThrow(
      /workers must be a whole number from 1 to 64, got 0/,
    );
    expect(() => openAssessPool({ workers: 1.5 })).toThrow(/got 1.5/);
  });
});
