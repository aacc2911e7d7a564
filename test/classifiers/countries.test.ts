import { describe, expect, it } from 'vitest';
import { countryFromLocation, currencyOfCountry, normaliseCountryCode } from '../../classifiers/countries.ts';

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
