// The combined risk score of one advert, from its indicator hits (and, when a model is loaded,
// the classifier probability).
//
// Why combinations: ordinary job adverts nearly always carry some "indicator" (98% of work-abroad
// adverts had at least one in Volodko, Cockbain & Kleinberg 2020), so a single keyword, or a pile
// of weak context signals such as "seasonal harvest work, start now, no experience, housing
// provided", must never put an advert in the review queue.
//
// Formula (SCORER_VERSION 1.2.0):
//   1. Per indicator id, take the largest weight of its present hits, clamped to 0–1 (weights come
//      from the hits: the catalogue's defaults in rules/catalogue.ts, entity-derived hits included). An id
//      with a present hit ignores its contradicted hits; an id with only contradicted hits is
//      "contradicted" and adds nothing.
//   2. Groups: STRONG indicators (deception, debt, documents, coercion, risky roles) count their
//      weight × 0.6; CONTEXT indicators (sector, urgency, housing, travel, contacts, location …;
//      also any id not listed) count weight × 0.4. req.age_appearance is strong only together with
//      a role.* hit (on its own it may be a legitimate occupational requirement).
//   3. Offsets: a contradicted indicator cancels the context it would have made suspicious, e.g.
//      "no fees of any kind" cancels travel.paid ("we pay your travel, no fees" is reassurance).
//      Cancelled indicators count nowhere below (not in the product, the patterns or the gate).
//   4. p = 1 − Π(1 − effective weight)                                  (noisy-OR)
//   5. Interaction bonuses b_k for pairs that together form a known exploitation pattern
//      (INTERACTIONS below): p ← 1 − (1 − p)·Π(1 − b_k).
//   6. Deception patterns (PATTERNS below): combinations of context indicators that the TRACE
//      handbook and the ILO/EC operational indicators describe as deceptive recruitment: work
//      abroad (or at a workplace given only as "abroad"/"Europe") with travel or housing arranged
//      by a recruiter who names no employer and can be reached only by messenger or free-mail; or
//      with travel and housing both arranged by a recruiter whose only contact is a messenger, a
//      bare mobile number or a free-mail address, whatever name it gives. Each needs at least three
//      different indicators, adds its bonus like an interaction, and opens the gate (step 9) like a
//      strong indicator. The same package from an employer with a company e-mail, website or office
//      line has no contact.* hit, matches no pattern and stays context.
//   7. Each contradicted indicator multiplies p by 0.9 (at most down to × 0.7).
//   8. With a classifier probability q: p ← 0.6·p + 0.4·q (weight configurable).
//   9. score = round(100·p). Gate: unless the advert has at least one strong indicator AND at
//      least two counted indicators in total (two strong ones satisfy both), or matches a deception
//      pattern, or the classifier gives q ≥ 0.9 and the rules found at least two indicators, the
//      score is capped at QUEUE_THRESHOLD − 1. So one indicator alone, or weak context
//      alone (sector, urgency, no experience, housing; a named employer's seasonal job abroad with
//      housing and travel), never queues.
//   Bands: low < 30 ≤ medium < 60 ≤ high < 80 ≤ critical. QUEUE_THRESHOLD = 60 (high and above).
//
// How the classifier weight, its gate and the threshold were set (README, "Risk score"): by 5-fold
// cross-validation on the training part of the labelled corpus (test/data), never on its test
// part. The threshold is the lowest score whose expected precision, on a crawl where 1% of adverts
// are risky, is at least 75% (three in four queued adverts deserve an analyst); at 60 it was 80%,
// for a review queue of about 114 adverts per 10,000 crawled (recall 92%); at 55 it fell to 67%.
// Weight 0.4 and the gate at q ≥ 0.9 raised recall at 60 from 85% to 95% with no more false
// alerts; weight 0.2 let more through (70 false alerts per 10,000 negatives).
//
// Monotonicity: every step only grows with an added present hit (noisy-OR, bonuses and patterns
// grow, the gate only opens, a present hit lifts its own contradiction), so adding evidence never
// lowers the score; only contradictions lower it.
import type { IndicatorHit, Risk, RiskBand } from '../storage/records.ts';

export const SCORER_VERSION = '1.2.0';

/** Score at or above which an advert enters the review queue. */
export const QUEUE_THRESHOLD = 60;

