// What an upsert does to a stored advert, computed without I/O so that every adapter applies the
// same rule: new → version 1; same content → only lastSeenAt and snapshotIds move; new content →
// the old version goes to history and the fields are replaced.
import { advertContentHash, advertId } from './advert-identity.ts';
import type { AdvertInput } from './ports.ts';
import type { Advert } from './records.ts';

export interface AdvertUpsertPlan {
  /** The advert as it is to be stored. */
  advert: Advert;
  created: boolean;
  changed: boolean;
  /** The version being replaced, to keep in history; set only when `changed`. */
  previous?: Advert;
  /** False when the stored advert already equals `advert` (same content, snapshot and no later sighting). */
  write: boolean;
}

/** Throws when a field the store keys on is missing, so a bad caller fails here and not in SQL. */
export function validateAdvertInput(input: AdvertInput): void {
  const required = ['sourceId', 'canonicalUrl', 'url', 'snapshotId', 'seenAt', 'language'] as const;
  for (const field of required) {
    if (typeof input[field] !== 'string' || input[field].length === 0) {
      throw new TypeError(`upsertAdvert: input.${field} must be a non-empty string`);
    }
  }
  if (typeof input.title !== 'string' || typeof input.text !== 'string') {
    throw new TypeError('upsertAdvert: input.title and input.text must be strings (empty is allowed)');
  }
  if (input.location === null || typeof input.location !== 'object') {
    throw new TypeError('upsertAdvert: input.location must be an object (use {} when unknown)');
  }
}

/** The later of two ISO-8601 UTC times (same format compares correctly as text). */
function later(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The stored fields that come from the input. */
type InputFields = Omit<
  Advert,
  'id' | 'contentHash' | 'snapshotIds' | 'firstSeenAt' | 'lastSeenAt' | 'version' | 'removedAt'
>;

/** The input's advert fields, with absent optional fields left out (not set to `undefined`). */
function fieldsFromInput(input: AdvertInput): InputFields {
  const fields: InputFields = {
    sourceId: input.sourceId,
    url: input.url,
    canonicalUrl: input.canonicalUrl,
    title: input.title,
    text: input.text,
    location: input.location,
    extractedBy: input.extractedBy,
    language: input.language,
    contacts: input.contacts,
  };
  if (input.employer !== undefined) fields.employer = input.employer;
  if (input.salary !== undefined) fields.salary = input.salary;
  if (input.postedAt !== undefined) fields.postedAt = input.postedAt;
  if (input.validThrough !== undefined) fields.validThrough = input.validThrough;
  if (input.employmentType !== undefined) fields.employmentType = input.employmentType;
  if (input.sector !== undefined) fields.sector = input.sector;
  if (input.contactHints !== undefined) fields.contactHints = input.contactHints;
  if (input.warnings !== undefined) fields.warnings = input.warnings;
  return fields;
}

/** Computes the upsert of `input` over `existing` (the advert stored under the same id, if any). */
export function planAdvertUpsert(existing: Advert | undefined, input: AdvertInput): AdvertUpsertPlan {
  validateAdvertInput(input);
  const id = advertId(input.sourceId, input.canonicalUrl);
  const contentHash = advertContentHash(input);

  if (!existing) {
    const advert: Advert = structuredClone({
      id,
      ...fieldsFromInput(input),
      contentHash,
      snapshotIds: [input.snapshotId],
      firstSeenAt: input.seenAt,
      lastSeenAt: input.seenAt,
      version: 1,
    });
    return { advert, created: true, changed: false, write: true };
  }
  if (existing.id !== id) {
    throw new Error(`planAdvertUpsert: stored advert ${existing.id} is not the advert ${id} of this input`);
  }

  const snapshotIds = existing.snapshotIds.includes(input.snapshotId)
    ? existing.snapshotIds
    : [...existing.snapshotIds, input.snapshotId];
  const lastSeenAt = later(existing.lastSeenAt, input.seenAt);

  if (existing.contentHash === contentHash) {
    const write = snapshotIds !== existing.snapshotIds || lastSeenAt !== existing.lastSeenAt;
    const advert = structuredClone({ ...existing, snapshotIds, lastSeenAt });
    return { advert, created: false, changed: false, write };
  }

  const advert: Advert = structuredClone({
    id,
    ...fieldsFromInput(input),
    contentHash,
    snapshotIds,
    firstSeenAt: existing.firstSeenAt,
    lastSeenAt,
    version: existing.version + 1,
  });
  if (existing.removedAt !== undefined) advert.removedAt = existing.removedAt;
  return { advert, created: false, changed: true, previous: structuredClone(existing), write: true };
}
