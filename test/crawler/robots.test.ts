import { afterEach, describe, expect, it } from 'vitest';
import { httpFetch } from '../../crawler/http-fetch.ts';
import { RobotsChecker } from '../../crawler/robots.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof startTestServer>) {
  const s = await startTestServer(...args);
  servers.push(s);
  return s;
}

const robotsTxt = (text: string) => ({ body: text, headers: { 'content-type': 'text/plain' } });
const noRetry = (url: string) => httpFetch(url, { retries: 0 });

describe('RobotsChecker', () => {
  it('applies the group for our token, and fetches robots.txt once per origin', async () => {
    const site = await server({
      '/robots.txt': robotsTxt(
        [
          'User-agent: *',
          'Disallow: /',
          '',
          'User-agent: recruitwatch',
          'Disallow: /private/',
          'Allow: /',
        ].join('\n'),
      ),
    });
    const robots = new RobotsChecker({ fetch: noRetry });
    expect(await robots.isAllowed(site.url('/jobs/1'))).toBe(true);
    expect(await robots.isAllowed(site.url('/private/1'))).toBe(false);
    expect(await robots.isAllowed(site.url('/jobs/2?x=1'))).toBe(true);
    expect(site.hits('/robots.txt')).toHaveLength(1);
  });

  it('falls back to the * group when no group names us', async () => {
    const site = await server({ '/robots.txt': robotsTxt('User-agent: *\nDisallow: /search\n') });
    const robots = new RobotsChecker({ fetch: noRetry });
    expect(await robots.isAllowed(site.url('/search?q=x'))).toBe(false);
    expect(await robots.isAllowed(site.url('/jobs/1'))).toBe(true);
  });

  it('allows everything when robots.txt is missing (404)', async () => {
    const site = await server();
    const robots = new RobotsChecker({ fetch: noRetry });
    expect(await robots.isAllowed(site.url('/anything'))).toBe(true);
  });

  it('disallows everything when robots.txt answers 5xx', async () => {
    const site = await server({ '/robots.txt': { status: 500 } });
    const robots = new RobotsChecker({ fetch: noRetry });
    expect(await robots.isAllowed(site.url('/jobs/1'))).toBe(false);
    expect(await robots.isAllowed(site.url('/'))).toBe(false);
    expect(site.hits('/robots.txt')).toHaveLength(1);
  });

  it('disallows everything when the origin cannot be reached', async () => {
    const site = await server();
    const url = site.url('/jobs/1');
    await site.close();
    const robots = new RobotsChecker({ fetch: noRetry });
    expect(await robots.isAllowed(url)).toBe(false);
  });

  it('reads Crawl-delay for our token', async () => {
    const site = await server({
      '/robots.txt': robotsTxt('User-agent: recruitwatch\nCrawl-delay: 3\nAllow: /\n'),
    });
    const robots = new RobotsChecker({ fetch: noRetry });
    expect(await robots.crawlDelayMs(site.url('/x'))).toBe(3000);
  });

  it('keeps origins apart', async () => {
    const closed = await server({ '/robots.txt': robotsTxt('User-agent: *\nDisallow: /\n') });
    const open = await server({ '/robots.txt': robotsTxt('User-agent: *\nAllow: /\n') });
    const robots = new RobotsChecker({ fetch: noRetry });
    expect(await robots.isAllowed(closed.url('/a'))).toBe(false);
    expect(await robots.isAllowed(open.url('/a'))).toBe(true);
  });
});
