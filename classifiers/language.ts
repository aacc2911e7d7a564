// Language identification for advert text: eld's small static model (byte n-grams, 60 languages),
// restricted to the languages EU recruitment adverts are written in, scored by
// classifiers/language-ngrams.ts (eld's results, cheaper). bench/language-id.ts compares
// it with the franc trigram models: it is more accurate on the short sentences adverts are made of
// (98% against 78%) and several times faster. eld has no Maltese and no Irish, so a small marker
// layer recognises Maltese by its unique letters (ħ, ġ, ċ) and very common function words, and
// Irish by words no other EU language writes (agus, tá, bhfuil, chun, faoi …) and by the initial
// mutations only Irish spells (bhf-, gc-, bp-, dt-).
//
// Only a bounded prefix of the text is read: eld itself stops after about 380 bytes of words, and
// cleaning a whole advert first would cost more than detecting.
import { createLanguageNgramScorer, type LanguageNgramScorer } from './language-ngrams.ts';

export interface LanguageResult {
  /** ISO 639-1 code, or 'und' when the text gives too little to go on. */
  language: string;
  /** 0–1; below about 0.4 the result is a guess. */
  confidence: number;
}

export interface DetectLanguageOptions {
  /** The source's languages (ISO 639-1), preferred when the text is short or ambiguous. */
  hints?: string[];
}

/** Languages eld may return here: the EU's (but Irish and Maltese) plus uk, ru, tr, ar and be. */
// prettier-ignore
const ELD_LANGUAGES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ro', 'bg', 'cs', 'hu', 'sv', 'hr', 'el',
  'uk', 'ru', 'tr', 'ar', 'be', 'lt', 'lv', 'et', 'fi', 'da', 'sk', 'sl',
];

/** Languages this module can return (besides 'und'). */
export const SUPPORTED_LANGUAGES: readonly string[] = [...ELD_LANGUAGES, 'mt', 'ga'];

// Serbian and Bosnian are left out on purpose, as Norwegian is: they are rarely the language of an
// EU advert and on short text they win over Croatian, Slovak or Danish.
/** Built on first use: its table of eld's n-grams takes about 0.2 s, which commands that never
 *  detect a language (rules lint, serve) need not pay at start-up. */
let scorer: LanguageNgramScorer | undefined;

/**
 * Raw characters read from the start of the text: after cleaning (digits, URLs and punctuation
 * go) they still hold more than ELD_CHARS, and letter counts stay exact for shorter texts.
 */
const PREFIX_CHARS = 400;
/**
 * Cleaned characters handed to eld (a title and a sentence or two). eld's cost grows with the
 * distinct n-grams it reads (it stops by itself after about 380 bytes); on the benchmark adverts
 * and the demo adverts 200 characters decide exactly as 400 do.
 */
const ELD_CHARS = 200;
/** Below this many letters n-grams are unreliable; a hint wins. */
const SHORT_TEXT_LETTERS = 25;
/** Below this confidence a hint that eld ranks close to the top wins. */
const AMBIGUOUS_CONFIDENCE = 0.4;
/** eld's score relative to the top one (top = 1) a hinted language needs to be preferred when ambiguous. */
const HINT_MIN_SCORE = 0.75;
/** Relative score gap to the runner-up that counts as full confidence. */
const FULL_CONFIDENCE_MARGIN = 0.15;

/** Maltese: letters no other European language uses, and its most common words. */
const MALTESE_LETTERS = /[ħĦġĠċĊ]/gu;
const MALTESE_WORDS: ReadonlySet<string> = new Set("u ta' ta il ix għal xogħol fuq li minn mal".split(' '));

/**
 * Irish: common words spelled as no other EU language spells a whole word (so not "an", "is",
 * "le", "sin" or "post"), a few of them advert vocabulary (obair "work", lóistín "lodging").
 */
// prettier-ignore
const IRISH_WORDS: ReadonlySet<string> = new Set([
  'agus', 'tá', 'atá', 'bhfuil', 'níl', 'chun', 'faoi', 'beidh', 'againn', 'agat', 'agaibh', 'freisin',
  'anseo', 'féidir', 'haghaidh', 'teastáil', 'fáil', 'ag', 'obair', 'oibre', 'lóistín', 'tuarastal',
  'iarratas', 'láithreach', 'fostaíocht', 'fostóir', 'teagmháil', 'seoladh', 'dtí', 'gcomhair',
]);
/** Eclipsis as Irish writes it at the start of a word (bhfear, gcathair, bpost, dtír). */
const IRISH_MUTATION = /^(?:bhf|gc|bp|dt)\p{L}/u;
/** Share of the words that must be Irish markers, with at least two of them. */
const IRISH_MIN_RATIO = 0.12;

const URLS = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const MAY_HAVE_URL = /:\/\/|www\./iu;
const EMAILS = /\S+@\S+/gu;
/** Characters that carry no language: digits, symbols, punctuation, `_`, and white space. */
const NO_LANGUAGE_CHAR = /[\p{N}\p{S}\p{P}_\s]/u;
/** NO_LANGUAGE_CHAR for each BMP code unit: 0 unknown, 1 no language, 2 language. */
const bmpClass = new Uint8Array(0x10000);
function carriesNoLanguage(code: number, char: string): boolean {
  if (code > 0xffff) return NO_LANGUAGE_CHAR.test(char);
  let cls = bmpClass[code]!;
  if (cls === 0) bmpClass[code] = cls = NO_LANGUAGE_CHAR.test(char) ? 1 : 2;
  return cls === 1;
}

/**
 * Strips what carries no language: URLs, e-mails, handles, digits and symbols; each run of them and
 * of white space becomes one space. The character loop (a table per code unit) replaces two
 * Unicode-property replaces that cost more than the n-gram scoring on a 400-character prefix.
 */
