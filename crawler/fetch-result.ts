// The value both fetchers return. A failed fetch is a value, not an exception: a 404, a timeout
// or a refusal by robots.txt are ordinary outcomes of crawling the web.

export interface FetchSuccess {
  ok: true;
  /** The URL asked for. */
  url: string;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  status: number;
  /** Response headers, names lower-cased. */
  headers: Record<string, string>;
  /** The body as received (after transfer decoding such as gzip). For a rendered page, the serialised DOM. */
  body: Buffer;
  /** ISO-8601 time the response arrived. */
  fetchedAt: string;
  /** Full-page PNG, for pages rendered in a browser. */
  screenshot?: Buffer;
  render: 'static' | 'browser';
}

/** Why a fetch failed, for counting and for deciding what to do next. */
export type FetchErrorKind =
  /** The server answered with a status that is not a success (after retries, for 429 and 5xx). */
  | 'http'
  /** Connection refused, reset, DNS failure … (after retries). */
  | 'network'
  | 'timeout'
  /** The body exceeded the size limit. */
  | 'too-large'
  /** Too many redirects, or a redirect to a URL that is not http(s). */
  | 'redirect'
  /** robots.txt disallows the URL (or a URL it redirected to). */
  | 'robots'
  /** A browser source's `waitFor` selector did not appear. */
  | 'wait-for'
  | 'invalid-url'
  /** The crawl was cancelled. */
  | 'aborted';

export interface FetchFailure {
  ok: false;
  url: string;
  /** Where the failure happened, when a redirect was followed. */
  finalUrl?: string;
  /** The HTTP status, when the server answered. */
  status?: number;
  kind: FetchErrorKind;
  /** What went wrong, for the log; names the URL's problem and, where there is one, the setting to change. */
  error: string;
}

export type FetchResult = FetchSuccess | FetchFailure;

/** A readable message for an error thrown by `fetch` or a socket (undici hides the cause one level down). */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause as { code?: string; message?: string } | undefined;
  if (cause && typeof cause === 'object') {
    const detail = cause.code ?? cause.message;
    if (detail) return `${err.message} (${detail})`;
  }
  return err.message;
}

/** A failed fetch of `url`, last at `at` (after redirects). */
export function fetchFailure(
  url: string,
  at: URL,
  kind: FetchErrorKind,
  error: string,
  status?: number,
): FetchFailure {
  return { ok: false, url, finalUrl: at.href, kind, error, ...(status !== undefined ? { status } : {}) };
}
