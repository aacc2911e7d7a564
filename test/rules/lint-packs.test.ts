import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintRulePacks } from '../../rules/lint-packs.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function packDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rw-lint-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const EN = `language: en
version: 1.0.0
rules:
  - id: en.fee.recruitment.1
    indicator: fee.recruitment
    patterns:
      - "registration fee*"
      - "placement fee*"
      - "Registration Fee*"
    contradictions:
      - "no fees"
      - "free of charge"
    examples:
      - "A registration fee is due."
      - "Salary paid monthly."
    counterExamples:
      - "We pay well."
      - "The registration fees are paid by us."
    contradictionExamples:
      - "There are no fees."
  - id: en.urgency.1
    indicator: urgency
    patterns:
      - "start tomorrow"
    examples:
      - "You can start tomorrow."
    counterExamples:
      - "Start date: next month."
`;

describe('lintRulePacks', () => {
  it('passes the bundled packs', () => {
    const report = lintRulePacks();
    expect(report.problems).toEqual([]);
    expect(report.files).toBeGreaterThanOrEqual(4);
    expect(report.rules).toBeGreaterThanOrEqual(4 * 15);
  });

  it('reports every problem of every file, with file, rule, field and fix', () => {
    const dir = packDir({
      'en.yaml': EN,
      'de.yaml':
        'language: de\nversion: 1.0.0\nrules:\n  - id: de.nope.1\n    indicator: nope\n    patterns: ["x"]\n    examples: ["x"]\n',
    });
    const report = lintRulePacks(dir);
    const en = report.problems.filter((p) => p.file.endsWith('en.yaml'));
    const fields = en.map((p) => `${p.ruleId} ${p.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'en.fee.recruitment.1 examples[1]', // an example the rule does not match
        'en.fee.recruitment.1 counterExamples[1]', // a counter-example it does match
        'en.fee.recruitment.1 patterns[1]', // "placement fee*" matches none of the examples
        'en.fee.recruitment.1 patterns[2]', // the same pattern as patterns[0], folded
        'en.fee.recruitment.1 contradictions[1]', // "free of charge" matches no contradiction example
      ]),
    );
    expect(fields).not.toContain('en.urgency.1 patterns[0]');
    expect(en.find((p) => p.field === 'patterns[2]')!.problem).toContain(
      'already written at en.fee.recruitment.1 patterns[0]',
    );
    for (const p of en) expect(p.fix.length).toBeGreaterThan(0);
    const de = report.problems.filter((p) => p.file.endsWith('de.yaml'));
    expect(de.map((p) => p.field)).toContain('indicator');
    expect(report.files).toBe(2);
  });

  it('reports an empty folder', () => {
    const report = lintRulePacks(packDir({}));
    expect(report.problems).toEqual([expect.objectContaining({ problem: 'no rule packs (*.yaml)' })]);
  });
});
