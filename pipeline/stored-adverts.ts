// Reading every stored advert (current versions) page by page, for what the crawl derives from the
// whole corpus: the salary baseline, the contact index, the template index.
import type { Advert } from '../storage/records.ts';
import type { Store } from '../storage/ports.ts';

/** Adverts per page: large enough to be few queries, small enough to keep memory flat. */
const PAGE = 1000;

/** The stored adverts, in the store's listing order. */
export async function* storedAdverts(store: Store): AsyncGenerator<Advert> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listAdverts({ limit: PAGE, offset });
    yield* page;
    if (page.length < PAGE) return;
  }
}
