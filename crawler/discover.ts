// Discovery: the advert URLs of a source, from its listing pages, its sitemap or its feed.
// Fetching is the caller's (it applies robots.txt, pacing, the browser and snapshots); this module
// decides what to fetch next and what the pages say.
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { logger as rootLogger, type Logger } from '../common/logger.ts';
import { decodeBody } from './decode-body.ts';
import { canonicalUrl } from './extract/index.ts';
import type { FetchResult, FetchSuccess } from './fetch-result.ts';
import type { Discovery } from './source-config.ts';

export type DiscoveryPageKind = 'listing' | 'sitemap' | 'feed';

/** Fetches one discovery page. A failure value is logged and ends that branch of discovery. */
export type PageFetcher = (url: string, kind: DiscoveryPageKind) => Promise<FetchResult>;

export interface DiscoverOptions {
  fetchPage: PageFetcher;
  logger?: Logger;
  /** Stops discovery between pages; what was found so far is returned. */
  signal?: AbortSignal;
  /** Child sitemaps followed from sitemap indexes, at most. Default 1000. */
  maxSitemaps?: number;
  /** Key adverts are deduplicated by. Default: extraction's `canonicalUrl`. */
  canonicalize?: (url: string) => string;
}

export interface DiscoveredAdvert {
  /** The URL as linked, resolved; this is what is fetched. */
  url: string;
  canonicalUrl: string;
}

export type DiscoveryResult =
  | { ok: true; adverts: DiscoveredAdvert[]; pages: number }
  | { ok: false; error: string; adverts: DiscoveredAdvert[]; pages: number };

/** Largest decompressed sitemap (the sitemaps protocol allows 50 MB uncompressed). */
const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

/** Finds the advert URLs of a source, each once. */
export async function discoverAdverts(
  discovery: Discovery,
  options: DiscoverOptions,
): Promise<DiscoveryResult> {
  const found = new AdvertSet(options.canonicalize ?? ((url) => canonicalUrl(url)));
  const ctx: Context = { ...options, log: options.logger ?? rootLogger, found, pages: 0 };
  let error: string | undefined;
  switch (discovery.type) {
    case 'listing':
      error = await discoverListing(discovery, ctx);
      break;
    case 'sitemap':
      error = await discoverSitemap(discovery, ctx);
      break;
    case 'feed':
      error = await discoverFeed(discovery, ctx);
      break;
  }
  const adverts = found.list();
  return error === undefined
    ? { ok: true, adverts, pages: ctx.pages }
    : { ok: false, error, adverts, pages: ctx.pages };
}

interface Context extends DiscoverOptions {
  log: Logger;
  found: AdvertSet;
  pages: number;
}

class AdvertSet {
  readonly #byCanonical = new Map<string, DiscoveredAdvert>();
  constructor(readonly canonicalize: (url: string) => string) {}

