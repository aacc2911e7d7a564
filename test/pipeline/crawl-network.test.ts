// Network signals across real crawls: a board takes an advert down and posts its text again under a
// new address. The crawl after finds the removal; the one after that flags the repost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCrawlAssessor } from '../../bin/runtime.ts';
import { sourceSchema } from '../../crawler/source-config.ts';
import { crawlSources, type CrawlSummary } from '../../pipeline/crawl-sources.ts';
import { advertPage, html, startTestServer, type TestServer } from '../crawler/helpers/test-server.ts';
import { openTempStorage, type TempStorage } from '../crawler/helpers/temp-storage.ts';

const TEXT =
  'We are looking for strawberry pickers for the coming season on a farm in the south of the ' +
  'Netherlands. No experience and no English are needed, we teach you on the first day. We arrange ' +
  'the bus from your town and you pay it back from your first salary. Housing is provided in shared ' +
  'rooms near the farm for a weekly fee taken from your pay. Send your passport photo and your age on ' +
  'WhatsApp and start next week, places are limited.';

let site: TestServer;
let storage: TempStorage;

const listing = (paths: string[]): string =>
  html(paths.map((p) => `<article class="job"><a href="${p}">job</a></article>`).join(''));

async function crawl(): Promise<CrawlSummary> {
  const source = sourceSchema.parse({
    id: 'pl-board',
    name: 'PL board',
    country: 'PL',
    languages: ['en'],
    // A generous timeout: a robots.txt fetch that times out reads as "disallow all" (RFC 9309), and a
    // loaded CI machine once took longer than 5 s to answer it.
    politeness: { delayMs: 0, retries: 0, timeoutMs: 30_000 },
    discovery: { type: 'listing', startUrls: [site.url('/jobs')], advertLinks: 'article.job a' },
  });
  return crawlSources({
    sources: [source],
    store: storage.store,
    evidence: storage.evidence,
    assessor: openCrawlAssessor(storage.dir),
    baselineDir: storage.dir,
  });
}

const hitsOf = async (path: string): Promise<string[]> => {
  const advert = (await storage.store.listAdverts({ limit: 100 })).find((a) => a.url === site.url(path));
  const assessment = advert && (await storage.store.getAssessment(advert.id));
  return assessment?.hits.map((h) => h.indicatorId) ?? [];
};

beforeAll(async () => {
  storage = await openTempStorage();
  site = await startTestServer({
    '/robots.txt': { status: 404 },
    '/jobs': { body: listing(['/jobs/1']) },
    '/jobs/1': { body: advertPage('Strawberry pickers', TEXT) },
  });
});
afterAll(async () => {
  await site?.close();
  await storage?.dispose();
});

describe('lifecycle.quick_removal over real crawls', () => {
  it('finds the removal on the next crawl and flags the repost on the one after', async () => {
    const first = await crawl();
    expect(first).toMatchObject({ adverts: 1, removedAdverts: 0, errors: 0 });

    // The board takes the advert down and posts the same text at a new address.
    site.route('/jobs', { body: listing(['/jobs/2']) });
    site.route('/jobs/1', { status: 404, body: 'gone' });
    site.route('/jobs/2', { body: advertPage('Strawberry pickers – new season', TEXT) });
    const second = await crawl();
    expect(second).toMatchObject({ adverts: 2, newAdverts: 1, removedAdverts: 1, errors: 0 });
    // Assessed with the index of the first crawl, which knew of no removal yet.
    expect(await hitsOf('/jobs/2')).not.toContain('lifecycle.quick_removal');

    const third = await crawl();
    expect(third).toMatchObject({ newAdverts: 0, removedAdverts: 0, assessed: 1, errors: 0 });
    expect(await hitsOf('/jobs/2')).toContain('lifecycle.quick_removal');
    expect(await hitsOf('/jobs/1')).not.toContain('lifecycle.quick_removal');
  });
});
