// eld's language scoring (package `eld`, Apache-2.0, by Nito T.M.) over its 'small' n-gram
// database, restricted to a subset of languages. Same results as `eld.detect(text).getScores()` on
// an instance with that subset (test/classifiers/language-ngrams.test.ts compares the two on every
// labelled and demo advert), about five times cheaper: eld keeps its 81,000 n-grams and each text's
// n-grams in plain objects and walks them with `for…in`, scores all 60 languages and then drops the
// ones outside the subset, and builds its result objects for every call. Here the n-grams of the
// subset's languages sit in a Map of typed arrays and the text's n-grams in a reused Set.
//
// eld does not export its database, its byte dictionary or its word separator, so they are loaded
// from the package's own files next to the entry point it does export; eld is pinned to one version
// in package.json for that reason, and a load that finds another layout fails with what to do.

interface EldDatabase {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

async function loadEldFile<T>(file: string, name: string): Promise<T> {
  const url = new URL(file, import.meta.resolve('eld/small'));
  const module = (await import(url.href)) as Record<string, unknown>;
  if (module[name] === undefined)
    throw new Error(
      `eld's file ${url.pathname} has no export "${name}": the installed eld is not the version ` +
        'classifiers/language-ngrams.ts was written for. Fix: npm ci (installs the pinned eld).',
    );
  return module[name] as T;
}

const database = await loadEldFile<EldDatabase>('../ngrams/small.js', 'ngramsData');
/** Byte → the one character eld writes for it (bytes of multi-byte UTF-8 sequences). */
const dictionary = await loadEldFile<readonly string[]>('../dictionary.js', 'dictionary');
/** Runs of non-letters (apostrophes before a letter stay), which eld reads as word breaks. */
const separators = await loadEldFile<RegExp>('../regexPatterns.js', 'separators');

/** eld stores each score minus this, to keep its database small. */
const BASE_NGRAM_SCORE = 53;
/** eld's constant for turning a mean n-gram score r into 0–1: r / (r + 25). */
const SCALE = 25;
/** eld reads a word's first 70 bytes. */
const MAX_WORD_BYTES = 70;
/** eld ends the text at the first word break after 350 bytes, or at any character after 380. */
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_AFTER_BYTES = 380;
/** eld reads the first 1,000 characters. */
const MAX_CHARS = 1000;

/** A scorer of texts over a fixed subset of eld's languages. */
export interface LanguageNgramScorer {
  /** The subset's languages that eld knows, in eld's order. */
  readonly languages: readonly string[];
  /**
   * The subset's languages with a score above zero, best first, each with eld's 0–1 score
   * (r / (r + 25), r the mean n-gram score); empty when no n-gram of the text is known.
   */
  score(text: string): Array<[language: string, score: number]>;
}

/**
 * eld writes each byte as one character: ASCII bytes as themselves, the others through its
 * dictionary, whose characters are all Latin-1. So an n-gram (at most 6 such characters) packs
 * into one number, base 256 from the left; no character is 0, so no two n-grams share a number.
 */
const CHAR_OF_BYTE = Uint8Array.from({ length: 256 }, (_, byte) => {
  if (byte < 0x80) return byte;
  const code = dictionary[byte]?.charCodeAt(0) ?? 0;
  if (code === 0 || code > 0xff)
    throw new Error(
      `eld's dictionary writes byte ${byte} as U+${code.toString(16)}; expected 1–255. Fix: npm ci.`,
    );
  return code;
});
const SPACE = 32;
const ngramKey = (
  chars: readonly number[] | Uint8Array,
  from: number,
  to: number,
  lead: boolean,
  trail: boolean,
): number => {
  let key = lead ? SPACE : 0;
  for (let i = from; i < to; i++) key = key * 256 + chars[i]!;
  return trail ? key * 256 + SPACE : key;
};
/** A 32-bit mix of a key (below 2^48): its low and high words, multiplied apart. */
const hashKey = (key: number): number =>
  Math.imul((key | 0) ^ Math.imul((key / 0x100000000) | 0, 0x27d4eb2d), 0x9e3779b1);

/**
 * Open-addressing table from n-gram keys to numbers, in typed arrays: a Map keyed by numbers
 * above 2^31 allocates a heap number per lookup. Key 0 marks an empty slot.
 */
class KeyTable {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(capacityPowerOfTwo: number) {
    this.keys = new Float64Array(1 << capacityPowerOfTwo);
    this.values = new Int32Array(1 << capacityPowerOfTwo);
    this.shift = 32 - capacityPowerOfTwo;
    this.mask = (1 << capacityPowerOfTwo) - 1;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  slot(key: number): number {
    let at = hashKey(key) >>> this.shift;
    while (this.keys[at] !== 0 && this.keys[at] !== key) at = (at + 1) & this.mask;
    return at;
  }

  has(slot: number): boolean {
    return this.keys[slot] !== 0;
  }

  value(slot: number): number {
    return this.values[slot]!;
  }