/** Band lower bounds (inclusive), ascending. */
export const BANDS: ReadonlyArray<{ band: RiskBand; min: number }> = [
  { band: 'low', min: 0 },
  { band: 'medium', min: 30 },
  { band: 'high', min: QUEUE_THRESHOLD },
  { band: 'critical', min: 80 },
];

/** Indicators of deception, debt, document retention or coercion. */
export const STRONG_INDICATORS: ReadonlySet<string> = new Set([
  'fee.recruitment',
  'debt.travel_advance',
  'pay.deductions',
  'pay.unusual_method',
  'docs.passport_upfront',
  'docs.personal_data',
  'legal.status_promised',
  'req.no_contract',
  'req.age_appearance', // only with a role.* hit, see isStrong()
  'hours.excessive',
  'role.entertainment_abroad',
  'role.massage_unlicensed',
  'role.domestic_abroad',
  'employer.impersonation',
  'pay.too_good',
]);

const STRONG_SCALE = 0.6;
const CONTEXT_SCALE = 0.4;
const CONTRADICTION_FACTOR = 0.9;
const MIN_CONTRADICTION_FACTOR = 0.7;
/** Share of the classifier probability in the blended score. */
export const DEFAULT_CLASSIFIER_WEIGHT = 0.4;
/** A classifier probability from which the gate opens for an advert with two or more indicators. */
export const CLASSIFIER_GATE = 0.9;

interface Interaction {
  a: string;
  /** Partners; `*` means any other present indicator. */
  b: readonly string[];
  bonus: number;
  reason: string;
}

const INTERACTIONS: readonly Interaction[] = [
  {
    a: 'fee.recruitment',
    b: ['*'],
    bonus: 0.3,
    reason: 'the worker is asked to pay a fee, together with other warning signs (debt bondage pattern)',
  },
  {
    a: 'travel.paid',
    b: ['debt.travel_advance'],
    bonus: 0.3,
    reason: 'travel is advanced by the employer and repaid from wages (debt created by travel)',
  },
  {
    a: 'travel.paid',
    b: ['pay.deductions'],
    bonus: 0.3,
    reason: 'travel is arranged by the employer and costs are deducted from wages (debt risk)',
  },
  {
    a: 'req.age_appearance',
    b: ['role.entertainment_abroad', 'role.massage_unlicensed'],
    bonus: 0.4,
    reason: 'age or appearance requirements for hostess, dancer or massage work (sexual exploitation risk)',
  },
  {
    a: 'docs.passport_upfront',
    b: ['location.abroad'],
    bonus: 0.3,
    reason: 'passport or ID demanded up front for work abroad (document retention risk)',
  },
  {
    a: 'housing.provided',
    b: ['pay.deductions'],
    bonus: 0.2,
    reason: 'employer housing with deductions from wages (wages withheld, dependency)',
  },
  {
    a: 'location.abroad',
    b: ['contact.messenger_only'],
    bonus: 0.2,
    reason: 'work abroad offered through a messenger or bare mobile number only',
  },
  {
    a: 'employer.anonymous',
    b: ['contact.freemail', 'contact.messenger_only'],
    bonus: 0.15,
    reason: 'no named employer and only free-mail or messenger contacts',
  },
  {
    a: 'employer.impersonation',
    b: ['contact.freemail', 'contact.messenger_only'],
    bonus: 0.25,
    reason: 'a well-known brand used with a free-mail or messenger contact',
  },
  {
    a: 'role.domestic_abroad',
    b: ['contact.freemail', 'contact.messenger_only'],
    bonus: 0.2,
    reason:
      'domestic or care work abroad arranged through a free-mail or messenger contact only (domestic servitude risk)',
  },
];

/**
 * A deception pattern: every group in `allOf` needs one present (not cancelled) indicator, and the
 * groups name at least three different indicators, so no single hit can satisfy a pattern. The
 * bonus is set so that the weakest combination satisfying the pattern, at catalogue weights,
 * reaches the queue threshold by itself.
 */
export interface DeceptionPattern {
  id: string;
  allOf: readonly (readonly string[])[];
  bonus: number;
  reason: string;
}

