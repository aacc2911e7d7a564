// How an advert is identified and when its content counts as changed. Every adapter uses these
// so that ids and versions agree whichever store holds the data.
import { createHash } from 'node:crypto';
import type { Location } from './records.ts';

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Stable advert id: first 16 hex chars of SHA-256(sourceId + '\n' + canonicalUrl). */
export function advertId(sourceId: string, canonicalUrl: string): string {
  return sha256Hex(`${sourceId}\n${canonicalUrl}`).slice(0, 16);
}

/** Collapses every run of whitespace to one space and trims, so re-wrapped text hashes the same. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The location as one string for hashing: the raw text as found, else `city,region,country`. */
function locationForHash(location: Location): string {
  return location.raw ?? [location.city, location.region, location.country].join(',');
}

/** The fields whose change makes a new advert version. */
export interface AdvertContent {
  title: string;
  text: string;
  employer?: string;
  location: Location;
}

/**
 * SHA-256 (hex) of the whitespace-normalised title, text, employer and location, joined by '\n'.
 * Other fields (salary, contacts, dates) do not make a new version on their own.
 */
export function advertContentHash(content: AdvertContent): string {
  const parts = [content.title, content.text, content.employer ?? '', locationForHash(content.location)];
  return sha256Hex(parts.map(normaliseWhitespace).join('\n'));
}

/** The location as the review queue shows it: the raw text, else "city, region, country"; undefined when empty. */
export function locationDisplay(location: Location): string | undefined {
  const raw = location.raw?.trim();
  if (raw) return raw;
  const parts = [location.city, location.region, location.country].filter((p): p is string => !!p?.trim());
  return parts.length > 0 ? parts.join(', ') : undefined;
}
