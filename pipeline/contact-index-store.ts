// The contact index of the crawled corpus (classifiers/contact-index.ts), rebuilt from the store
// after each crawl and kept as a JSON file in the data directory for the runs that follow.
import { readIfPresent, writeWhole } from './data-dir-file.ts';
import { collectFromStore, type AdvertCollector } from '../storage/stored-adverts.ts';
import { join } from 'node:path';
import {
  buildContactIndex,
  parseContactIndex,
  type ContactIndex,
  type IndexedAdvert,
} from '../classifiers/contact-index.ts';
import type { Store } from '../storage/ports.ts';

/** The index's file in a data directory. */
export const CONTACT_INDEX_FILE = 'contact-index.json';

/** Collects the contacts of stored adverts and counts them into an index. */
export function contactIndexCollector(): AdvertCollector<ContactIndex> {
  const adverts: IndexedAdvert[] = [];
  return {
    add(a) {
      adverts.push({
        id: a.id,
        ...(a.employer !== undefined ? { employer: a.employer } : {}),
        contacts: a.contacts,
      });
    },
    result: () => buildContactIndex(adverts),
  };
}

/** Counts the contacts of the stored adverts (current versions). */
export function buildContactIndexFromStore(store: Store): Promise<ContactIndex> {
  return collectFromStore(store, contactIndexCollector());
}

/** The index kept in a data directory, or undefined when there is none yet. */
export function loadContactIndex(path: string): ContactIndex | undefined {
  const raw = readIfPresent(path);
  return raw === undefined ? undefined : parseContactIndex(raw, path);
}

/** Writes the index whole or not at all (a crash mid-write leaves the previous one). */
export function saveContactIndex(dataDir: string, index: ContactIndex): string {
  return writeWhole(join(dataDir, CONTACT_INDEX_FILE), JSON.stringify(index));
}
