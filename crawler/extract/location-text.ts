// A location written as one string ("Wrocław, Polska", "Köln, NRW, Deutschland") → Location.
import type { Location } from '../../storage/records.ts';
import { countryCode } from './country-code.ts';
import { toSingleLine } from './html-text.ts';

/**
 * Keeps the text as `raw`, and splits it only when the last comma-separated part is a known country:
 * then the first part is the city and a middle part the region. Anything else is left to later stages
 * rather than guessed.
 */
export function parseLocationText(text: string): Location {
  const raw = toSingleLine(text);
  if (raw === '') return {};
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const last = parts.at(-1);
  const country = last === undefined ? undefined : countryCode(last);
  if (country === undefined) return { raw };
  const location: Location = { raw, country };
  if (parts.length >= 2) location.city = parts[0];
  if (parts.length === 3) location.region = parts[1];
  return location;
}
