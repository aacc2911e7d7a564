import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  BANDS,
  PATTERNS,
  QUEUE_THRESHOLD,
  SCORER_VERSION,
  STRONG_INDICATORS,
  bandOf,
  scoreRisk,
} from '../../classifiers/risk-score.ts';
import type { IndicatorHit } from '../../storage/records.ts';

// Weights as the rule catalogue gives them (its defaultWeight), so these scenarios score as real
// adverts will. Kept here so the scorer's tests do not depend on the rule packs.
const W: Record<string, number> = {
  'pay.too_good': 0.5,
  'pay.unusual_method': 0.6,
  'pay.deductions': 0.7,
  'fee.recruitment': 0.9,
  'debt.travel_advance': 0.8,
  'travel.paid': 0.3,
  'housing.provided': 0.25,
  'housing.live_in': 0.45,
  'hours.excessive': 0.55,
  'docs.passport_upfront': 0.8,
  'docs.personal_data': 0.6,
  'legal.status_promised': 0.45,
  'job.vague': 0.4,
  'employer.anonymous': 0.35,
  'employer.impersonation': 0.7,
  'contact.messenger_only': 0.4,
  'contact.freemail': 0.3,
  'location.vague': 0.35,
  'location.abroad': 0.2,
  'req.no_experience': 0.15,
  'req.no_language': 0.25,
  'req.no_contract': 0.5,
  'req.age_appearance': 0.5,
  urgency: 0.15,
  'sector.high_risk': 0.1,
  'role.entertainment_abroad': 0.6,
  'role.massage_unlicensed': 0.6,
  'role.domestic_abroad': 0.45,
  easy_money: 0.4,
  'language.obfuscated': 0.5,
  'network.shared_contact': 0.5,
  'network.template': 0.4,
  'lifecycle.quick_removal': 0.3,
};
const ALL_IDS = Object.keys(W);

const present = (id: string): IndicatorHit => ({
  indicatorId: id,
  state: 'present',
  weight: W[id] ?? 0.3,
  ruleId: `en.${id}.1`,
  evidence: [{ field: 'text', start: 0, end: 4, text: 'text' }],
});
const contradicted = (id: string): IndicatorHit => ({
  indicatorId: id,
  state: 'contradicted',
  weight: 0,
  ruleId: `en.${id}.c1`,
  evidence: [{ field: 'text', start: 0, end: 4, text: 'text' }],
});
const score = (...hits: IndicatorHit[]): number => scoreRisk(hits).score;

describe('scoreRisk: constants', () => {
  it('exports a version, a threshold inside 0–100 and ascending bands starting at 0', () => {
    expect(SCORER_VERSION).toMatch(/^\d+\.\d+\.\d+$/u);
    expect(QUEUE_THRESHOLD).toBeGreaterThan(0);
    expect(QUEUE_THRESHOLD).toBeLessThanOrEqual(100);
    expect(BANDS[0]).toEqual({ band: 'low', min: 0 });
    expect(BANDS.map((b) => b.band)).toEqual(['low', 'medium', 'high', 'critical']);
    for (let i = 1; i < BANDS.length; i++) expect(BANDS[i]!.min).toBeGreaterThan(BANDS[i - 1]!.min);
    expect(bandOf(QUEUE_THRESHOLD)).toBe('high');
    expect(bandOf(QUEUE_THRESHOLD - 1)).toBe('medium');
  });

  it('scores no hits as 0, low', () => {
    expect(scoreRisk([])).toEqual({ score: 0, band: 'low', reasons: [] });
  });
});

describe('scoreRisk: single indicators never queue', () => {
  for (const id of ALL_IDS) {
    it(`${id} alone stays below the threshold`, () => {
      expect(score(present(id))).toBeLessThan(QUEUE_THRESHOLD);
      // Even at full weight and with a confident classifier.
      expect(scoreRisk([{ ...present(id), weight: 1 }], { classifierProbability: 1 }).score).toBeLessThan(
        QUEUE_THRESHOLD,
      );
    });
  }
});

