import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawlSource, RECHECK_DAYS, type CrawlDeps } from '../../crawler/crawl-source.ts';
import { sourceSchema, type SourceConfig } from '../../crawler/source-config.ts';
import type { AdvertDraft, Snapshot } from '../../storage/records.ts';
import { advertPage, html, startTestServer, type TestServer } from './helpers/test-server.ts';
import { openTempStorage, type TempStorage } from './helpers/temp-storage.ts';

let storage: TempStorage;
const servers: TestServer[] = [];
beforeEach(async () => {
  storage = await openTempStorage();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await storage.dispose();
});
async function server(...args: Parameters<typeof startTestServer>) {
  const s = await startTestServer(...args);
  servers.push(s);
  return s;
}

function source(raw: Record<string, unknown>): SourceConfig {
  return sourceSchema.parse({
    id: 'test-board',
    name: 'Test board',
    country: 'PL',
    languages: ['en'],
    politeness: { delayMs: 0, retries: 0, timeoutMs: 5000 },
    ...raw,
  });
}

function listing(adverts: string[], next?: string): string {
  return html(
    adverts.map((a) => `<article class="job"><a href="${a}">job</a></article>`).join('') +
      (next ? `<a rel="next" href="${next}">more</a>` : ''),
  );
}

/** A small board: two listing pages, two adverts, one page robots.txt forbids, a 404, a non-advert, a duplicate link. */
async function smallBoard(robots: { status?: number; body?: string } = {}) {
  return server({
    '/robots.txt': {
      status: robots.status ?? 200,
      body:
        robots.body ??
        'User-agent: *\nDisallow: /\n\nUser-agent: recruitwatch\nDisallow: /jobs/private\nAllow: /\n',
      headers: { 'content-type': 'text/plain' },
    },
    '/jobs': { body: listing(['/jobs/1', '/jobs/2', '/jobs/private-3'], '/jobs?page=2') },
    '/jobs?page=2': { body: listing(['/jobs/4', '/jobs/5', '/jobs/1?utm_source=list']) },
    '/jobs/1': {
      body: advertPage('Strawberry pickers', 'Seasonal work in the fields, accommodation provided.'),
    },
    '/jobs/2': { body: advertPage('Warehouse operatives', 'Night shifts, forklift licence an advantage.') },
    '/jobs/private-3': { body: advertPage('Never fetched', 'robots.txt forbids this page') },
    '/jobs/5': { body: html('<p>Our office is closed on Mondays.</p>') },
  });
}

function listingSource(site: TestServer, extra: Record<string, unknown> = {}) {
  return source({
    discovery: {
      type: 'listing',
      startUrls: [site.url('/jobs')],
      advertLinks: 'article.job a',
      nextPage: 'a[rel=next]',
    },
    ...extra,
  });
}

/** The pipeline's part, as the real one does it: the store identifies the advert. */
function deps(extra: Partial<CrawlDeps> = {}) {
  const seen: Array<{ draft: AdvertDraft; snapshot: Snapshot }> = [];
  const crawlDeps: CrawlDeps = {
    store: storage.store,
    evidence: storage.evidence,
    async onAdvert(draft, snapshot) {
      seen.push({ draft, snapshot });
      const { created, changed } = await storage.store.upsertAdvert({
        ...draft,
        sourceId: snapshot.sourceId,
        language: 'en',
        contacts: { phones: [], emails: [], messengers: [], urls: [] },
        snapshotId: snapshot.sha256,
        seenAt: snapshot.fetchedAt,
      });
      return { created, changed };
    },
    ...extra,
  };
  return { crawlDeps, seen };
}

