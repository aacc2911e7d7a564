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
export interface WordEntry {
  /** The word as read (lower case, cut to MAX_WORD). */
  readonly word: string;
  readonly base: string;
  readonly baseId: number;
  readonly features: readonly string[];
  readonly ids: readonly number[];
}

const stemmers = new Map<string, { stem(word: string): string }>();

/** The entry of a lower-cased word in a language: its stem or n-grams, and their ids. */
function computeEntry(word: string, language: string): WordEntry {
  let base: string;
  let features: string[];
  const code = word.charCodeAt(0);
  if (isAsciiDigit(code)) {
    // Digits say little by value but something by shape (a phone number, an amount).
    base = `#${Math.min(word.length, 9)}`;
    features = [`w:${base}`];
  } else {
    const algorithm = SNOWBALL[language];
    if (algorithm) {
      let stemmer = stemmers.get(algorithm);
      if (!stemmer) stemmers.set(algorithm, (stemmer = snowball.newStemmer(algorithm)));
      base = fold(stemmer.stem(word));
      features = [`w:${base}`];
    } else {
      base = fold(word);
      features = [`w:${base}`];
      if (base.length > NGRAM) {
        const padded = `_${base}_`;
        for (let i = 0; i + NGRAM <= padded.length; i++) features.push(`g:${padded.slice(i, i + NGRAM)}`);
      }
    }
  }
  return { word, base, baseId: hashString(base), features, ids: features.map(hashString) };
}

const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Entries of ASCII numbers by length (1 … 9, longer ones as 9), with the word to fill in. */
const NUMBER_ENTRIES = Array.from({ length: 10 }, (_, n) => computeEntry('0'.repeat(Math.max(1, n)), ''));

/**
 * The entry of an ASCII number: not cached, since numbers (phones, amounts, references) are mostly
 * unique and would fill the cache, but built from the entry of its length.
 */
function numberEntry(text: string, start: number, end: number): WordEntry {
  return { ...(NUMBER_ENTRIES[Math.min(end - start, 9)] as WordEntry), word: text.slice(start, end) };
}

/** Entries per language; emptied when full, so a stream of odd tokens cannot grow it forever. */
const CACHE_LIMIT = 200_000;

/**
 * The entries of one language's words, found by a hash of the word's characters computed while the
 * text is read: adverts repeat their vocabulary, and a hit then costs no substring and no string
 * hashing (a Map keyed by words needs both, and was most of the classifier's time).
 */
class WordCache {
  private hashes = new Int32Array(1 << 12);
  /** Index into entries + 1; 0 is an empty slot. */
  private slots = new Int32Array(1 << 12);
  private entries: WordEntry[] = [];
  constructor(private readonly language: string) {}

  /** The entry of text[start, end), whose characters hash to `hash` (hashChars). */
  get(text: string, start: number, end: number, hash: number): WordEntry {
    const { hashes, slots, entries } = this;
    const mask = slots.length - 1;
    const length = end - start;
    let i = hash & mask;
    for (; slots[i] !== 0; i = (i + 1) & mask) {
      if (hashes[i] !== hash) continue;
      const entry = entries[(slots[i] as number) - 1] as WordEntry;
      const word = entry.word;
      if (word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return entry;
    }
    const entry = computeEntry(text.slice(start, end), this.language);
    if (entries.length >= CACHE_LIMIT) {
      this.clear();
      return this.get(text, start, end, hash);
    }
    entries.push(entry);
    hashes[i] = hash;
    slots[i] = entries.length;
    if (2 * entries.length > slots.length) this.grow();
    return entry;
  }

  private clear(): void {
    this.entries = [];
    this.slots.fill(0);
  }

  private grow(): void {
    const { hashes, slots } = this;
    this.hashes = new Int32Array(slots.length * 2);
    this.slots = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let j = 0; j < slots.length; j++) {
      if (slots[j] === 0) continue;
      let i = (hashes[j] as number) & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.hashes[i] = hashes[j] as number;
      this.slots[i] = slots[j] as number;
    }
  }
}

const caches = new Map<string, WordCache>();

