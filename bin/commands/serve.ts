// `recruitwatch serve`: the review UI over the configured data directory.
import type { Command } from 'commander';
import { loadConfig } from '../../common/config.ts';
import type { Runtime } from '../runtime.ts';
import { parsePort } from './parse-port.ts';

export interface ServeOptions {
  host: string;
  port: number;
  secureCookies?: boolean;
  /** Extra line printed after the URL (the demo prints its login). */
  banner?: string;
}

/** Serves the UI until SIGINT/SIGTERM, then closes the server and the store. */
export async function serveReviewUi(runtime: Runtime, opts: ServeOptions): Promise<void> {
  const { buildReviewApp } = await import('../../review-ui/app.ts');
  const { sessionSecret } = await import('../runtime.ts');
  const { corpusIndexReader, findRelatedAdverts } = await import('../../pipeline/related-adverts.ts');
  const indexes = corpusIndexReader(runtime.dataDir);
  const app = await buildReviewApp({
    store: runtime.store,
    evidence: runtime.evidence,
    sessionSecret: sessionSecret(runtime.dataDir),
    secureCookies: opts.secureCookies ?? false,
    relatedAdverts: (advert) => findRelatedAdverts(advert, indexes(), runtime.store),
  });
  const address = await app.listen({ host: opts.host, port: opts.port });
  process.stdout.write(`Review UI: ${address}/queue\n`);
  if (opts.banner) process.stdout.write(opts.banner + '\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await runtime.close();
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the review UI for the data directory named in the config file')
    .option('-c, --config <file>', 'config file', 'recruitwatch.config.yaml')
    .option('--port <n>', 'port (overrides ui.port in the config)', parsePort)
    .option('--host <addr>', 'address to listen on (overrides ui.host)')
    .addHelpText(
      'after',
      `
Users are added with "recruitwatch user add". The UI listens on 127.0.0.1 by default; put it behind a
TLS-terminating proxy and set ui.secureCookies: true before exposing it.`,
    )
    .action(async (opts: { config: string; port?: number; host?: string }) => {
      const config = loadConfig(opts.config);
      const { openRuntime } = await import('../runtime.ts');
      await serveReviewUi(openRuntime(config.dataDir), {
        host: opts.host ?? config.ui.host,
        port: opts.port ?? config.ui.port,
        secureCookies: config.ui.secureCookies,
      });
    });
}
