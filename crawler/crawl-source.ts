// The crawl of one source: the job handler that local and cluster mode both run.
// discover → (robots) → fetch → snapshot → extract → hand the draft to the pipeline.
import { randomBytes } from 'node:crypto';
import pLimit from 'p-limit';
import type { Browser } from 'playwright-core';
import { logger as rootLogger, type Logger } from '../common/logger.ts';
import type { EvidenceStore, Store } from '../storage/ports.ts';
import type { AdvertDraft, CrawlRun, CrawlRunStats, Snapshot } from '../storage/records.ts';
import { BrowserFetcher } from './browser-fetch.ts';
import { decodeBody } from './decode-body.ts';
import { discoverAdverts, type DiscoveredAdvert, type DiscoveryPageKind } from './discover.ts';
import { extractAdvert } from './extract/index.ts';
import { describeError, type FetchResult, type FetchSuccess } from './fetch-result.ts';
import { HostPacer, type HostPacing } from './host-pacer.ts';
import { httpFetch } from './http-fetch.ts';
import { RobotsChecker } from './robots.ts';
import { captureSnapshot } from './snapshot.ts';
import type { SourceConfig } from './source-config.ts';

/** What the pipeline may report back about an advert, so the run's stats can count it. */
export interface AdvertOutcome {
  created?: boolean;
  changed?: boolean;
}

export interface CrawlDeps {
  store: Store;
  evidence: EvidenceStore;
  /**
   * Called for every advert page extracted; the pipeline (outside the crawler) identifies, scores and
   * stores it. Returning `{ created, changed }` fills the run's `advertsCreated` / `advertsChanged`.
   * A throw is counted as an error of that page and the crawl goes on.
   */
  onAdvert(draft: AdvertDraft, snapshot: Snapshot): Promise<void | AdvertOutcome>;
  logger?: Logger;
  /** Progress callback for a TTY progress bar (done, total known so far). */
  onProgress?(p: { sourceId: string; done: number; total: number }): void;
  /** Cancels the crawl: no new page is started, and the run is recorded as failed ("cancelled"). */
  signal?: AbortSignal;
  /** Shared across sources so per-host pacing holds; default: a new one. */
  pacer?: HostPacing;
  userAgent?: string;
  /** Advert pages in flight at once (per-host pacing still applies). Default 4. */
  concurrency?: number;
  /** Largest page body accepted, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Starts the browser for `render: browser` sources. Default: `launchChromium()`. */
  launchBrowser?: () => Promise<Browser>;
}

/** How long a browser listing page is given to show its advert links before it is read as it is. */
const LISTING_RENDER_WAIT_MS = 5000;

