// `recruitwatch crawl`: crawl the configured sources once, or on their schedules with --schedule.
import type { Command } from 'commander';
import { loadConfig } from '../../common/config.ts';
import { logger } from '../../common/logger.ts';
import { createProgress } from '../../common/progress.ts';
import { loadSourceDir, type SourceConfig } from '../../crawler/source-config.ts';
import { reportFailedRuns } from '../report-failed-runs.ts';
import { UsageError } from '../usage-error.ts';

interface CrawlOptions {
  config: string;
  source?: string;
  schedule?: boolean;
}

export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description('crawl the sources in the config (all, or one with --source), assess and queue the adverts')
    .option('-c, --config <file>', 'config file', 'recruitwatch.config.yaml')
    .option('-s, --source <id>', 'crawl only this source')
    .option('--schedule', "keep running and crawl each source on its cron 'schedule'")
    .addHelpText(
      'after',
      `
Prints one JSON summary line per run to stdout ({"adverts":…,"snapshots":…,"assessed":…,"queued":…,"errors":…});
logs go to stderr as JSON. Re-crawling unchanged pages adds no adverts and no snapshots.`,
    )
    .action(async (opts: CrawlOptions) => {
      const config = loadConfig(opts.config);
      const all = loadSourceDir(config.sources, { vars: { ...process.env, ...config.vars } });
      const sources = pickSources(all, opts.source);
      // Loaded here, not at start-up, so `--help` stays fast.
      const { openCrawlAssessor, openRuntime } = await import('../runtime.ts');
      const { crawlSources } = await import('../../pipeline/crawl-sources.ts');
      const runtime = openRuntime(config.dataDir);
      const assessor = openCrawlAssessor(config.dataDir);
      const run = async (chosen: SourceConfig[]) => {
        const progress = createProgress('crawling');
        try {
          const summary = await crawlSources({
            sources: chosen,
            store: runtime.store,
            evidence: runtime.evidence,
            assessor,
            concurrency: config.crawl.concurrency,
            baselineDir: config.dataDir,
            onProgress: (done, total) => progress.update(done, total),
          });
          const { runs, ...line } = summary;
          process.stdout.write(JSON.stringify(line) + '\n');
          if (reportFailedRuns(runs) > 0) process.exitCode = 1;
        } finally {
          progress.stop();
        }
      };
      if (!opts.schedule) {
        try {
          await run(sources);
        } finally {
          await runtime.close();
        }
        return;
      }
      const scheduled = sources.filter((s) => s.schedule !== undefined);
      if (scheduled.length === 0) {
        await runtime.close();
        throw new UsageError(
          '--schedule: none of the chosen sources has a "schedule" (a cron expression) in its YAML',
        );
      }
      const { startScheduler } = await import('../../crawler/scheduler.ts');
      const scheduler = startScheduler(scheduled, (source) => run([source]), { logger });
      logger.info('scheduler started', { sources: scheduled.map((s) => `${s.id} (${s.schedule})`) });
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await scheduler.stop();
      await runtime.close();
    });
}

function pickSources(all: SourceConfig[], id: string | undefined): SourceConfig[] {
  if (all.length === 0) throw new UsageError('no sources: add a YAML file per site to the "sources" folder');
  if (id === undefined) return all;
  const found = all.filter((s) => s.id === id);
  if (found.length === 0) {
    throw new UsageError(`--source ${id}: no such source; known sources: ${all.map((s) => s.id).join(', ')}`);
  }
  return found;
}
