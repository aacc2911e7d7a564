// Folds advert text for matching: lower case, diacritics removed, compatibility forms expanded, and
// every character that is neither a letter nor a digit reduced to a small set of ASCII separators.
// Every folded character remembers where it came from, so a match in the folded text maps back to
// exact UTF-16 offsets in the original advert text. Words written one letter at a time to slip
// past filters ("c a s h", "V.i.b.e.r") are joined, their letters keeping their offsets. Pure: no I/O.
//
// Reducing punctuation to ASCII lets the compiled patterns use small ASCII character classes
// instead of Unicode property classes (\p{L}), which V8 builds and runs several times more slowly.

/** Text folded for matching, with a map from folded code units back to the original string. */
export interface FoldedText {
  readonly text: string;
  /** For folded code unit i: offset of the first original code unit it came from. */
  readonly origStart: Int32Array;
  /** For folded code unit i: offset just past the last original code unit it came from. */
  readonly origEnd: Int32Array;
  /** Original ranges of the words spelled out letter by letter that folding joined ("c a s h"). */
  readonly spaced: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * The only non-word characters left in folded text. `.`, `!`, `?`, `;` and line breaks end a
 * sentence; the others separate words within one. Everything else that is not a letter or digit
 * (other punctuation, symbols, emoji, tabs, non-breaking spaces) becomes a space.
 */
export const KEPT_PUNCTUATION = ".,:;!?'-/+%\n";

/** Regex class body (for `[...]` and `[^...]`) of the non-word characters of folded text. */
export const NON_WORD_CLASS = " \\n.,:;!?'\\-/+%";

// Letters that Unicode decomposition leaves alone but writers (and search users) treat as a base
// letter plus a mark: Polish ł, German ß, Nordic ø/æ, Croatian đ, and so on; typographic
// apostrophes and dashes become their ASCII forms so "don’t" matches "don't".
const SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2044': '/',
};

const MARKS = /\p{M}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const cache = new Map<number, string>();

/** ASCII folding table: lower-case letters, keep digits, `_` and kept punctuation, everything else a space. */
const ASCII = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if (ch >= 'A' && ch <= 'Z') return ch.toLowerCase();
  if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || KEPT_PUNCTUATION.includes(ch)) return ch;
  if (ch === '`') return "'";
  // Joins words as in handles and identifiers ("@work_abroad_now"), which are not phrasing.
  if (ch === '_') return '_';
  return ' ';
});

function keepOrSpace(c: string): string {
  return LETTER_OR_DIGIT.test(c) || KEPT_PUNCTUATION.includes(c) ? c : ' ';
}

/** Folds one code point (given as a string); may return '' (a lone combining mark) or several chars. */
export function foldChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 128) return ASCII[cp]!;
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  let out = [...ch.toLowerCase()].map((c) => SPECIAL[c] ?? c).join('');
  out = out.normalize('NFKD').replace(MARKS, '');
  // NFKD can expose letters again (ligatures, full-width forms) that need lowering.
  out = [...out.toLowerCase()].map((c) => keepOrSpace(SPECIAL[c] ?? c)).join('');
  cache.set(cp, out);
  return out;
}

