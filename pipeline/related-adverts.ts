// The stored adverts an analyst should see beside one advert: those that give the same phone,
// e-mail or messenger handle, and those with near-identical text. Read from the indexes the last
// crawl left in the data directory (pipeline/contact-index-store.ts, template-index-store.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { contactKeys, type ContactIndex } from '../classifiers/contact-index.ts';
import { findFamily, type TemplateIndex } from '../classifiers/template-index.ts';
import type { Store } from '../storage/ports.ts';
import type { Advert } from '../storage/records.ts';
import { CONTACT_INDEX_FILE, loadContactIndex } from './contact-index-store.ts';
import { TEMPLATE_INDEX_FILE, loadTemplateIndex } from './template-index-store.ts';

export interface CorpusIndexes {
  contactIndex?: ContactIndex;
  templateIndex?: TemplateIndex;
  /** Index files that exist but could not be read, with the reason and the fix. */
  problems: string[];
}

export interface RelatedGroup {
  /** Why these adverts are related, e.g. "Adverts that also give +48600123456 (4 stored adverts under 4
   *  employer names)". */
  reason: string;
  adverts: Advert[];
  /** Related adverts not listed (the indexes name the first 20 of each group). */
  more: number;
}

export interface RelatedAdverts {
  groups: RelatedGroup[];
  problems: string[];
}

/**
 * A reader of the data directory's indexes that reads each file again only when it has changed
 * (a crawl rewrites them while the review UI runs). A broken file is reported, not thrown.
 */
export function corpusIndexReader(dataDir: string): () => CorpusIndexes {
  const cache = new Map<string, { mtimeMs: number; value: unknown; problem?: string }>();
  const read = <T>(
    file: string,
    load: (path: string) => T | undefined,
    problems: string[],
  ): T | undefined => {
    const path = join(dataDir, file);
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      return undefined; // none yet: no crawl has written it
    }
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      try {
        entry = { mtimeMs, value: load(path) };
      } catch (err) {
        entry = { mtimeMs, value: undefined, problem: (err as Error).message };
      }
      cache.set(file, entry);
    }
    if (entry.problem) problems.push(entry.problem);
    return entry.value as T | undefined;
  };
  return () => {
    const problems: string[] = [];
    const contactIndex = read(CONTACT_INDEX_FILE, loadContactIndex, problems);
    const templateIndex = read(TEMPLATE_INDEX_FILE, loadTemplateIndex, problems);
    return {
      ...(contactIndex ? { contactIndex } : {}),
      ...(templateIndex ? { templateIndex } : {}),
      problems,
    };
  };
}

async function advertsById(store: Store, ids: readonly string[], self: string): Promise<Advert[]> {
  const found = await Promise.all(ids.filter((id) => id !== self).map((id) => store.getAdvert(id)));
  return found.filter((a): a is Advert => a !== undefined);
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * How many of a group's `total` stored adverts are not listed, the advert itself aside (it was
 * counted whenever it was stored before the index was built, as adverts an analyst opens are).
 */
const unlisted = (total: number, listed: readonly Advert[]): number => Math.max(0, total - 1 - listed.length);

/** The adverts related to `advert` by a shared contact or a near-identical text. */
export async function findRelatedAdverts(
  advert: Advert,
  indexes: CorpusIndexes,
  store: Store,
): Promise<RelatedAdverts> {
  const groups: RelatedGroup[] = [];
  const { contactIndex, templateIndex } = indexes;
  if (contactIndex)
    for (const key of contactKeys(advert.contacts)) {
      const use = contactIndex.contacts[key];
      if (!use?.advertIds) continue;
      const adverts = await advertsById(store, use.advertIds, advert.id);
      if (adverts.length === 0) continue;
      groups.push({
        reason: `Adverts that also give ${key} (${count(use.adverts, 'stored advert')} under ${count(use.employers, 'employer name')})`,
        adverts,
        more: unlisted(use.adverts, adverts),
      });
    }
  const family = templateIndex ? findFamily(advert.text, templateIndex, advert.employer) : undefined;
  if (family?.advertIds) {
    const adverts = await advertsById(store, family.advertIds, advert.id);
    if (adverts.length > 0) {
      const removals =
        family.quickRemovals > 0 ? `; ${family.quickRemovals} taken down within days of posting` : '';
      groups.push({
        reason:
          `Adverts with near-identical text (about ${Math.round(family.similarity * 100)}% of its 5-word ` +
          `phrases; ${count(family.adverts, 'stored advert')} under ${count(family.identities, 'employer name')} or contacts${removals})`,
        adverts,
        more: unlisted(family.adverts, adverts),
      });
    }
  }
  return { groups, problems: indexes.problems };
}
