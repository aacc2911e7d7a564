// The crawl of one source: the job handler that local and cluster mode both run.
// discover → (robots) → fetch → snapshot → extract → hand the draft to the pipeline.
import { randomBytes } from 'node:crypto';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Browser } from 'playwright-core';
import { logger as rootLogger, type Logger } from '../common/logger.ts';
import type { EvidenceStore, Store } from '../storage/ports.ts';
import type { Advert, AdvertDraft, CrawlRun, CrawlRunStats, Snapshot } from '../storage/records.ts';
import { storedAdverts } from '../storage/stored-adverts.ts';
import { BrowserFetcher } from './browser-fetch.ts';
import { decodeBody } from './decode-body.ts';
import { discoverAdverts, type DiscoveredAdvert, type DiscoveryPageKind } from './discover.ts';
import { canonicalUrl, extractAdvert } from './extract/index.ts';
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

/**
 * Adverts first seen at most this many days before a crawl are re-fetched when the crawl no longer
 * finds them, to tell a removed advert (404 or 410: `removedAt` is set) from one only unlisted.
 * Older adverts are left alone: a removal matters for lifecycle.quick_removal only soon after
 * posting, and feeds and capped listings drop old adverts that are still online.
 */
export const RECHECK_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Statuses that say the page is gone, not that the server is in trouble. */
const GONE = new Set([404, 410]);

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
    advertsRemoved: 0,
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
  const fetchPage = async (
    url: string,
    kind: DiscoveryPageKind | 'advert' | 'recheck',
  ): Promise<FetchResult> => {
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
    else if (kind === 'recheck' && result.status !== undefined && GONE.has(result.status)) {
      // A removed advert: what the recheck asks, not an error.
    } else if (result.kind !== 'aborted') stats.errors += 1;
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

  /**
   * Re-fetches the recent adverts of the source that this crawl did not find (see RECHECK_DAYS):
   * gone (404/410) marks them removed; a page still online is only unlisted and is left alone.
   */
  const recheckUnlisted = async (listed: ReadonlySet<string>, limit: LimitFunction): Promise<void> => {
    const since = startedAt.getTime() - RECHECK_DAYS * DAY_MS;
    const unlisted: Advert[] = [];
    for await (const a of storedAdverts(store, source.id)) {
      if (a.removedAt !== undefined || Date.parse(a.firstSeenAt) < since) continue;
      if (Date.parse(a.lastSeenAt) >= startedAt.getTime()) continue;
      if (listed.has(a.canonicalUrl) || listed.has(canonicalUrl(a.url))) continue;
      unlisted.push(a);
    }
    if (unlisted.length > 0) log.info('rechecking adverts no longer listed', { adverts: unlisted.length });
    const recheck = async (a: Advert): Promise<void> => {
      if (signal?.aborted) return;
      const page = await fetchPage(a.url, 'recheck');
      if (page.ok || page.status === undefined || !GONE.has(page.status)) return;
      const { removed } = await store.markAdvertRemoved(a.id, new Date().toISOString());
      if (removed) stats.advertsRemoved += 1;
      log.info('advert removed from the site', { url: a.url, status: page.status, advertId: a.id });
    };
    await Promise.all(unlisted.map((a) => limit(() => recheck(a))));
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

    if (!signal?.aborted) await recheckUnlisted(new Set(adverts.map((a) => a.canonicalUrl)), limit);

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
