import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverAdverts, type PageFetcher } from '../../crawler/discover.ts';
import { httpFetch } from '../../crawler/http-fetch.ts';
import { discoverySchema, type Discovery } from '../../crawler/source-config.ts';
import { html, startTestServer, type TestServer } from './helpers/test-server.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof startTestServer>) {
  const s = await startTestServer(...args);
  servers.push(s);
  return s;
}

const fetchPage: PageFetcher = (url) => httpFetch(url, { retries: 0 });
const discovery = (raw: unknown): Discovery => discoverySchema.parse(raw);

function listingPage(adverts: string[], next?: string): string {
  return html(
    `<ul>${adverts.map((a) => `<li class="job"><a href="${a}">advert</a></li>`).join('')}</ul>` +
      (next ? `<a class="next" href="${next}">next</a>` : ''),
  );
}

function xml(body: string) {
  return { body, headers: { 'content-type': 'application/xml; charset=utf-8' } };
}

describe('discoverAdverts: listing', () => {
  it('follows next links, resolves hrefs and dedupes by canonical URL', async () => {
    const site = await server({
      '/jobs': { body: listingPage(['/job/1', 'job/2?utm_source=x', '#top'], '/jobs?page=2') },
      '/jobs?page=2': { body: listingPage(['/job/2', '/job/3#apply'], '/jobs?page=3') },
      '/jobs?page=3': { body: listingPage(['https://other.example/job/9']) },
    });
    const result = await discoverAdverts(
      discovery({
        type: 'listing',
        startUrls: [site.url('/jobs')],
        advertLinks: 'li.job a',
        nextPage: 'a.next',
      }),
      { fetchPage },
    );
    expect(result.ok).toBe(true);
    expect(result.pages).toBe(3);
    expect(result.adverts.map((a) => a.canonicalUrl)).toEqual([
      site.url('/job/1'),
      site.url('/job/2'),
      site.url('/job/3'),
      'https://other.example/job/9',
    ]);
    // What is fetched is the link as found (resolved), not the canonical form.
    expect(result.adverts[1]?.url).toBe(site.url('/job/2?utm_source=x'));
  });

  it('numbers pages with pageParam until a page has no adverts', async () => {
    const site = await server({
      '/list': { body: listingPage(['/a/1', '/a/2']) },
      '/list?p=2': { body: listingPage(['/a/3']) },
      '/list?p=3': { body: listingPage([]) },
      '/list?p=4': { body: listingPage(['/a/never']) },
    });
    const result = await discoverAdverts(
      discovery({ type: 'listing', startUrls: [site.url('/list')], advertLinks: '.job a', pageParam: 'p' }),
      { fetchPage },
    );
    expect(result.adverts.map((a) => a.url)).toEqual([site.url('/a/1'), site.url('/a/2'), site.url('/a/3')]);
    expect(site.requests.map((r) => r.path)).toEqual(['/list', '/list?p=2', '/list?p=3']);
  });

  it('stops when pageParam is ignored and the same adverts come back', async () => {
    const site = await server({ '/list': { body: listingPage(['/a/1', '/a/2']) } });
    const result = await discoverAdverts(
      discovery({
        type: 'listing',
        startUrls: [site.url('/list')],
        advertLinks: '.job a',
        pageParam: 'page',
      }),
      { fetchPage },
    );
    expect(result.adverts).toHaveLength(2);
    expect(site.requests.map((r) => r.path)).toEqual(['/list', '/list?page=2']);
  });

  it('stops on a loop of next links', async () => {
    const site = await server({
      '/p1': { body: listingPage(['/a/1'], '/p2') },
      '/p2': { body: listingPage(['/a/2'], '/p1') },
    });
    const result = await discoverAdverts(
      discovery({ type: 'listing', startUrls: [site.url('/p1')], advertLinks: '.job a', nextPage: 'a.next' }),
      { fetchPage },
    );
    expect(result.adverts).toHaveLength(2);
    expect(site.requests.map((r) => r.path)).toEqual(['/p1', '/p2']);
  });

  it('stops at maxPages', async () => {
    const site = await server({
      '/p': (req, res) => {
        const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? '1');
        res.end(listingPage([`/a/${n}`], `/p?n=${n + 1}`));
      },
    });
    const result = await discoverAdverts(
      discovery({
        type: 'listing',
        startUrls: [site.url('/p')],
        advertLinks: '.job a',
        nextPage: 'a.next',
        maxPages: 3,
      }),
      { fetchPage },
    );
    expect(result.adverts).toHaveLength(3);
    expect(site.requests).toHaveLength(3);
  });

  it('fails only when no start page can be read', async () => {
    const site = await server({ '/ok': { body: listingPage(['/a/1']) } });
    const partly = await discoverAdverts(
      discovery({
        type: 'listing',
        startUrls: [site.url('/missing'), site.url('/ok')],
        advertLinks: '.job a',
      }),
      { fetchPage },
    );
    expect(partly).toMatchObject({ ok: true, adverts: [{ url: site.url('/a/1') }] });
    const none = await discoverAdverts(
      discovery({ type: 'listing', startUrls: [site.url('/missing')], advertLinks: '.job a' }),
      { fetchPage },
    );
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error).toMatch(/missing.*404/);
  });

  it('reads a listing page in a legacy charset', async () => {
    // "Łódź" in windows-1250, as a Polish board might still serve it.
    const body = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1250"></head><body><a class="j" href="/praca/'),
      Buffer.from([0xa3, 0xf3, 0x9f]),
      Buffer.from('">x</a></body></html>'),
    ]);
    const site = await server({ '/l': { body, headers: { 'content-type': 'text/html' } } });
    const result = await discoverAdverts(
      discovery({ type: 'listing', startUrls: [site.url('/l')], advertLinks: 'a.j' }),
      { fetchPage },
    );
    expect(result.adverts[0]?.url).toBe(site.url('/praca/%C5%81%C3%B3%C5%BA'));
  });
});

