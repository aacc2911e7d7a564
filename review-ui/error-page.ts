// Renders the HTML error page (or a JSON error for clients that asked for JSON).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../storage/records.ts';
import { renderPage } from './render-page.ts';
import { wantsJson } from './request-kind.ts';

export interface ErrorPage {
  status: number;
  title: string;
  message: string;
  /** Roles that may open the page (shown on a 403). */
  roles?: readonly Role[];
}

export function sendErrorPage(request: FastifyRequest, reply: FastifyReply, page: ErrorPage): FastifyReply {
  reply.code(page.status);
  if (wantsJson(request)) {
    return reply.send({ error: page.message, ...(page.roles ? { roles: page.roles } : {}) });
  }
  return renderPage(request, reply, 'error', { pageTitle: page.title, ...page });
}
