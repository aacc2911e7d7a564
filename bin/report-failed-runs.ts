import type { CrawlRun } from '../storage/records.ts';

/** Tells the operator on stderr which sources could not be crawled and why; returns how many. */
export function reportFailedRuns(runs: readonly CrawlRun[]): number {
  const failed = runs.filter((r) => r.status === 'failed');
  for (const run of failed) {
    process.stderr.write(`recruitwatch: crawl of ${run.sourceId} failed: ${run.error ?? 'unknown error'}\n`);
  }
  return failed.length;
}