describe('discoverAdverts: sitemap', () => {
  it("reads a sitemap index, gzip'd children and the include filter", async () => {
    const site = await server();
    site.route(
      '/sitemap.xml',
      xml(`<?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>${site.url('/sitemap-jobs.xml')}</loc></sitemap>
          <sitemap><loc>${site.url('/sitemap-more.xml.gz')}</loc></sitemap>
          <sitemap><loc>${site.url('/sitemap-jobs.xml')}</loc></sitemap>
        </sitemapindex>`),
    );
    site.route(
      '/sitemap-jobs.xml',
      xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>${site.url('/job/1')}</loc><lastmod>2024-05-01</lastmod></url>
          <url><loc> ${site.url('/job/2?a=1&amp;b=2')} </loc></url>
          <url><loc>${site.url('/about')}</loc></url>
        </urlset>`),
    );
    site.route('/sitemap-more.xml.gz', {
      body: gzipSync(`<urlset><url><loc>${site.url('/job/3')}</loc></url></urlset>`),
      headers: { 'content-type': 'application/gzip' },
    });
    const result = await discoverAdverts(
      discovery({ type: 'sitemap', url: site.url('/sitemap.xml'), include: '/job/\\d+' }),
      { fetchPage },
    );
    expect(result.ok).toBe(true);
    expect(result.adverts.map((a) => a.url)).toEqual([
      site.url('/job/1'),
      site.url('/job/2?a=1&b=2'),
      site.url('/job/3'),
    ]);
    expect(site.hits('/sitemap-jobs.xml')).toHaveLength(1);
    expect(result.pages).toBe(3);
  });

  it('reports an invalid include pattern and a document that is no sitemap', async () => {
    const site = await server({ '/s.xml': xml('<html><body>hello</body></html>') });
    // The source schema refuses the pattern at load time; discovery still guards against it.
    expect(() => discovery({ type: 'sitemap', url: site.url('/s.xml'), include: '(' })).toThrow(
      /valid regular expression/,
    );
    const unchecked = { type: 'sitemap', url: site.url('/s.xml'), include: '(' } as Discovery;
    const badPattern = await discoverAdverts(unchecked, { fetchPage });
    expect(badPattern).toMatchObject({ ok: false });
    if (!badPattern.ok) expect(badPattern.error).toMatch(/discovery\.include/);
    const notSitemap = await discoverAdverts(discovery({ type: 'sitemap', url: site.url('/s.xml') }), {
      fetchPage,
    });
    expect(notSitemap).toMatchObject({ ok: false });
    if (!notSitemap.ok) expect(notSitemap.error).toMatch(/urlset/);
  });
});

describe('discoverAdverts: feed', () => {
  it('reads RSS 2.0 item links (and permalink guids)', async () => {
    const site = await server({
      '/rss': xml(`<?xml version="1.0"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
          <title>Jobs</title><link>https://board.example/</link>
          <atom:link href="https://board.example/rss" rel="self"/>
          <item><title>A</title><link>https://board.example/job/a</link></item>
          <item><title>B</title><guid isPermaLink="true">https://board.example/job/b</guid></item>
          <item><title>C</title><guid isPermaLink="false">c-123</guid></item>
          <item><title>A again</title><link>https://board.example/job/a?utm_medium=rss</link></item>
        </channel></rss>`),
    });
    const result = await discoverAdverts(discovery({ type: 'feed', url: site.url('/rss') }), { fetchPage });
    expect(result.adverts.map((a) => a.url)).toEqual([
      'https://board.example/job/a',
      'https://board.example/job/b',
    ]);
  });

  it('reads Atom entry links, preferring rel=alternate', async () => {
    const site = await server({
      '/atom': xml(`<?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Jobs</title><link rel="self" href="/atom"/>
          <entry><title>A</title><link rel="edit" href="/edit/a"/><link rel="alternate" href="/job/a"/></entry>
          <entry><title>B</title><link href="https://board.example/job/b"/></entry>
        </feed>`),
    });
    const result = await discoverAdverts(discovery({ type: 'feed', url: site.url('/atom') }), { fetchPage });
    expect(result.adverts.map((a) => a.url)).toEqual([site.url('/job/a'), 'https://board.example/job/b']);
  });

  it('fails on a document that is not a feed', async () => {
    const site = await server({ '/f': { body: html('<p>not a feed</p>') } });
    const result = await discoverAdverts(discovery({ type: 'feed', url: site.url('/f') }), { fetchPage });
    expect(result.ok).toBe(false);
  });
});
