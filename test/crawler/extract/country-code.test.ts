import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from '../../../common/country-names.ts';
import { countryCode } from '../../../crawler/extract/country-code.ts';
import { toIsoUtc } from '../../../crawler/extract/iso-date.ts';

describe('countryCode', () => {
  it.each([
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['Niemcy', 'DE'],
    ['Germania', 'DE'],
    ['Polska', 'PL'],
    ['Polen', 'PL'],
    ['România', 'RO'],
    ['Romania', 'RO'],
    ['Rumunia', 'RO'],
    ['Україна', 'UA'],
    ['Republica Moldova', 'MD'],
    ['the Netherlands', 'NL'],
    ['Schweiz', 'CH'],
    ['Norge', 'NO'],
    ['Łotwa', 'LV'],
    ['Lotwa', 'LV'],
    ['Großbritannien', 'GB'],
    ['UK', 'GB'],
    ['gb', 'GB'],
    ['DEU', 'DE'],
    ['PH', 'PH'],
    ['the United Kingdom', 'GB'],
    ['Pays Bas', 'NL'],
    ['Scoția', 'GB'],
    ['Irlandia Północna', 'GB'],
    ['Irlandia', 'IE'],
    ['Polsce', 'PL'],
    ['US', 'US'],
  ])('%s → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it.each(['Atlantis', 'EU', 'XX', '', 'ABC', '12345', 'Berlin, Deutschland', 'Polski', 'Nova'])(
    'does not guess %j',
    (name) => {
      expect(countryCode(name)).toBeUndefined();
    },
  );

  it.each(Object.keys(COUNTRY_NAMES))('finds every name the shared table gives %s', (code) => {
    for (const name of COUNTRY_NAMES[code] ?? [])
      expect({ name, code: countryCode(name) }).toEqual({ name, code });
  });
});

describe('toIsoUtc', () => {
  it.each([
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['2024-05-01T10:00:00+02:00', '2024-05-01T08:00:00.000Z'],
    ['2024-05-01T10:00:00+0200', '2024-05-01T08:00:00.000Z'],
    ['2024-05-01 10:00', '2024-05-01T10:00:00.000Z'],
    ['3.05.2024', '2024-05-03T00:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(toIsoUtc(text)).toBe(iso);
  });

  it.each(['2024-02-30', '31.04.2024', 'yesterday', '2024-05-01T25:00:00Z'])('rejects %j', (text) => {
    expect(toIsoUtc(text)).toBeUndefined();
  });
});
