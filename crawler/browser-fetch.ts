// Fetch through a real Chromium, for sources whose pages are built by JavaScript. One browser per
// crawl, a fresh context per page (no cookies or storage carried between pages).
//
// Advert pages are hostile: a page may only load from its own host. Every request passes through a
// route that refuses other hosts, and same-host requests are fetched without following redirects
// (Chromium follows a redirect of an intercepted request without asking the route again, so a
// same-host URL could otherwise bounce the browser to any host). Redirects of the page itself are
// followed here, one hop at a time, each paced and checked like a new page.
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { launchChromium } from '../common/chromium.ts';
import { describeError, fetchFailure, type FetchResult } from './fetch-result.ts';
import { HostPacer, type HostPacing } from './host-pacer.ts';
import { DEFAULT_MAX_BYTES } from './http-fetch.ts';
import { USER_AGENT } from './user-agent.ts';

export interface BrowserFetchOptions {
  /** CSS selector that appears once the content has rendered; the fetch fails if it does not. */
  waitFor?: string;
  /** False: when `waitFor` does not appear, the page is taken as it is. Default true. */
  waitForRequired?: boolean;
  /** Limit for loading the page. Default 30000 ms. */
  timeoutMs?: number;
  /** Limit for `waitFor` to appear, after the page has loaded. Default: `timeoutMs`. */
  waitForTimeoutMs?: number;
  /** Largest serialised page accepted, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Default: `recruitwatch/<version> (+https://github.com/recruitwatch/recruitwatch)`. */
  userAgent?: string;
  /** Per-host pacing; the whole page load is one turn. Default: none. */
  pacer?: HostPacing;
  delayMs?: number;
  /** Take a full-page PNG. Default true. */
  screenshot?: boolean;
  /** Consulted for every redirect target of the page; a refusal ends the fetch with kind `robots`. */
  isAllowed?: (url: string) => boolean | Promise<boolean>;
  signal?: AbortSignal;
}

export interface BrowserFetcherOptions {
  /** Starts the browser. Default: `launchChromium()` (system Chromium). */
  launch?: () => Promise<Browser>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Signals, from the route, that the page's document answered with a redirect. */
interface PageRedirect {
  status: number;
  location: string;
}

export class BrowserFetcher {
  readonly #launch: () => Promise<Browser>;
  #browser: Promise<Browser> | undefined;

  constructor(options: BrowserFetcherOptions = {}) {
    this.#launch = options.launch ?? launchChromium;
  }

  /** Starts the browser now (otherwise it starts on the first fetch); throws if it cannot start. */
  async start(): Promise<void> {
    await this.#getBrowser();
  }

