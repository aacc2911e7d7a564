// Login and logout. A failed login never says whether the name or the password was wrong.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../storage/ports.ts';
import { verifyCredentials } from './credentials.ts';
import { renderPage } from './render-page.ts';
import { safeNextPath } from './safe-next.ts';

export const LOGIN_FAILED = 'Unknown user or wrong password';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'rw_session';

interface LoginBody {
  username: string;
  password: string;
  next?: string;
}

export function registerAuthRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { next?: string } }>(
    '/login',
    {
      config: { public: true },
      schema: { querystring: { type: 'object', properties: { next: { type: 'string', maxLength: 2000 } } } },
    },
    async (request, reply) => {
      const next = safeNextPath(request.query.next);
      const username = request.session.username;
      if (username && (await store.getUser(username))) return reply.redirect(next ?? '/queue', 302);
      return renderPage(request, reply, 'login', { pageTitle: 'Log in', next });
    },
  );

  app.post<{ Body: LoginBody }>(
    '/login',
    {
      config: { public: true },
      schema: {
        body: {
          type: 'object',
          required: ['username', 'password'],
          properties: {
            username: { type: 'string', maxLength: 200 },
            // Bounded so a huge password cannot make argon2 hash megabytes.
            password: { type: 'string', maxLength: 1024 },
            next: { type: 'string', maxLength: 2000 },
          },
        },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const next = safeNextPath(request.body.next);
      const user = await verifyCredentials(store, username, password);
      if (!user) {
        reply.code(401);
        return renderPage(request, reply, 'login', {
          pageTitle: 'Log in',
          error: LOGIN_FAILED,
          username,
          next,
        });
      }
      // A fresh session id at login, so an id planted before login is worthless.
      await request.session.regenerate();
      request.session.set('username', user.username);
      await store.appendAudit({ at: new Date().toISOString(), actor: user.username, action: 'login' });
      return reply.redirect(next ?? '/queue', 303);
    },
  );

  // Public so that logging out twice, or after the session expired, just lands on the login page.
  app.post('/logout', { config: { public: true } }, async (request, reply) => {
    const username = request.session.username;
    if (username)
      await store.appendAudit({ at: new Date().toISOString(), actor: username, action: 'logout' });
    await request.session.destroy();
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/login', 303);
  });
}
