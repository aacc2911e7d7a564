import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES, foldCountryName } from '../../common/country-names.ts';

describe('foldCountryName', () => {
  it.each([
    ['Österreich', 'osterreich'],
    ['Włochy', 'wlochy'],
    ['ROMÂNIA', 'romania'],
    ['Großbritannien', 'grossbritannien'],
    ['Țările de Jos', 'tarile de jos'],
    ['Pays-Bas', 'pays bas'],
    ['  Irlandia   Północna. ', 'irlandia polnocna'],
    ['Kıbrıs', 'kibris'],
    ['Færøerne, Danmark', 'faeroerne danmark'],
    ['Україна', 'украіна'],
    ['Berlin 10115', 'berlin'],
  ])('%j → %j', (text, folded) => {
    expect(foldCountryName(text)).toBe(folded);
  });

  it('folds a name with and without its diacritics alike', () => {
    expect(foldCountryName('Česká republika')).toBe(foldCountryName('Ceska Republika'));
    expect(foldCountryName('Węgrzech')).toBe(foldCountryName('wegrzech'));
  });
});

describe('COUNTRY_NAMES', () => {
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

  it('is keyed by ISO 3166-1 alpha-2 codes', () => {
    for (const code of Object.keys(COUNTRY_NAMES)) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect({ code, known: regions.of(code) !== undefined }).toEqual({ code, known: true });
    }
  });

  it('lists every name under one code only, however it is written', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [code, names] of Object.entries(COUNTRY_NAMES))
      for (const name of names) {
        const folded = foldCountryName(name).replace(/^the /, '');
        expect(folded, `${code} "${name}" folds to nothing`).not.toBe('');
        const known = owner.get(folded);
        if (known !== undefined && known !== code) clashes.push(`${name}: ${known} and ${code}`);
        owner.set(folded, code);
      }
    expect(clashes).toEqual([]);
  });

  it('keeps the inflected forms location text uses', () => {
    const has = (code: string, name: string) => COUNTRY_NAMES[code]?.includes(name) ?? false;
    expect(has('DE', 'Niemczech')).toBe(true);
    expect(has('DE', 'Germaniei')).toBe(true);
    expect(has('NL', 'Niederlanden')).toBe(true);
    expect(has('GB', 'Irlandii Północnej')).toBe(true);
  });

  it('leaves out "Polski", which is also the adjective "Polish"', () => {
    const all = Object.values(COUNTRY_NAMES).flat().map(foldCountryName);
    expect(all).not.toContain('polski');
  });
});