  #getBrowser(): Promise<Browser> {
    this.#browser ??= this.#launch().catch((err: unknown) => {
      this.#browser = undefined;
      throw err;
    });
    return this.#browser;
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    if (browser) await (await browser).close();
  }

  /** Loads `url`, waits for `waitFor`, and returns the rendered DOM and a screenshot. */
  async fetch(url: string, options: BrowserFetchOptions = {}): Promise<FetchResult> {
    const maxRedirects = options.maxRedirects ?? 5;
    const pacer = options.pacer ?? new HostPacer({ delayMs: 0 });
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return { ok: false, url, kind: 'invalid-url', error: `not a valid URL: ${JSON.stringify(url)}` };
    }
    for (let hops = 0; ; hops++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        return fetchFailure(
          url,
          current,
          'invalid-url',
          `only http and https URLs are fetched, not ${current.href}`,
        );
      }
      let release;
      try {
        release = await pacer.acquire(current.host, { delayMs: options.delayMs, signal: options.signal });
      } catch {
        return fetchFailure(url, current, 'aborted', `cancelled before fetching ${current.href}`);
      }
      let outcome: FetchResult | PageRedirect;
      try {
        outcome = await this.#load(url, current, options);
      } finally {
        release();
      }
      if (!('location' in outcome)) return outcome;

      if (hops >= maxRedirects) {
        return fetchFailure(url, current, 'redirect', `more than ${maxRedirects} redirects`, outcome.status);
      }
      let next: URL;
      try {
        next = new URL(outcome.location, current);
      } catch {
        return fetchFailure(
          url,
          current,
          'redirect',
          `redirect to an unusable location ${outcome.location}`,
          outcome.status,
        );
      }
      next.hash = '';
      if (options.isAllowed && !(await options.isAllowed(next.href))) {
        return fetchFailure(
          url,
          next,
          'robots',
          `redirected to ${next.href}, which robots.txt disallows`,
          outcome.status,
        );
      }
      current = next;
    }
  }

  async #load(url: string, target: URL, options: BrowserFetchOptions): Promise<FetchResult | PageRedirect> {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const browser = await this.#getBrowser();
    const context = await browser.newContext({
      userAgent: options.userAgent ?? USER_AGENT,
      serviceWorkers: 'block',
      acceptDownloads: false,
      viewport: { width: 1280, height: 900 },
    });
    const onAbort = () => void context.close().catch(() => undefined);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      let redirect: PageRedirect | undefined;
      const page = await context.newPage();
      await context.routeWebSocket(
        (wsUrl) => wsUrl.host !== target.host,
        (ws) => ws.close({ code: 1008, reason: 'blocked by crawler' }),
      );
      await context.route('**/*', async (route: Route) => {
        const request = route.request();
        const requestUrl = new URL(request.url());
        if (
          requestUrl.host !== target.host ||
          (requestUrl.protocol !== 'http:' && requestUrl.protocol !== 'https:')
        ) {
          await route.abort('blockedbyclient');
          return;
        }
        let response;
        try {
          response = await route.fetch({ maxRedirects: 0, timeout: timeoutMs });
        } catch {
          await route.abort('failed').catch(() => undefined);
          return;
        }
        const location = response.headers()['location'];
        const isPage = request.isNavigationRequest() && request.frame() === page.mainFrame();
        if (isPage && REDIRECT_STATUSES.has(response.status()) && location !== undefined) {
          redirect = { status: response.status(), location };
          await route.abort('aborted');
          return;
        }
        await route.fulfill({ response });
      });

      let response;
      try {
        response = await page.goto(target.href, { waitUntil: 'load', timeout: timeoutMs });
      } catch (err) {
        if (redirect) return redirect;
        if (options.signal?.aborted)
          return fetchFailure(url, target, 'aborted', `cancelled while loading ${target.href}`);
        const timedOut = err instanceof Error && err.name === 'TimeoutError';
        return timedOut
          ? fetchFailure(
              url,
              target,
              'timeout',
              `${target.href} did not load within ${timeoutMs} ms (politeness.timeoutMs)`,
            )
          : fetchFailure(url, target, 'network', `${target.href}: ${describeError(err).split('\n')[0]}`);
      }
      if (!response) return fetchFailure(url, target, 'network', `no response for ${target.href}`);
      const status = response.status();
      if (status < 200 || status > 299)
        return fetchFailure(url, target, 'http', `HTTP ${status} from ${target.href}`, status);
      const fetchedAt = new Date().toISOString();
      const headers = await response.allHeaders();

      if (options.waitFor) {
        const waitMs = options.waitForTimeoutMs ?? timeoutMs;
        try {
          await page.waitForSelector(options.waitFor, { state: 'attached', timeout: waitMs });
        } catch {
          if (options.signal?.aborted)
            return fetchFailure(url, target, 'aborted', `cancelled while loading ${target.href}`);
          if (options.waitForRequired !== false) {
            return fetchFailure(
              url,
              target,
              'wait-for',
              `waitFor selector "${options.waitFor}" did not appear on ${target.href} within ${waitMs} ms; check the selector in the source's "waitFor"`,
              status,
            );
          }
        }
      }
      const body = Buffer.from(await page.content(), 'utf8');
      if (body.byteLength > maxBytes) {
        return fetchFailure(
          url,
          target,
          'too-large',
          `rendered page ${target.href} is ${body.byteLength} bytes, more than the limit of ${maxBytes} bytes`,
          status,
        );
      }
      const screenshot =
        options.screenshot === false
          ? undefined
          : await page.screenshot({ fullPage: true, type: 'png', timeout: timeoutMs });
      return {
        ok: true,
        url,
        finalUrl: target.href,
        status,
        headers,
        body,
        fetchedAt,
        ...(screenshot ? { screenshot } : {}),
        render: 'browser',
      };
    } catch (err) {
      if (options.signal?.aborted)
        return fetchFailure(url, target, 'aborted', `cancelled while loading ${target.href}`);
      // A crashed page or a failed screenshot: the page is lost, the crawl goes on.
      return fetchFailure(
        url,
        target,
        'network',
        `rendering ${target.href} failed: ${describeError(err).split('\n')[0]}`,
      );
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      await closeQuietly(context);
    }
  }
}

async function closeQuietly(context: BrowserContext): Promise<void> {
  await context.close().catch(() => undefined);
}
