// Shared by the native-<language> tests: hand-written sentences are checked against one language's
// pack together with English, as the assessor applies them to an advert in that language.
import { expect, it } from 'vitest';
import { createRuleEngine, loadRulePacks } from '../../rules/engine.ts';

const engine = createRuleEngine(loadRulePacks());

/** Sentences per indicator, by the state each must give. */
export type Expectations = Record<string, { present?: string[]; absent?: string[]; contradicted?: string[] }>;

export function nativeSentences(language: string) {
  const languages = [language, 'en'];
  const match = (text: string) => engine.match({ title: '', text }, { languages });
  const stateOf = (text: string, indicator: string): string =>
    match(text).find((h) => h.indicatorId === indicator)?.state ?? 'absent';
  const check = (cases: Expectations): void => {
    for (const [indicator, c] of Object.entries(cases)) {
      for (const [state, sentences] of [
        ['present', c.present ?? []],
        ['absent', c.absent ?? []],
        ['contradicted', c.contradicted ?? []],
      ] as const) {
        it.each(sentences)(`${indicator} ${state}: %s`, (sentence) => {
          expect(stateOf(sentence, indicator)).toBe(state);
        });
      }
    }
  };
  /** Each statement that no fee is charged must contradict fee.recruitment, never raise it. */
  const noFeeContradicts = (sentences: string[]): void => {
    it.each(sentences)('%s', (sentence) => {
      expect(stateOf(sentence, 'fee.recruitment')).toBe('contradicted');
    });
  };
  /** Each real fee must stay a fee next to reassuring wording (free housing, no experience). */
  const realFeeStays = (texts: string[], title = 'a real fee stays a fee'): void => {
    it.each(texts)(`${title}: %s`, (text) => {
      expect(stateOf(text, 'fee.recruitment')).toBe('present');
    });
  };
  return { match, stateOf, check, noFeeContradicts, realFeeStays };
}
