// Country names as adverts write them, by ISO 3166-1 alpha-2 code: the one table behind exact
// lookup of a country field (crawler/extract/country-code.ts) and the search for a country in free
// location text (classifiers/countries.ts).
//
// Hand-written, because no package does both jobs. i18n-iso-countries (maintained, covers all these
// languages) maps nominative names to codes, but it is not a dependency of the project, and it has
// none of the inflected forms location text uses ("w Niemczech", "do Niemiec", "în sudul Germaniei",
// "in den Niederlanden"), nor the everyday variants ("Holland", "England", "Scoția"). Intl.DisplayNames
// only goes from code to name, one name per language, and changes with the ICU version; a frozen table
// keeps extraction and scoring reproducible.
//
// It covers the EU, GB, UA, MD, NO, CH and IS in English, their own languages and the languages of the
// sites that recruit into them (de, fr, es, it, pl, ro, uk, ru, bg, lt, nl, pt), and a few destinations
// outside Europe in fewer languages. Each entry lists nominative names first, then (second line) the
// inflected forms: German dative, Polish genitive and locative, Romanian genitive, Lithuanian locative.
//
// A name must belong to one code only: exact lookup refuses to load a table where it does not.
// Left out on purpose: Polish "Polski" (genitive of Polska, as in "do Polski"), which is also the
// adjective "Polish" ("język polski") and would find Poland in every Polish-language advert.

