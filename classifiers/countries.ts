// Country facts the classifiers need: which country a free-text location names, and a country's
// currency. Hand-written tables (a few dozen countries where recruitment adverts in our languages
// point to), because the installed libraries carry no country names in these languages.
import type { Location } from '../storage/records.ts';

/**
 * Country names as written in adverts (English, native, and the forms used in de/fr/es/it/pl/ro/bg/lt/nl/pt),
 * folded (lower case, no diacritics, ł → l, ß → ss), `|`-separated. For de/pl/ro also the inflected
 * forms location text uses: German dative ("in den Niederlanden"), Polish genitive and locative
 * ("do Niemiec", "w Niemczech") and Romanian genitive ("în sudul Germaniei").
 */
const NAMES: Readonly<Record<string, string>> = {
  AT: 'austria|osterreich|autriche|austrii|австрия|austrija|oostenrijk|austriei',
  BE: 'belgium|belgien|belgique|belgia|belgii|belgica|белгия|belgija|belgie|belgio|belgiei',
  BG: 'bulgaria|bulgarien|bulgarie|bulgarii|българия|bulgarija|bulgarije|bulgariei',
  HR: 'croatia|kroatien|croatie|chorwacja|chorwacji|croatii|hrvatska|хърватия|kroatie|croazia|croatiei',
  CY: 'cyprus|zypern|chypre|cypr|cipru|кипър|kipras|cipro|chipre|cypru|cyprze|ciprului',
  CZ: 'czech republic|czechia|tschechien|czechy|czechach|cehia|cesko|чехия|cekija|tsjechie|chequia|czech|tschechei|tschechische republik|tschechischen republik|republika czeska|republiki czeskiej|republice czeskiej|cehiei|republica ceha|republicii cehe|ceska republika',
  DK: 'denmark|danemark|dania|danii|danemarca|danmark|дания|danija|denemarken|dinamarca|danimarca|danemarcei',
  EE: 'estonia|estland|estonie|estonii|eesti|естония|estija|estoniei',
  FI: 'finland|finnland|finlande|finlandia|finlandii|finlanda|suomi|финландия|suomija|finlandei',
  FR: 'france|frankreich|francja|francji|franta|франция|prancuzija|frankrijk|francia|franca|frantei',
  DE: 'germany|deutschland|allemagne|niemcy|niemczech|germania|германия|vokietija|vokietijoje|duitsland|alemania|alemanha|niemiec|germaniei|bundesrepublik deutschland',
  GR: 'greece|griechenland|grece|grecja|grecji|grecia|ellada|гърция|graikija|griekenland|greciei',
  HU: 'hungary|ungarn|hongrie|wegry|wegrzech|ungaria|magyarorszag|унгария|vengrija|hongarije|hungria|ungheria|wegier|ungariei',
  IE: 'ireland|irland|irlande|irlandia|irlandii|irlanda|eire|ирландия|airija|ierland|irlandei|republika irlandii|republica irlanda',
  IT: 'italy|italien|italie|wlochy|wloszech|italia|италия|italija|wloch|italiei',
  LV: 'latvia|lettland|lettonie|lotwa|lotwie|letonia|latvija|латвия|letland|lotwy|letoniei',
  LT: 'lithuania|litauen|lituanie|litwa|litwie|lituania|lietuva|литва|litouwen|litwy|lituaniei',
  LU: 'luxembourg|luxemburg|luksemburg|luxemburgo|люксембург|liuksemburgas|lussemburgo|luksemburga|luksemburgu|luxemburgului',
  MT: 'malta|malte|малта|malty|malcie|maltei',
  NL: 'netherlands|the netherlands|holland|niederlande|pays bas|holandia|holandii|olanda|tarile de jos|nederland|нидерландия|холандия|nyderlandai|olandija|paises bajos|paesi bassi|holanda|niederlanden|niderlandy|niderlandow|niderlandach|olandei|tarilor de jos',
  PL: 'poland|polen|pologne|polska|polsce|polonia|полша|lenkija|poloniei',
  PT: 'portugal|portugalia|portugalii|португалия|portugalija|portogallo|portugaliei',
  RO: 'romania|rumanien|roumanie|rumunia|rumunii|румъния|rumunija|roemenie|rumania|romenia|romaniei',
  SK: 'slovakia|slowakei|slovaquie|slowacja|slowacji|slovacia|slovensko|словакия|slovakija|slowakije|eslovaquia|slovaciei',
  SI: 'slovenia|slowenien|slovenie|slowenia|slowenii|slovenija|словения|eslovenia|sloveniei',
  ES: 'spain|spanien|espagne|hiszpania|hiszpanii|spania|espana|испания|ispanija|spanje|spagna|espanha|spaniei',
  SE: 'sweden|schweden|suede|szwecja|szwecji|suedia|sverige|швеция|svedija|zweden|suecia|svezia|suediei',
  GB: 'united kingdom|uk|great britain|britain|england|scotland|wales|northern ireland|grossbritannien|royaume uni|wielka brytania|wielkiej brytanii|anglia|anglii|marea britanie|великобритания|англия|didzioji britanija|anglija|verenigd koninkrijk|engeland|reino unido|regno unito|inghilterra|vereinigtes konigreich|vereinigten konigreich|schottland|nordirland|zjednoczone krolestwo|zjednoczonego krolestwa|zjednoczonym krolestwie|szkocja|szkocji|walia|walii|irlandia polnocna|irlandii polnocnej|marii britanii|angliei|regatul unit|regatului unit|scotia|tara galilor|irlanda de nord',
  NO: 'norway|norwegen|norvege|norwegia|norwegii|norvegia|norge|норвегия|norvegija|noorwegen|noruega|norvegiei',
  CH: 'switzerland|schweiz|suisse|szwajcaria|szwajcarii|elvetia|svizzera|швейцария|sveicarija|zwitserland|suiza|suica|elvetiei',
  IS: 'iceland|islande|islandia|islanda|исландия|islandija|ijsland',
  UA: 'ukraine|ukraina|ucraina|украйна|україна|украина|oekraine|ucrania',
  MD: 'moldova|moldawien|moldavie|moldawia|republica moldova|молдова',
  RS: 'serbia|serbien|serbie|srbija|сърбия|servie',
  TR: 'turkey|turkiye|turkei|turquie|turcja|turcji|turcia|турция|turkija|turkije|turquia|turchia',
  RU: 'russia|russland|russie|rosja|rosji|rusia|россия|русия|rusija|rusland',
  US: 'united states|usa|america|vereinigte staaten|etats unis|stany zjednoczone|statele unite|сащ|estados unidos|stati uniti',
  CA: 'canada|kanada|канада|nova scotia',
  AU: 'australia|australien|australie|австралия|australija',
  AE: 'united arab emirates|uae|dubai|abu dhabi|emirates|оае|дубай',
  QA: 'qatar|katar|катар',
  SA: 'saudi arabia|arabia saudyjska|arabia saudita|саудитска арабия',
  IL: 'israel|izrael|израел',
};

/** Folds case and diacritics so "Österreich", "Włochy" and "ROMÂNIA" match their table forms. */
function fold(s: string): string {
  return ` ${s
    .toLowerCase()
    // These letters have no decomposition to strip diacritics from.
    .replace(/ł/gu, 'l')
    .replace(/ß/gu, 'ss')
    .replace(/ø/gu, 'o')
    .replace(/æ/gu, 'ae')
    .replace(/đ/gu, 'd')
    .replace(/ı/gu, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()} `;
}

const FOLDED: ReadonlyArray<[string, string]> = Object.entries(NAMES)
  .flatMap(([code, names]) => names.split('|').map((n): [string, string] => [code, fold(n)]))
  // Longer names first, so "northern ireland" wins over "ireland".
  .sort((a, b) => b[1].length - a[1].length);

const ISO_CODES = new Set(Object.keys(NAMES));

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
