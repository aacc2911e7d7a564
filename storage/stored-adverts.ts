// Reading every stored advert (current versions) page by page, for what is derived from the whole
// corpus (salary baseline, contact and template indexes) and for the crawler's removal checks.
import type { Advert } from './records.ts';
import type { Store } from './ports.ts';

/** Adverts per page: large enough to be few queries, small enough to keep memory flat. */
const PAGE = 1000;

/** The stored adverts (of one source, when given), oldest first. */
export async function* storedAdverts(store: Store, sourceId?: string): AsyncGenerator<Advert> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listAdverts({
      limit: PAGE,
      offset,
      ...(sourceId !== undefined ? { sourceId } : {}),
    });
    yield* page;
    if (page.length < PAGE) return;
  }
}
