// `recruitwatch rules lint`: check rule packs before they are used.
import type { Command } from 'commander';

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('work with the indicator rule packs');
  rules
    .command('lint')
    .description(
      'check rule packs: format, catalogue ids, examples that must (not) match, unused and duplicate patterns',
    )
    .option('-d, --dir <folder>', 'folder of <language>.yaml packs (default: the bundled packs)')
    .addHelpText(
      'after',
      `
Prints one line per problem (file, rule, field, problem, fix) and a summary; exit code 1 when there are
problems. The pack format is described in rules/packs/README.md.`,
    )
    .action(async (opts: { dir?: string }) => {
      const { lintRulePacks } = await import('../../rules/lint-packs.ts');
      const report = lintRulePacks(opts.dir);
      for (const p of report.problems) {
        const where = [p.file, p.ruleId, p.field].filter(Boolean).join(': ');
        process.stdout.write(`${where}: ${p.problem}. Fix: ${p.fix}.\n`);
      }
      process.stdout.write(
        `${report.files} pack file(s), ${report.rules} rules: ${report.problems.length} problem(s)\n`,
      );
      if (report.problems.length > 0) process.exitCode = 1;
    });
}
