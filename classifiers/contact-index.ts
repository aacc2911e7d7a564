// The contacts of the crawled corpus, for network.shared_contact: how many stored adverts give each
// phone number, e-mail address and messenger handle, and under how many employer names. One
// recruiter posting many adverts under its own name is ordinary; one phone behind adverts of several
// "employers" is how trafficking networks recruit (INDICATORS.md). Built from the store after each
// crawl (pipeline/contact-index-store.ts) and used by the runs that follow.
import { z } from 'zod';
import { parseCorpusIndex } from './corpus-index-file.ts';
import type { Contacts } from '../storage/records.ts';

export const CONTACT_INDEX_FORMAT = 'recruitwatch-contact-index';
export const CONTACT_INDEX_VERSION = 1;

/** A contact is shared when adverts under at least this many employer names give it. */
export const MIN_EMPLOYERS = 3;
/** Adverts named per contact, for analysts to open (the first stored ones). */
export const LISTED_ADVERTS = 20;

export interface ContactUse {
  /** Adverts that give the contact (this one included, once it is stored). */
  adverts: number;
  /** Distinct employer names among them (case and spacing folded); adverts without one not counted. */
  employers: number;
  /** Ids of the first LISTED_ADVERTS of them, when the adverts had ids (absent in older files). */
  advertIds?: string[];
}

export interface ContactIndex {
  format: typeof CONTACT_INDEX_FORMAT;
  version: typeof CONTACT_INDEX_VERSION;
  builtAt: string;
  /** Adverts read. */
  adverts: number;
  /** Only contacts given by two adverts or more, by key (see contactKeys). */
  contacts: Record<string, ContactUse>;
}

export interface IndexedAdvert {
  /** The stored advert's id, to list it beside the others. */
  id?: string;
  employer?: string;
  contacts: Contacts;
}

/**
 * The keys of an advert's contacts: E.164 phones, lower-case e-mails and `<messenger>:<handle>`,
 * as contact spans name them (classifiers/contacts.ts). URLs are left out: a careers site or a job
 * board link is shared by design.
 */
export function contactKeys(contacts: Contacts): string[] {
  return [
    ...new Set([
      ...contacts.phones,
      ...contacts.emails.map((e) => e.toLowerCase()),
      ...contacts.messengers.map((m) => `${m.kind}:${m.handle}`),
    ]),
  ];
}

/** An employer name as the indexes compare them: lower case, spacing collapsed. */
export const foldEmployer = (name: string): string => name.toLowerCase().replace(/\s+/gu, ' ').trim();

/** Counts the contacts of the given adverts. */
export function buildContactIndex(adverts: Iterable<IndexedAdvert>, now = new Date()): ContactIndex {
  const uses = new Map<string, { adverts: number; employers: Set<string>; ids: string[] }>();
  let count = 0;
  for (const advert of adverts) {
    count++;
    const employer = advert.employer ? foldEmployer(advert.employer) : '';
    for (const key of contactKeys(advert.contacts)) {
      let use = uses.get(key);
      if (!use) uses.set(key, (use = { adverts: 0, employers: new Set(), ids: [] }));
      use.adverts++;
      if (employer) use.employers.add(employer);
      if (advert.id !== undefined && use.ids.length < LISTED_ADVERTS) use.ids.push(advert.id);
    }
  }
  const contacts: Record<string, ContactUse> = {};
  for (const [key, use] of [...uses].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (use.adverts >= 2)
      contacts[key] = {
        adverts: use.adverts,
        employers: use.employers.size,
        ...(use.ids.length > 0 ? { advertIds: use.ids } : {}),
      };
  return {
    format: CONTACT_INDEX_FORMAT,
    version: CONTACT_INDEX_VERSION,
    builtAt: now.toISOString(),
    adverts: count,
    contacts,
  };
}

/** The advert's contacts that adverts under MIN_EMPLOYERS or more employer names give. */
export function sharedContacts(contacts: Contacts, index: ContactIndex): Array<{ key: string } & ContactUse> {
  return contactKeys(contacts).flatMap((key) => {
    const use = index.contacts[key];
    return use && use.employers >= MIN_EMPLOYERS ? [{ key, ...use }] : [];
  });
}

const contactIndexSchema = z.object({
  format: z.literal(CONTACT_INDEX_FORMAT),
  version: z.literal(CONTACT_INDEX_VERSION),
  builtAt: z.string(),
  adverts: z.number().int().nonnegative(),
  contacts: z.record(
    z.string(),
    z.object({
      adverts: z.number().int().nonnegative(),
      employers: z.number().int().nonnegative(),
      advertIds: z.array(z.string()).optional(),
    }),
  ),
});

/** Parses a contact index file's text; the error names the file and what is wrong. */
export function parseContactIndex(json: string, source = 'contact index'): ContactIndex {
  return parseCorpusIndex(json, source, contactIndexSchema, {
    format: CONTACT_INDEX_FORMAT,
    version: CONTACT_INDEX_VERSION,
  });
}
