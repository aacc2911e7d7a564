import { describe, expect, it } from 'vitest';
import {
  countryFromLocation,
  currencyOfCountry,
  languagesOfCountry,
  normaliseCountryCode,
} from '../../classifiers/countries.ts';
import { COUNTRY_NAMES } from '../../common/country-names.ts';

describe('countryFromLocation', () => {
  it.each([
    [{ country: 'de' }, 'DE'],
    [{ country: 'UK' }, 'GB'],
    [{ raw: 'Venlo, Holandia' }, 'NL'],
    [{ city: 'Berlin', region: 'Berlin', raw: 'Berlin, Niemcy' }, 'DE'],
    ['Lucru în Germania', 'DE'],
    ['Berlin, DE', 'DE'],
    ['Wien, Österreich', 'AT'],
    ['Neapol, Włochy', 'IT'],
    ['Belfast, Northern Ireland', 'GB'],
    ['Пловдив, България', 'BG'],
    ['Vilnius, Lietuva', 'LT'],
  ])('%j → %s', (location, code) => {
    expect(countryFromLocation(location)).toBe(code);
  });

  it('returns undefined when no country is named', () => {
    expect(countryFromLocation('Venlo')).toBeUndefined();
    expect(countryFromLocation({ city: 'Stuttgart' })).toBeUndefined();
    expect(countryFromLocation(undefined)).toBeUndefined();
    expect(countryFromLocation('near the islands, in the east')).toBeUndefined();
  });

  it('does not take the adjective "polski" or a region name for Poland', () => {
    expect(countryFromLocation('Wymagany język polski')).toBeUndefined();
    expect(countryFromLocation('Poznań, wielkopolskie')).toBeUndefined();
    expect(countryFromLocation('Praca w Polsce, język polski')).toBe('PL');
  });

  it('finds every name of the shared table, in running text, under its own code', () => {
    for (const [code, names] of Object.entries(COUNTRY_NAMES))
      for (const name of names) {
        const text = `Praca sezonowa: ${name}, od zaraz`;
        expect({ text, code: countryFromLocation(text) }).toEqual({ text, code });
      }
  });
});

