import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpFetch, parseRetryAfter } from '../../crawler/http-fetch.ts';
import { USER_AGENT } from '../../crawler/user-agent.ts';
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

/** Fast retries for tests; the behaviour, not the default timing, is under test. */
const quick = { backoffMs: 5, maxBackoffMs: 20 };

describe('httpFetch', () => {
  it('returns the body, headers and status, and identifies itself', async () => {
    const site = await server({ '/job': { body: '<p>hello</p>', headers: { 'x-thing': 'A' } } });
    const result = await httpFetch(site.url('/job'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.status).toBe(200);
    expect(result.body.toString()).toBe('<p>hello</p>');
    expect(result.headers['x-thing']).toBe('A');
    expect(result.url).toBe(site.url('/job'));
    expect(result.finalUrl).toBe(site.url('/job'));
    expect(Number.isNaN(Date.parse(result.fetchedAt))).toBe(false);
    expect(site.requests[0]?.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(
      /^recruitwatch\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/recruitwatch\/recruitwatch\)$/,
    );
  });

  it('retries a 503 and returns the success that follows', async () => {
    const site = await server({
      '/flaky': (_req, res, hit) => {
        res.writeHead(hit === 1 ? 503 : 200);
        res.end(hit === 1 ? 'busy' : 'fine');
      },
    });
    const result = await httpFetch(site.url('/flaky'), { ...quick, retries: 2 });
    expect(result.ok && result.body.toString()).toBe('fine');
    expect(site.hits('/flaky')).toHaveLength(2);
  });

  it('gives up after the configured retries on repeated 5xx', async () => {
    const site = await server({ '/down': { status: 500, body: 'no' } });
    const result = await httpFetch(site.url('/down'), { ...quick, retries: 2 });
    expect(result).toMatchObject({ ok: false, kind: 'http', status: 500 });
    expect(site.hits('/down')).toHaveLength(3);
  });

  it('waits as long as Retry-After asks after a 429', async () => {
    const site = await server({
      '/limited': (_req, res, hit) => {
        if (hit === 1) {
          res.writeHead(429, { 'retry-after': '1' });
          res.end('slow down');
        } else res.end('ok');
      },
    });
    const result = await httpFetch(site.url('/limited'), { ...quick, retries: 1 });
    expect(result.ok).toBe(true);
    const [first, second] = site.hits('/limited');
    expect(second).toBeDefined();
    // Retry-After is 1 s; the quick backoff alone would have retried within 20 ms.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('does not wait for a Retry-After beyond the limit', async () => {
    const site = await server({ '/limited': { status: 429, headers: { 'retry-after': '3600' } } });
    const result = await httpFetch(site.url('/limited'), { ...quick, retries: 3, maxRetryAfterMs: 1000 });
    expect(result).toMatchObject({ ok: false, kind: 'http', status: 429 });
    if (!result.ok) expect(result.error).toMatch(/maxRetryAfterMs/);
    expect(site.hits('/limited')).toHaveLength(1);
  });

  it('returns a 404 as a value, without retrying', async () => {
    const site = await server();
    const result = await httpFetch(site.url('/gone'), { ...quick, retries: 3 });
    expect(result).toMatchObject({ ok: false, kind: 'http', status: 404, url: site.url('/gone') });
    expect(site.hits('/gone')).toHaveLength(1);
  });

  it('follows redirects and records the final URL', async () => {
    const site = await server({
      '/old': { status: 301, headers: { location: '/middle' } },
      '/middle': { status: 302, headers: { location: '/new?x=1' } },
      '/new?x=1': { body: 'moved here' },
    });
    const result = await httpFetch(site.url('/old'));
    expect(result).toMatchObject({
      ok: true,
      url: site.url('/old'),
      finalUrl: site.url('/new?x=1'),
      status: 200,
    });
  });

  it('stops a redirect loop', async () => {
    const site = await server({
      '/a': { status: 302, headers: { location: '/b' } },
      '/b': { status: 302, headers: { location: '/a' } },
    });
    const result = await httpFetch(site.url('/a'), { maxRedirects: 4 });
    expect(result).toMatchObject({ ok: false, kind: 'redirect' });
    expect(site.requests).toHaveLength(5);
  });

  it('asks isAllowed before following a redirect, and does not follow a refused one', async () => {
    const site = await server({
      '/r': { status: 302, headers: { location: '/private/x' } },
      '/private/x': { body: 'secret' },
    });
    const result = await httpFetch(site.url('/r'), { isAllowed: (url) => !url.includes('/private/') });
    expect(result).toMatchObject({ ok: false, kind: 'robots', finalUrl: site.url('/private/x') });
    expect(site.hits('/private/x')).toHaveLength(0);
  });

  it('refuses a body over the size limit, declared or streamed', async () => {
    const big = 'x'.repeat(10_000);
    const site = await server({
      '/declared': { body: big },
      '/streamed': (_req, res) => {
        // No Content-Length: chunked, so only counting the bytes can catch it.
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
        res.end();
      },
    });
    const declared = await httpFetch(site.url('/declared'), { maxBytes: 5000 });
    expect(declared).toMatchObject({ ok: false, kind: 'too-large' });
    if (!declared.ok) expect(declared.error).toMatch(/5000 bytes/);
    const streamed = await httpFetch(site.url('/streamed'), { maxBytes: 5000 });
    expect(streamed).toMatchObject({ ok: false, kind: 'too-large' });
    const fits = await httpFetch(site.url('/declared'), { maxBytes: 10_000 });
    expect(fits.ok).toBe(true);
  });

  it('times out a response that does not come, and retries it', async () => {
    const site = await server({ '/hang': () => undefined });
    const result = await httpFetch(site.url('/hang'), { ...quick, timeoutMs: 200, retries: 1 });
    expect(result).toMatchObject({ ok: false, kind: 'timeout' });
    if (!result.ok) expect(result.error).toMatch(/200 ms/);
    expect(site.hits('/hang')).toHaveLength(2);
  });

  it('returns a network error as a value', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await httpFetch(`http://127.0.0.1:${port}/`, { ...quick, retries: 1 });
    expect(result).toMatchObject({ ok: false, kind: 'network' });
    if (!result.ok) expect(result.error).toMatch(/ECONNREFUSED/);
  });

  it('refuses URLs that are not http(s)', async () => {
    expect(await httpFetch('file:///etc/passwd')).toMatchObject({ ok: false, kind: 'invalid-url' });
    expect(await httpFetch('not a url')).toMatchObject({ ok: false, kind: 'invalid-url' });
  });

  it('stops waiting when cancelled', async () => {
    const site = await server({ '/hang': () => undefined });
    const controller = new AbortController();
    const pending = httpFetch(site.url('/hang'), { signal: controller.signal, retries: 3 });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ ok: false, kind: 'aborted' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 May 2024 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 01 May 2024 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
