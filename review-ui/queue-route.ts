// GET /queue: the open review items, highest risk first, a page at a time.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../storage/ports.ts';
import type { ReviewState } from '../storage/records.ts';
import { buildQueuePage } from './queue-view.ts';
import { renderPage } from './render-page.ts';
import { REVIEW_ROLES } from './roles.ts';

/** States still waiting for a decision. */
export const OPEN_STATES: ReviewState[] = ['new', 'claimed', 'needs-more-info', 'escalated'];
export const QUEUE_PAGE_SIZE = 50;

export function registerQueueRoute(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { page: number } }>(
    '/queue',
    {
      config: { roles: REVIEW_ROLES },
      schema: {
        querystring: {
          type: 'object',
          properties: { page: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 1 } },
        },
      },
    },
    async (request, reply) => {
      const page = request.query.page;
      const [entries, total] = await Promise.all([
        store.listQueue({
          states: OPEN_STATES,
          limit: QUEUE_PAGE_SIZE,
          offset: (page - 1) * QUEUE_PAGE_SIZE,
        }),
        store.countQueue(OPEN_STATES),
      ]);
      return renderPage(request, reply, 'queue', {
        pageTitle: 'Review queue',
        queue: buildQueuePage(entries, total, page, QUEUE_PAGE_SIZE),
      });
    },
  );
}
