// The n-gram scorer must give eld's own scores (eld with the same language subset) on every text:
// the labelled corpus, the demo adverts, and texts made to reach eld's edge cases.
import { describe, expect, it } from 'vitest';
import { eld } from 'eld/small';
import { createLanguageNgramScorer } from '../../classifiers/language-ngrams.ts';
import { readLabelledJsonl } from '../../pipeline/labelled-jsonl.ts';
import { generateDemoAdverts } from '../fixture-boards/generate.ts';

// prettier-ignore
const SUBSET = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ro', 'bg', 'cs', 'hu', 'sv', 'hr', 'el',
  'uk', 'ru', 'tr', 'ar', 'be', 'lt', 'lv', 'et', 'fi', 'da', 'sk', 'sl'];

const reference = eld.newInstance();
reference.setLanguageSubset(SUBSET);
const eldScores = (text: string): Array<[string, number]> => {
  const found = reference.detect(text);
  return found.language ? Object.entries(found.getScores()) : [];
};
const scorer = createLanguageNgramScorer(SUBSET);
/** 84 letters, no period in them: each cut through it gives other n-grams. */
const LONG_WORD = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftsrat';

describe('language n-gram scorer', () => {
  it('knows every language of the subset, in eld order', () => {
    expect([...scorer.languages].sort()).toEqual([...SUBSET].sort());
    expect(createLanguageNgramScorer(['de', 'xx', 'en']).languages).toEqual(['de', 'en']);
  });

  it('scores the labelled and demo adverts exactly as eld does', () => {
    const lines = ['train', 'test'].flatMap(
      (part) => readLabelledJsonl(`test/data/labelled/${part}.jsonl`).lines,
    );
    const texts = [
      ...lines.map((l) => `${l.title}\n${l.description}`),
      ...lines.map((l) => l.title),
      ...generateDemoAdverts('language-ngrams').map((a) => `${a.title}\n${a.description}`),
    ];
    expect(texts.length).toBeGreaterThan(3000);
    const differing = texts.filter((t) => JSON.stringify(scorer.score(t)) !== JSON.stringify(eldScores(t)));
    expect(differing).toEqual([]);
    // Most texts are recognised: the comparison is not between two empty results.
    expect(texts.filter((t) => scorer.score(t).length > 0).length).toBeGreaterThan(texts.length * 0.95);
  });

  it.each([
    [
      'words longer than 70 bytes, one repeated',
      `${LONG_WORD} ist ein Wort, ${LONG_WORD.slice(3)}zusatz auch; ${LONG_WORD} wieder`,
    ],
    ['one word past the byte cut', 'x'.repeat(400)],
    ['two-byte letters past the cut', `${'ążźćęłóń'.repeat(30)} tak`],
    ['apostrophes kept before letters', "don't stop 'til l'eau d'être, it's ‘quoted’ `here`"],
    ['three-letter and shorter words', 'a an the of to be or is in at it'],
    ['Cyrillic and Greek', 'Работа в Германии без опыта. Εργασία στη Γερμανία χωρίς εμπειρία.'],
    ['astral characters and marks', 'Praca 😀 w Niemczech 𝒜𝒷 zakwaterowanie e\u0301te\u0301'],
    ['a capital that lower-cases to two characters', 'İstanbul İş ilanı, deneyim gerekmez'],
    ['nothing but separators', '123 --- !!! 😀'],
    ['empty', ''],
  ])('matches eld on %s', (_, text) => {
    expect(scorer.score(text)).toEqual(eldScores(text));
  });

  it('ranks best first with scores between 0 and 1', () => {
    const scores = scorer.score(
      'Szukamy pracowników do zbioru truskawek w Holandii, zakwaterowanie zapewnione.',
    );
    expect(scores[0]?.[0]).toBe('pl');
    for (let i = 1; i < scores.length; i++) expect(scores[i]![1]).toBeLessThanOrEqual(scores[i - 1]![1]);
    for (const [, s] of scores) expect(s > 0 && s < 1).toBe(true);
  });
});
