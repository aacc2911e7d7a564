// Serves the three demo job boards on loopback, one HTTP listener (one host:port) per board.
//
// node:http rather than fastify: each board is a small route table of pure functions, and the bare
// server keeps responses byte-exact and reproducible (no Date header, no framework-added headers),
// so re-crawling yields identical pages and identical snapshots.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClassifieds } from './boards/classifieds.ts';
import type { BoardHandler, BoardResponse } from './boards/html.ts';
import { createJobboard } from './boards/jobboard.ts';
import { createJsboard } from './boards/jsboard.ts';
import { generateDemoAdverts, type BoardId, type DemoAdvert } from './generate.ts';

export const BOARD_IDS: readonly BoardId[] = ['jobboard', 'classifieds', 'jsboard'];

export interface ServedRequest {
  board: BoardId;
  method: string;
  /** Path with query, as requested. */
  path: string;
  status: number;
}

export interface DemoBoards {
  /** Base URLs without trailing slash, e.g. 'http://127.0.0.1:41234'. */
  urls: Record<BoardId, string>;
  adverts: DemoAdvert[];
  /** Every request the boards served, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

export interface DemoBoardsOptions {
  /** Seed of the advert generator. Default 'recruitwatch-demo'. */
  seed?: string;
  /** Address to listen on. Default '127.0.0.1'. */
  host?: string;
  /** Port per board. Default 0: any free port. */
  ports?: Partial<Record<BoardId, number>>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) =>
      reject(new Error(`demo boards: cannot listen on ${host}:${port}: ${err.message}`));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

function respond(req: IncomingMessage, res: ServerResponse, handler: BoardHandler, base: string): number {
  const method = req.method ?? 'GET';
  let response: BoardResponse;
  if (method !== 'GET' && method !== 'HEAD') {
    response = {
      status: 405,
      contentType: 'text/plain; charset=utf-8',
      body: 'Method not allowed\n',
      headers: { allow: 'GET, HEAD' },
    };
  } else {
    try {
      response = handler(new URL(req.url ?? '/', base));
    } catch (err) {
      // A bug in a board: answer 500 and keep serving, so the failing request shows up in `requests`.
      response = {
        status: 500,
        contentType: 'text/plain; charset=utf-8',
        body: `Internal error: ${String(err)}\n`,
      };
    }
  }
  const body = Buffer.from(response.body, 'utf8');
  res.sendDate = false;
  res.writeHead(response.status, {
    'content-type': response.contentType,
    'content-length': String(body.length),
    'x-content-type-options': 'nosniff',
    ...response.headers,
  });
  res.end(method === 'HEAD' ? undefined : body);
  return response.status;
}

/** Starts the three boards; `close()` stops them. */
export async function startDemoBoards(options: DemoBoardsOptions = {}): Promise<DemoBoards> {
  const host = options.host ?? '127.0.0.1';
  const adverts = generateDemoAdverts(options.seed);
  const requests: ServedRequest[] = [];
  const servers: Server[] = [];
  const urls = {} as Record<BoardId, string>;
  try {
    for (const board of BOARD_IDS) {
      const server = createServer();
      servers.push(server);
      const address = await listen(server, options.ports?.[board] ?? 0, host);
      const base = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
      urls[board] = base;
      const handler =
        board === 'jobboard'
          ? createJobboard(adverts, base)
          : board === 'classifieds'
            ? createClassifieds(adverts, base)
            : createJsboard(adverts);
      server.on('request', (req, res) => {
        const status = respond(req, res, handler, base);
        requests.push({ board, method: req.method ?? 'GET', path: req.url ?? '/', status });
      });
    }
  } catch (err) {
    await Promise.allSettled(servers.map(closeServer));
    throw err;
  }
  return {
    urls,
    adverts,
    requests,
    close: async () => {
      await Promise.all(servers.filter((s) => s.listening).map(closeServer));
    },
  };
}
