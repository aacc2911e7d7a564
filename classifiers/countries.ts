// Country facts the classifiers need: which country a free-text location names, and a country's
// currency. Names come from the shared table in common/country-names.ts (why it is hand-written is said
// there), including the inflected forms location text uses ("w Niemczech", "în sudul Germaniei").
import { countries } from 'countries-list';
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

/** FOLDED's names by their first word, in FOLDED's order: a location is read word by word. */
const BY_FIRST_WORD = new Map<string, Array<{ code: string; name: string; rank: number }>>();
FOLDED.forEach(([code, name], rank) => {
  const first = name.slice(1, name.indexOf(' ', 1));
  let list = BY_FIRST_WORD.get(first);
  if (!list) BY_FIRST_WORD.set(first, (list = []));
  list.push({ code, name, rank });
});

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
  // The name ending last wins; on a tie the longer one ("northern ireland" over "ireland"), then
  // the first in FOLDED. Names start at a word, so only the names beginning with each word are tried.
  let best: { code: string; end: number; length: number; rank: number } | undefined;
  for (let at = 0; at < folded.length - 1; at = folded.indexOf(' ', at + 1)) {
    const next = folded.indexOf(' ', at + 1);
    for (const { code, name, rank } of BY_FIRST_WORD.get(folded.slice(at + 1, next)) ?? []) {
      if (!folded.startsWith(name, at)) continue;
      const end = at + name.length;
      if (
        !best ||
        end > best.end ||
        (end === best.end && (name.length > best.length || (name.length === best.length && rank < best.rank)))
      )
        best = { code, end, length: name.length, rank };
    }
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

const LANGUAGES: Readonly<Record<string, { languages: readonly string[] }>> = countries;

/**
 * Official languages of a country (ISO 639-1, from `countries-list`: "BE" → nl, fr, de), or an
 * empty list when the country is unknown.
 */
export function languagesOfCountry(country: string | undefined): readonly string[] {
  const code = normaliseCountryCode(country);
  return (code && LANGUAGES[code]?.languages) || [];
}
