// `recruitwatch user add`: create a review UI account.
import { text } from 'node:stream/consumers';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../common/config.ts';
import type { Role } from '../../storage/records.ts';
import { UsageError } from '../usage-error.ts';

const ROLES: Role[] = ['analyst', 'supervisor', 'inspector', 'researcher', 'admin'];
const MIN_PASSWORD = 12;

export function registerUser(program: Command): void {
  const user = program.command('user').description('manage review UI accounts');
  user
    .command('add')
    .description('create an account; the password is read from standard input')
    .argument('<username>', 'login name (letters, digits, . _ -)')
    .addOption(new Option('-r, --role <role>', 'what the account may do').choices(ROLES).default('analyst'))
    .option('-c, --config <file>', 'config file', 'recruitwatch.config.yaml')
    .option('--replace', 'replace an existing account of that name')
    .addHelpText(
      'after',
      `\nExample:\n  printf '%s' "$PASSWORD" | recruitwatch user add alice --role supervisor`,
    )
    .action(async (username: string, opts: { role: Role; config: string; replace?: boolean }) => {
      if (!/^[A-Za-z0-9._-]{2,64}$/.test(username)) {
        throw new UsageError(`username "${username}": use 2-64 letters, digits, dots, dashes or underscores`);
      }
      if (process.stdin.isTTY) {
        throw new UsageError('pipe the password on standard input (it is never taken as an argument)');
      }
      const password = (await text(process.stdin)).replace(/\r?\n$/, '');
      if (password.length < MIN_PASSWORD) {
        throw new UsageError(`the password must be at least ${MIN_PASSWORD} characters long`);
      }
      const config = loadConfig(opts.config);
      const { openRuntime } = await import('../runtime.ts');
      const { createUserWithPassword } = await import('../../review-ui/users.ts');
      const runtime = openRuntime(config.dataDir);
      try {
        await createUserWithPassword(
          runtime.store,
          { username, password, role: opts.role },
          { replace: opts.replace },
        );
      } finally {
        await runtime.close();
      }
      process.stderr.write(`user ${username} (${opts.role}) saved\n`);
    });
}