describe('scoreRisk: combinations', () => {
  it('keeps an ordinary seasonal job (sector + urgency + no experience + housing) below the threshold and low', () => {
    const r = scoreRisk(
      ['sector.high_risk', 'urgency', 'req.no_experience', 'housing.provided'].map(present),
    );
    expect(r.score).toBeLessThan(QUEUE_THRESHOLD);
    expect(r.band).toBe('low');
  });

  it('keeps any pile of context indicators that forms no deception pattern below the threshold', () => {
    // Without work abroad or a vague workplace no deception pattern can match, however much other
    // context there is.
    const elsewhere = ['location.abroad', 'location.vague'];
    const context = ALL_IDS.filter((id) => !STRONG_INDICATORS.has(id) && !elsewhere.includes(id));
    const r = scoreRisk(context.map(present));
    expect(r.score).toBe(QUEUE_THRESHOLD - 1);
    expect(r.reasons.join(' ')).toMatch(/context indicators alone/u);
    expect(r.reasons.join(' ')).not.toMatch(/Pattern:/u);
  });

  it("keeps a named employer's seasonal job abroad with housing and travel below the threshold", () => {
    // Company e-mail or website: no contact.* hit; a name: no employer.anonymous.
    const ids = ['sector.high_risk', 'location.abroad', 'housing.provided', 'travel.paid', 'urgency'];
    const r = scoreRisk(ids.map(present));
    expect(r.score).toBeLessThan(QUEUE_THRESHOLD);
    expect(r.reasons.join(' ')).not.toMatch(/Pattern:/u);
  });

  it.each([
    [['travel.paid', 'pay.deductions', 'location.abroad', 'contact.messenger_only']],
    [['fee.recruitment', 'travel.paid']],
    [['role.entertainment_abroad', 'req.age_appearance', 'location.abroad']],
    [['docs.passport_upfront', 'location.abroad']],
    [['travel.paid', 'debt.travel_advance']],
  ])('%j reaches the queue threshold', (ids) => {
    const r = scoreRisk(ids.map(present));
    expect(r.score).toBeGreaterThanOrEqual(QUEUE_THRESHOLD);
    expect(['high', 'critical']).toContain(r.band);
    expect(r.reasons.some((x) => x.startsWith('Combination:'))).toBe(true);
  });

  it('each named interaction raises the score above the same indicators without it', () => {
    // travel.paid + pay.deductions vs. travel.paid + pay.unusual_method (similar weight, no interaction)
    expect(score(present('travel.paid'), present('pay.deductions'))).toBeGreaterThan(
      score(present('travel.paid'), { ...present('pay.unusual_method'), weight: W['pay.deductions']! }),
    );
    // location.abroad + messenger only vs. location.abroad + freemail at equal weight
    expect(score(present('location.abroad'), present('contact.messenger_only'))).toBeGreaterThan(
      score(present('location.abroad'), {
        ...present('contact.freemail'),
        weight: W['contact.messenger_only']!,
      }),
    );
  });

  it('queues live-in domestic work abroad arranged through free-mail, not through a company contact', () => {
    const base = ['role.domestic_abroad', 'housing.live_in', 'location.abroad'];
    expect(score(...base.map(present))).toBeLessThan(QUEUE_THRESHOLD);
    const r = scoreRisk([...base, 'contact.freemail'].map(present));
    expect(r.score).toBeGreaterThanOrEqual(QUEUE_THRESHOLD);
    expect(r.reasons.join(' ')).toMatch(/domestic servitude risk/u);
  });

  it('treats age/appearance as strong only with a risky role', () => {
    const withoutRole = scoreRisk(['req.age_appearance', 'location.abroad'].map(present));
    expect(withoutRole.score).toBeLessThan(QUEUE_THRESHOLD);
    expect(withoutRole.reasons.join(' ')).not.toMatch(/Strong indicator/u);
  });

  it('explains the score in plain words', () => {
    const r = scoreRisk(['fee.recruitment', 'travel.paid'].map(present));
    expect(r.reasons).toEqual(
      expect.arrayContaining([
        'Strong indicator: a fee charged to the worker',
        expect.stringMatching(/^Combination: the worker is asked to pay a fee/u),
        'Context: travel paid or arranged by the employer',
      ]),
    );
  });
});

