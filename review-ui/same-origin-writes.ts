// Refuses state-changing requests sent from other sites. The SameSite=Strict session cookie is the
// main defence against cross-site request forgery; this is the second one, for browsers that send
// the Origin or Sec-Fetch-Site headers.
import type { FastifyInstance, FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerSameOriginWrites(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || isSameOrigin(request)) return;
    reply.code(403).type('text/plain; charset=utf-8');
    return reply.send('Cross-site request refused: forms of this site can only be sent from its own pages.');
  });
}

function isSameOrigin(request: FastifyRequest): boolean {
  // Sec-Fetch-Site is set by the browser itself and is the reliable signal where it is sent
  // (HTTPS and loopback origins).
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  // Otherwise compare Origin. "null" is what browsers send under `Referrer-Policy: no-referrer`,
  // so it says nothing either way; the SameSite=Strict cookie still holds.
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}
