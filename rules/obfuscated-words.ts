// Words written to slip past keyword filters: a symbol or digit in place of a letter ("ca$h",
// "Sl00pwerkers", "Р@БОТА", "D@rbas Angl1joje"). Reading them back as letters lets the rule packs
// see the flagged words they hide, and the substitutions themselves are language.obfuscated.
//
// Each substitution is one character for one, so the read-back text has the same offsets as the
// advert: the rule engine's evidence spans point into the advert as written. Hand-written because
// the substitutions depend on the letters around them (a digit between letters is a letter, a digit
// next to a digit is a number) and on their script ('3' reads 'e' among Latin letters, 'з' among
// Cyrillic ones).

/** Read-backs among Latin letters. */
const LATIN: Readonly<Record<string, string>> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '5': 's',
  '7': 't',
  $: 's',
  '€': 'e',
  '|': 'l',
  '!': 'i',
};
/** Read-backs among Cyrillic letters. */
const CYRILLIC: Readonly<Record<string, string>> = { '@': 'а', '0': 'о', '3': 'з', '4': 'ч', '6': 'б' };
/** Substitutes that may also end a word ("ЧИСТ@", "KV@RTIR@"): symbols, never digits ("mp3"). */
const MAY_END_WORD = new Set(['@', '$', '€']);

/** Fewest letters an obfuscated word keeps ("ca$h"): "x@y" and "A1B" are not words. */
const MIN_LETTERS = 3;
const SUBSTITUTE_CODES = new Set(
  [...Object.keys(LATIN), ...Object.keys(CYRILLIC)].map((c) => c.charCodeAt(0)),
);
const LETTER = /[\p{L}\p{M}]/u;
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // ASCII by code (most characters of most adverts), the rest by Unicode class.
  return code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : LETTER.test(c);
};
const EURO = 0x20ac;
/** SUBSTITUTE_CODES below 128 as a table: the scan reads every character of every advert. */
const ASCII_SUBSTITUTE = Uint8Array.from({ length: 128 }, (_, code) => (SUBSTITUTE_CODES.has(code) ? 1 : 0));
const isSubstituteCode = (code: number): boolean =>
  code < 128 ? ASCII_SUBSTITUTE[code] === 1 : code === EURO;
const isSubstitute = (c: string | undefined): boolean => c !== undefined && isSubstituteCode(c.charCodeAt(0));
const isWordPart = (c: string | undefined): boolean => isLetter(c) || isSubstitute(c);
const isCyrillic = (c: string): boolean => c >= '\u0400' && c <= '\u04ff';

/** A word read back: where it is and how it reads. */
export interface ReadBackWord {
  start: number;
  end: number;
  /** The word with letters in place of its substitutes. */
  reads: string;
}

export interface Deobfuscated {
  /** The text with every obfuscated word read back (same length and offsets as the input). */
  text: string;
  words: ReadBackWord[];
}

/** Whether [start, end) overlaps one of `ranges`. */
const overlaps = (
  start: number,
  end: number,
  ranges: ReadonlyArray<{ start: number; end: number }>,
): boolean => ranges.some((r) => r.start < end && start < r.end);

/**
 * Reads back the obfuscated words of `text`, leaving alone the ranges in `skip` (contacts: an
 * e-mail's '@', a phone's digits). A word is a run of letters and substitutes with at least three
 * letters in which every substitute stands between letters (or, for a symbol, ends the word after
 * a letter). Returns undefined when there is none, which is nearly every advert.
 */
export function deobfuscateWords(
  text: string,
  skip: ReadonlyArray<{ start: number; end: number }> = [],
): Deobfuscated | undefined {
  const words: ReadBackWord[] = [];
  const n = text.length;
  let scannedTo = 0;
  // Look only around substitutes that follow a letter: most adverts have none, and reading every
  // character's class would cost more than the rest of this stage.
  for (let p = 1; p < n; p++) {
    if (p < scannedTo || !isSubstituteCode(text.charCodeAt(p)) || !isLetter(text[p - 1])) continue;
    let start = p - 1;
    while (start > 0 && isWordPart(text[start - 1])) start--;
    let end = p + 1;
    while (end < n && isWordPart(text[end])) end++;
    scannedTo = end;
    const word = readBack(text, start, end, skip);
    if (word) words.push(word);
  }
  if (words.length === 0) return undefined;
  let read = '';
  let at = 0;
  for (const w of words) {
    read += text.slice(at, w.start) + w.reads;
    at = w.end;
  }
  return { text: read + text.slice(at), words };
}

/** The word text[start, end) read back, or undefined when it is not an obfuscated word. */
function readBack(
  text: string,
  start: number,
  end: number,
  skip: ReadonlyArray<{ start: number; end: number }>,
): ReadBackWord | undefined {
  let letters = 0;
  let cyrillic = 0;
  for (let k = start; k < end; k++)
    if (isLetter(text[k])) {
      letters++;
      if (isCyrillic(text[k]!)) cyrillic++;
    }
  if (letters < MIN_LETTERS || !wellPlaced(text, start, end)) return undefined;
  // An e-mail address or a handle the contact extractor did not take is still not a word.
  if (text[start - 1] === '@' || inEmail(text, start, end) || overlaps(start, end, skip)) return undefined;
  const map = cyrillic * 2 > letters ? CYRILLIC : LATIN;
  let reads = '';
  let capital = false;
  for (let k = start; k < end; k++) {
    const c = text[k]!;
    if (isLetter(c)) {
      reads += c;
      capital = c !== c.toLowerCase();
      continue;
    }
    const letter = map[c];
    if (letter === undefined) return undefined;
    // In capitals after a capital ("P@SSPORT").
    reads += capital ? letter.toUpperCase() : letter;
  }
  return { start, end, reads };
}

const EMAIL_DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** Whether the '@' of text[start, end) is an e-mail's: its run of non-space has an "@domain.tld". */
function inEmail(text: string, start: number, end: number): boolean {
  if (!text.slice(start, end).includes('@')) return false;
  let from = start;
  while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/\s/u.test(text[to]!)) to++;
  return EMAIL_DOMAIN.test(text.slice(from, to));
}

/** Every substitute of text[start, end) stands between letters, or is a symbol ending the word. */
function wellPlaced(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    if (isLetter(text[k])) continue;
    // A run of substitutes ("00" in "Sl00p") needs a letter on each side of the run.
    let last = k;
    while (last + 1 < end && !isLetter(text[last + 1])) last++;
    const letterBefore = k > start;
    const letterAfter = last + 1 < end;
    if (!letterBefore) return false;
    if (!letterAfter && !(last === k && MAY_END_WORD.has(text[k]!))) return false;
    k = last;
  }
  return true;
}

/** The letters of a word written one letter at a time ("V.i.b.e.r" → "Viber"). */
export const lettersOf = (s: string): string => s.replace(/[^\p{L}\p{M}]+/gu, '');

const MESSENGER_NAME = /^(?:whats\s?app|viber|telegram|signal)$/iu;
/** Whether a read-back word names a messenger ("Wh@tsapp", "V1ber"). */
export function isMessengerName(word: string): boolean {
  return MESSENGER_NAME.test(word);
}
