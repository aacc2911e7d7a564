// Crawls several sources at once and runs every extracted advert through the advert handler.
// Sources share one host pacer, so two sources on the same host still respect its delay.
import type { Assessor } from '../classifiers/assess.ts';
import { logger as rootLogger, type Logger } from '../common/logger.ts';
import { crawlSource } from '../crawler/crawl-source.ts';
import { HostPacer } from '../crawler/host-pacer.ts';
import type { SourceConfig } from '../crawler/source-config.ts';
import type { EvidenceStore, Store } from '../storage/ports.ts';
import type { CrawlRun } from '../storage/records.ts';
import { createAdvertHandler } from './advert-handler.ts';
import { salaryBaselineCollector, saveSalaryBaseline } from './salary-baseline-store.ts';
import { contactIndexCollector, saveContactIndex } from './contact-index-store.ts';
import { MIN_IDENTITIES } from '../classifiers/template-index.ts';
import { saveTemplateIndex, templateIndexCollector } from './template-index-store.ts';
import { feedStoredAdverts } from '../storage/stored-adverts.ts';

export interface CrawlSourcesOptions {
  sources: SourceConfig[];
  store: Store;
  evidence: EvidenceStore;
  assessor: Assessor;
  logger?: Logger;
  /** Advert pages fetched at once per source. Default: the crawler's default. */
  concurrency?: number;
  /** Called as pages are done, summed over all sources. */
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /**
   * After the crawl, refit the salary baseline on all stored adverts and rebuild the indexes of
   * their contacts and of their near-identical texts, and write them to this data directory
   * (pipeline/salary-baseline-store.ts, contact-index-store.ts, template-index-store.ts), for the
   * runs that follow. Default: not kept.
   */
  baselineDir?: string;
}

export interface CrawlSummary {
  /** Adverts in the store after the crawl. */
  adverts: number;
  /** Snapshots in the store after the crawl. */
  snapshots: number;
  /** Adverts and snapshots this crawl added. */
  newAdverts: number;
  newSnapshots: number;
  /** Adverts this crawl found removed from their sites (crawler/crawl-source.ts RECHECK_DAYS). */
  removedAdverts: number;
  /** Adverts (re)assessed by this crawl: new, changed, or scored under new rule/scorer versions. */
  assessed: number;
  /** Review items open in the queue after the crawl. */
  queued: number;
  /** Cells of the salary baseline refitted after the crawl (when `baselineDir` is set). */
  baselineCells?: number;
  /** Fetch, extraction and pipeline errors of this crawl, plus one for each source whose crawl failed. */
  errors: number;
  durationMs: number;
  runs: CrawlRun[];
}

export async function crawlSources(options: CrawlSourcesOptions): Promise<CrawlSummary> {
  const { store, evidence, assessor } = options;
  const log = options.logger ?? rootLogger;
  const started = Date.now();
  const advertsBefore = await store.countAdverts();
  const snapshotsBefore = await store.countSnapshots();
  const pacer = new HostPacer();
  const progress = new Map<string, { done: number; total: number }>();
  let assessed = 0;

  const runs = await Promise.all(
    options.sources.map((source) => {
      const sourceLog = log.child({ sourceId: source.id });
      const handle = createAdvertHandler({ store, assessor, source });
      return crawlSource(source, {
        store,
        evidence,
        pacer,
        logger: sourceLog,
        signal: options.signal,
        concurrency: options.concurrency,
        // A failing advert is counted and logged by the crawler, which then goes on with the next.
        async onAdvert(draft, snapshot) {
          const outcome = await handle(draft, snapshot);
          if (outcome.assessed) assessed++;
          return { created: outcome.created, changed: outcome.changed };
        },
        onProgress(p) {
          progress.set(p.sourceId, { done: p.done, total: p.total });
          let done = 0;
          let total = 0;
          for (const v of progress.values()) {
            done += v.done;
            total += v.total;
          }
          options.onProgress?.(done, total);
        },
      });
    }),
  );

  let baselineCells: number | undefined;
  if (options.baselineDir) {
    const countries = new Map(options.sources.map((s) => [s.id, s.country]));
    // One pass over the store feeds all three.
    const baselineCollector = salaryBaselineCollector({ siteCountry: (id) => countries.get(id) });
    const contactCollector = contactIndexCollector();
    const templateCollector = templateIndexCollector();
    const readStarted = Date.now();
    const read = await feedStoredAdverts(store, [baselineCollector, contactCollector, templateCollector]);
    log.info('stored adverts read for the baseline and indexes', {
      adverts: read,
      durationMs: Date.now() - readStarted,
    });
    const baseline = baselineCollector.result();
    const path = saveSalaryBaseline(options.baselineDir, baseline);
    baselineCells = baseline.cells.length;
    log.info('salary baseline refitted', { path, cells: baselineCells, observations: baseline.observations });
    const index = contactCollector.result();
    const indexPath = saveContactIndex(options.baselineDir, index);
    log.info('contact index rebuilt', {
      path: indexPath,
      adverts: index.adverts,
      sharedContacts: Object.keys(index.contacts).length,
    });
    const templates = templateCollector.result();
    log.info('template index rebuilt', {
      path: saveTemplateIndex(options.baselineDir, templates),
      adverts: templates.adverts,
      families: templates.families.length,
      familiesUnderManyNames: templates.families.filter((f) => f.identities >= MIN_IDENTITIES).length,
      familiesQuicklyRemoved: templates.families.filter((f) => f.quickRemovals > 0).length,
    });
  }

  const adverts = await store.countAdverts();
  const snapshots = await store.countSnapshots();
  return {
    adverts,
    snapshots,
    newAdverts: adverts - advertsBefore,
    newSnapshots: snapshots - snapshotsBefore,
    removedAdverts: runs.reduce((n, r) => n + r.stats.advertsRemoved, 0),
    assessed,
    ...(baselineCells !== undefined ? { baselineCells } : {}),
    queued: await store.countQueue(['new', 'claimed', 'needs-more-info', 'escalated']),
    errors: runs.reduce((n, r) => n + r.stats.errors + (r.status === 'failed' ? 1 : 0), 0),
    durationMs: Date.now() - started,
    runs,
  };
}
