// Checks rule packs beyond what loading them checks: every example, counter-example and
// contradiction example behaves as written, every pattern earns its place by matching one of its
// rule's own examples, and no pattern is written twice in a pack. Reads the pack files through the
// loader (the only I/O of rules/) and reports every problem of every file, not only the first.
import { createRuleEngine } from './engine.ts';
import { listRulePackFiles, readRulePackFile, BUNDLED_PACKS_DIR } from './load-packs.ts';
import { foldString } from './normalise.ts';
import { RulePackError, type Pattern, type Rule, type RulePack } from './pack-schema.ts';

export interface LintProblem {
  file: string;
  ruleId?: string;
  field: string;
  problem: string;
  fix: string;
}

export interface LintReport {
  files: number;
  rules: number;
  problems: LintProblem[];
}

/** Lints every pack in `dir` (default: the bundled packs). */
export function lintRulePacks(dir: string = BUNDLED_PACKS_DIR): LintReport {
  const report: LintReport = { files: 0, rules: 0, problems: [] };
  const fileByLanguage = new Map<string, string>();
  for (const file of listRulePackFiles(dir)) {
    report.files++;
    let pack: RulePack;
    try {
      pack = readRulePackFile(file);
    } catch (err) {
      if (!(err instanceof RulePackError)) throw err;
      report.problems.push(...err.issues.map((issue) => ({ file, ...issue })));
      continue;
    }
    const other = fileByLanguage.get(pack.language);
    if (other) {
      report.problems.push({
        file,
        field: 'language',
        problem: `language "${pack.language}" is already defined by ${other}`,
        fix: 'keep one pack per language',
      });
    }
    fileByLanguage.set(pack.language, file);
    report.rules += pack.rules.length;
    report.problems.push(...lintPack(pack).map((p) => ({ file, ...p })));
  }
  if (report.files === 0) {
    report.problems.push({
      file: dir,
      field: '(folder)',
      problem: 'no rule packs (*.yaml)',
      fix: 'add one <language>.yaml pack per language',
    });
  }
  return report;
}

/** The problems of one valid pack (without the file name). */
export function lintPack(pack: RulePack): Omit<LintProblem, 'file'>[] {
  const problems: Omit<LintProblem, 'file'>[] = [];
  const firstUse = new Map<string, string>();
  for (const rule of pack.rules) {
    const add = (field: string, problem: string, fix: string) =>
      problems.push({ ruleId: rule.id, field, problem, fix });
    // One engine per rule variant, reused for all its examples: compiling is the costly part.
    const engines = new Map<Rule, ReturnType<typeof createRuleEngine>>();
    const stateOf = (r: Rule, text: string) => {
      let engine = engines.get(r);
      if (!engine) engines.set(r, (engine = createRuleEngine([{ ...pack, rules: [r] }])));
      return engine.match({ title: '', text }).find((h) => h.indicatorId === r.indicator)?.state ?? 'absent';
    };

    rule.examples.forEach((text, i) => {
      const state = stateOf(rule, text);
      if (state !== 'present') {
        add(`examples[${i}]`, `"${text}" gives ${state}, not present`, 'correct the patterns or the example');
      }
    });
    rule.counterExamples.forEach((text, i) => {
      if (stateOf(rule, text) === 'present') {
        add(`counterExamples[${i}]`, `"${text}" matches`, 'narrow the pattern that matches it');
      }
    });
    rule.contradictionExamples.forEach((text, i) => {
      const state = stateOf(rule, text);
      if (state !== 'contradicted') {
        add(
          `contradictionExamples[${i}]`,
          `"${text}" gives ${state}, not contradicted`,
          'correct the contradictions or the example',
        );
      }
    });

    // A pattern none of the rule's own examples needs cannot be checked by them.
    const alone = (part: Partial<Rule>): Rule => ({
      ...rule,
      patterns: [],
      near: [],
      contradictions: [],
      ...part,
    });
    rule.patterns.forEach((p, i) => {
      const probe = alone({ patterns: [p] });
      if (!rule.examples.some((text) => stateOf(probe, text) === 'present')) {
        add(
          `patterns[${i}]`,
          `${show(p)} matches none of the rule's examples`,
          'add an example it should match',
        );
      }
    });
    rule.near.forEach((n, i) => {
      const probe = alone({ near: [n] });
      if (!rule.examples.some((text) => stateOf(probe, text) === 'present')) {
        add(`near[${i}]`, "matches none of the rule's examples", 'add an example it should match');
      }
    });
    rule.contradictions.forEach((p, i) => {
      const probe = alone({ patterns: rule.patterns, near: rule.near, contradictions: [p] });
      if (!rule.contradictionExamples.some((text) => stateOf(probe, text) === 'contradicted')) {
        add(
          `contradictions[${i}]`,
          `${show(p)} matches none of the rule's contradiction examples`,
          'add a contradiction example it should match',
        );
      }
    });

    // Folded like the text it runs on, so "Cazare" and "cazare" count as the same pattern.
    const uses = [
      ...rule.patterns.map((p, i) => [p, `patterns[${i}]`] as const),
      ...rule.contradictions.map((p, i) => [p, `contradictions[${i}]`] as const),
    ];
    for (const [p, field] of uses) {
      const key = typeof p === 'string' ? `p:${foldString(p).trim()}` : `r:${p.regex}`;
      const where = `${rule.id} ${field}`;
      const before = firstUse.get(key);
      if (before) add(field, `${show(p)} is already written at ${before}`, 'keep one of the two');
      else firstUse.set(key, where);
    }
  }
  return problems;
}

function show(p: Pattern): string {
  return typeof p === 'string' ? `"${p}"` : `{ regex: '${p.regex}' }`;
}
