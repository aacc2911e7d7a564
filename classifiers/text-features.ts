// Features of an advert's text for the text classifier, chosen to work across languages: word stems
// where a Snowball stemmer exists for the language, character 4-grams of each word otherwise (they
// catch inflection in Polish, Lithuanian or Bulgarian without a stemmer), and adjacent-word pairs in
// both cases ("no experience", "bez doświadczenia"). Every feature remembers the word it came from,
// so a prediction can be explained in the advert's own words.
import { createRequire } from 'node:module';
import type snowballStemmers from 'snowball-stemmers';

// A UMD module: Node's ESM loader sees no default export in it, so it is loaded with require.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as typeof snowballStemmers;

/** Bumped whenever the features of a text change: a model records it and refuses a mismatch. */
export const FEATURES_VERSION = 'stem-char4-bigram@1';

/** ISO 639-1 → Snowball algorithm, for the EU languages Snowball covers. */
const SNOWBALL: Readonly<Record<string, string>> = {
  cs: 'czech',
  da: 'danish',
  de: 'german',
  en: 'english',
  es: 'spanish',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hu: 'hungarian',
  it: 'italian',
  nl: 'dutch',
  pt: 'portuguese',
  ro: 'romanian',
  sl: 'slovene',
  sv: 'swedish',
};

/** Languages whose words are stemmed; the others get character 4-grams. */
export const STEMMED_LANGUAGES: readonly string[] = Object.keys(SNOWBALL);

const NGRAM = 4;
/** Words longer than this are cut: long tokens are URLs, ids or noise. */
const MAX_WORD = 30;

export interface TextFeatures {
  /** Distinct feature strings. */
  features: string[];
  /** For each feature, the word of the text it came from (first occurrence). */
  sources: string[];
}

type Stem = (word: string) => string;
const stemmers = new Map<string, Stem>();

/**
 * A cached stemmer for a language: adverts repeat their vocabulary, so a cache of stems turns most
 * stemming calls into one map lookup. Bounded so a stream of odd tokens cannot grow it forever.
 */
function stemmerFor(language: string): Stem | undefined {
  const cached = stemmers.get(language);
  if (cached) return cached;
  const algorithm = SNOWBALL[language];
  if (!algorithm) return undefined;
  const stemmer = snowball.newStemmer(algorithm);
  const cache = new Map<string, string>();
  const stem: Stem = (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = fold(stemmer.stem(word));
      if (cache.size > 200_000) cache.clear();
      cache.set(word, s);
    }
    return s;
  };
  stemmers.set(language, stem);
  return stem;
}

const COMBINING = /\p{M}+/gu;
/** Lower case without diacritics: "Asigurată" and "asigurata" are one word in a classified. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(COMBINING, '');
}

/** Letters (any script) or digits; a number is kept as one token class per length. */
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

/** The features of one text (title and description joined by the caller) in a language. */
export function textFeatures(text: string, language: string): TextFeatures {
  const stem = stemmerFor(language);
  const features: string[] = [];
  const sources: string[] = [];
  const seen = new Set<string>();
  const add = (feature: string, source: string): void => {
    if (seen.has(feature)) return;
    seen.add(feature);
    features.push(feature);
    sources.push(source);
  };
  let previous: string | undefined;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const raw = m[0].length > MAX_WORD ? m[0].slice(0, MAX_WORD) : m[0];
    // Digits say little by value but something by shape (a phone number, an amount).
    const isNumber = raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57;
    const base = isNumber ? `#${Math.min(raw.length, 9)}` : stem ? stem(raw) : fold(raw);
    add(`w:${base}`, raw);
    if (!stem && !isNumber && base.length > NGRAM) {
      const padded = `_${base}_`;
      for (let i = 0; i + NGRAM <= padded.length; i++) add(`g:${padded.slice(i, i + NGRAM)}`, raw);
    }
    if (previous !== undefined) add(`b:${previous} ${base}`, raw);
    previous = base;
  }
  return { features, sources };
}