/** Housing by the employer: provided, or live-in (which binds it to the job). */
const HOUSED = ['housing.provided', 'housing.live_in'];
/** Work in another country, or a workplace given only as "abroad", "Europe" or withheld. */
const ELSEWHERE = ['location.abroad', 'location.vague'];
/** No company e-mail, website or office line: only a messenger, a bare mobile or a free-mail address. */
const UNTRACEABLE_CONTACT = ['contact.messenger_only', 'contact.freemail'];

export const PATTERNS: readonly DeceptionPattern[] = [
  {
    // TRACE (2016): fictitious agencies recruit for work abroad through classifieds, arrange travel
    // and housing, and cannot be traced; ILO/EC (2009): deceptive recruitment about the employer
    // and the place of work.
    id: 'anonymous-recruiter-abroad',
    allOf: [['employer.anonymous'], UNTRACEABLE_CONTACT, ELSEWHERE, ['travel.paid', ...HOUSED]],
    bonus: 0.3,
    reason:
      'work abroad or at an undisclosed place, with travel or housing arranged by an unnamed recruiter reachable only by messenger or free-mail (deceptive recruitment)',
  },
  {
    // The same package under a name that nothing backs (no company e-mail, website or office
    // line), while the recruiter controls both the journey and the housing.
    id: 'untraceable-recruiter-abroad',
    allOf: [UNTRACEABLE_CONTACT, ELSEWHERE, ['travel.paid'], HOUSED],
    bonus: 0.4,
    reason:
      'work abroad or at an undisclosed place, with travel and housing arranged by a recruiter reachable only by messenger, bare mobile number or free-mail (deceptive recruitment)',
  },
];

/** A contradicted indicator (key) cancels these present context indicators. */
const OFFSETS: Readonly<Record<string, readonly string[]>> = {
  'fee.recruitment': ['travel.paid'],
  'pay.deductions': ['housing.provided'],
  'req.no_contract': ['urgency'],
};

/** Plain-language names for reasons. */
const LABELS: Readonly<Record<string, string>> = {
  'pay.too_good': 'pay far above the norm for unskilled work',
  'pay.unusual_method': 'cash-only or withheld pay',
  'pay.deductions': 'deductions from wages',
  'fee.recruitment': 'a fee charged to the worker',
  'debt.travel_advance': 'travel costs repaid from wages',
  'travel.paid': 'travel paid or arranged by the employer',
  'housing.provided': 'housing provided',
  'housing.live_in': 'live-in accommodation bound to the job',
  'hours.excessive': 'excessive hours',
  'docs.passport_upfront': 'passport or ID demanded up front',
  'docs.personal_data': 'personal or bank data requested before any interview',
  'legal.status_promised': 'work permit or residence promised',
  'job.vague': 'no job or duties named',
  'employer.anonymous': 'no named employer',
  'employer.impersonation': 'a well-known brand with free-mail or messenger contact',
  'contact.messenger_only': 'messenger or bare mobile contact only',
  'contact.freemail': 'free-mail address',
  'location.vague': 'vague workplace',
  'location.abroad': 'work abroad',
  'req.no_experience': 'no experience needed',
  'req.no_language': 'no language skills needed',
  'req.no_contract': 'no contract or interview',
  'req.age_appearance': 'age or appearance requirements',
  urgency: 'urgency',
  'sector.high_risk': 'high-risk sector',
  'role.entertainment_abroad': 'hostess, dancer or club work abroad',
  'role.massage_unlicensed': 'unlicensed massage work',
  'role.domestic_abroad': 'live-in domestic or care work abroad',
  easy_money: 'easy-money promise',
  'language.obfuscated': 'obfuscated contact details',
  'network.shared_contact': 'contact shared with many other adverts',
  'network.template': 'text shared with adverts under other names',
  'lifecycle.quick_removal': 'removed and reposted quickly',
};

const label = (id: string): string => LABELS[id] ?? id;

export interface ScoreRiskOptions {
  /** Classifier probability of risk (0–1), blended in when present. Default: none. */
  classifierProbability?: number;
  /** Share of the classifier probability in the score, 0–1. Default 0.3. */
  classifierWeight?: number;
}

/** Band of a 0–100 score. */
export function bandOf(score: number): RiskBand {
  let band: RiskBand = 'low';
  for (const b of BANDS) if (score >= b.min) band = b.band;
  return band;
}