/** Folds a whole string without offsets (for patterns and anchors). */
export function foldString(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

/** ASCII_CODES[c]: the folded code unit of ASCII character c (ASCII never expands or vanishes). */
const ASCII_CODES = Uint16Array.from(ASCII, (s) => s.charCodeAt(0));
/** Marks a code unit in BMP_CODES whose folding is not one code unit (ß → ss, a lone mark → ''). */
const NOT_SINGLE = 0xffff;
/**
 * BMP_CODES[c]: the folded code unit of basic-plane character c, filled in the first time c is
 * seen (0: not yet); NOT_SINGLE when it folds to zero or several units. Turns the per-character
 * cost of folding into one array read for nearly every character of an advert.
 */
const BMP_CODES = new Uint16Array(0x10000);

function bmpCode(code: number): number {
  let f = BMP_CODES[code]!;
  if (f === 0) {
    const folded = foldChar(String.fromCharCode(code));
    f = folded.length === 1 ? folded.charCodeAt(0) : NOT_SINGLE;
    BMP_CODES[code] = f;
  }
  return f;
}

/**
 * Buffers that foldWithOffsets may reuse from call to call. A caller folding text after text (the
 * rule engine, once per advert field) saves allocating three typed arrays per text; the offsets of
 * a FoldedText folded into them are then valid until the next fold into the same buffers.
 */
export class FoldBuffers {
  codes = new Uint16Array(0);
  origStart = new Int32Array(0);
  origEnd = new Int32Array(0);
}

/**
 * Folds `original` and records, for every folded code unit, the original range it came from.
 * With `buffers`, the offsets live in them (see FoldBuffers); without, in arrays of their own.
 */
export function foldWithOffsets(original: string, buffers?: FoldBuffers): FoldedText {
  const n = original.length;
  // Folding rarely grows text (ß → ss, æ → ae); grow the buffers when it does.
  let codes: Uint16Array;
  let origStart: Int32Array;
  let origEnd: Int32Array;
  if (buffers && buffers.codes.length >= n + 16) ({ codes, origStart, origEnd } = buffers);
  else {
    const size = Math.max(n + 16, (buffers?.codes.length ?? 0) * 2);
    codes = new Uint16Array(size);
    origStart = new Int32Array(size);
    origEnd = new Int32Array(size);
  }
  let len = 0;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    // Fast path: one code unit in, one out (ASCII, and basic-plane letters such as ă, ł, д).
    const single =
      code < 128 ? ASCII_CODES[code]! : code >= 0xd800 && code <= 0xdfff ? NOT_SINGLE : bmpCode(code);
    if (single !== NOT_SINGLE) {
      if (len === codes.length) {
        const size = codes.length * 2;
        codes = grow(codes, new Uint16Array(size));
        origStart = grow(origStart, new Int32Array(size));
        origEnd = grow(origEnd, new Int32Array(size));
      }
      codes[len] = single;
      origStart[len] = i;
      origEnd[len] = i + 1;
      len++;
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    if (folded.length === 0) {
      // A combining mark on its own: widen the previous character so evidence keeps the mark.
      if (len > 0) origEnd[len - 1] = i + width;
    } else {
      if (len + folded.length > codes.length) {
        const size = codes.length * 2 + folded.length;
        codes = grow(codes, new Uint16Array(size));
        origStart = grow(origStart, new Int32Array(size));
        origEnd = grow(origEnd, new Int32Array(size));
      }
      for (let k = 0; k < folded.length; k++) {
        codes[len] = folded.charCodeAt(k);
        origStart[len] = i;
        origEnd[len] = i + width;
        len++;
      }
    }
    i += width;
  }
  if (buffers) Object.assign(buffers, { codes, origStart, origEnd });
  const spaced: Array<{ start: number; end: number }> = [];
  len = joinSpacedLetters(codes, origStart, origEnd, len, spaced);
  return {
    text: fromCodeUnits(codes.subarray(0, len)),
    origStart: origStart.subarray(0, len),
    origEnd: origEnd.subarray(0, len),
    spaced,
  };
}

/** What separates the letters of a word spelled out to slip past filters: "c a s h" (also from
 *  "c*a*s*h", which folds to spaces), "V.i.b.e.r", "w-h-a-t-s-a-p-p", "c_a_s_h". */
const SPACING = new Set([32, 46, 45, 95]);
/** Fewest letters of a spelled-out word: "U.S.A." and "e.g." stay as they are. */
export const MIN_SPACED_LETTERS = 4;
/** Folded code unit → 1 letter, 2 digit, 3 neither; 0 not yet known. */
const FOLDED_CLASS = new Uint8Array(0x10000);
function foldedClass(code: number): number {
  let c = FOLDED_CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = /\p{L}/u.test(ch) ? 1 : /\p{N}/u.test(ch) ? 2 : 3;
    FOLDED_CLASS[code] = c;
  }
  return c;
}
const isFoldedLetter = (code: number): boolean =>
  code < 128 ? code >= 97 && code <= 122 : foldedClass(code) === 1;
const isFoldedWordChar = (code: number): boolean =>
  code < 128 ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) : foldedClass(code) !== 3;

/**
 * Joins, in place, the letters of words spelled out one letter at a time with one separator
 * ("c a s h" → "cash"), at least MIN_SPACED_LETTERS letters with the same separator throughout,
 * and records their original ranges in `spaced`. Returns the new length. The joined letters keep
 * their offsets, so evidence still points at the advert as written.
 */
function joinSpacedLetters(
  codes: Uint16Array,
  origStart: Int32Array,
  origEnd: Int32Array,
  len: number,
  spaced: Array<{ start: number; end: number }>,
): number {
  // Most texts have none: look for the first before copying anything.
  let r = 1;
  for (; r + 1 < len; r++) {
    const c = codes[r]!;
    // Cheap tests first: a separator with a letter on each side.
    if (c !== 32 && c !== 46 && c !== 45 && c !== 95) continue;
    if (spacedRunEnd(codes, r - 1, len) > 0) break;
  }
  if (r + 1 >= len) return len;
  let w = r - 1;
  for (r = w; r < len;) {
    const end = spacedRunEnd(codes, r, len);
    if (end < 0) {
      codes[w] = codes[r]!;
      origStart[w] = origStart[r]!;
      origEnd[w] = origEnd[r]!;
      w++;
      r++;
      continue;
    }
    spaced.push({ start: origStart[r]!, end: origEnd[end - 1]! });
    for (let k = r; k < end; k += 2) {
      codes[w] = codes[k]!;
      origStart[w] = origStart[k]!;
      origEnd[w] = origEnd[k]!;
      w++;
    }
    r = end;
  }
  return w;
}

/** The end of a word spelled out letter by letter that starts at `r`, or -1 when none does. */
function spacedRunEnd(codes: Uint16Array, r: number, len: number): number {
  if (
    r + 2 >= len ||
    !SPACING.has(codes[r + 1]!) ||
    !isFoldedLetter(codes[r]!) ||
    (r > 0 && isFoldedWordChar(codes[r - 1]!))
  )
    return -1;
  const sep = codes[r + 1]!;
  let k = r;
  let letters = 1;
  while (
    k + 2 < len &&
    codes[k + 1] === sep &&
    isFoldedLetter(codes[k + 2]!) &&
    (k + 3 >= len || !isFoldedWordChar(codes[k + 3]!))
  ) {
    k += 2;
    letters++;
  }
  return letters >= MIN_SPACED_LETTERS ? k + 1 : -1;
}

// Decoding the buffer is several times faster than String.fromCharCode over it. Folded text has no
// lone surrogates (they fold to a space), so decoding changes nothing; the typed array holds
// code units in the platform's byte order, so big-endian platforms take the slower way.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function fromCodeUnits(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return UTF16.decode(units);
  let text = '';
  for (let s = 0; s < units.length; s += 4096)
    text += String.fromCharCode.apply(null, Array.from(units.subarray(s, s + 4096)));
  return text;
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
