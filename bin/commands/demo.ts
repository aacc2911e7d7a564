// `recruitwatch demo`: start the bundled demo job boards, crawl each once, assess, and serve the review UI.
import type { Command } from 'commander';
import { loadDemoSources } from '../../test/fixture-boards/demo-sources.ts';
import { logger } from '../../common/logger.ts';
import { createProgress } from '../../common/progress.ts';
import type { CrawlSummary } from '../../pipeline/crawl-sources.ts';
import type { DemoBoards } from '../../test/fixture-boards/server.ts';
import { reportFailedRuns } from '../report-failed-runs.ts';
import { UsageError } from '../usage-error.ts';
import { parsePort } from './parse-port.ts';

export const DEMO_LOGIN = { username: 'demo', password: 'demo-analyst', role: 'analyst' } as const;

interface DemoOptions {
  port: number;
  boardsPort: number;
  host: string;
  dataDir: string;
  serve: boolean;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'start the bundled demo job boards on loopback, crawl each once, assess the adverts, and serve the review UI',
    )
    .option('--port <n>', 'port of the review UI', parsePort, 8080)
    .option('--host <addr>', 'address the review UI listens on', '127.0.0.1')
    .option(
      '--boards-port <n>',
      'first of the three ports the demo boards use (an advert is identified by its URL, so keep it the same between runs)',
      parsePort,
      8701,
    )
    .option('--data-dir <dir>', 'where the SQLite file and evidence are kept', '.recruitwatch/demo')
    .option('--no-serve', 'crawl and assess only; print one JSON summary line and exit')
    .addHelpText(
      'after',
      `
The demo boards are a JSON-LD job board, a classifieds site with an RSS feed and a board rendered by
client-side JavaScript (crawled with Chromium: set CHROMIUM_PATH if it is not /usr/bin/chromium).
Running it again re-crawls the same boards and adds nothing new.

Examples:
  recruitwatch demo                    # crawl, then serve on http://127.0.0.1:8080
  recruitwatch demo --no-serve         # print {"adverts":…,"snapshots":…,"assessed":…,"queued":…,"errors":…}`,
    )
    .action(async (opts: DemoOptions) => {
      await runDemo(opts);
    });
}

async function runDemo(opts: DemoOptions): Promise<void> {
  // Loaded here, not at start-up, so `--help` stays fast.
  const { openCrawlAssessor, openRuntime } = await import('../runtime.ts');
  const { crawlSources } = await import('../../pipeline/crawl-sources.ts');
  const { createUserWithPassword } = await import('../../review-ui/users.ts');
  const log = logger.child({ command: 'demo' });
  const boards = await startBoards(opts.boardsPort);
  const runtime = openRuntime(opts.dataDir);
  const progress = createProgress('crawling demo boards');
  let summary: CrawlSummary;
  try {
    const sources = loadDemoSources(boards.urls);
    log.info('demo boards started', { urls: boards.urls, adverts: boards.adverts.length });
    summary = await crawlSources({
      sources,
      store: runtime.store,
      evidence: runtime.evidence,
      assessor: openCrawlAssessor(opts.dataDir),
      logger: log,
      baselineDir: opts.dataDir,
      onProgress: (done, total) => progress.update(done, total),
    });
    await createUserWithPassword(runtime.store, DEMO_LOGIN, { replace: true });
  } catch (err) {
    await runtime.close();
    throw err;
  } finally {
    progress.stop();
    await boards.close();
  }

  const failed = reportFailedRuns(summary.runs);
  if (failed > 0) process.exitCode = 1;
  if (!opts.serve) {
    const line = {
      adverts: summary.adverts,
      snapshots: summary.snapshots,
      assessed: summary.assessed,
      queued: summary.queued,
      errors: summary.errors,
      newAdverts: summary.newAdverts,
      newSnapshots: summary.newSnapshots,
      durationMs: summary.durationMs,
    };
    process.stdout.write(JSON.stringify(line) + '\n');
    await runtime.close();
    return;
  }
  process.stderr.write(
    `Crawled ${summary.adverts} adverts (${summary.snapshots} snapshots): ${summary.queued} in the review queue, ${summary.errors} errors.\n`,
  );
  const { serveReviewUi } = await import('./serve.ts');
  await serveReviewUi(runtime, {
    host: opts.host,
    port: opts.port,
    banner: `Demo login: user "${DEMO_LOGIN.username}", password "${DEMO_LOGIN.password}" (role ${DEMO_LOGIN.role})`,
  });
}

async function startBoards(base: number): Promise<DemoBoards> {
  const { startDemoBoards } = await import('../../test/fixture-boards/server.ts');
  try {
    return await startDemoBoards({ ports: { jobboard: base, classifieds: base + 1, jsboard: base + 2 } });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(
        `ports ${base}-${base + 2} for the demo boards are in use: pass --boards-port with another first port`,
      );
    }
    throw err;
  }
}
