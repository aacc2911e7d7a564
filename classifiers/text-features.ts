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
  /** Distinct feature ids (featureId of each feature's name). */
  ids: number[];
  /** For each feature, the word of the text it came from (first occurrence). */
  sources: string[];
  /** The feature names, when asked for (training and the model file need them; prediction not). */
  names?: string[];
}

/**
 * A 31-bit id of a string (FNV-1a with a final avalanche). Prediction works on ids, not names, so
 * no feature string is built per advert; two of a model's 60,000 features share an id with odds of
 * about 1 in 2,400, and the trainer merges them if they do (see text-model.ts).
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  // 31 bits: small integers stay unboxed in V8, which keeps map lookups and sets fast.
  return (h ^ (h >>> 16)) & 0x7fffffff;
}

/** Id of the word pair (a, b), from the ids of their bases. */
function pairId(a: number, b: number): number {
  return mix(Math.imul(a, 0x9e3779b1) ^ b ^ 0x5bd1e995);
}

/** The id of a feature name as textFeatures computes it ("w:…", "g:…" or "b:first second"). */
export function featureId(name: string): number {
  if (name.startsWith('b:')) {
    const space = name.indexOf(' ');
    return pairId(hashString(name.slice(2, space)), hashString(name.slice(space + 1)));
  }
  return hashString(name);
}

const COMBINING = /\p{M}+/gu;
/** Lower case without diacritics: "Asigurată" and "asigurata" are one word in a classified. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(COMBINING, '');
}

/** What a word contributes on its own: its base form (stem or folded word) and its features. */
interface WordEntry {
  base: string;
  baseId: number;
  features: string[];
  ids: number[];
}

/** Entries per language; cleared when full, so a stream of odd tokens cannot grow it forever. */
const CACHE_LIMIT = 200_000;
const caches = new Map<string, Map<string, WordEntry>>();
const stemmers = new Map<string, { stem(word: string): string }>();

/**
 * The entry of a lower-cased word in a language. Adverts repeat their vocabulary, so caching the
 * stem, the folding and the n-gram strings per word turns most words into one map lookup.
 */
function wordEntry(word: string, language: string): WordEntry {
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new Map()));
  const hit = cache.get(word);
  if (hit) return hit;
  let entry: Pick<WordEntry, 'base' | 'features'> & Partial<WordEntry>;
  const code = word.charCodeAt(0);
  if (code >= 48 && code <= 57) {
    // Digits say little by value but something by shape (a phone number, an amount).
    const base = `#${Math.min(word.length, 9)}`;
    entry = { base, features: [`w:${base}`] };
  } else {
    const algorithm = SNOWBALL[language];
    if (algorithm) {
      let stemmer = stemmers.get(algorithm);
      if (!stemmer) stemmers.set(algorithm, (stemmer = snowball.newStemmer(algorithm)));
      const base = fold(stemmer.stem(word));
      entry = { base, features: [`w:${base}`] };
    } else {
      const base = fold(word);
      const features = [`w:${base}`];
      if (base.length > NGRAM) {
        const padded = `_${base}_`;
        for (let i = 0; i + NGRAM <= padded.length; i++) features.push(`g:${padded.slice(i, i + NGRAM)}`);
      }
      entry = { base, features };
    }
  }
  const full: WordEntry = { ...entry, ids: entry.features.map(hashString), baseId: hashString(entry.base) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, full);
  return full;
}

/** Letters (any script) or digits. */
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

export interface TextFeaturesOptions {
  /** Also return the feature names. Default false. */
  names?: boolean;
}

/**
 * A set of feature ids for one text: open addressing over typed arrays. Written by hand because
 * it is the innermost loop of the assess stage and a JS Set of numbers allocates per entry.
 */
class IdSet {
  private keys = new Int32Array(1024).fill(-1);
  private size = 0;
  has(id: number): boolean {
    const mask = this.keys.length - 1;
    for (let i = id & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i] as number;
      if (k === id) return true;
      if (k === -1) return false;
    }
  }
  add(id: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let i = id & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i] as number;
      if (k === id) return;
      if (k === -1) {
        this.keys[i] = id;
        this.size++;
        return;
      }
    }
  }
  private grow(): void {
    const old = this.keys;
    this.keys = new Int32Array(old.length * 2).fill(-1);
    this.size = 0;
    for (const k of old) if (k !== -1) this.add(k);
  }
}

/** The features of one text (title and description joined by the caller) in a language. */
export function textFeatures(
  text: string,
  language: string,
  options: TextFeaturesOptions = {},
): TextFeatures {
  const ids: number[] = [];
  const sources: string[] = [];
  const names: string[] | undefined = options.names ? [] : undefined;
  const seen = new IdSet();
  let previous: WordEntry | undefined;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const raw = m[0].length > MAX_WORD ? m[0].slice(0, MAX_WORD) : m[0];
    const entry = wordEntry(raw, language);
    for (let i = 0; i < entry.ids.length; i++) {
      const id = entry.ids[i] as number;
      if (seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
      sources.push(raw);
      names?.push(entry.features[i] as string);
    }
    if (previous !== undefined) {
      const id = pairId(previous.baseId, entry.baseId);
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
        sources.push(raw);
        names?.push(`b:${previous.base} ${entry.base}`);
      }
    }
    previous = entry;
  }
  return names ? { ids, sources, names } : { ids, sources };
}
