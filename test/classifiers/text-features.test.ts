import { describe, expect, it } from 'vitest';
import { STEMMED_LANGUAGES, textFeatures } from '../../classifiers/text-features.ts';

describe('textFeatures', () => {
  it('stems words where a stemmer exists, so inflected forms share a feature', () => {
    const a = textFeatures('Accommodation provided', 'en').features;
    const b = textFeatures('accommodations PROVIDED', 'en').features;
    expect(a).toContain('w:accommod');
    expect(b).toContain('w:accommod');
    expect(a).toContain('b:accommod provid');
    expect(b).toContain('b:accommod provid');
  });

  it('folds diacritics: a Romanian advert typed without them gives the same features', () => {
    const a = textFeatures('Cazare asigurată', 'ro').features;
    const b = textFeatures('cazare asigurata', 'ro').features;
    expect(a).toEqual(b);
  });

  it('uses character 4-grams for languages without a stemmer, so inflections overlap', () => {
    expect(STEMMED_LANGUAGES).not.toContain('pl');
    const a = new Set(textFeatures('zakwaterowanie', 'pl').features);
    const b = textFeatures('zakwaterowaniem', 'pl').features;
    expect(a.has('g:zakw')).toBe(true);
    const shared = b.filter((f) => a.has(f) && f.startsWith('g:'));
    expect(shared.length).toBeGreaterThanOrEqual(9);
    expect(b).not.toContain('w:zakwaterowanie');
  });

  it('reduces numbers to their length and keeps each feature once, with the word it came from', () => {
    const { features, sources } = textFeatures('call 0722 123 456 or 0722', 'en');
    expect(features.filter((f) => f === 'w:#4')).toHaveLength(1);
    expect(features).toContain('w:#3');
    expect(features).not.toContain('w:0722');
    expect(sources[features.indexOf('w:call')]).toBe('call');
    expect(features.length).toBe(new Set(features).size);
    expect(sources).toHaveLength(features.length);
  });

  it('reads any script: Bulgarian Cyrillic words become features', () => {
    const { features } = textFeatures('Работа в чужбина', 'bg');
    expect(features).toContain('w:работа');
    expect(features).toContain('g:чужб');
  });

  it('gives no features for text without words', () => {
    expect(textFeatures(' … !!! ', 'en').features).toEqual([]);
  });
});
