// The stylesheet, served by the app itself: the Content-Security-Policy allows nothing external.
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

const STYLESHEET = new URL('./assets/style.css', import.meta.url);

export async function registerAssetsRoute(app: FastifyInstance): Promise<void> {
  const css = await readFile(STYLESHEET, 'utf8');
  app.get('/assets/style.css', { config: { public: true } }, async (_request, reply) => {
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'public, max-age=3600');
    return css;
  });
  // Browsers ask for it on every page, also from the sandboxed raw-body view whose origin is
  // opaque (hence cross-origin allowed): answer with nothing rather than a redirect to the login page.
  app.get('/favicon.ico', { config: { public: true } }, async (_request, reply) =>
    reply.code(204).header('Cross-Origin-Resource-Policy', 'cross-origin').send(),
  );
}