describe('crawlSource', () => {
  it('crawls a small board end to end and records the run', async () => {
    const site = await smallBoard();
    const progress: Array<{ done: number; total: number }> = [];
    const { crawlDeps, seen } = deps({ onProgress: (p) => progress.push({ done: p.done, total: p.total }) });
    const run = await crawlSource(listingSource(site), crawlDeps);

    expect(run.status).toBe('done');
    expect(run.id).toMatch(/^test-board-\d{4}-\d\d-\d\dT[\d:.]+Z-[0-9a-f]{6}$/);
    expect(run.stats).toEqual({
      pagesFetched: 5, // 2 listing pages + /jobs/1, /jobs/2, /jobs/5
      advertsSeen: 2,
      advertsCreated: 2,
      advertsChanged: 0,
      snapshotsCreated: 5,
      errors: 2, // /jobs/4 is a 404; /jobs/5 is no advert
      skippedByRobots: 1,
      advertsRemoved: 0,
    });
    // robots.txt forbids it: never requested. The duplicate link was fetched once.
    expect(site.hits('/jobs/private-3')).toHaveLength(0);
    expect(site.hits('/jobs/1')).toHaveLength(1);
    expect(site.hits('/robots.txt')).toHaveLength(1);

    expect(seen.map((s) => s.draft.title).sort()).toEqual(['Strawberry pickers', 'Warehouse operatives']);
    const first = seen.find((s) => s.draft.title === 'Strawberry pickers');
    expect(first?.draft.canonicalUrl).toBe(site.url('/jobs/1'));
    expect(first?.snapshot).toMatchObject({
      sourceId: 'test-board',
      crawlRunId: run.id,
      render: 'static',
      status: 200,
    });
    expect((await storage.evidence.get(first?.snapshot.storageKey as string))?.toString()).toContain(
      'Strawberry pickers',
    );

    expect(await storage.store.countSnapshots()).toBe(5);
    expect(await storage.store.countAdverts()).toBe(2);
    const [stored] = await storage.store.listCrawlRuns('test-board');
    expect(stored).toMatchObject({ id: run.id, status: 'done', stats: run.stats });
    expect(stored?.finishedAt).toBeDefined();
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });
  });

  it('adds no snapshot and no advert when the board has not changed', async () => {
    const site = await smallBoard();
    await crawlSource(listingSource(site), deps().crawlDeps);
    const second = await crawlSource(listingSource(site), deps().crawlDeps);
    expect(second.status).toBe('done');
    expect(second.stats).toMatchObject({
      pagesFetched: 5,
      advertsSeen: 2,
      snapshotsCreated: 0,
      advertsCreated: 0,
      advertsChanged: 0,
    });
    expect(await storage.store.countSnapshots()).toBe(5);
    expect(await storage.store.countAdverts()).toBe(2);
    expect(await storage.store.listCrawlRuns('test-board')).toHaveLength(2);
  });

  it('marks a recent advert whose page is gone as removed, and leaves unlisted or old ones alone', async () => {
    const site = await server({
      '/robots.txt': { status: 404 },
      '/jobs': { body: listing(['/jobs/1', '/jobs/2', '/jobs/3']) },
      '/jobs/1': { body: advertPage('Strawberry pickers', 'Seasonal work in the fields.') },
      '/jobs/2': { body: advertPage('Warehouse operatives', 'Night shifts in the warehouse.') },
      '/jobs/3': { body: advertPage('Cleaners', 'Office cleaning in the evenings.') },
    });
    // An advert first seen long ago that the site no longer has: not rechecked.
    await storage.store.upsertAdvert({
      url: site.url('/jobs/old'),
      canonicalUrl: site.url('/jobs/old'),
      title: 'Old advert',
      text: 'Posted long ago.',
      location: {},
      extractedBy: 'jsonld',
      sourceId: 'test-board',
      language: 'en',
      contacts: { phones: [], emails: [], messengers: [], urls: [] },
      snapshotId: 'c'.repeat(64),
      seenAt: new Date(Date.now() - (RECHECK_DAYS + 1) * 24 * 3600 * 1000).toISOString(),
    });
    const first = await crawlSource(listingSource(site), deps().crawlDeps);
    expect(first.stats.advertsRemoved).toBe(0);

    // The site takes /jobs/2 down (404) and stops listing /jobs/3, which is still online.
    site.route('/jobs', { body: listing(['/jobs/1']) });
    site.route('/jobs/2', { status: 404, body: 'gone' });
    const second = await crawlSource(listingSource(site), deps().crawlDeps);
    expect(second.status).toBe('done');
    expect(second.stats).toMatchObject({ advertsSeen: 1, advertsRemoved: 1, errors: 0 });
    expect(site.hits('/jobs/2')).toHaveLength(2);
    expect(site.hits('/jobs/3')).toHaveLength(2);
    expect(site.hits('/jobs/old')).toHaveLength(0);
    const byTitle = new Map((await storage.store.listAdverts()).map((a) => [a.title, a]));
    expect(byTitle.get('Warehouse operatives')?.removedAt).toBeDefined();
    expect(Date.parse(byTitle.get('Warehouse operatives')!.removedAt!)).toBeGreaterThanOrEqual(
      Date.parse(second.startedAt),
    );
    expect(byTitle.get('Cleaners')?.removedAt).toBeUndefined();
    expect(byTitle.get('Strawberry pickers')?.removedAt).toBeUndefined();
    expect(byTitle.get('Old advert')?.removedAt).toBeUndefined();

    // Once removed, it is not fetched again.
    const third = await crawlSource(listingSource(site), deps().crawlDeps);
    expect(third.stats.advertsRemoved).toBe(0);
    expect(site.hits('/jobs/2')).toHaveLength(2);
  });

  it('fetches nothing when robots.txt answers 500, and says why the run failed', async () => {
    const site = await smallBoard({ status: 500, body: 'oops' });
    const { crawlDeps, seen } = deps();
    const run = await crawlSource(listingSource(site), crawlDeps);
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt']);
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/robots\.txt/);
    expect(run.stats.skippedByRobots).toBe(1);
    expect(seen).toHaveLength(0);
  });

  it('fetches everything when robots.txt is missing', async () => {
    const site = await smallBoard({ status: 404, body: 'no such file' });
    const run = await crawlSource(listingSource(site), deps().crawlDeps);
    expect(run.stats.skippedByRobots).toBe(0);
    expect(site.hits('/jobs/private-3')).toHaveLength(1);
    expect(run.stats.advertsSeen).toBe(3);
  });

  it('does not ask for robots.txt when the source turns it off', async () => {
    const site = await smallBoard();
    const run = await crawlSource(
      listingSource(site, { politeness: { delayMs: 0, retries: 0, respectRobots: false } }),
      deps().crawlDeps,
    );
    expect(site.hits('/robots.txt')).toHaveLength(0);
    expect(run.stats.advertsSeen).toBe(3);
  });

  it('fails the run when discovery fails', async () => {
    const site = await server({ '/robots.txt': { status: 404 } });
    const run = await crawlSource(
      source({ discovery: { type: 'feed', url: site.url('/feed.xml') } }),
      deps().crawlDeps,
    );
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/discovery failed: feed .*feed\.xml.*404/);
    const [stored] = await storage.store.listCrawlRuns('test-board');
    expect(stored).toMatchObject({ status: 'failed', error: run.error });
  });

  it('keeps going when the pipeline throws for one advert', async () => {
    const site = await smallBoard();
    let calls = 0;
    const run = await crawlSource(
      listingSource(site),
      deps({
        async onAdvert() {
          calls += 1;
          if (calls === 1) throw new Error('store unavailable');
        },
      }).crawlDeps,
    );
    expect(calls).toBe(2);
    expect(run.status).toBe('done');
    expect(run.stats.errors).toBe(3);
  });

  it('spaces requests to the host by the source delay even with concurrency', async () => {
    const site = await smallBoard();
    const run = await crawlSource(
      listingSource(site, { politeness: { delayMs: 200, retries: 0 } }),
      deps({ concurrency: 4 }).crawlDeps,
    );
    expect(run.status).toBe('done');
    expect(site.inFlight.max).toBe(1);
    const times = site.requests.map((r) => r.at).sort((a, b) => a - b);
    // Slack for arrival jitter; unpaced requests would arrive about a millisecond apart.
    for (let i = 1; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(150);
    }
  });

  it('stops when cancelled and records the run as failed', async () => {
    const site = await smallBoard();
    const controller = new AbortController();
    const run = await crawlSource(
      listingSource(site),
      deps({
        signal: controller.signal,
        concurrency: 1,
        onProgress: (p) => {
          if (p.done === 1) controller.abort();
        },
      }).crawlDeps,
    );
    expect(run.status).toBe('failed');
    expect(run.error).toBe('cancelled');
    // Two listing pages, robots.txt and the one advert before the cancel.
    expect(site.requests.length).toBeLessThanOrEqual(4);
  });
});

