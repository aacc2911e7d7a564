// robots.txt (RFC 9309), parsed with robots-parser. Each origin's file is fetched once per
// checker; make one checker per crawl run so a changed robots.txt takes effect on the next run.
import robotsParserModule from 'robots-parser';
import { logger as rootLogger, type Logger } from '../common/logger.ts';
import type { FetchResult } from './fetch-result.ts';
import { httpFetch } from './http-fetch.ts';
import { ROBOTS_TOKEN } from './user-agent.ts';

// The package is CommonJS (`module.exports = fn`) but its types declare an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robot = ReturnType<typeof robotsParser>;

/** What is known about one origin. */
type OriginRules =
  | { kind: 'allow-all'; why: string }
  | { kind: 'disallow-all'; why: string }
  | { kind: 'parsed'; robot: Robot };

export interface RobotsCheckerOptions {
  /** Fetches a robots.txt URL (give it the crawl's pacer so it counts as a request to the host). Default: `httpFetch`. */
  fetch?: (url: string) => Promise<FetchResult>;
  /** Product token matched against `User-agent:` lines. Default `recruitwatch`. */
  token?: string;
  logger?: Logger;
}

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB; the rest of a larger file is ignored. */
const MAX_ROBOTS_BYTES = 500 * 1024;

export class RobotsChecker {
  readonly #fetch: (url: string) => Promise<FetchResult>;
  readonly #token: string;
  readonly #logger: Logger;
  readonly #origins = new Map<string, Promise<OriginRules>>();

  constructor(options: RobotsCheckerOptions = {}) {
    this.#fetch = options.fetch ?? ((url) => httpFetch(url, { accept: 'text/plain,*/*;q=0.5' }));
    this.#token = options.token ?? ROBOTS_TOKEN;
    this.#logger = options.logger ?? rootLogger;
  }

  /** Whether the crawler may fetch `url`. A URL that does not parse is not allowed. */
  async isAllowed(url: string): Promise<boolean> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    const rules = await this.#rulesFor(parsed);
    if (rules.kind === 'allow-all') return true;
    if (rules.kind === 'disallow-all') return false;
    // undefined means "not this file's origin", which cannot happen here; treat it as allowed.
    return rules.robot.isAllowed(parsed.href, this.#token) ?? true;
  }

  /** The origin's `Crawl-delay` for our token, in ms, if it sets one. */
  async crawlDelayMs(url: string): Promise<number | undefined> {
    const rules = await this.#rulesFor(new URL(url));
    if (rules.kind !== 'parsed') return undefined;
    const seconds = rules.robot.getCrawlDelay(this.#token);
    return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
  }

  #rulesFor(url: URL): Promise<OriginRules> {
    const origin = url.origin;
    let rules = this.#origins.get(origin);
    if (!rules) {
      rules = this.#load(origin);
      this.#origins.set(origin, rules);
    }
    return rules;
  }

  async #load(origin: string): Promise<OriginRules> {
    const robotsUrl = `${origin}/robots.txt`;
    const result = await this.#fetch(robotsUrl);
    const rules = interpret(robotsUrl, result);
    if (rules.kind === 'disallow-all') {
      this.#logger.warn('robots.txt unreachable: nothing on this origin is fetched in this run', {
        origin,
        reason: rules.why,
      });
    } else if (rules.kind === 'allow-all') {
      this.#logger.debug('no robots.txt: everything allowed', { origin, reason: rules.why });
    }
    return rules;
  }
}

/** Maps a robots.txt fetch to rules, following RFC 9309 §2.3.1. */
function interpret(robotsUrl: string, result: FetchResult): OriginRules {
  if (result.ok) {
    const text = result.body.subarray(0, MAX_ROBOTS_BYTES).toString('utf8');
    return { kind: 'parsed', robot: robotsParser(robotsUrl, text) };
  }
  const status = result.status;
  // §2.3.1.3 "unavailable": any 4xx means no restrictions. 429 is a request to slow down, so it is
  // treated like a server error (as the large crawlers do) rather than as permission.
  if (result.kind === 'http' && status !== undefined && status >= 400 && status < 500 && status !== 429) {
    return { kind: 'allow-all', why: `HTTP ${status}` };
  }
  // §2.3.1.4 "unreachable": server errors, network errors and everything else mean complete disallow.
  return { kind: 'disallow-all', why: result.error };
}
