// `recruitwatch extract`: print the advert extracted from a saved HTML page.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadSourceFile } from '../../crawler/source-config.ts';
import { UsageError } from '../usage-error.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the advert from a saved HTML page and print it as JSON')
    .argument('<file>', 'HTML file of one advert page')
    .requiredOption('-u, --url <url>', 'the URL the page was fetched from (resolves links, canonical URL)')
    .option('-s, --source <file>', "a source YAML whose 'extraction' selector map to use")
    .addHelpText(
      'after',
      `
Tries schema.org JobPosting JSON-LD, then microdata, then the source's selector map.
Exit code 1 when nothing could be extracted (the reason is printed on stderr).`,
    )
    .action(async (file: string, opts: { url: string; source?: string }) => {
      let html: string;
      try {
        html = readFileSync(file, 'utf8');
      } catch {
        throw new UsageError(`${file}: cannot read the file`);
      }
      try {
        new URL(opts.url);
      } catch {
        throw new UsageError(`--url ${opts.url}: not an absolute URL (e.g. https://jobs.example/ad/1)`);
      }
      const extraction = opts.source ? loadSourceFile(opts.source).extraction : undefined;
      const { extractAdvert } = await import('../../crawler/extract/index.ts');
      const result = extractAdvert(html, opts.url, extraction);
      if (!result.ok) {
        process.stderr.write(`${file}: nothing extracted: ${result.reason}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(JSON.stringify(result.advert, null, 2) + '\n');
    });
}
