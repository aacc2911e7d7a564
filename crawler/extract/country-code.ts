// Country names and codes as adverts write them → ISO 3166-1 alpha-2, by exact lookup of the whole
// value. Names come from the shared table in common/country-names.ts (why it is hand-written is said
// there).
import { COUNTRY_NAMES, foldCountryName } from '../../common/country-names.ts';

/** ISO 3166-1 alpha-3 codes of the countries in the name table, as some structured data gives them. */
const ALPHA3: Record<string, string> = {
  AUT: 'AT',
  BEL: 'BE',
  BGR: 'BG',
  HRV: 'HR',
  CYP: 'CY',
  CZE: 'CZ',
  DNK: 'DK',
  EST: 'EE',
  FIN: 'FI',
  FRA: 'FR',
  DEU: 'DE',
  GRC: 'GR',
  HUN: 'HU',
  IRL: 'IE',
  ITA: 'IT',
  LVA: 'LV',
  LTU: 'LT',
  LUX: 'LU',
  MLT: 'MT',
  NLD: 'NL',
  POL: 'PL',
  PRT: 'PT',
  ROU: 'RO',
  SVK: 'SK',
  SVN: 'SI',
  ESP: 'ES',
  SWE: 'SE',
  GBR: 'GB',
  UKR: 'UA',
  MDA: 'MD',
  NOR: 'NO',
  CHE: 'CH',
};

/** Codes in use that are not ISO ("UK", and the EU's "EL" for Greece). */
const CODE_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** Region codes ICU knows that are not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

/** The folded name without a leading "the", so "the United Kingdom" matches "United Kingdom". */
function key(name: string): string {
  return foldCountryName(name).replace(/^the /, '');
}

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
  for (const name of names) {
    const k = key(name);
    const known = BY_NAME.get(k);
    // A name under two codes cannot be looked up exactly: refuse to load rather than pick one.
    if (known !== undefined && known !== code)
      throw new Error(`country table: "${name}" is both ${known} and ${code}`);
    BY_NAME.set(k, code);
  }
}

let regionNames: Intl.DisplayNames | undefined;

/** Is this a two-letter ISO 3166-1 country code? (ICU's region list, minus groupings.) */
function isIsoAlpha2(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false; // not a well-formed region subtag
  }
}

/**
 * A country as written — a code ("DE", "deu", "UK") or a name in a table language ("Deutschland",
 * "Niemcy", "Romania") — → ISO 3166-1 alpha-2, upper case; undefined when not recognised.
 */
export function countryCode(value: string): string | undefined {
  const trimmed = value.trim().replace(/\.$/, '');
  if (trimmed === '') return undefined;
  const upper = trimmed.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = CODE_ALIASES[upper] ?? upper;
    return isIsoAlpha2(code) ? code : undefined;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed) && ALPHA3[upper] !== undefined) return ALPHA3[upper];
  return BY_NAME.get(key(trimmed));
}