/** Crawls one source once and returns the finished run record (also stored). */
export async function crawlSource(source: SourceConfig, deps: CrawlDeps): Promise<CrawlRun> {
  const { store, evidence, signal } = deps;
  const concurrency = deps.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`crawl concurrency must be a whole number ≥ 1, got ${deps.concurrency}`);
  }
  const startedAt = new Date();
  const id = `${source.id}-${startedAt.toISOString()}-${randomBytes(3).toString('hex')}`;
  const log = (deps.logger ?? rootLogger.child({ sourceId: source.id })).child({ crawlRunId: id });
  const stats: CrawlRunStats = {
    pagesFetched: 0,
    advertsSeen: 0,
    advertsCreated: 0,
    advertsChanged: 0,
    snapshotsCreated: 0,
    errors: 0,
    skippedByRobots: 0,
  };
  const run: CrawlRun = {
    id,
    sourceId: source.id,
    startedAt: startedAt.toISOString(),
    status: 'running',
    stats,
  };
  await store.startCrawlRun({ ...run, stats: { ...stats } });

  const { politeness } = source;
  const pacer = deps.pacer ?? new HostPacer({ delayMs: politeness.delayMs });
  const common = {
    pacer,
    userAgent: deps.userAgent,
    timeoutMs: politeness.timeoutMs,
    maxBytes: deps.maxBytes,
    signal,
  };
  const robots = politeness.respectRobots
    ? new RobotsChecker({
        logger: log,
        fetch: (url) =>
          httpFetch(url, {
            ...common,
            delayMs: politeness.delayMs,
            retries: politeness.retries,
            accept: 'text/plain,*/*;q=0.5',
          }),
      })
    : undefined;
  const isAllowed = robots ? (url: string) => robots.isAllowed(url) : undefined;
  const browser =
    source.render === 'browser' ? new BrowserFetcher({ launch: deps.launchBrowser }) : undefined;

  /** Fetches a page with robots.txt, pacing and the right fetcher, and counts what happened. */
  const fetchPage = async (url: string, kind: DiscoveryPageKind | 'advert'): Promise<FetchResult> => {
    if (isAllowed && !(await isAllowed(url))) {
      stats.skippedByRobots += 1;
      log.info('disallowed by robots.txt: not fetched', { url });
      return { ok: false, url, kind: 'robots', error: `${url} is disallowed by robots.txt` };
    }
    const delayMs = Math.max(politeness.delayMs, (await robots?.crawlDelayMs(url)) ?? 0);
    const options = { ...common, delayMs, isAllowed };
    let result: FetchResult;
    if (browser && kind === 'advert') {
      result = await browser.fetch(url, { ...options, waitFor: source.waitFor });
    } else if (browser && kind === 'listing' && source.discovery.type === 'listing') {
      // A listing page past the last one shows no adverts, so its links are waited for, not required.
      result = await browser.fetch(url, {
        ...options,
        waitFor: source.discovery.advertLinks,
        waitForRequired: false,
        waitForTimeoutMs: Math.min(LISTING_RENDER_WAIT_MS, politeness.timeoutMs),
      });
    } else {
      result = await httpFetch(url, { ...options, retries: politeness.retries });
    }
    if (result.ok) stats.pagesFetched += 1;
    else if (result.kind === 'robots') stats.skippedByRobots += 1;
    else if (result.kind !== 'aborted') stats.errors += 1;
    return result;
  };

  const snapshot = async (page: FetchSuccess): Promise<Snapshot | undefined> => {
    try {
      const captured = await captureSnapshot(page, { evidence, store, sourceId: source.id, crawlRunId: id });
      if (captured.created) stats.snapshotsCreated += 1;
      return captured.snapshot;
    } catch (err) {
      stats.errors += 1;
      log.error('snapshot not stored', { url: page.url, error: describeError(err) });
      return undefined;
    }
  };

  const finish = async (status: CrawlRun['status'], error?: string): Promise<CrawlRun> => {
    const finished: CrawlRun = {
      ...run,
      status,
      stats: { ...stats },
      finishedAt: new Date().toISOString(),
      ...(error !== undefined ? { error } : {}),
    };
    await store.finishCrawlRun(id, status, finished.stats, error);
    log.log(status === 'failed' ? 'error' : 'info', 'crawl finished', {
      status,
      ...finished.stats,
      ...(error !== undefined ? { error } : {}),
    });
    return finished;
  };

  try {
    if (browser) {
      try {
        await browser.start();
      } catch (err) {
        return await finish('failed', `browser did not start: ${describeError(err)}`);
      }
    }

    log.info('crawl started', { discovery: source.discovery.type, render: source.render });
    const discovered = await discoverAdverts(source.discovery, {
      logger: log,
      signal,
      fetchPage: async (url, kind) => {
        const page = await fetchPage(url, kind);
        if (page.ok) await snapshot(page);
        return page;
      },
    });
    if (!discovered.ok) return await finish('failed', `discovery failed: ${discovered.error}`);
    const adverts = discovered.adverts;
    log.info('adverts discovered', { adverts: adverts.length, discoveryPages: discovered.pages });

    let done = 0;
    const progress = () => deps.onProgress?.({ sourceId: source.id, done, total: adverts.length });
    progress();
    const limit = pLimit(concurrency);
    const crawlAdvert = async (advert: DiscoveredAdvert) => {
      if (signal?.aborted) return;
      try {
        await processAdvert(advert);
      } finally {
        done += 1;
        progress();
      }
    };
    const processAdvert = async ({ url }: DiscoveredAdvert) => {
      const page = await fetchPage(url, 'advert');
      if (!page.ok) {
        if (page.kind !== 'robots' && page.kind !== 'aborted') {
          log.warn('advert page not fetched', {
            url,
            kind: page.kind,
            status: page.status,
            error: page.error,
          });
        }
        return;
      }
      const snap = await snapshot(page);
      if (!snap) return;
      let extracted: ReturnType<typeof extractAdvert>;
      try {
        extracted = extractAdvert(
          decodeBody(page.body, page.headers['content-type']),
          page.finalUrl,
          source.extraction,
        );
      } catch (err) {
        // Extraction of hostile HTML must not stop the crawl; the page is kept as evidence.
        stats.errors += 1;
        log.error('extraction threw', { url, error: describeError(err) });
        return;
      }
      if (!extracted.ok) {
        stats.errors += 1;
        log.warn('no advert extracted', { url, reason: extracted.reason });
        return;
      }
      stats.advertsSeen += 1;
      try {
        const outcome = await deps.onAdvert(extracted.advert, snap);
        if (outcome?.created) stats.advertsCreated += 1;
        if (outcome?.changed) stats.advertsChanged += 1;
      } catch (err) {
        stats.errors += 1;
        log.error('advert handler failed', { url, error: describeError(err) });
      }
    };
    await Promise.all(adverts.map((advert) => limit(() => crawlAdvert(advert))));

    if (signal?.aborted) return await finish('failed', 'cancelled');
    return await finish('done');
  } catch (err) {
    // A bug or a store failure: the run is recorded as failed, then the error goes on up.
    const message = describeError(err);
    await finish('failed', `crawl aborted by an unexpected error: ${message}`).catch(() => undefined);
    throw new Error(`crawl of source ${source.id} failed: ${message}`, { cause: err });
  } finally {
    await browser
      ?.close()
      .catch((err: unknown) => log.warn('browser did not close', { error: describeError(err) }));
  }
}
