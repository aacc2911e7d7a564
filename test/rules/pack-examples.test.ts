// Checks every bundled pack against its own example sentences: each rule matches its examples (alone
// and inside the whole pack), none of its counter-examples, turns its contradiction examples into
// `contradicted`, and every pattern, near condition and contradiction is exercised by some sentence.
import { describe, expect, it } from 'vitest';
import {
  createRuleEngine,
  loadRulePacks,
  type Pattern,
  type Rule,
  type RulePack,
} from '../../rules/engine.ts';
import { foldWithOffsets } from '../../rules/normalise.ts';
import { compilePattern, findMatches, TextIndex } from '../../rules/pattern.ts';

const packs = loadRulePacks();

function stateOf(engine: ReturnType<typeof createRuleEngine>, text: string, indicator: string): string {
  return engine.match({ title: '', text }).find((h) => h.indicatorId === indicator)?.state ?? 'absent';
}

function matchesAny(pattern: Pattern, sentences: readonly string[]): boolean {
  const compiled = compilePattern(pattern);
  return sentences.some((s) => findMatches(compiled, new TextIndex(foldWithOffsets(s).text)).length > 0);
}

describe.each(packs.map((p) => [p.language, p] as const))('%s pack', (_language, pack: RulePack) => {
  const whole = createRuleEngine([pack]);

  describe.each(pack.rules.map((r) => [r.id, r] as const))('%s', (_id, rule: Rule) => {
    const alone = createRuleEngine([{ ...pack, rules: [rule] }]);

    it.each(rule.examples)('matches example: %s', (sentence) => {
      expect(stateOf(alone, sentence, rule.indicator)).toBe('present');
      expect(stateOf(whole, sentence, rule.indicator)).toBe('present');
    });

    it.each(rule.counterExamples)('does not match counter-example: %s', (sentence) => {
      expect(stateOf(whole, sentence, rule.indicator)).not.toBe('present');
    });

    it.each(rule.contradictionExamples)('is contradicted by: %s', (sentence) => {
      expect(stateOf(whole, sentence, rule.indicator)).toBe('contradicted');
    });

    it('exercises every pattern, near condition and contradiction with an example', () => {
      const unused = [
        ...rule.patterns
          .filter((p) => !matchesAny(p, rule.examples))
          .map((p) => `pattern ${JSON.stringify(p)}`),
        ...rule.near
          .filter((near) => {
            const single = createRuleEngine([{ ...pack, rules: [{ ...rule, patterns: [], near: [near] }] }]);
            return !rule.examples.some((s) => stateOf(single, s, rule.indicator) === 'present');
          })
          .map((near) => `near ${JSON.stringify(near)}`),
        ...rule.contradictions
          .filter((p) => !matchesAny(p, rule.contradictionExamples))
          .map((p) => `contradiction ${JSON.stringify(p)}`),
      ];
      expect(unused).toEqual([]);
    });
  });
});

describe('bundled packs', () => {
  it('cover the required textual indicators in every language, with contradictions where required', () => {
    const required = [
      'fee.recruitment',
      'pay.deductions',
      'pay.unusual_method',
      'debt.travel_advance',
      'travel.paid',
      'housing.provided',
      'housing.live_in',
      'hours.excessive',
      'docs.passport_upfront',
      'docs.personal_data',
      'legal.status_promised',
      'job.vague',
      'location.vague',
      'req.no_experience',
      'req.no_language',
      'req.no_contract',
      'req.age_appearance',
      'urgency',
      'sector.high_risk',
      'role.entertainment_abroad',
      'role.domestic_abroad',
      'role.massage_unlicensed',
      'easy_money',
    ];
    // Every indicator that an advert can deny in words. The others describe the advert (its sector,
    // a role abroad, vagueness, an easy-money pitch): there is no sentence saying their opposite.
    const withContradictions = [
      'fee.recruitment',
      'pay.deductions',
      'pay.unusual_method',
      'debt.travel_advance',
      'travel.paid',
      'housing.provided',
      'housing.live_in',
      'hours.excessive',
      'docs.passport_upfront',
      'docs.personal_data',
      'legal.status_promised',
      'req.no_experience',
      'req.no_language',
      'req.no_contract',
      'req.age_appearance',
      'urgency',
    ];
    expect(packs.map((p) => p.language)).toEqual(expect.arrayContaining(['de', 'en', 'pl', 'ro']));
    for (const pack of packs) {
      const implemented = new Set(
        pack.rules.filter((r) => r.patterns.length + r.near.length > 0).map((r) => r.indicator),
      );
      expect(
        [...required].filter((id) => !implemented.has(id)),
        pack.language,
      ).toEqual([]);
      const contradicted = new Set(
        pack.rules.filter((r) => r.contradictions.length > 0).map((r) => r.indicator),
      );
      expect(
        withContradictions.filter((id) => !contradicted.has(id)),
        pack.language,
      ).toEqual([]);
    }
  });
});