  set(slot: number, key: number, value: number): void {
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  clear(): void {
    this.keys.fill(0);
  }
}

const keyOfString = (ngram: string): number => {
  let key = 0;
  for (let i = 0; i < ngram.length; i++) key = key * 256 + ngram.charCodeAt(i);
  return key;
};

/** Builds a scorer for `languages` (ISO 639-1; those eld does not know are left out). */
export function createLanguageNgramScorer(languages: readonly string[]): LanguageNgramScorer {
  const eldCodes = Object.entries(database.languages)
    .map(([index, code]) => [Number(index), code] as const)
    .sort((a, b) => a[0] - b[0]);
  // Subset position by eld index; the subset keeps eld's order, as eld's results do.
  const subset = eldCodes.filter(([, code]) => languages.includes(code)).map(([, code]) => code);
  const position = new Map(eldCodes.map(([index, code]) => [index, subset.indexOf(code)]));

  // Per n-gram: where its (subset position, score) pairs start in `pairs`, and how many; scores
  // with eld's base added back.
  const ngramCount = Object.keys(database.ngrams).length;
  // At most half full, so probes stay short.
  const table = new KeyTable(Math.ceil(Math.log2(ngramCount * 2)));
  const pairs: number[] = [];
  for (const [ngram, byLanguage] of Object.entries(database.ngrams)) {
    const start = pairs.length;
    for (const [index, score] of Object.entries(byLanguage)) {
      const p = position.get(Number(index)) ?? -1;
      if (p >= 0) pairs.push(p, score + BASE_NGRAM_SCORE);
    }
    if (pairs.length === start) continue;
    const key = keyOfString(ngram);
    table.set(table.slot(key), key, start * 64 + (pairs.length - start) / 2);
  }
  const flat = Int32Array.from(pairs);
  if (flat.length * 64 > 0x7fffffff)
    throw new Error(`eld's database is larger than this table can index (${flat.length} pairs)`);

  // Reused per call: the word being read (its bytes as eld's characters), the text's distinct
  // n-grams (a text of 380 bytes has fewer than 200) and the scores.
  const word = new Uint8Array(ENFORCE_CUT_AFTER_BYTES + 8);
  const seen = new KeyTable(11);
  const longTails = new Set<string>();
  const totals = new Float64Array(subset.length);
  let distinct = 0;

  /** Counts a distinct n-gram and adds its scores. */
  const add = (key: number): void => {
    const at = seen.slot(key);
    if (seen.has(at)) return;
    seen.set(at, key, 1);
    distinct++;
    const slot = table.slot(key);
    if (!table.has(slot)) return;
    const entry = table.value(slot);
    const start = entry >>> 6;
    const end = start + (entry & 63) * 2;
    for (let q = start; q < end; q += 2) totals[flat[q]!]! += flat[q + 1]!;
  };
  /** eld's n-grams of a word: 4 bytes every 3, the first after a space, the last before one. */
  const addWord = (length: number): void => {
    const len = Math.min(length, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) add(ngramKey(word, j, j + 4, j === 0, false));
    // eld takes the word from len - 4 to its end (all of a short one): more than four bytes when
    // the word is longer than 70. No such n-gram is in the database, but each counts once.
    const from = len !== 3 ? Math.max(0, len - 4) : 0;
    if (length - from <= 4) add(ngramKey(word, from, length, j === 0, true));
    else longTails.add(String.fromCharCode(...word.subarray(from, length)));
  };

  const score = (text: string): Array<[string, number]> => {
    const str = text.substring(0, MAX_CHARS).replace(separators, ' ').trim().toLowerCase();
    // eld's strToUtf8Bytes, writing each byte's character code into `word`.
    seen.clear();
    distinct = 0;
    totals.fill(0);
    longTails.clear();
    let length = 0;
    let countBytes = 0;
    for (let i = 0; i < str.length; i++) {
      let code = str.charCodeAt(i);
      if (code < 0x80) {
        if (code === SPACE) {
          if (length > 0) addWord(length);
          length = 0;
          if (countBytes > CUT_AFTER_BYTES) break;
        } else {
          word[length++] = code;
        }
        countBytes++;
      } else if (code < 0x800) {
        word[length++] = CHAR_OF_BYTE[0xc0 | (code >> 6)]!;
        word[length++] = CHAR_OF_BYTE[0x80 | (code & 0x3f)]!;
        countBytes += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        word[length++] = CHAR_OF_BYTE[0xe0 | (code >> 12)]!;
        word[length++] = CHAR_OF_BYTE[0x80 | ((code >> 6) & 0x3f)]!;
        word[length++] = CHAR_OF_BYTE[0x80 | (code & 0x3f)]!;
        countBytes += 3;
      } else {
        i++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
        word[length++] = CHAR_OF_BYTE[0xf0 | (code >> 18)]!;
        word[length++] = CHAR_OF_BYTE[0x80 | ((code >> 12) & 0x3f)]!;
        word[length++] = CHAR_OF_BYTE[0x80 | ((code >> 6) & 0x3f)]!;
        word[length++] = CHAR_OF_BYTE[0x80 | (code & 0x3f)]!;
        countBytes += 4;
      }
      if (countBytes > ENFORCE_CUT_AFTER_BYTES) break;
    }
    if (length > 0) addWord(length);

    distinct += longTails.size;
    // eld's orderAndScale: the mean over all the text's distinct n-grams, known or not.
    const out: Array<[string, number]> = [];
    for (let p = 0; p < totals.length; p++) {
      if (totals[p]! <= 0) continue;
      const mean = totals[p]! / distinct;
      out.push([subset[p]!, mean / (mean + SCALE)]);
    }
    // Array.prototype.sort is stable: ties keep eld's order, as in eld.
    return out.sort((a, b) => b[1] - a[1]);
  };

  return { languages: subset, score };
}
