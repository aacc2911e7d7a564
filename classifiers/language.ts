// Language identification for advert text: franc-min trigrams, restricted to the languages EU
// recruitment adverts are written in, plus a small marker layer for the EU languages franc-min
// does not carry (it only ships languages with 8M+ speakers, so no Lithuanian, Latvian, Estonian,
// Finnish, Danish, Slovak, Slovenian or Maltese). The marker layer is hand-written because no
// installed package covers those languages; it recognises them by letters that are unique to
// them and by very common function words, and only overrides franc when both agree.
import { francAll } from 'franc-min';

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

/** franc-min's ISO 639-3 codes we accept, mapped to ISO 639-1. */
const FRANC_TO_ISO1: Readonly<Record<string, string>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  ron: 'ro',
  bul: 'bg',
  ces: 'cs',
  hun: 'hu',
  swe: 'sv',
  hrv: 'hr',
  ell: 'el',
  ukr: 'uk',
  rus: 'ru',
  tur: 'tr',
  arb: 'ar',
  bel: 'be',
};

// Serbian and Bosnian are left out on purpose: their Latin-script trigrams are nearly those of
// Croatian and they win on short Polish, Slovak or Lithuanian text.
const FRANC_CANDIDATES = Object.keys(FRANC_TO_ISO1);

/** Languages this module can return (besides 'und'). */
export const SUPPORTED_LANGUAGES: readonly string[] = [
  ...Object.values(FRANC_TO_ISO1),
  'lt',
  'lv',
  'et',
  'fi',
  'da',
  'sk',
  'sl',
  'mt',
];

