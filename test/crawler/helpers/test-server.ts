// A real HTTP server on 127.0.0.1 for crawler tests: fixed pages or handlers per path, and a log of
// every request with the time it arrived, so tests can assert what was (never) requested and when.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Page {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void | Promise<void>;

export interface LoggedRequest {
  /** Path with query. */
  path: string;
  /** Arrival time, ms since epoch with sub-millisecond precision. */
  at: number;
  headers: IncomingMessage['headers'];
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `127.0.0.1:<port>` */
  host: string;
  url(path: string): string;
  requests: LoggedRequest[];
  /** Requests whose path (with query) is `path`. */
  hits(path: string): LoggedRequest[];
  /** Pages currently in flight, and the most ever in flight at once. */
  inFlight: { now: number; max: number };
  route(path: string, page: Page | Handler): void;
  close(): Promise<void>;
}

export async function startTestServer(routes: Record<string, Page | Handler> = {}): Promise<TestServer> {
  const table = new Map<string, Page | Handler>(Object.entries(routes));
  const requests: LoggedRequest[] = [];
  const inFlight = { now: 0, max: 0 };
  const hitCount = new Map<string, number>();

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, at: performance.timeOrigin + performance.now(), headers: req.headers });
    inFlight.now += 1;
    inFlight.max = Math.max(inFlight.max, inFlight.now);
    res.on('close', () => (inFlight.now -= 1));
    const hit = (hitCount.get(path) ?? 0) + 1;
    hitCount.set(path, hit);
    const entry = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    if (entry === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (typeof entry === 'function') {
      Promise.resolve(entry(req, res, hit)).catch((err: unknown) => {
        res.destroy(err as Error);
      });
      return;
    }
    res.writeHead(entry.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...entry.headers });
    res.end(entry.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    host: `127.0.0.1:${port}`,
    url: (path) => origin + path,
    requests,
    hits: (path) => requests.filter((r) => r.path === path),
    inFlight,
    route: (path, page) => table.set(path, page),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A small HTML page. */
export function html(body: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** An advert page with a schema.org JobPosting in JSON-LD. */
export function advertPage(title: string, description: string, extra: Record<string, unknown> = {}): string {
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    description,
    datePosted: '2024-05-01',
    hiringOrganization: { '@type': 'Organization', name: 'Example Farms' },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Lodz', addressCountry: 'PL' },
    },
    ...extra,
  };
  return html(
    `<h1>${title}</h1><p>${description}</p>`,
    `<script type="application/ld+json">${JSON.stringify(posting)}</script>`,
  );
}