describe('countryFromLocation: EU, GB, NO and CH in German, Polish and Romanian', () => {
  // Nominative, and the inflected forms location text uses: German dative, Polish locative and
  // genitive ("w Niemczech", "do Niemiec"), Romanian genitive ("în sudul Germaniei").
  const FORMS: Record<string, string[]> = {
    AT: ['Wien, Österreich', 'Wiedeń, Austria', 'Praca w Austrii', 'în nordul Austriei'],
    BE: ['Antwerpen, Belgien', 'Belgia', 'w Belgii', 'în sudul Belgiei'],
    BG: ['Bulgarien', 'Bułgaria', 'w Bułgarii', 'capitala Bulgariei'],
    HR: ['Kroatien', 'Chorwacja', 'w Chorwacji', 'Croația', 'coasta Croației'],
    CY: ['Zypern', 'Cypr', 'na Cyprze', 'wyjazd do Cypru', 'Cipru', 'sudul Ciprului'],
    CZ: [
      'Tschechien',
      'Tschechische Republik',
      'in der Tschechischen Republik',
      'Czechy',
      'w Czechach',
      'wyjazd do Czech',
      'w Republice Czeskiej',
      'Cehia',
      'Republica Cehă',
      'vestul Cehiei',
    ],
    DK: ['Dänemark', 'Dania', 'w Danii', 'Danemarca', 'nordul Danemarcei'],
    EE: ['Estland', 'Estonia', 'w Estonii', 'nordul Estoniei'],
    FI: ['Finnland', 'Finlandia', 'w Finlandii', 'Finlanda', 'sudul Finlandei'],
    FR: ['Frankreich', 'Francja', 'we Francji', 'Franța', 'sudul Franței'],
    DE: ['Deutschland', 'Niemcy', 'Praca w Niemczech', 'wyjazd do Niemiec', 'Germania', 'în sudul Germaniei'],
    GR: ['Griechenland', 'Grecja', 'w Grecji', 'Grecia', 'insulele Greciei'],
    HU: ['Ungarn', 'Węgry', 'praca na Węgrzech', 'z Węgier', 'Ungaria', 'vestul Ungariei'],
    IE: ['Irland', 'Irlandia', 'w Irlandii', 'Irlanda', 'vestul Irlandei'],
    IT: ['Italien', 'Włochy', 'we Włoszech', 'wyjazd do Włoch', 'Italia', 'nordul Italiei'],
    LV: ['Lettland', 'Łotwa', 'na Łotwie', 'z Łotwy', 'Letonia', 'capitala Letoniei'],
    LT: ['Litauen', 'Litwa', 'na Litwie', 'z Litwy', 'Lituania', 'capitala Lituaniei'],
    LU: ['Luxemburg', 'Luksemburg', 'w Luksemburgu', 'do Luksemburga', 'Marele Ducat al Luxemburgului'],
    MT: ['Valletta, Malta', 'na Malcie', 'z Malty', 'insula Maltei'],
    NL: [
      'Niederlande',
      'in den Niederlanden',
      'Holland',
      'Holandia',
      'Venlo, w Holandii',
      'Niderlandy',
      'w Niderlandach',
      'Olanda',
      'nordul Olandei',
      'Țările de Jos',
      'sudul Țărilor de Jos',
    ],
    PL: ['Polen', 'Polska', 'w Polsce', 'Polonia', 'sudul Poloniei'],
    PT: ['Portugal', 'Portugalia', 'w Portugalii', 'sudul Portugaliei'],
    RO: ['Rumänien', 'Rumunia', 'w Rumunii', 'România', 'vestul României'],
    SK: ['Slowakei', 'in der Slowakei', 'Słowacja', 'na Słowacji', 'Slovacia', 'estul Slovaciei'],
    SI: ['Slowenien', 'Słowenia', 'w Słowenii', 'Slovenia', 'capitala Sloveniei'],
    ES: ['Spanien', 'Hiszpania', 'w Hiszpanii', 'Spania', 'sudul Spaniei'],
    SE: ['Schweden', 'Szwecja', 'w Szwecji', 'Suedia', 'nordul Suediei'],
    GB: [
      'London, Großbritannien',
      'GROSSBRITANNIEN',
      'Vereinigtes Königreich',
      'im Vereinigten Königreich',
      'Schottland',
      'Wielka Brytania',
      'w Wielkiej Brytanii',
      'Anglia',
      'w Anglii',
      'w Szkocji',
      'Belfast, Irlandia Północna',
      'Marea Britanie',
      'sudul Marii Britanii',
      'nordul Angliei',
      'Regatul Unit',
      'Edinburgh, Scoția',
      'Belfast, Irlanda de Nord',
    ],
    NO: ['Norwegen', 'Norwegia', 'w Norwegii', 'Norvegia', 'nordul Norvegiei'],
    CH: ['Schweiz', 'in der Schweiz', 'Szwajcaria', 'w Szwajcarii', 'Elveția', 'vestul Elveției'],
  };
  for (const [code, forms] of Object.entries(FORMS))
    it(`${code}: ${forms.join(' / ')}`, () => {
      for (const form of forms) expect({ form, code: countryFromLocation(form) }).toEqual({ form, code });
    });

  it('takes the longer name where a shorter one ends at the same place', () => {
    expect(countryFromLocation('Halifax, Nova Scotia')).toBe('CA');
    expect(countryFromLocation('Dublin, Irlandia')).toBe('IE');
    expect(countryFromLocation('Praha, Czech Republic')).toBe('CZ');
  });
});

describe('currencyOfCountry', () => {
  it('knows euro-area and other currencies', () => {
    expect(currencyOfCountry('de')).toBe('EUR');
    expect(currencyOfCountry('BG')).toBe('EUR');
    expect(currencyOfCountry('PL')).toBe('PLN');
    expect(currencyOfCountry('RO')).toBe('RON');
    expect(currencyOfCountry('uk')).toBe('GBP');
    expect(currencyOfCountry('ZZ')).toBeUndefined();
    expect(normaliseCountryCode('Poland')).toBeUndefined();
  });
});

describe('languagesOfCountry', () => {
  it('gives the official languages, and none for an unknown country', () => {
    expect(languagesOfCountry('NL')).toEqual(['nl']);
    expect(languagesOfCountry('be')).toEqual(['nl', 'fr', 'de']);
    expect(languagesOfCountry('UK')).toEqual(['en']);
    expect(languagesOfCountry('ZZ')).toEqual([]);
    expect(languagesOfCountry('Poland')).toEqual([]);
    expect(languagesOfCountry(undefined)).toEqual([]);
  });
});
