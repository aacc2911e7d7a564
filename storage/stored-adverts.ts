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

/** Something learned from every stored advert: fed one advert at a time, then asked for the result. */
export interface AdvertCollector<T> {
  add(advert: Advert): void;
  result(): T;
}

/**
 * Feeds every stored advert to each collector in one pass over the store: what is derived from the
 * whole corpus after a crawl reads the store once, not once per file.
 */
export async function feedStoredAdverts(
  store: Store,
  collectors: ReadonlyArray<AdvertCollector<unknown>>,
): Promise<number> {
  let count = 0;
  for await (const advert of storedAdverts(store)) {
    for (const c of collectors) c.add(advert);
    count++;
  }
  return count;
}

/** The result of one collector over every stored advert. */
export async function collectFromStore<T>(store: Store, collector: AdvertCollector<T>): Promise<T> {
  await feedStoredAdverts(store, [collector]);
  return collector.result();
}