describe('scoreRisk: deception patterns (context indicators that together are deceptive recruitment)', () => {
  it.each([
    // An unnamed recruiter, messenger or free-mail only, work abroad, travel or housing arranged.
    [['employer.anonymous', 'contact.messenger_only', 'location.abroad', 'housing.provided']],
    [['employer.anonymous', 'contact.messenger_only', 'location.abroad', 'travel.paid']],
    [['employer.anonymous', 'contact.freemail', 'location.abroad', 'travel.paid']],
    [['employer.anonymous', 'contact.freemail', 'location.abroad', 'housing.live_in']],
    // A name that nothing backs (messenger or free-mail only), with travel and housing both arranged.
    [['contact.messenger_only', 'location.abroad', 'travel.paid', 'housing.provided']],
    [['contact.freemail', 'location.abroad', 'travel.paid', 'housing.live_in']],
    // "Work in Europe", no place named.
    [['employer.anonymous', 'contact.messenger_only', 'location.vague', 'travel.paid']],
    // The classic advert: all of it, plus the usual context.
    [
      [
        'employer.anonymous',
        'contact.messenger_only',
        'location.abroad',
        'travel.paid',
        'housing.provided',
        'sector.high_risk',
        'urgency',
        'req.no_experience',
      ],
    ],
  ])('%j opens the gate and reaches the queue threshold', (ids) => {
    const r = scoreRisk(ids.map(present));
    expect(r.score).toBeGreaterThanOrEqual(QUEUE_THRESHOLD);
    expect(r.reasons.some((x) => x.startsWith('Pattern:'))).toBe(true);
    expect(r.reasons.join(' ')).not.toMatch(/Held below/u);
  });

  it.each([
    // The same package from a named employer with a company e-mail: no contact.* or anonymous hit.
    [['location.abroad', 'travel.paid', 'housing.provided', 'sector.high_risk', 'urgency']],
    // A named recruiter on free-mail, abroad, with housing but no travel.
    [['contact.freemail', 'location.abroad', 'housing.provided', 'sector.high_risk', 'urgency']],
    // Not abroad: the same recruiter for a local job.
    [['employer.anonymous', 'contact.messenger_only', 'travel.paid', 'housing.provided', 'urgency']],
    // Abroad, anonymous, messenger only, but nothing arranged by the recruiter.
    [['employer.anonymous', 'contact.messenger_only', 'location.abroad', 'sector.high_risk']],
    // A named recruiter on a messenger with housing but no travel.
    [['contact.messenger_only', 'location.abroad', 'housing.provided', 'sector.high_risk']],
  ])('%j matches no pattern and stays below the threshold', (ids) => {
    const r = scoreRisk(ids.map(present));
    expect(r.score).toBeLessThan(QUEUE_THRESHOLD);
    expect(r.reasons.join(' ')).not.toMatch(/Pattern:/u);
  });

  it('counts no indicator that a contradiction cancelled ("we pay your travel, no fees")', () => {
    const ids = ['employer.anonymous', 'contact.messenger_only', 'location.abroad', 'travel.paid'];
    expect(scoreRisk(ids.map(present)).score).toBeGreaterThanOrEqual(QUEUE_THRESHOLD);
    const r = scoreRisk([...ids.map(present), contradicted('fee.recruitment')]);
    expect(r.score).toBeLessThan(QUEUE_THRESHOLD);
    expect(r.reasons.join(' ')).not.toMatch(/Pattern:/u);
  });

  it('every combination that satisfies a pattern with one indicator per group reaches the threshold', () => {
    for (const pt of PATTERNS) {
      let combos: string[][] = [[]];
      for (const group of pt.allOf) combos = combos.flatMap((c) => group.map((id) => [...c, id]));
      for (const ids of combos) {
        const r = scoreRisk(ids.map(present));
        expect(r.score, `${pt.id}: ${ids.join(' + ')}`).toBeGreaterThanOrEqual(QUEUE_THRESHOLD);
        // Leaving out any one of them matches no pattern and holds the score below the threshold.
        for (const drop of ids) {
          const fewer = scoreRisk(ids.filter((id) => id !== drop).map(present));
          expect(fewer.reasons.join(' '), `${pt.id} without ${drop}`).not.toMatch(/Pattern:/u);
          expect(fewer.score, `${pt.id} without ${drop}`).toBeLessThan(QUEUE_THRESHOLD);
        }
      }
    }
  });

  it('each pattern needs at least three different indicators, so no single hit satisfies one', () => {
    for (const pt of PATTERNS) {
      expect(pt.allOf.length, pt.id).toBeGreaterThanOrEqual(3);
      const all = pt.allOf.flat();
      expect(new Set(all).size, `${pt.id}: groups must not share indicators`).toBe(all.length);
      expect(pt.bonus).toBeGreaterThan(0);
      expect(pt.bonus).toBeLessThan(1);
    }
  });
});