  /** Adds a URL; true when it was not known yet. */
  add(url: string): boolean {
    const key = this.canonicalize(url);
    if (this.#byCanonical.has(key)) return false;
    this.#byCanonical.set(key, { url, canonicalUrl: key });
    return true;
  }

  list(): DiscoveredAdvert[] {
    return [...this.#byCanonical.values()];
  }
}

/** Fetches a discovery page; returns it, or logs why not and returns undefined. */
async function fetchPage(ctx: Context, url: string, kind: DiscoveryPageKind): Promise<FetchSuccess | string> {
  const result = await ctx.fetchPage(url, kind);
  if (!result.ok) {
    ctx.log.warn(`${kind} page not fetched`, {
      url,
      kind: result.kind,
      status: result.status,
      error: result.error,
    });
    return result.error;
  }
  ctx.pages += 1;
  return result;
}

function pageText(page: FetchSuccess): string {
  return decodeBody(page.body, page.headers['content-type']);
}

/** An absolute http(s) URL without fragment, or undefined. */
function resolveHttp(href: string | undefined, base: string): string | undefined {
  if (href === undefined || href.trim() === '') return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

// ── listing ─────────────────────────────────────────────────────────────────────────────────────

type ListingDiscovery = Extract<Discovery, { type: 'listing' }>;

/** Follows each start URL's pages; returns an error only when no start page could be read. */
async function discoverListing(discovery: ListingDiscovery, ctx: Context): Promise<string | undefined> {
  const visited = new Set<string>();
  const startErrors: string[] = [];
  let listingPages = 0;

  for (const startUrl of discovery.startUrls) {
    if (visited.has(startUrl)) continue;
    let pageUrl: string | undefined = startUrl;
    let pageNumber = startPageNumber(startUrl, discovery.pageParam);
    let first = true;
    while (pageUrl !== undefined) {
      if (ctx.signal?.aborted) return undefined;
      if (listingPages >= discovery.maxPages) {
        ctx.log.warn('listing stopped at maxPages; raise discovery.maxPages if the source has more pages', {
          maxPages: discovery.maxPages,
        });
        return startErrors.length === discovery.startUrls.length ? startErrors.join('; ') : undefined;
      }
      visited.add(pageUrl);
      listingPages += 1;
      const page = await fetchPage(ctx, pageUrl, 'listing');
      if (typeof page === 'string') {
        if (first) startErrors.push(`start page ${startUrl}: ${page}`);
        break;
      }
      first = false;
      visited.add(page.finalUrl);

      const $ = cheerio.load(pageText(page));
      let linked = 0;
      let added = 0;
      $(discovery.advertLinks).each((_, el) => {
        const node = $(el);
        const href = node.attr('href') ?? node.find('a[href]').first().attr('href');
        const url = resolveHttp(href, page.finalUrl);
        // A link to the page itself ("#top") is navigation, not an advert.
        if (url === undefined || url === resolveHttp(page.finalUrl, page.finalUrl)) return;
        linked += 1;
        if (ctx.found.add(url)) added += 1;
      });
      if (linked === 0) {
        ctx.log.debug('listing page without adverts: end of listing', { url: page.finalUrl });
        break;
      }

      let next: string | undefined;
      if (discovery.nextPage !== undefined) {
        next = resolveHttp($(discovery.nextPage).first().attr('href'), page.finalUrl);
      } else if (discovery.pageParam !== undefined) {
        // A site that ignores the parameter serves the same adverts again: stop rather than loop.
        if (added === 0) {
          ctx.log.debug('listing page with no new adverts: end of listing', { url: page.finalUrl });
          break;
        }
        pageNumber += 1;
        next = withPageParam(startUrl, discovery.pageParam, pageNumber);
      }
      if (next !== undefined && visited.has(next)) {
        ctx.log.warn('listing links back to a page already read: stopped', { url: page.finalUrl, next });
        next = undefined;
      }
      pageUrl = next;
    }
  }
  return startErrors.length === discovery.startUrls.length ? startErrors.join('; ') : undefined;
}

function startPageNumber(startUrl: string, pageParam: string | undefined): number {
  if (pageParam === undefined) return 1;
  const value = Number.parseInt(new URL(startUrl).searchParams.get(pageParam) ?? '', 10);
  return Number.isFinite(value) ? value : 1;
}

function withPageParam(startUrl: string, pageParam: string, pageNumber: number): string {
  const url = new URL(startUrl);
  url.searchParams.set(pageParam, String(pageNumber));
  url.hash = '';
  return url.href;
}

// ── sitemap ─────────────────────────────────────────────────────────────────────────────────────

type SitemapDiscovery = Extract<Discovery, { type: 'sitemap' }>;

async function discoverSitemap(discovery: SitemapDiscovery, ctx: Context): Promise<string | undefined> {
  let include: RegExp | undefined;
  try {
    include = discovery.include === undefined ? undefined : new RegExp(discovery.include);
  } catch (err) {
    return `discovery.include is not a valid regular expression (${(err as Error).message}); fix the pattern in the source file`;
  }
  const maxSitemaps = ctx.maxSitemaps ?? 1000;
  const queue: string[] = [discovery.url];
  const visited = new Set<string>(queue);
  let read = 0;

  while (queue.length > 0) {
    if (ctx.signal?.aborted) return undefined;
    const url = queue.shift() as string;
    const isRoot = url === discovery.url;
    if (read >= maxSitemaps) {
      ctx.log.warn('sitemap index lists more sitemaps than maxSitemaps: the rest are skipped', {
        maxSitemaps,
      });
      break;
    }
    read += 1;
    const page = await fetchPage(ctx, url, 'sitemap');
    if (typeof page === 'string') {
      if (isRoot) return `sitemap ${url}: ${page}`;
      continue;
    }
    let xml: string;
    try {
      xml = sitemapText(page);
    } catch (err) {
      const error = `sitemap ${url} is gzip'd but does not decompress: ${(err as Error).message}`;
      if (isRoot) return error;
      ctx.log.warn('sitemap not readable', { url, error });
      continue;
    }
    const $ = cheerio.load(xml, { xml: true });
    if ($('sitemapindex').length > 0) {
      $('sitemapindex > sitemap > loc').each((_, el) => {
        const child = resolveHttp($(el).text(), page.finalUrl);
        if (child !== undefined && !visited.has(child)) {
          visited.add(child);
          queue.push(child);
        }
      });
      continue;
    }
    if ($('urlset').length === 0) {
      const error = `${url} is neither a <urlset> nor a <sitemapindex>; check discovery.url`;
      if (isRoot) return error;
      ctx.log.warn('not a sitemap', { url });
      continue;
    }
    $('urlset > url > loc').each((_, el) => {
      const advert = resolveHttp($(el).text(), page.finalUrl);
      if (advert !== undefined && (include === undefined || include.test(advert))) ctx.found.add(advert);
    });
  }
  return undefined;
}

/** The XML of a sitemap, gunzipping `.xml.gz` files (recognised by their magic bytes, not their name). */
function sitemapText(page: FetchSuccess): string {
  const gzipped = page.body[0] === 0x1f && page.body[1] === 0x8b;
  if (!gzipped) return pageText(page);
  return gunzipSync(page.body, { maxOutputLength: MAX_SITEMAP_BYTES }).toString('utf8');
}

// ── feed ────────────────────────────────────────────────────────────────────────────────────────

type FeedDiscovery = Extract<Discovery, { type: 'feed' }>;

async function discoverFeed(discovery: FeedDiscovery, ctx: Context): Promise<string | undefined> {
  const page = await fetchPage(ctx, discovery.url, 'feed');
  if (typeof page === 'string') return `feed ${discovery.url}: ${page}`;
  const $ = cheerio.load(pageText(page), { xml: true });
  const root = $.root().children().first().prop('tagName')?.toLowerCase();
  if (root !== 'rss' && root !== 'rdf:rdf' && root !== 'feed') {
    return `${discovery.url} is neither an RSS nor an Atom feed; check discovery.url`;
  }

  // RSS 2.0 (and RSS 1.0): <item><link>URL</link>, else a permalink <guid>.
  $('item').each((_, el) => {
    const item = $(el);
    let href = item.children('link').first().text();
    if (href.trim() === '') {
      const guid = item.children('guid').first();
      if (guid.attr('isPermaLink') !== 'false') href = guid.text();
    }
    const url = resolveHttp(href, page.finalUrl);
    if (url !== undefined) ctx.found.add(url);
  });
  // Atom: <entry><link rel="alternate" href="URL"/> (no rel means alternate).
  $('entry').each((_, el) => {
    const links = $(el).children('link');
    const alternate = links.filter((_, link) => ($(link).attr('rel') ?? 'alternate') === 'alternate').first();
    const url = resolveHttp(alternate.attr('href'), page.finalUrl);
    if (url !== undefined) ctx.found.add(url);
  });
  return undefined;
}
