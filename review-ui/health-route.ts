// GET /healthz: 200 when the store answers a query, 503 with the reason when it does not.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../storage/ports.ts';

export function registerHealthRoute(app: FastifyInstance, store: Store): void {
  app.get('/healthz', { config: { public: true } }, async (_request, reply) => {
    try {
      await store.countQueue();
      return { status: 'ok' };
    } catch (err) {
      reply.code(503);
      return { status: 'error', error: err instanceof Error ? err.message : String(err) };
    }
  });
}