describe('scoreRisk: contradictions', () => {
  it('a contradicted fee ("no fees") lowers the score below the same advert with no mention of fees', () => {
    const base = [present('travel.paid'), present('location.abroad'), present('housing.provided')];
    const without = scoreRisk(base);
    const withNoFees = scoreRisk([...base, contradicted('fee.recruitment')]);
    expect(withNoFees.score).toBeLessThan(without.score);
    expect(withNoFees.reasons.join(' ')).toMatch(/offsets travel paid/u);
  });

  it('a contradicted hit adds nothing on its own', () => {
    expect(score(contradicted('fee.recruitment'))).toBe(0);
  });

  it('a present hit of the same id outweighs its contradiction', () => {
    expect(score(present('fee.recruitment'), contradicted('fee.recruitment'), present('travel.paid'))).toBe(
      score(present('fee.recruitment'), present('travel.paid')),
    );
  });
});

describe('scoreRisk: classifier probability', () => {
  it('blends in when present and is documented in the reasons', () => {
    const hits = ['pay.deductions', 'housing.provided'].map(present);
    const low = scoreRisk(hits, { classifierProbability: 0 });
    const high = scoreRisk(hits, { classifierProbability: 1 });
    expect(high.score).toBeGreaterThan(low.score);
    expect(high.reasons.join(' ')).toMatch(/Classifier probability 1\.00/u);
  });

  it('opens the gate when the classifier is confident and the rules found two or more indicators', () => {
    const context = ['sector.high_risk', 'contact.messenger_only', 'employer.anonymous'].map(present);
    expect(scoreRisk(context).score).toBeLessThan(QUEUE_THRESHOLD);
    const sure = scoreRisk(context, { classifierProbability: 0.97 });
    expect(sure.score).toBeGreaterThanOrEqual(QUEUE_THRESHOLD);
    expect(sure.reasons.join(' ')).toMatch(/classifier is confident/u);
    const unsure = scoreRisk(context, { classifierProbability: 0.85 });
    expect(unsure.score).toBeLessThan(QUEUE_THRESHOLD);
    expect(unsure.reasons.join(' ')).not.toMatch(/classifier is confident/u);
  });

  it('never queues on the classifier with one indicator or none', () => {
    expect(scoreRisk([present('sector.high_risk')], { classifierProbability: 1 }).score).toBeLessThan(
      QUEUE_THRESHOLD,
    );
    expect(scoreRisk([], { classifierProbability: 1 }).score).toBeLessThan(QUEUE_THRESHOLD);
  });
});

describe('scoreRisk: monotonic', () => {
  it('adding a present strong hit never lowers the score (random advert hit sets)', () => {
    const rng = seedrandom('recruitwatch-monotonic');
    const strong = ALL_IDS.filter((id) => STRONG_INDICATORS.has(id));
    for (let trial = 0; trial < 400; trial++) {
      const hits: IndicatorHit[] = [];
      for (const id of ALL_IDS) {
        const r = rng();
        if (r < 0.15) hits.push(present(id));
        else if (r < 0.22) hits.push(contradicted(id));
      }
      const add = strong[Math.floor(rng() * strong.length)]!;
      const q = rng() < 0.5 ? { classifierProbability: rng() } : {};
      const before = scoreRisk(hits, q).score;
      const after = scoreRisk([...hits, present(add)], q).score;
      expect(
        after,
        `adding ${add} to ${hits.map((h) => `${h.indicatorId}:${h.state}`).join(',')}`,
      ).toBeGreaterThanOrEqual(before);
    }
  });

  it('adding any present hit never lowers the score', () => {
    const rng = seedrandom('recruitwatch-monotonic-any');
    for (let trial = 0; trial < 300; trial++) {
      const hits = ALL_IDS.filter(() => rng() < 0.2).map(present);
      const add = ALL_IDS[Math.floor(rng() * ALL_IDS.length)]!;
      expect(score(...hits, present(add))).toBeGreaterThanOrEqual(score(...hits));
    }
  });
});
