// Every route needs a signed-in user unless its config says `public: true`; routes with `roles`
// need one of those roles. Runs before validation, so nothing about a route's inputs is revealed
// to visitors who are not signed in.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../storage/ports.ts';
import { sendErrorPage } from './error-page.ts';
import { wantsJson } from './request-kind.ts';

export function accessControl(store: Store) {
  return async function checkAccess(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply | void> {
    const config = request.routeOptions.config;
    if (config.public) return;

    const username = request.session?.username;
    const user = username ? await store.getUser(username) : undefined;
    if (!user) return refuseAnonymous(request, reply);

    request.user = user;

    const roles = config.roles;
    if (roles && !roles.includes(user.role)) {
      return sendErrorPage(request, reply, {
        status: 403,
        title: 'Not allowed',
        message: `Your role (${user.role}) may not open this page.`,
        roles,
      });
    }
  };
}

async function refuseAnonymous(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if ((request.method === 'GET' || request.method === 'HEAD') && !wantsJson(request)) {
    const next = request.url === '/' ? '/queue' : request.url;
    return reply.redirect(`/login?next=${encodeURIComponent(next)}`, 302);
  }
  reply.code(401);
  return reply.send({ error: 'Log in first: this request needs a session.' });
}
