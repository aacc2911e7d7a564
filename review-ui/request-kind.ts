import type { FastifyRequest } from 'fastify';

/** Whether the client asked for JSON rather than a page (API clients, health probes). */
export function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}
