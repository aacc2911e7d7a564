// Country facts the classifiers need: which country a free-text location names, and a country's
// currency. Names come from the shared table in common/country-names.ts (why it is hand-written is said
// there), including the inflected forms location text uses ("w Niemczech", "în sudul Germaniei").
import { COUNTRY_NAMES, foldCountryName } from '../common/country-names.ts';
import type { Location } from '../storage/records.ts';

/** Folded and padded with spaces, so a name matches whole words only (" polska " not in " wielkopolska "). */
function fold(s: string): string {
  return ` ${foldCountryName(s)} `;
}

const FOLDED: ReadonlyArray<[string, string]> = Object.entries(COUNTRY_NAMES)
  .flatMap(([code, names]) => names.map((n): [string, string] => [code, fold(n)]))
  // Longer names first, so "northern ireland" wins over "ireland".
  .sort((a, b) => b[1].length - a[1].length);

const ISO_CODES = new Set(Object.keys(COUNTRY_NAMES));

/** Upper-case ISO 3166-1 alpha-2 (UK → GB), or undefined when not a two-letter code. */
export function normaliseCountryCode(code: string | undefined): string | undefined {
  const up = code?.trim().toUpperCase();
  if (!up || !/^[A-Z]{2}$/u.test(up)) return undefined;
  return up === 'UK' ? 'GB' : up;
}

/**
 * The country a location names: `country` when set, else the last country name found in
 * raw/city/region ("Berlin, Niemcy" → DE, "Lucru în Germania" → DE, "Berlin, DE" → DE).
 */
export function countryFromLocation(location: Location | string | undefined): string | undefined {
  if (location === undefined) return undefined;
  if (typeof location !== 'string') {
    const code = normaliseCountryCode(location.country);
    if (code) return code;
    return countryFromLocation([location.raw, location.city, location.region].filter(Boolean).join(', '));
  }
  const trailing = /(?:^|[\s,(/-])([A-Z]{2})\)?\s*$/u.exec(location);
  if (trailing?.[1] && ISO_CODES.has(trailing[1] === 'UK' ? 'GB' : trailing[1]))
    return trailing[1] === 'UK' ? 'GB' : trailing[1];
  const folded = fold(location);
  // The name ending last wins; on a tie the longer one ("northern ireland" over "ireland"), as FOLDED is longest first.
  let best: { code: string; end: number } | undefined;
  for (const [code, name] of FOLDED) {
    const at = folded.lastIndexOf(name);
    if (at >= 0 && (!best || at + name.length > best.end)) best = { code, end: at + name.length };
  }
  return best?.code;
}

const EURO_AREA = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PT',
  'SK',
  'SI',
  'ES',
  'ME',
  'XK',
  'AD',
  'MC',
  'SM',
  'VA',
]);
const CURRENCIES: Readonly<Record<string, string>> = {
  PL: 'PLN',
  RO: 'RON',
  CZ: 'CZK',
  HU: 'HUF',
  SE: 'SEK',
  DK: 'DKK',
  GB: 'GBP',
  CH: 'CHF',
  LI: 'CHF',
  NO: 'NOK',
  IS: 'ISK',
  UA: 'UAH',
  MD: 'MDL',
  RS: 'RSD',
  MK: 'MKD',
  AL: 'ALL',
  BA: 'BAM',
  GE: 'GEL',
  TR: 'TRY',
  RU: 'RUB',
  BY: 'BYN',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  AE: 'AED',
  QA: 'QAR',
  SA: 'SAR',
  IL: 'ILS',
};

/** ISO 4217 currency of a country (Bulgaria uses the euro since 2026), or undefined when unknown. */
export function currencyOfCountry(country: string | undefined): string | undefined {
  const code = normaliseCountryCode(country);
  if (!code) return undefined;
  return EURO_AREA.has(code) ? 'EUR' : CURRENCIES[code];
}
