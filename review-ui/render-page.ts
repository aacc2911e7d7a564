import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Renders a template inside the layout, giving it the signed-in user (for the header) and the
 * page title. Templates escape everything they output (Eta autoEscape).
 */
export function renderPage(
  request: FastifyRequest,
  reply: FastifyReply,
  template: string,
  data: { pageTitle: string } & Record<string, unknown>,
): FastifyReply {
  const user = request.user ? { username: request.user.username, role: request.user.role } : undefined;
  return reply.view(template, { ...data, user });
}
