// GET /adverts/:id: one advert with its evidence highlighted, its assessment, snapshots and review.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../storage/ports.ts';
import type { RelatedAdverts } from '../pipeline/related-adverts.ts';
import type { Advert, Snapshot } from '../storage/records.ts';
import { buildAdvertPage, listedSnapshotIds } from './advert-view.ts';
import { sendErrorPage } from './error-page.ts';
import { renderPage } from './render-page.ts';
import { REVIEW_ROLES } from './roles.ts';

/** Finds the adverts related to one advert (pipeline/related-adverts.ts), for the advert page. */
export type RelatedAdvertsLookup = (advert: Advert) => Promise<RelatedAdverts>;

export function registerAdvertRoute(
  app: FastifyInstance,
  store: Store,
  related?: RelatedAdvertsLookup,
): void {
  app.get<{ Params: { id: string } }>(
    '/adverts/:id',
    { config: { roles: REVIEW_ROLES } },
    async (request, reply) => {
      const { id } = request.params;
      const advert = id.length <= 128 ? await store.getAdvert(id) : undefined;
      if (!advert) {
        return sendErrorPage(request, reply, {
          status: 404,
          title: 'Advert not found',
          message: 'There is no advert with this id. It may have been erased; go back to the review queue.',
        });
      }
      const [assessment, review, audit, snapshots, relatedAdverts] = await Promise.all([
        store.getAssessment(advert.id),
        store.getReviewItem(advert.id),
        store.listAudit(advert.id),
        Promise.all(listedSnapshotIds(advert).map((sha) => store.getSnapshot(sha))),
        related?.(advert),
      ]);
      const page = buildAdvertPage({
        advert,
        assessment,
        review,
        audit,
        snapshots: snapshots.filter((s): s is Snapshot => s !== undefined),
        ...(relatedAdverts ? { related: relatedAdverts } : {}),
      });
      return renderPage(request, reply, 'advert', { pageTitle: advert.title || 'Advert', advert: page });
    },
  );
}
