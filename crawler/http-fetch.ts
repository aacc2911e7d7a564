// Static fetch with Node's global fetch: paced per host, retried with backoff, bounded in size.
import { describeError, fetchFailure, type FetchFailure, type FetchResult } from './fetch-result.ts';
import { HostPacer, type HostPacing, type ReleaseHost } from './host-pacer.ts';
import { USER_AGENT } from './user-agent.ts';

export interface HttpFetchOptions {
  /** Default: `recruitwatch/<version> (+https://github.com/recruitwatch/recruitwatch)`. */
  userAgent?: string;
  /** Limit for one attempt, from the request to the last byte of the body. Default 30000 ms. */
  timeoutMs?: number;
  /** Further attempts after a network error, a timeout, 429 or 5xx. Default 2. */
  retries?: number;
  /** Largest body accepted, in bytes (after decompression). Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Per-host pacing, shared with other fetches. Default: none (only this call's retries are spaced). */
  pacer?: HostPacing;
  /** Minimum time between request starts to one host, passed to the pacer. Default: the pacer's own. */
  delayMs?: number;
  /** First backoff before a retry; it doubles each attempt, with jitter. Default 1000 ms. */
  backoffMs?: number;
  /** Ceiling of the exponential backoff. Default 30000 ms. */
  maxBackoffMs?: number;
  /** A Retry-After longer than this ends the fetch instead of waiting. Default 120000 ms. */
  maxRetryAfterMs?: number;
  /** Default: HTML first, XML next, anything. */
  accept?: string;
  /** Consulted for every redirect target (e.g. robots.txt); a refusal ends the fetch with kind `robots`. */
  isAllowed?: (url: string) => boolean | Promise<boolean>;
  signal?: AbortSignal;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Fetches one URL. Never throws for what the network or the server does; see `FetchResult`. */
export async function httpFetch(url: string, options: HttpFetchOptions = {}): Promise<FetchResult> {
  const maxRedirects = options.maxRedirects ?? 5;
  // Without a shared pacer a private one still spaces this call's own retries.
  const pacer = options.pacer ?? new HostPacer({ delayMs: 0 });

  let current: URL;
  try {
    current = parseHttpUrl(url);
  } catch (err) {
    return { ok: false, url, kind: 'invalid-url', error: (err as Error).message };
  }

  for (let hops = 0; ; hops++) {
    const outcome = await fetchOnce(current, pacer, options);
    if (!outcome.ok) return { ...outcome, url, ...(hops > 0 ? { finalUrl: current.href } : {}) };
    const { status, headers, body, fetchedAt } = outcome;

    if (REDIRECT_STATUSES.has(status) && headers.location !== undefined) {
      if (hops >= maxRedirects) {
        return fetchFailure(
          url,
          current,
          'redirect',
          `more than ${maxRedirects} redirects (last to ${headers.location})`,
          status,
        );
      }
      let next: URL;
      try {
        next = parseHttpUrl(headers.location, current);
      } catch (err) {
        return fetchFailure(
          url,
          current,
          'redirect',
          `redirect to an unusable location: ${(err as Error).message}`,
          status,
        );
      }
      if (options.isAllowed && !(await options.isAllowed(next.href))) {
        return fetchFailure(
          url,
          next,
          'robots',
          `redirected to ${next.href}, which robots.txt disallows`,
          status,
        );
      }
      current = next;
      continue;
    }
    if (status < 200 || status > 299) {
      return fetchFailure(url, current, 'http', `HTTP ${status} from ${current.href}`, status);
    }
    return { ok: true, url, finalUrl: current.href, status, headers, body, fetchedAt, render: 'static' };
  }
}

/** Parses an absolute http(s) URL (or one relative to `base`); anything else is refused. */
function parseHttpUrl(text: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(text, base);
  } catch {
    throw new Error(`not a valid URL: ${JSON.stringify(text)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`only http and https URLs are fetched, not ${parsed.protocol} (${parsed.href})`);
  }
  parsed.hash = '';
  return parsed;
}

type Attempt =
  | { ok: true; status: number; headers: Record<string, string>; body: Buffer; fetchedAt: string }
  | Omit<FetchFailure, 'url' | 'finalUrl'>;

/** One URL without following redirects, with retries. Each attempt takes its own turn at the host. */
async function fetchOnce(target: URL, pacer: HostPacing, options: HttpFetchOptions): Promise<Attempt> {
  const retries = options.retries ?? 2;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const { signal } = options;

  for (let attempt = 0; ; attempt++) {
    let release: ReleaseHost;
    try {
      release = await pacer.acquire(target.host, { delayMs: options.delayMs, signal });
    } catch {
      return { ok: false, kind: 'aborted', error: `cancelled before fetching ${target.href}` };
    }
    let backoffMs: number | undefined;
    try {
      const attemptSignal = signal
        ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)])
        : AbortSignal.timeout(timeoutMs);
      const canRetry = attempt < retries;
      let response: Response;
      try {
        response = await fetch(target, {
          redirect: 'manual',
          signal: attemptSignal,
          headers: {
            'user-agent': options.userAgent ?? USER_AGENT,
            accept: options.accept ?? DEFAULT_ACCEPT,
          },
        });
      } catch (err) {
        const failure = thrownFailure(err, target, timeoutMs, signal);
        if (failure.kind === 'aborted' || !canRetry) return failure;
        backoffMs = backoff(attempt, options);
        continue;
      }

      const status = response.status;
      if (status === 429 || status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) {
          return {
            ok: false,
            kind: 'http',
            status,
            error: `HTTP ${status} from ${target.href} asks to retry after ${Math.round(retryAfterMs / 1000)} s, beyond maxRetryAfterMs (${maxRetryAfterMs} ms)`,
          };
        }
        if (!canRetry) {
          return {
            ok: false,
            kind: 'http',
            status,
            error: `HTTP ${status} from ${target.href} after ${attempt + 1} attempt(s)`,
          };
        }
        backoffMs = retryAfterMs ?? backoff(attempt, options);
        continue;
      }

      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
      const fetchedAt = new Date().toISOString();
      if (REDIRECT_STATUSES.has(status) || status < 200 || status > 299) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: true, status, headers, body: Buffer.alloc(0), fetchedAt };
      }
      try {
        const body = await readLimited(response, maxBytes, target);
        if (typeof body === 'string') return { ok: false, kind: 'too-large', status, error: body };
        return { ok: true, status, headers, body, fetchedAt };
      } catch (err) {
        const failure = thrownFailure(err, target, timeoutMs, signal);
        if (failure.kind === 'aborted' || !canRetry) return failure;
        backoffMs = backoff(attempt, options);
        continue;
      }
    } finally {
      release({ ...(backoffMs !== undefined ? { backoffMs } : {}) });
    }
  }
}

function thrownFailure(
  err: unknown,
  target: URL,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Omit<FetchFailure, 'url' | 'finalUrl'> {
  if (signal?.aborted)
    return { ok: false, kind: 'aborted', error: `cancelled while fetching ${target.href}` };
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
    return {
      ok: false,
      kind: 'timeout',
      error: `no complete response from ${target.href} within ${timeoutMs} ms (politeness.timeoutMs)`,
    };
  }
  return { ok: false, kind: 'network', error: `${target.href}: ${describeError(err)}` };
}

/** Reads the body, stopping as soon as it passes `maxBytes` (a string is the error). */
async function readLimited(response: Response, maxBytes: number, target: URL): Promise<Buffer | string> {
  const tooLarge = (size: string) =>
    `body of ${target.href} is ${size} bytes, more than the limit of ${maxBytes} bytes`;
  const declared = Number(response.headers.get('content-length'));
  // Content-Length counts encoded bytes; a decoded body is no smaller, so this early refusal is safe.
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge(String(declared));
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(`over ${maxBytes}`);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}

/** Exponential backoff with "equal jitter": half the step fixed, half random, so retries spread out. */
function backoff(attempt: number, options: HttpFetchOptions): number {
  const base = options.backoffMs ?? 1000;
  const step = Math.min(options.maxBackoffMs ?? 30_000, base * 2 ** attempt);
  return step / 2 + Math.random() * (step / 2);
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
