import { describe, expect, it } from 'vitest';
import { featureId, forEachWord, STEMMED_LANGUAGES, textFeatures } from '../../classifiers/text-features.ts';

const names = (text: string, language: string): string[] =>
  textFeatures(text, language, { names: true }).names ?? [];

describe('textFeatures', () => {
  it('stems words where a stemmer exists, so inflected forms share a feature', () => {
    const a = names('Accommodation provided', 'en');
    const b = names('accommodations PROVIDED', 'en');
    expect(a).toContain('w:accommod');
    expect(b).toContain('w:accommod');
    expect(a).toContain('b:accommod provid');
    expect(b).toContain('b:accommod provid');
  });

  it('folds diacritics: a Romanian advert typed without them gives the same features', () => {
    expect(names('Cazare asigurată', 'ro')).toEqual(names('cazare asigurata', 'ro'));
  });

  it('uses character 4-grams for languages without a stemmer, so inflections overlap', () => {
    expect(STEMMED_LANGUAGES).not.toContain('pl');
    const a = new Set(names('zakwaterowanie', 'pl'));
    const b = names('zakwaterowaniem', 'pl');
    expect(a.has('g:zakw')).toBe(true);
    const shared = b.filter((f) => a.has(f) && f.startsWith('g:'));
    expect(shared.length).toBeGreaterThanOrEqual(9);
    expect(b).not.toContain('w:zakwaterowanie');
  });

  it('reduces numbers to their length and keeps each feature once, with the word it came from', () => {
    const { ids, sources, names: n = [] } = textFeatures('call 0722 123 456 or 0722', 'en', { names: true });
    expect(n.filter((f) => f === 'w:#4')).toHaveLength(1);
    expect(n).toContain('w:#3');
    expect(n).not.toContain('w:0722');
    expect(sources[n.indexOf('w:call')]).toBe('call');
    expect(ids.length).toBe(new Set(ids).size);
    expect(sources).toHaveLength(ids.length);
    expect(n).toHaveLength(ids.length);
  });

  it('gives each feature the id its name hashes to, word pairs included, with or without names', () => {
    const text = 'Praca bez doświadczenia, zakwaterowanie zapewnione';
    const withNames = textFeatures(text, 'pl', { names: true });
    expect(withNames.names?.map(featureId)).toEqual(withNames.ids);
    expect(textFeatures(text, 'pl').ids).toEqual(withNames.ids);
    expect(textFeatures(text, 'pl').names).toBeUndefined();
    expect(new Set(withNames.ids).size).toBe(withNames.ids.length);
  });

  it('reads any script: Bulgarian Cyrillic words become features', () => {
    const n = names('Работа в чужбина', 'bg');
    expect(n).toContain('w:работа');
    expect(n).toContain('g:чужб');
  });

  it('gives no features for text without words', () => {
    expect(textFeatures(' … !!! ', 'en').ids).toEqual([]);
  });

  it('reads the same words as /[\\p{L}\\p{M}]+|\\p{N}+/gu, in any script and beyond the BMP', () => {
    const text =
      'Zakwaterowanie: 2×pokój, tel.0722-123 456; cazare asigurată (a\u0301); Работа 𝐁𝐎𝐋𝐃 𝟏𝟐 😀 ١٢٣ 中文 x\u{1d7d9}y ' +
      'a'.repeat(40);
    const words: string[] = [];
    forEachWord(text, (start, end) => words.push(text.slice(start, end)));
    expect(words).toEqual([...text.matchAll(/[\p{L}\p{M}]+|\p{N}+/gu)].map((m) => m[0]));
  });

  it('gives the same features to a word however long its text, cutting long words at 30 characters', () => {
    const long = 'x'.repeat(45);
    expect(names(long, 'en')).toEqual(names('x'.repeat(30), 'en'));
    expect(names(`${'1'.repeat(40)} and 12345`, 'en')).toEqual(names(`${'2'.repeat(30)} and 99999`, 'en'));
  });
});