function cleanForDetection(text: string): string {
  let src = text;
  // The URL and e-mail expressions backtrack over every word; most adverts need neither.
  if (MAY_HAVE_URL.test(src)) src = src.replace(URLS, ' ');
  if (src.includes('@')) src = src.replace(EMAILS, ' ');
  let out = '';
  let runStart = 0;
  let pendingSpace = false;
  for (let i = 0; i < src.length;) {
    const code = src.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (carriesNoLanguage(code, width === 1 ? src[i]! : src.slice(i, i + 2))) {
      if (i > runStart) {
        if (pendingSpace && out !== '') out += ' ';
        out += src.slice(runStart, i);
      }
      pendingSpace = true;
      runStart = i + width;
    }
    i += width;
  }
  if (src.length > runStart) {
    if (pendingSpace && out !== '') out += ' ';
    out += src.slice(runStart);
  }
  return out;
}

function normaliseHints(hints: string[] | undefined): string[] {
  const out: string[] = [];
  for (const h of hints ?? []) {
    const code = h.trim().toLowerCase().slice(0, 2);
    if (SUPPORTED_LANGUAGES.includes(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

/** Maltese when its unique letters and its common words agree; undefined otherwise. */
function maltese(
  clean: string,
  tokens: readonly string[],
): { language: string; confidence: number } | undefined {
  const letters = clean.match(MALTESE_LETTERS)?.length ?? 0;
  if (letters === 0) return undefined;
  const wordRatio = tokens.filter((t) => MALTESE_WORDS.has(t)).length / tokens.length;
  if (letters >= 2 && wordRatio >= 0.08)
    return { language: 'mt', confidence: Math.min(1, 0.5 + wordRatio + letters * 0.05) };
  if (wordRatio >= 0.2) return { language: 'mt', confidence: 0.5 };
  return undefined;
}

/** Irish when enough of the words are Irish markers; undefined otherwise. */
function irish(tokens: readonly string[]): { language: string; confidence: number } | undefined {
  const markers = tokens.filter((t) => IRISH_WORDS.has(t) || IRISH_MUTATION.test(t)).length;
  const ratio = markers / tokens.length;
  if (markers < 2 || ratio < IRISH_MIN_RATIO) return undefined;
  return { language: 'ga', confidence: Math.min(1, 0.5 + ratio) };
}

/** The language of the marker layer (Maltese, Irish), which eld cannot return. */
function markerLanguage(clean: string): { language: string; confidence: number } | undefined {
  const tokens = clean.toLowerCase().split(' ').filter(Boolean);
  if (tokens.length === 0) return undefined;
  return maltese(clean, tokens) ?? irish(tokens);
}

/**
 * eld reports each language's mean n-gram score r as r / (r + 25), which squeezes close and distant
 * runners-up together near the top (Bulgarian 0.84 against Russian 0.82, Spanish 0.79 against
 * Portuguese 0.73); undoing it gives back r, whose ratios tell a close call from a clear one.
 */
const ELD_SCALE = 25;
const unscale = (s: number): number => (s >= 1 ? Number.MAX_VALUE : (ELD_SCALE * s) / (1 - s));

function letterCount(clean: string): number {
  let spaces = 0;
  for (let i = clean.indexOf(' '); i >= 0; i = clean.indexOf(' ', i + 1)) spaces++;
  return clean.length - spaces;
}

/**
 * Detects the language of `text`. Returns ISO 639-1, or 'und' when there is too little text and
 * no hint. When the text is short (under 25 letters) or ambiguous (confidence under 0.4), the
 * first hint that eld ranks close to the top is preferred; for short text the first hint wins.
 * Only the first 400 characters are read.
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageResult {
  const hints = normaliseHints(options.hints);
  const clean = cleanForDetection(text.length > PREFIX_CHARS ? text.slice(0, PREFIX_CHARS) : text);
  const letters = letterCount(clean);

  // Scores relative to the top one, best first.
  const scores =
    clean === ''
      ? []
      : (scorer ??= createLanguageNgramScorer(ELD_LANGUAGES))
          .score(clean.slice(0, ELD_CHARS))
          .map(([l, s]) => [l, unscale(s)] as const);
  const topScore = scores[0]?.[1] ?? 0;
  const ranked = scores.map(([language, score]) => ({ language, score: score / topScore }));
  const top = ranked[0];

  let result: LanguageResult;
  if (!top) {
    result = { language: 'und', confidence: 0 };
  } else {
    const second = ranked[1]?.score ?? 0;
    const margin = Math.min(1, (1 - second) / FULL_CONFIDENCE_MARGIN);
    const lengthFactor = Math.min(1, letters / 60);
    result = { language: top.language, confidence: round2(margin * lengthFactor) };
  }

  const marker = markerLanguage(clean);
  if (marker) result = { language: marker.language, confidence: round2(marker.confidence) };

  if (hints.length > 0 && hints[0] !== undefined) {
    if (letters < SHORT_TEXT_LETTERS) {
      // Too little text for n-grams: trust the source unless eld already agrees with a hint.
      const agreeing = hints.find((h) => h === result.language);
      return { language: agreeing ?? hints[0], confidence: round2(Math.max(result.confidence, 0.5)) };
    }
    if (result.confidence < AMBIGUOUS_CONFIDENCE && !hints.includes(result.language)) {
      const hinted = hints.find((h) => (ranked.find((r) => r.language === h)?.score ?? 0) >= HINT_MIN_SCORE);
      if (hinted) return { language: hinted, confidence: AMBIGUOUS_CONFIDENCE };
    }
  }
  if (letters < 10 && result.confidence < 0.2) return { language: 'und', confidence: 0 };
  return result;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
