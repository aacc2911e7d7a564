import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAssessor } from '../../classifiers/assess.ts';
import { assessJsonl } from '../../pipeline/assess-jsonl.ts';
import { BUNDLED_MODEL, loadTextClassifier } from '../../bin/runtime.ts';
import { createRuleEngine, loadRulePacks } from '../../rules/engine.ts';
import { generateDemoAdverts } from '../fixture-boards/generate.ts';

const assessor = createAssessor({
  engine: createRuleEngine(loadRulePacks()),
  classifier: loadTextClassifier(BUNDLED_MODEL),
});
const adverts = generateDemoAdverts('assess-jsonl-test').slice(0, 300);

async function run(lines: string[]): Promise<{ out: Array<Record<string, unknown>>; problems: string[] }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  const result = await assessJsonl({ assessor, input: Readable.from([lines.join('\n')]), output });
  output.end();
  const out = Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { out, problems: result.problems };
}

describe('assessMany', () => {
  it('gives each advert what assess gives it alone, in order', () => {
    const inputs = adverts.slice(0, 60).map((a) => ({
      title: a.title,
      text: a.description,
      location: a.locationText,
      ...(a.salary ? { salary: a.salary.text } : {}),
      siteCountry: 'PL',
      languageHints: [a.language],
    }));
    const alone = inputs.map((x) => assessor.assess(x));
    expect(assessor.assessMany(inputs)).toEqual(alone);
    expect(assessor.assessMany([])).toEqual([]);
    // Some of them are flagged and some not, so the comparison covers both.
    expect(new Set(alone.map((o) => o.risk.score >= 60)).size).toBe(2);
  });
});

describe('assessJsonl', () => {
  it('writes every good line in input order across batches, and reports the bad ones by line number', async () => {
    const lines = adverts.map((a, i) =>
      JSON.stringify({ id: `a${i}`, title: a.title, description: a.description, country: 'DE' }),
    );
    lines.splice(10, 0, '{not json');
    lines.splice(270, 0, JSON.stringify({ id: 'x', title: 'no description' }));
    const { out, problems } = await run(lines);
    expect(out.map((o) => o.id)).toEqual(adverts.map((_, i) => `a${i}`));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^line 11: not valid JSON/);
    expect(problems[1]).toMatch(/^line 271: .*description/);
    const first = out[0] as { risk: { score: number }; language: string };
    const alone = assessor.assess({
      title: adverts[0]!.title,
      text: adverts[0]!.description,
      siteCountry: 'DE',
    });
    expect(first.risk.score).toBe(alone.risk.score);
    expect(first.language).toBe(alone.language);
  });
});