const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** Scores an advert's hits. See the formula at the top of this file. */
export function scoreRisk(hits: readonly IndicatorHit[], options: ScoreRiskOptions = {}): Risk {
  const present = new Map<string, number>();
  const contradictedOnly = new Set<string>();
  for (const h of hits) {
    if (h.state === 'present')
      present.set(h.indicatorId, Math.max(present.get(h.indicatorId) ?? 0, clamp01(h.weight)));
  }
  for (const h of hits)
    if (h.state === 'contradicted' && !present.has(h.indicatorId)) contradictedOnly.add(h.indicatorId);
  for (const [id, w] of present) if (w <= 0) present.delete(id);

  const hasRole = [...present.keys()].some((id) => id.startsWith('role.'));
  const isStrong = (id: string): boolean =>
    STRONG_INDICATORS.has(id) && (id !== 'req.age_appearance' || hasRole);
  const reasons: string[] = [];

  // Offsets: contradictions cancel the context they would have made suspicious.
  const cancelled = new Set<string>();
  for (const c of contradictedOnly) {
    const gone = (OFFSETS[c] ?? []).filter((id) => present.has(id) && !isStrong(id));
    for (const id of gone) cancelled.add(id);
    if (gone.length > 0)
      reasons.push(`Lowered: the advert rules out ${label(c)}, which offsets ${gone.map(label).join(', ')}`);
  }
  const counted = [...present.entries()].filter(([id]) => !cancelled.has(id));

  let rest = 1;
  for (const [id, w] of counted) rest *= 1 - w * (isStrong(id) ? STRONG_SCALE : CONTEXT_SCALE);

  const strong = counted.filter(([id]) => isStrong(id)).map(([id]) => id);
  const context = counted.filter(([id]) => !isStrong(id)).map(([id]) => id);
  for (const id of strong) reasons.push(`Strong indicator: ${label(id)}`);

  for (const ix of INTERACTIONS) {
    if (!present.has(ix.a)) continue;
    const partner = ix.b.includes('*')
      ? [...present.keys()].some((id) => id !== ix.a)
      : ix.b.some((id) => present.has(id));
    if (!partner) continue;
    rest *= 1 - ix.bonus;
    reasons.push(`Combination: ${ix.reason}`);
  }
  const countedIds = new Set(counted.map(([id]) => id));
  const patterns = PATTERNS.filter((pt) => pt.allOf.every((group) => group.some((id) => countedIds.has(id))));
  for (const pt of patterns) {
    rest *= 1 - pt.bonus;
    reasons.push(`Pattern: ${pt.reason}`);
  }
  if (context.length > 0) reasons.push(`Context: ${context.map(label).join(', ')}`);

  let p = 1 - rest;
  if (contradictedOnly.size > 0) {
    p *= Math.max(MIN_CONTRADICTION_FACTOR, CONTRADICTION_FACTOR ** contradictedOnly.size);
    reasons.push(`Lowered: the advert contradicts ${[...contradictedOnly].map(label).join(', ')}`);
  }

  const q = options.classifierProbability;
  if (q !== undefined && Number.isFinite(q)) {
    const alpha = clamp01(options.classifierWeight ?? DEFAULT_CLASSIFIER_WEIGHT);
    p = (1 - alpha) * p + alpha * clamp01(q);
    reasons.push(`Classifier probability ${clamp01(q).toFixed(2)} blended in at ${Math.round(alpha * 100)}%`);
  }

  let score = Math.round(100 * clamp01(p));
  const confident = q !== undefined && Number.isFinite(q) && q >= CLASSIFIER_GATE && counted.length >= 2;
  const gateOpen = (strong.length >= 1 && counted.length >= 2) || patterns.length > 0 || confident;
  if (confident && !(strong.length >= 1 && counted.length >= 2) && patterns.length === 0)
    reasons.push('The text classifier is confident and the rules found two or more indicators');
  if (!gateOpen && score >= QUEUE_THRESHOLD) {
    score = QUEUE_THRESHOLD - 1;
    reasons.push(
      strong.length === 0
        ? 'Held below the review threshold: context indicators alone never queue an advert'
        : 'Held below the review threshold: a single indicator never queues an advert',
    );
  }
  return { score, band: bandOf(score), reasons };
}