// prettier-ignore
export const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  AT: ['Austria', 'Österreich', 'Autriche', 'Австрія', 'Австрия', 'Austrija', 'Oostenrijk',
    'Austrii', 'Austriei'],
  BE: ['Belgium', 'België', 'Belgique', 'Belgien', 'Bélgica', 'Belgio', 'Belgia', 'Бельгія', 'Бельгия', 'Белгия',
    'Belgija',
    'Belgii', 'Belgiei'],
  BG: ['Bulgaria', 'България', 'Bulgarien', 'Bulgarie', 'Bułgaria', 'Болгарія', 'Болгария', 'Bulgarija', 'Bulgarije',
    'Bułgarii', 'Bulgariei'],
  HR: ['Croatia', 'Hrvatska', 'Kroatien', 'Croatie', 'Croacia', 'Croazia', 'Chorwacja', 'Croația', 'Хорватія',
    'Хорватия', 'Хърватия', 'Kroatië',
    'Chorwacji', 'Croații', 'Croației'],
  CY: ['Cyprus', 'Κύπρος', 'Kıbrıs', 'Zypern', 'Chypre', 'Chipre', 'Cipro', 'Cypr', 'Cipru', 'Кіпр', 'Кипр', 'Кипър',
    'Kipras',
    'Cypru', 'Cyprze', 'Ciprului'],
  CZ: ['Czechia', 'Czech Republic', 'Czech', 'Česko', 'Česká republika', 'Tschechien', 'Tschechei',
    'Tschechische Republik', 'Tchéquie', 'Chequia', 'Cechia', 'Czechy', 'Republika Czeska', 'Cehia', 'Republica Cehă',
    'Čekija', 'Tsjechië', 'Чехія', 'Чехия',
    'Tschechischen Republik', 'Czechach', 'Republiki Czeskiej', 'Republice Czeskiej', 'Cehiei', 'Republicii Cehe'],
  DK: ['Denmark', 'Danmark', 'Dänemark', 'Danemark', 'Dinamarca', 'Danimarca', 'Dania', 'Danemarca', 'Данія', 'Дания',
    'Danija', 'Denemarken',
    'Danii', 'Danemarcei'],
  EE: ['Estonia', 'Eesti', 'Estland', 'Estonie', 'Естонія', 'Эстония', 'Естония', 'Estija',
    'Estonii', 'Estoniei'],
  FI: ['Finland', 'Suomi', 'Finnland', 'Finlande', 'Finlandia', 'Finlanda', 'Фінляндія', 'Финляндия', 'Финландия',
    'Suomija',
    'Finlandii', 'Finlandei'],
  FR: ['France', 'Frankreich', 'Francia', 'Francja', 'Franța', 'Франція', 'Франция', 'Prancūzija', 'Frankrijk',
    'França',
    'Francji', 'Franței'],
  DE: ['Germany', 'Deutschland', 'Bundesrepublik Deutschland', 'Allemagne', 'Alemania', 'Alemanha', 'Germania',
    'Niemcy', 'Німеччина', 'Германия', 'Vokietija', 'Duitsland',
    'Niemczech', 'Niemiec', 'Germaniei', 'Vokietijoje'],
  GR: ['Greece', 'Ελλάδα', 'Hellas', 'Ellada', 'Griechenland', 'Grèce', 'Grecia', 'Grecja', 'Греція', 'Греция',
    'Гърция', 'Graikija', 'Griekenland',
    'Grecji', 'Greciei'],
  HU: ['Hungary', 'Magyarország', 'Ungarn', 'Hongrie', 'Hungría', 'Hungria', 'Ungheria', 'Węgry', 'Ungaria',
    'Угорщина', 'Венгрия', 'Унгария', 'Vengrija', 'Hongarije',
    'Węgrzech', 'Węgier', 'Ungariei'],
  IE: ['Ireland', 'Republic of Ireland', 'Éire', 'Irland', 'Irlande', 'Irlanda', 'Republica Irlanda', 'Irlandia',
    'Republika Irlandii', 'Ірландія', 'Ирландия', 'Airija', 'Ierland',
    'Irlandii', 'Irlandei'],
  IT: ['Italy', 'Italia', 'Italien', 'Italie', 'Włochy', 'Італія', 'Италия', 'Italija',
    'Włoszech', 'Włoch', 'Italiei'],
  LV: ['Latvia', 'Latvija', 'Lettland', 'Lettonie', 'Letonia', 'Lettonia', 'Łotwa', 'Латвія', 'Латвия', 'Letland',
    'Łotwie', 'Łotwy', 'Letoniei'],
  LT: ['Lithuania', 'Lietuva', 'Litauen', 'Lituanie', 'Lituania', 'Litwa', 'Литва', 'Litouwen',
    'Litwie', 'Litwy', 'Lituaniei'],
  LU: ['Luxembourg', 'Lëtzebuerg', 'Luxemburg', 'Luxemburgo', 'Lussemburgo', 'Luksemburg', 'Люксембург',
    'Liuksemburgas',
    'Luksemburga', 'Luksemburgu', 'Luxemburgului'],
  MT: ['Malta', 'Malte', 'Мальта', 'Малта',
    'Malty', 'Malcie', 'Maltei'],
  NL: ['Netherlands', 'The Netherlands', 'Holland', 'Nederland', 'Niederlande', 'Pays-Bas', 'Países Bajos',
    'Paesi Bassi', 'Holanda', 'Holandia', 'Niderlandy', 'Olanda', 'Țările de Jos', 'Нідерланди', 'Нидерланды',
    'Нидерландия', 'Холандия', 'Nyderlandai', 'Olandija',
    'Niederlanden', 'Holandii', 'Niderlandów', 'Niderlandach', 'Olandei', 'Țărilor de Jos'],
  PL: ['Poland', 'Polska', 'Polen', 'Pologne', 'Polonia', 'Польща', 'Польша', 'Полша', 'Lenkija',
    'Polsce', 'Poloniei'],
  PT: ['Portugal', 'Portogallo', 'Portugalia', 'Португалія', 'Португалия', 'Portugalija',
    'Portugalii', 'Portugaliei'],
  RO: ['Romania', 'România', 'Rumänien', 'Roumanie', 'Rumanía', 'Roménia', 'Rumunia', 'Румунія', 'Румыния', 'Румъния',
    'Rumunija', 'Roemenië',
    'Rumunii', 'României'],
  SK: ['Slovakia', 'Slovak Republic', 'Slovensko', 'Slowakei', 'Slovaquie', 'Eslovaquia', 'Slovacchia', 'Słowacja',
    'Slovacia', 'Словаччина', 'Словакия', 'Slovakija', 'Slowakije',
    'Słowacji', 'Slovaciei'],
  SI: ['Slovenia', 'Slovenija', 'Slowenien', 'Slovénie', 'Eslovenia', 'Słowenia', 'Словенія', 'Словения',
    'Słowenii', 'Sloveniei'],
  ES: ['Spain', 'España', 'Espanha', 'Spanien', 'Espagne', 'Spagna', 'Hiszpania', 'Spania', 'Іспанія', 'Испания',
    'Ispanija', 'Spanje',
    'Hiszpanii', 'Spaniei'],
  SE: ['Sweden', 'Sverige', 'Schweden', 'Suède', 'Suecia', 'Svezia', 'Szwecja', 'Suedia', 'Швеція', 'Швеция',
    'Švedija', 'Zweden',
    'Szwecji', 'Suediei'],
  GB: ['United Kingdom', 'UK', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
    'Vereinigtes Königreich', 'Großbritannien', 'Schottland', 'Nordirland', 'Royaume-Uni', 'Reino Unido',
    'Regno Unito', 'Inghilterra', 'Wielka Brytania', 'Zjednoczone Królestwo', 'Anglia', 'Szkocja', 'Walia',
    'Irlandia Północna', 'Regatul Unit', 'Marea Britanie', 'Scoția', 'Țara Galilor', 'Irlanda de Nord',
    'Велика Британія', 'Великобритания', 'Англія', 'Англия', 'Didžioji Britanija', 'Anglija', 'Verenigd Koninkrijk',
    'Engeland',
    'Vereinigten Königreich', 'Wielkiej Brytanii', 'Zjednoczonego Królestwa', 'Zjednoczonym Królestwie', 'Anglii',
    'Szkocji', 'Walii', 'Irlandii Północnej', 'Marii Britanii', 'Angliei', 'Regatului Unit'],
  NO: ['Norway', 'Norge', 'Noreg', 'Norwegen', 'Norvège', 'Noruega', 'Norvegia', 'Norwegia', 'Норвегія', 'Норвегия',
    'Norvegija', 'Noorwegen',
    'Norwegii', 'Norvegiei'],
  CH: ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Suiza', 'Suíça', 'Szwajcaria', 'Elveția', 'Швейцарія',
    'Швейцария', 'Šveicarija', 'Zwitserland',
    'Szwajcarii', 'Elveției'],
  IS: ['Iceland', 'Islande', 'Islandia', 'Islanda', 'Исландия', 'Islandija', 'IJsland'],
  UA: ['Ukraine', 'Україна', 'Украина', 'Украйна', 'Ucrania', 'Ucraina', 'Ukraina', 'Oekraïne'],
  MD: ['Moldova', 'Republic of Moldova', 'Republica Moldova', 'Republik Moldau', 'Moldawien', 'Moldavie', 'Moldavia',
    'Mołdawia', 'Молдова', 'Молдавия'],
  RS: ['Serbia', 'Serbien', 'Serbie', 'Srbija', 'Сърбия', 'Servië'],
  TR: ['Turkey', 'Türkiye', 'Türkei', 'Turquie', 'Turcja', 'Turcia', 'Турция', 'Turkija', 'Turkije', 'Turquía',
    'Turchia',
    'Turcji'],
  RU: ['Russia', 'Russland', 'Russie', 'Rosja', 'Rusia', 'Россия', 'Русия', 'Rusija', 'Rusland',
    'Rosji'],
  US: ['United States', 'USA', 'America', 'Vereinigte Staaten', 'États-Unis', 'Stany Zjednoczone', 'Statele Unite',
    'САЩ', 'Estados Unidos', 'Stati Uniti'],
  // Nova Scotia is a province, listed so that "Halifax, Nova Scotia" is not Romanian "Scoția" (GB).
  CA: ['Canada', 'Kanada', 'Канада', 'Nova Scotia'],
  AU: ['Australia', 'Australien', 'Australie', 'Австралия', 'Australija'],
  AE: ['United Arab Emirates', 'UAE', 'Emirates', 'Dubai', 'Abu Dhabi', 'ОАЕ', 'Дубай'],
  QA: ['Qatar', 'Katar', 'Катар'],
  SA: ['Saudi Arabia', 'Arabia Saudyjska', 'Arabia Saudita', 'Саудитска Арабия'],
  IL: ['Israel', 'Izrael', 'Израел'],
};

/**
 * Case-, diacritic-, punctuation- and spacing-insensitive form of a name or text, so "Österreich",
 * "Włochy", "ROMÂNIA" and "Pays-Bas" match "osterreich", "wlochy", "romania" and "pays bas".
 * Anything but a letter becomes one space; the result is trimmed.
 */
export function foldCountryName(text: string): string {
  return (
    text
      .toLowerCase()
      // These letters have no decomposition to strip a diacritic from.
      .replace(/ł/gu, 'l')
      .replace(/ß/gu, 'ss')
      .replace(/ø/gu, 'o')
      .replace(/æ/gu, 'ae')
      .replace(/đ/gu, 'd')
      .replace(/ı/gu, 'i')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}]+/gu, ' ')
      .trim()
  );
}
