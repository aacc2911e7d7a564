// The template index of the crawled corpus (classifiers/template-index.ts), rebuilt from the store
// after each crawl and kept as a JSON file in the data directory for the runs that follow.
import { join } from 'node:path';
import {
  TemplateIndexBuilder,
  parseTemplateIndex,
  type TemplateIndex,
} from '../classifiers/template-index.ts';
import type { Store } from '../storage/ports.ts';
import { readIfPresent, writeWhole } from './data-dir-file.ts';
import { collectFromStore, type AdvertCollector } from '../storage/stored-adverts.ts';

/** The index's file in a data directory. */
export const TEMPLATE_INDEX_FILE = 'template-index.json';

/** Collects the texts of stored adverts (removed ones too) and groups them into near-identical families. */
export function templateIndexCollector(): AdvertCollector<TemplateIndex> {
  const builder = new TemplateIndexBuilder();
  return {
    add(a) {
      builder.add({
        id: a.id,
        text: a.text,
        contacts: a.contacts,
        firstSeenAt: a.firstSeenAt,
        ...(a.employer !== undefined ? { employer: a.employer } : {}),
        ...(a.removedAt !== undefined ? { removedAt: a.removedAt } : {}),
      });
    },
    result: () => builder.build(),
  };
}

/** Groups the texts of the stored adverts (current versions, removed ones too) into near-identical families. */
export function buildTemplateIndexFromStore(store: Store): Promise<TemplateIndex> {
  return collectFromStore(store, templateIndexCollector());
}

/** The index kept in a data directory, or undefined when there is none yet. */
export function loadTemplateIndex(path: string): TemplateIndex | undefined {
  const raw = readIfPresent(path);
  return raw === undefined ? undefined : parseTemplateIndex(raw, path);
}

/** Writes the index whole or not at all (a crash mid-write leaves the previous one). */
export function saveTemplateIndex(dataDir: string, index: TemplateIndex): string {
  return writeWhole(join(dataDir, TEMPLATE_INDEX_FILE), JSON.stringify(index));
}
