// Country names and codes as adverts write them → ISO 3166-1 alpha-2.
//
// Hand-written: no dependency maps names back to codes, and Intl.DisplayNames only goes the other
// way, gives one name per language and changes with the ICU version — a frozen table keeps extraction
// reproducible and holds the variants adverts use ("UK", "Holland", "Czech Republic", names without
// diacritics). It covers the EU, GB, UA, MD, NO and CH in English, their own languages, and the
// languages of the sites that recruit into them (de, fr, es, it, pl, ro, uk, ru). Other countries are
// recognised by their ISO code only.

const NAMES: Record<string, readonly string[]> = {
  AT: ['Austria', 'Österreich', 'Autriche', 'Австрія', 'Австрия'],
  BE: ['Belgium', 'België', 'Belgique', 'Belgien', 'Bélgica', 'Belgio', 'Belgia', 'Бельгія', 'Бельгия'],
  BG: ['Bulgaria', 'България', 'Bulgarien', 'Bulgarie', 'Bułgaria', 'Болгарія', 'Болгария'],
  HR: [
    'Croatia',
    'Hrvatska',
    'Kroatien',
    'Croatie',
    'Croacia',
    'Croazia',
    'Chorwacja',
    'Croația',
    'Хорватія',
    'Хорватия',
  ],
  CY: ['Cyprus', 'Κύπρος', 'Kıbrıs', 'Zypern', 'Chypre', 'Chipre', 'Cipro', 'Cypr', 'Cipru', 'Кіпр', 'Кипр'],
  CZ: [
    'Czechia',
    'Czech Republic',
    'Česko',
    'Česká republika',
    'Tschechien',
    'Tchéquie',
    'Chequia',
    'Cechia',
    'Czechy',
    'Cehia',
    'Чехія',
    'Чехия',
  ],
  DK: [
    'Denmark',
    'Danmark',
    'Dänemark',
    'Danemark',
    'Dinamarca',
    'Danimarca',
    'Dania',
    'Danemarca',
    'Данія',
    'Дания',
  ],
  EE: ['Estonia', 'Eesti', 'Estland', 'Estonie', 'Естонія', 'Эстония'],
  FI: ['Finland', 'Suomi', 'Finnland', 'Finlande', 'Finlandia', 'Finlanda', 'Фінляндія', 'Финляндия'],
  FR: ['France', 'Frankreich', 'Francia', 'Francja', 'Franța', 'Франція', 'Франция'],
  DE: ['Germany', 'Deutschland', 'Allemagne', 'Alemania', 'Germania', 'Niemcy', 'Німеччина', 'Германия'],
  GR: ['Greece', 'Ελλάδα', 'Hellas', 'Griechenland', 'Grèce', 'Grecia', 'Grecja', 'Греція', 'Греция'],
  HU: [
    'Hungary',
    'Magyarország',
    'Ungarn',
    'Hongrie',
    'Hungría',
    'Ungheria',
    'Węgry',
    'Ungaria',
    'Угорщина',
    'Венгрия',
  ],
  IE: [
    'Ireland',
    'Republic of Ireland',
    'Éire',
    'Irland',
    'Irlande',
    'Irlanda',
    'Irlandia',
    'Ірландія',
    'Ирландия',
  ],
  IT: ['Italy', 'Italia', 'Italien', 'Italie', 'Włochy', 'Італія', 'Италия'],
  LV: ['Latvia', 'Latvija', 'Lettland', 'Lettonie', 'Letonia', 'Lettonia', 'Łotwa', 'Латвія', 'Латвия'],
  LT: ['Lithuania', 'Lietuva', 'Litauen', 'Lituanie', 'Lituania', 'Litwa', 'Литва'],
  LU: ['Luxembourg', 'Lëtzebuerg', 'Luxemburg', 'Luxemburgo', 'Lussemburgo', 'Luksemburg', 'Люксембург'],
  MT: ['Malta', 'Malte', 'Мальта'],
  NL: [
    'Netherlands',
    'The Netherlands',
    'Holland',
    'Nederland',
    'Niederlande',
    'Pays-Bas',
    'Países Bajos',
    'Paesi Bassi',
    'Holandia',
    'Olanda',
    'Țările de Jos',
    'Нідерланди',
    'Нидерланды',
  ],
  PL: ['Poland', 'Polska', 'Polen', 'Pologne', 'Polonia', 'Польща', 'Польша'],
  PT: ['Portugal', 'Portogallo', 'Portugalia', 'Португалія', 'Португалия'],
  RO: ['Romania', 'România', 'Rumänien', 'Roumanie', 'Rumanía', 'Rumunia', 'Румунія', 'Румыния'],
  SK: [
    'Slovakia',
    'Slovak Republic',
    'Slovensko',
    'Slowakei',
    'Slovaquie',
    'Eslovaquia',
    'Slovacchia',
    'Słowacja',
    'Slovacia',
    'Словаччина',
    'Словакия',
  ],
  SI: ['Slovenia', 'Slovenija', 'Slowenien', 'Slovénie', 'Eslovenia', 'Słowenia', 'Словенія', 'Словения'],
  ES: ['Spain', 'España', 'Spanien', 'Espagne', 'Spagna', 'Hiszpania', 'Spania', 'Іспанія', 'Испания'],
  SE: ['Sweden', 'Sverige', 'Schweden', 'Suède', 'Suecia', 'Svezia', 'Szwecja', 'Suedia', 'Швеція', 'Швеция'],
  GB: [
    'United Kingdom',
    'UK',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'Vereinigtes Königreich',
    'Großbritannien',
    'Royaume-Uni',
    'Reino Unido',
    'Regno Unito',
    'Wielka Brytania',
    'Anglia',
    'Regatul Unit',
    'Marea Britanie',
    'Велика Британія',
    'Великобритания',
    'Англія',
    'Англия',
  ],
  UA: ['Ukraine', 'Україна', 'Ucrania', 'Ucraina', 'Ukraina', 'Украина'],
  MD: [
    'Moldova',
    'Republic of Moldova',
    'Republica Moldova',
    'Republik Moldau',
    'Moldawien',
    'Moldavie',
    'Moldavia',
    'Mołdawia',
    'Молдова',
    'Молдавия',
  ],
  NO: [
    'Norway',
    'Norge',
    'Noreg',
    'Norwegen',
    'Norvège',
    'Noruega',
    'Norvegia',
    'Norwegia',
    'Норвегія',
    'Норвегия',
  ],
  CH: [
    'Switzerland',
    'Schweiz',
    'Suisse',
    'Svizzera',
    'Suiza',
    'Szwajcaria',
    'Elveția',
    'Швейцарія',
    'Швейцария',
  ],
};

/** ISO 3166-1 alpha-3 codes of the countries above, as some structured data gives them. */
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

/** Case-, diacritic- and spacing-insensitive key; ł and ß have no decomposition, so map them by hand. */
function key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[\s.]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  for (const name of names) {
    const k = key(name);
    const known = BY_NAME.get(k);
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
