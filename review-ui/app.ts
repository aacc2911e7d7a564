// The review UI: server-rendered pages over the Store and EvidenceStore ports. No client-side
// script; advert content is hostile input and is only ever output escaped.
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifySession from '@fastify/session';
import fastifyView from '@fastify/view';
import { Eta } from 'eta';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { logger as rootLogger } from '../common/logger.ts';
import type { EvidenceStore, Store } from '../storage/ports.ts';
import { accessControl } from './access-control.ts';
import { registerAdvertRoute, type RelatedAdvertsLookup } from './advert-route.ts';
import { registerAssetsRoute } from './assets-route.ts';
import { registerAuthRoutes, SESSION_COOKIE } from './auth-routes.ts';
import { sendErrorPage } from './error-page.ts';
import './fastify-augment.ts';
import { registerHealthRoute } from './health-route.ts';
import { registerQueueRoute } from './queue-route.ts';
import { registerSameOriginWrites } from './same-origin-writes.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { StoreSessionStore } from './session-store.ts';
import { registerSnapshotRoutes } from './snapshot-routes.ts';

export interface ReviewAppOptions {
  store: Store;
  evidence: EvidenceStore;
  /** ≥ 32 chars; signs session cookies. */
  sessionSecret: string;
  /** Set the Secure flag on cookies (default false: the demo is served over plain HTTP on loopback). */
  secureCookies?: boolean;
  /** Fastify logger option; default false. */
  logger?: boolean | object;
  /** Idle time after which a session expires. Default 8 hours. */
  sessionIdleMs?: number;
  /** Lists an advert's related adverts on its page. Default: none listed. */
  relatedAdverts?: RelatedAdvertsLookup;
}

const VIEWS = fileURLToPath(new URL('./views', import.meta.url));

export async function buildReviewApp(options: ReviewAppOptions): Promise<FastifyInstance> {
  if (typeof options.sessionSecret !== 'string' || options.sessionSecret.length < 32) {
    throw new Error(
      'review UI: sessionSecret must be a string of at least 32 characters (set RECRUITWATCH_SESSION_SECRET, ' +
        'or let the data directory keep a generated one)',
    );
  }
  const { store, evidence } = options;
  const log = rootLogger.child({ component: 'review-ui' });
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 64 * 1024 });

  app.decorateRequest('user', null);
  registerSecurityHeaders(app);
  registerSameOriginWrites(app);

  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: options.sessionSecret,
    cookieName: SESSION_COOKIE,
    store: new StoreSessionStore(store),
    // Anonymous visitors get no stored session; one is made at login.
    saveUninitialized: false,
    // Each request pushes the expiry forward: the session ends after this much idle time.
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'strict',
      secure: options.secureCookies ?? false,
      path: '/',
      maxAge: options.sessionIdleMs ?? 8 * 60 * 60 * 1000,
    },
  });
  await app.register(fastifyFormbody);
  await app.register(fastifyView, {
    // autoEscape is on (Eta's default) and stays on: templates print advert content.
    engine: { eta: new Eta({ views: VIEWS, autoEscape: true }) },
    templates: VIEWS,
    layout: 'layout',
    production: true,
  });

  app.addHook('preValidation', accessControl(store));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      log.error('request failed', {
        method: request.method,
        route: request.routeOptions.url,
        error: error.message,
      });
    }
    return sendErrorPage(request, reply, {
      status,
      title: status >= 500 ? 'Something went wrong' : 'Bad request',
      message:
        status >= 500
          ? 'The page could not be made. The error is in the server log; try again, or tell the operator.'
          : error.message,
    });
  });
  app.setNotFoundHandler((request, reply) =>
    sendErrorPage(request, reply, {
      status: 404,
      title: 'Not found',
      message: 'There is no page at this address.',
    }),
  );

  registerHealthRoute(app, store);
  await registerAssetsRoute(app);
  registerAuthRoutes(app, store);
  app.get('/', async (_request, reply) => reply.redirect('/queue', 302));
  registerQueueRoute(app, store);
  registerAdvertRoute(app, store, options.relatedAdverts);
  registerSnapshotRoutes(app, store, evidence);

  return app;
}
