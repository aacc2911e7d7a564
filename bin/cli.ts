// The recruitwatch command line: parses arguments and hands each command to its module.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../common/config.ts';
import { SourceConfigError } from '../crawler/source-config.ts';
import { registerAssess } from './commands/assess.ts';
import { registerCrawl } from './commands/crawl.ts';
import { registerDemo } from './commands/demo.ts';
import { registerExtract } from './commands/extract.ts';
import { registerRules } from './commands/rules.ts';
import { registerServe } from './commands/serve.ts';
import { registerTrain } from './commands/train.ts';
import { registerEvaluate } from './commands/evaluate.ts';
import { registerUser } from './commands/user.ts';
import { UsageError } from './usage-error.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command('recruitwatch')
  .description('Watch online job and classified adverts for the recruitment red flags of labour exploitation')
  .version(version)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerDemo(program);
registerCrawl(program);
registerServe(program);
registerExtract(program);
registerAssess(program);
registerUser(program);
registerRules(program);
registerTrain(program);
registerEvaluate(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else if (err instanceof UsageError || err instanceof ConfigError || err instanceof SourceConfigError) {
    process.stderr.write(`recruitwatch: ${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`recruitwatch: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
