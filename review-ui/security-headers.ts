// Response headers that hold on every page: advert content is hostile, so the browser is told to
// run no script, load nothing from elsewhere, never sniff types and never be framed.
import type { FastifyInstance } from 'fastify';

/** The Content-Security-Policy of every response. Pages need no script: forms and links only. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Adds the security headers to every response (routes may tighten them, e.g. with `sandbox`). */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    // Pages carry case data behind a login: keep them out of shared and back-button caches.
    reply.header('Cache-Control', 'no-store');
  });
}
