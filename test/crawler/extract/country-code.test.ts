import { describe, expect, it } from 'vitest';
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
  ])('%s → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it.each(['Atlantis', 'EU', 'XX', '', 'ABC'])('does not guess %j', (name) => {
    expect(countryCode(name)).toBeUndefined();
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