describe('crawlSource with a browser source', () => {
  it('renders listing and advert pages in Chromium and keeps their screenshots', async () => {
    // Both pages are empty until their script runs, as on a single-page-app board.
    const jsListing = html(
      '<main id="list"></main>',
      `<script>addEventListener('DOMContentLoaded', () => setTimeout(() => {
        document.getElementById('list').innerHTML =
          '<article class="job"><a href="/app/job/1">one</a></article><article class="job"><a href="/app/job/2">two</a></article>';
      }, 100));</script>`,
    );
    const jsAdvert = (title: string) =>
      html(
        '<main id="advert"></main>',
        `<script>addEventListener('DOMContentLoaded', () => setTimeout(() => {
          const ld = document.createElement('script');
          ld.type = 'application/ld+json';
          ld.textContent = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting',
            title: ${JSON.stringify(title)}, description: 'Rendered by JavaScript.' });
          document.head.appendChild(ld);
          document.getElementById('advert').innerHTML = '<h1 class="advert-title">' + ${JSON.stringify(title)} + '</h1>';
        }, 100));</script>`,
      );
    const site = await server({
      '/app/jobs': { body: jsListing },
      '/app/job/1': { body: jsAdvert('Care assistants') },
      '/app/job/2': { body: jsAdvert('Hotel cleaners') },
    });
    const { crawlDeps, seen } = deps();
    const run = await crawlSource(
      source({
        render: 'browser',
        waitFor: 'h1.advert-title',
        discovery: { type: 'listing', startUrls: [site.url('/app/jobs')], advertLinks: 'article.job a' },
      }),
      crawlDeps,
    );
    expect(run.status).toBe('done');
    expect(run.stats).toMatchObject({ advertsSeen: 2, errors: 0, snapshotsCreated: 3 });
    expect(seen.map((s) => s.draft.title).sort()).toEqual(['Care assistants', 'Hotel cleaners']);
    for (const { snapshot } of seen) {
      expect(snapshot.render).toBe('browser');
      expect(snapshot.screenshotKey).toBeDefined();
      expect(await storage.evidence.has(snapshot.screenshotKey as string)).toBe(true);
    }
  });
});
