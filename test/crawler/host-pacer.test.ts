import { afterEach, describe, expect, it } from 'vitest';
import { HostPacer } from '../../crawler/host-pacer.ts';
import { httpFetch } from '../../crawler/http-fetch.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

/**
 * Arrival times at the server can be closer together than the starts at the client (the first request
 * also opens the connection, on a busy machine it may be scheduled late), so gaps are checked against
 * the delay minus this slack. Without pacing the gaps would be about a millisecond.
 */
const ARRIVAL_SLACK_MS = 50;

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server that has already answered one unpaced request (fetch loads lazily on first use). */
async function server(...args: Parameters<typeof startTestServer>) {
  const s = await startTestServer(...args);
  servers.push(s);
  await httpFetch(s.url('/warm-up'), { retries: 0 });
  s.requests.length = 0;
  return s;
}

function gaps(times: number[]): number[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - (sorted[i] as number));
}

describe('HostPacer', () => {
  it('spaces the request starts to one host by at least the delay', async () => {
    const site = await server({ '/a': { body: 'ok' } });
    const pacer = new HostPacer({ delayMs: 250 });
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => httpFetch(site.url(`/a?n=${n}`), { pacer, retries: 0 })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(site.requests).toHaveLength(4);
    for (const gap of gaps(site.requests.map((r) => r.at))) {
      expect(gap).toBeGreaterThanOrEqual(250 - ARRIVAL_SLACK_MS);
    }
  });

  it('keeps at most one request in flight per host, even without a delay', async () => {
    const site = await server({
      '/slow': (_req, res) => {
        setTimeout(() => res.end('done'), 60);
      },
    });
    const pacer = new HostPacer({ delayMs: 0 });
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => httpFetch(site.url('/slow'), { pacer, retries: 0 })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(site.requests).toHaveLength(4);
    expect(site.inFlight.max).toBe(1);
  });

  it('lets two hosts proceed in parallel', async () => {
    const a = await server({ '/p': { body: 'a' } });
    const b = await server({ '/p': { body: 'b' } });
    const pacer = new HostPacer({ delayMs: 300 });
    await Promise.all([
      ...[1, 2, 3].map(() => httpFetch(a.url('/p'), { pacer, retries: 0 })),
      ...[1, 2, 3].map(() => httpFetch(b.url('/p'), { pacer, retries: 0 })),
    ]);
    const aTimes = a.requests.map((r) => r.at).sort((x, y) => x - y);
    const bTimes = b.requests.map((r) => r.at).sort((x, y) => x - y);
    expect(aTimes).toHaveLength(3);
    expect(bTimes).toHaveLength(3);
    // Each host is paced on its own…
    for (const gap of [...gaps(aTimes), ...gaps(bTimes)])
      expect(gap).toBeGreaterThanOrEqual(300 - ARRIVAL_SLACK_MS);
    // …and the hosts interleave: the second host does not wait for the first to finish.
    expect(bTimes[0]).toBeLessThan(aTimes[2] as number);
    expect(aTimes[0]).toBeLessThan(bTimes[2] as number);
  });

  it('holds the host back after a release with a backoff', async () => {
    const pacer = new HostPacer({ delayMs: 0 });
    const release = await pacer.acquire('example.test');
    const releasedAt = Date.now();
    release({ backoffMs: 200 });
    await pacer.acquire('example.test');
    expect(Date.now() - releasedAt).toBeGreaterThanOrEqual(200);
  });

  it('gives up waiting when the signal aborts, and the queue goes on', async () => {
    const pacer = new HostPacer({ delayMs: 0 });
    const release = await pacer.acquire('h');
    const controller = new AbortController();
    const waiting = pacer.acquire('h', { signal: controller.signal });
    const third = pacer.acquire('h');
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    release();
    const releaseThird = await third;
    releaseThird();
  });

  it('rejects a negative delay', () => {
    expect(() => new HostPacer({ delayMs: -1 })).toThrow(/delayMs/);
  });
});