/** Character classes of the UTF-16 code units: 1 letter or mark, 2 digit, 0 anything else. */
const LETTER = 1;
const DIGIT = 2;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  // Lone surrogates are classed by the code point they start (see classAt).
  const ch = String.fromCharCode(c);
  CLASS[c] = /[\p{L}\p{M}]/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : 0;
}
const ASTRAL_LETTER = /^[\p{L}\p{M}]/u;
const ASTRAL_DIGIT = /^\p{N}/u;

/** Class of the character at i and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return CLASS[c] as number;
  const pair = text.slice(i, i + 2);
  return (ASTRAL_LETTER.test(pair) ? LETTER : ASTRAL_DIGIT.test(pair) ? DIGIT : 0) | (pair.length << 2);
}

/**
 * Calls `visit` with the bounds of each word of `text` and a hash of its first MAX_WORD characters
 * (the word as the features read it): maximal runs of letters and marks (any script) or of digits,
 * as /[\p{L}\p{M}]+|\p{N}+/gu finds them. Hand-written, with a class table read per character,
 * because every advert's words are read here and a global regular expression's match objects and
 * substrings cost several times more.
 */
export function forEachWord(text: string, visit: (start: number, end: number, hash: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = classAt(text, i);
    const kind = k & 3;
    if (kind === 0) {
      i += k >> 2 || 1;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    do {
      const step = k >> 2 || 1;
      if (i - start < MAX_WORD) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
        if (step === 2 && i + 1 - start < MAX_WORD) {
          h ^= text.charCodeAt(i + 1);
          h = Math.imul(h, 0x01000193);
        }
      }
      i += step;
      if (i >= n) break;
      k = classAt(text, i);
    } while ((k & 3) === kind);
    visit(start, i, h | 0);
  }
}

export interface TextFeaturesOptions {
  /** Also return the feature names. Default false. */
  names?: boolean;
}

/**
 * A set of feature ids for one text: open addressing over a typed array that is reused from text
 * to text (a stamp per slot marks the current text). Written by hand because it is the innermost
 * loop of the assess stage and a JS Set of numbers allocates per entry.
 */
class IdSet {
  private keys = new Int32Array(4096);
  private stamps = new Int32Array(4096);
  private stamp = 0;
  private size = 0;
  /** Empties the set. */
  clear(): void {
    this.size = 0;
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }
  /** Adds `id`; false when it was there already. */
  add(id: number): boolean {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const { keys, stamps, stamp } = this;
    const mask = keys.length - 1;
    for (let i = id & mask; ; i = (i + 1) & mask) {
      if (stamps[i] !== stamp) {
        keys[i] = id;
        stamps[i] = stamp;
        this.size++;
        return true;
      }
      if (keys[i] === id) return false;
    }
  }
  private grow(): void {
    const { keys, stamps, stamp } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.stamps = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (stamps[i] === stamp) this.add(keys[i] as number);
  }
}

const seen = new IdSet();

/**
 * Calls `visit` once for each distinct feature of a text (title and description joined by the
 * caller) in a language, in text order, with the word it came from (its first occurrence) and,
 * when `withNames`, its name. Not re-entrant: `visit` must not compute features itself.
 */
export function forEachFeature(
  text: string,
  language: string,
  visit: (id: number, word: WordEntry, name: string | undefined) => void,
  withNames = false,
): void {
  seen.clear();
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new WordCache(language)));
  const words = cache;
  let previous: WordEntry | undefined;
  const lower = text.toLowerCase();
  forEachWord(lower, (start, end, hash) => {
    const cut = Math.min(end, start + MAX_WORD);
    const entry = isAsciiDigit(lower.charCodeAt(start))
      ? numberEntry(lower, start, cut)
      : words.get(lower, start, cut, hash);
    for (let i = 0; i < entry.ids.length; i++) {
      const id = entry.ids[i] as number;
      if (seen.add(id)) visit(id, entry, withNames ? entry.features[i] : undefined);
    }
    if (previous !== undefined) {
      const id = pairId(previous.baseId, entry.baseId);
      if (seen.add(id)) visit(id, entry, withNames ? `b:${previous.base} ${entry.base}` : undefined);
    }
    previous = entry;
  });
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
  forEachFeature(
    text,
    language,
    (id, entry, name) => {
      ids.push(id);
      sources.push(entry.word);
      if (names && name !== undefined) names.push(name);
    },
    options.names === true,
  );
  return names ? { ids, sources, names } : { ids, sources };
}