interface Marker {
  /** Letters that (among European languages) are nearly unique to this language. */
  letters?: RegExp;
  /** Very common words, lower case. */
  words: ReadonlySet<string>;
  /** franc results this language is usually mistaken for; without unique letters we only override these. */
  confusedWith?: readonly string[];
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const MARKERS: Readonly<Record<string, Marker>> = {
  lt: {
    letters: /[ėįųĖĮŲ]/gu,
    words: words(
      'ir yra su kad į per be iki nuo už darbas darbo darbą darbuotojų darbuotojus ieškome atlyginimas apgyvendinimas kelionė nemokama suteikiamas reikalinga patirties kalbos mėn val',
    ),
  },
  lv: {
    letters: /[āēīķļņģĀĒĪĶĻŅĢ]/gu,
    words: words(
      'un ir ar uz par no līdz darbs darba darbu meklējam alga dzīvesvieta nodrošināta bezmaksas pieredze valodas tiek',
    ),
  },
  et: {
    letters: /[õÕ]/gu,
    words: words(
      'ja on ei ning see kui töö tööd tööle otsime palk majutus tasuta kuni kogemus kogemust keele vaja pakume',
    ),
    confusedWith: ['nl', 'hu', 'tr', 'sv', 'de'],
  },
  mt: {
    letters: /[ħĦġĠċĊ]/gu,
    words: words("u ta' il ix għal xogħol fuq li minn mal"),
  },
  da: {
    letters: /[æøÆØ]/gu,
    words: words('og er til med vi søger arbejde løn bolig gratis ikke det en af på for som kan du'),
  },
  sk: {
    letters: /[ľĺŕôĽĹŔÔ]/gu,
    words: words(
      'je sa pre v ktorý ktoré hľadáme práca prácu ubytovanie mzda zabezpečené zadarmo skúsenosti',
    ),
    confusedWith: ['cs', 'hr', 'pl'],
  },
  sl: {
    words: words(
      'in so ki bo tudi delo dela iščemo plača nastanitev zagotovljena brezplačen prevoz izkušnje nudimo',
    ),
    confusedWith: ['hr', 'cs', 'sk'],
  },
  fi: {
    words: words(
      'ja on ei että kanssa työ työtä työhön etsimme palkka majoitus ilmainen kokemusta kielitaitoa tarjoamme',
    ),
    confusedWith: ['hu', 'sv', 'tr', 'nl', 'de'],
  },
};

/** Below this many letters franc is unreliable; a hint wins. */
const SHORT_TEXT_LETTERS = 25;
/** Below this confidence a hint that franc ranks close to the top wins. */
const AMBIGUOUS_CONFIDENCE = 0.4;
/** franc's normalised score (top = 1) a hinted language needs to be preferred when ambiguous. */
const HINT_MIN_SCORE = 0.75;
/** franc score gap to the runner-up that counts as full confidence. */
const FULL_CONFIDENCE_MARGIN = 0.15;

/** Strips what carries no language: URLs, e-mails, handles, digits and symbols. */
function cleanForDetection(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/giu, ' ')
    .replace(/\S+@\S+/gu, ' ')
    .replace(/[\p{N}\p{S}\p{P}_]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function normaliseHints(hints: string[] | undefined): string[] {
  const out: string[] = [];
  for (const h of hints ?? []) {
    const code = h.trim().toLowerCase().slice(0, 2);
    if (SUPPORTED_LANGUAGES.includes(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

interface MarkerScore {
  language: string;
  letters: number;
  wordRatio: number;
}

function markerScores(clean: string): MarkerScore[] {
  const tokens = clean.toLowerCase().split(' ').filter(Boolean);
  if (tokens.length === 0) return [];
  return Object.entries(MARKERS).map(([language, m]) => {
    const letters = m.letters ? (clean.match(m.letters)?.length ?? 0) : 0;
    const hits = tokens.filter((t) => m.words.has(t)).length;
    return { language, letters, wordRatio: hits / tokens.length };
  });
}

/** A marker language overrides franc when its unique letters and its words agree, or when franc
 *  picked a language it is known to be mistaken for and the marker's common words are frequent. */
function markerOverride(
  clean: string,
  francTop: string | undefined,
): { language: string; confidence: number } | undefined {
  let best: { language: string; confidence: number; strength: number } | undefined;
  for (const s of markerScores(clean)) {
    const m = MARKERS[s.language];
    if (!m) continue;
    let confidence = 0;
    if (s.letters >= 2 && s.wordRatio >= 0.08) confidence = Math.min(1, 0.5 + s.wordRatio + s.letters * 0.05);
    else if (s.letters >= 1 && s.wordRatio >= 0.2) confidence = 0.5;
    else if (francTop && m.confusedWith?.includes(francTop) && s.wordRatio >= 0.2)
      confidence = Math.min(0.9, 0.3 + s.wordRatio);
    // Ties between related languages (Finnish/Estonian share "ja on ei") go to more unique letters, then more words.
    const strength = s.letters * 0.1 + s.wordRatio;
    if (confidence > 0 && (!best || strength > best.strength))
      best = { language: s.language, confidence, strength };
  }
  return best && { language: best.language, confidence: best.confidence };
}

/**
 * Detects the language of `text`. Returns ISO 639-1, or 'und' when there is too little text and
 * no hint. When the text is short (under 25 letters) or ambiguous (confidence under 0.4), the
 * first hint that franc ranks close to the top is preferred; for short text the first hint wins.
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageResult {
  const hints = normaliseHints(options.hints);
  const clean = cleanForDetection(text);
  const letterCount = clean.replace(/\s/gu, '').length;

  const ranked = francAll(clean, { only: FRANC_CANDIDATES, minLength: 3 })
    .filter(([code]) => code !== 'und')
    .map(([code, score]) => ({ language: FRANC_TO_ISO1[code] ?? 'und', score }));
  const top = ranked[0];

  let result: LanguageResult;
  if (!top) {
    result = { language: 'und', confidence: 0 };
  } else {
    const second = ranked[1]?.score ?? 0;
    const margin = Math.min(1, (1 - second) / FULL_CONFIDENCE_MARGIN);
    const lengthFactor = Math.min(1, letterCount / 60);
    result = { language: top.language, confidence: round2(margin * lengthFactor) };
  }

  const marker = markerOverride(clean, top?.language);
  if (marker) result = { language: marker.language, confidence: round2(marker.confidence) };

  if (hints.length > 0 && hints[0] !== undefined) {
    if (letterCount < SHORT_TEXT_LETTERS) {
      // Too little text for trigrams: trust the source unless franc already agrees with a hint.
      const agreeing = hints.find((h) => h === result.language);
      return { language: agreeing ?? hints[0], confidence: round2(Math.max(result.confidence, 0.5)) };
    }
    if (result.confidence < AMBIGUOUS_CONFIDENCE && !hints.includes(result.language)) {
      const hinted = hints.find((h) => (ranked.find((r) => r.language === h)?.score ?? 0) >= HINT_MIN_SCORE);
      if (hinted) return { language: hinted, confidence: AMBIGUOUS_CONFIDENCE };
    }
  }
  if (letterCount < 10 && result.confidence < 0.2) return { language: 'und', confidence: 0 };
  return result;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
