// The canonical URL of an advert: half of its identity (source + canonical URL), so the same advert
// reached by different links must map to one string.
import { load, type CheerioAPI } from 'cheerio';

/** Query parameters that track the visit and never select the content. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'ref',
  'source',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'igshid',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING.has(n);
}

/** `www.` is the same site; any other difference in host is another site. */
function siteHost(host: string): string {
  return host.replace(/^www\./, '');
}

/**
 * Lower-case scheme and host, default port removed (all by the URL parser), fragment and tracking
 * parameters removed, the remaining parameters sorted by name. A fragment that is a client-side
 * route (`#/jobs/42`, `#!/jobs/42`) is kept: on such boards it is what tells adverts apart.
 */
export function normaliseUrl(url: URL): string {
  const u = new URL(url.href);
  if (!/^#!?\//.test(u.hash)) u.hash = '';
  const kept = [...u.searchParams].filter(([name]) => !isTracking(name));
  // Stable sort: repeated parameters keep their order, which may matter to the site.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length > 0 ? new URLSearchParams(kept).toString() : '';
  return u.href;
}

/** Canonical URL from an already-parsed page. */
export function canonicalUrlFromPage($: CheerioAPI, pageUrl: string): string {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    throw new TypeError(`canonicalUrl: page URL "${pageUrl}" is not an absolute URL`);
  }
  const href = $('link[rel][href]')
    .filter((_, el) => ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    .first()
    .attr('href')
    ?.trim();
  if (href) {
    let base = page;
    const baseHref = $('base[href]').first().attr('href');
    if (baseHref !== undefined) {
      try {
        base = new URL(baseHref, page);
      } catch {
        // an unusable <base> is ignored, as browsers do
      }
    }
    try {
      const canonical = new URL(href, base);
      // A canonical link on another host is ignored: a page must not be able to claim another site's identity.
      if (
        (canonical.protocol === 'http:' || canonical.protocol === 'https:') &&
        siteHost(canonical.hostname) === siteHost(page.hostname)
      ) {
        return normaliseUrl(canonical);
      }
    } catch {
      // not resolvable: fall back to the page URL
    }
  }
  return normaliseUrl(page);
}

/**
 * The advert's canonical URL: the page's `<link rel="canonical">` when it resolves to the same host
 * (ignoring `www.`), else the page URL; normalised (see `normaliseUrl`). Throws on a page URL that is
 * not absolute — the fetcher always has one, so that is a bug.
 */
export function canonicalUrl(pageUrl: string, html?: string): string {
  return canonicalUrlFromPage(load(html ?? ''), pageUrl);
}
