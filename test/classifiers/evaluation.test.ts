import { describe, expect, it } from 'vitest';
import {
  curveCsv,
  evaluateScores,
  rankForReview,
  type ScoredLabelled,
} from '../../classifiers/evaluation.ts';
import { prCurveSvg } from '../../classifiers/pr-curve-svg.ts';

const item = (
  id: string,
  label: 0 | 1,
  score: number,
  language = 'en',
  indicators: string[] = [],
): ScoredLabelled => ({
  id,
  label,
  score,
  language,
  indicators,
});

// 10 adverts: 4 risky. At threshold 60: flagged a, b, c, d (scores ≥ 60): 3 risky, 1 not.
const items: ScoredLabelled[] = [
  item('a', 1, 90, 'en', ['fee.recruitment', 'travel.paid']),
  item('b', 1, 80, 'pl', ['fee.recruitment']),
  item('c', 0, 70, 'pl', ['travel.paid']),
  item('d', 1, 60, 'en', ['travel.paid']),
  item('e', 1, 40, 'en'),
  item('f', 0, 30, 'en', ['travel.paid']),
  item('g', 0, 20, 'pl'),
  item('h', 0, 10, 'en'),
  item('i', 0, 5, 'en'),
  item('j', 0, 0, 'pl'),
];

describe('evaluateScores', () => {
  const e = evaluateScores(items, { threshold: 60, ks: [2, 4, 20], prevalence: 0.01 });

  it('measures precision, recall and false alerts at the threshold', () => {
    expect(e).toMatchObject({ adverts: 10, positives: 4, negatives: 6 });
    expect(e.threshold).toMatchObject({
      flagged: 4,
      truePositives: 3,
      falsePositives: 1,
      precision: 0.75,
      recall: 0.75,
    });
    expect(e.threshold.falseAlertsPer10k).toBeCloseTo(10_000 / 6, 6);
  });

  it('measures precision at k over the ranking, saying when fewer than k were ranked', () => {
    expect(e.precisionAtK).toEqual([
      { k: 2, ranked: 2, precision: 1 },
      { k: 4, ranked: 4, precision: 0.75 },
      { k: 20, ranked: 10, precision: 0.4 },
    ]);
  });

  it('expects far lower precision at a realistic prevalence', () => {
    // r = 0.75, f = 1/6: 0.0075 / (0.0075 + 0.99/6) ≈ 0.0435.
    expect(e.precisionAtPrevalence.precision).toBeCloseTo(0.0075 / (0.0075 + 0.99 / 6), 6);
  });

  it('breaks the figures down per language', () => {
    const pl = e.languages.find((l) => l.language === 'pl');
    expect(pl).toMatchObject({
      adverts: 4,
      positives: 1,
      negatives: 3,
      flagged: 2,
      truePositives: 1,
      falsePositives: 1,
    });
    expect(pl?.falseAlertsPer10k).toBeCloseTo(10_000 / 3, 6);
    expect(e.languages.find((l) => l.language === 'en')).toMatchObject({
      adverts: 6,
      recall: 2 / 3,
      precision: 1,
    });
  });

  it('gives each indicator its precision: the share of adverts carrying it that are risky', () => {
    expect(e.indicators).toEqual([
      { indicator: 'travel.paid', adverts: 4, risky: 2, precision: 0.5 },
      { indicator: 'fee.recruitment', adverts: 2, risky: 2, precision: 1 },
    ]);
  });

  it('traces the curve over every threshold, from everything flagged to almost nothing', () => {
    expect(e.curve).toHaveLength(101);
    expect(e.curve[0]).toMatchObject({ threshold: 0, flagged: 10, recall: 1, precision: 0.4 });
    expect(e.curve[91]).toMatchObject({ flagged: 0, precision: null, recall: 0 });
    for (let t = 1; t <= 100; t++) expect(e.curve[t]!.flagged).toBeLessThanOrEqual(e.curve[t - 1]!.flagged);
  });

  it('gives null, not NaN, where a figure has no denominator', () => {
    const none = evaluateScores([item('x', 0, 10)], { threshold: 60 });
    expect(none.threshold).toMatchObject({ precision: null, recall: null, falseAlertsPer10k: 0 });
  });
});

describe('rankForReview', () => {
  it('ranks by score, then by the tie-breaker', () => {
    const ranked = rankForReview([
      { ...item('low', 0, 50), tieBreak: 0.9 },
      { ...item('tie-lo', 0, 70), tieBreak: 0.2 },
      { ...item('tie-hi', 1, 70), tieBreak: 0.8 },
    ]);
    expect(ranked.map((x) => x.id)).toEqual(['tie-hi', 'tie-lo', 'low']);
  });
});

describe('curve output', () => {
  const e = evaluateScores(items, { threshold: 60 });
  it('writes the curve as CSV with one row per threshold', () => {
    const lines = curveCsv(e.curve).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'threshold,flagged,true_positives,false_positives,precision,recall,false_alerts_per_10k',
    );
    expect(lines).toHaveLength(102);
    expect(lines[61]).toBe('60,4,3,1,0.75,0.75,1666.6667');
    expect(lines[101]).toBe('100,0,0,0,,0,0');
  });

  it('draws an SVG with one line per scorer, the threshold marked, and text escaped', () => {
    const svg = prCurveSvg(
      [
        { name: 'combined', curve: e.curve, mark: 60 },
        { name: 'rules <only>', curve: e.curve },
      ],
      'P–R & more',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).toContain('<title>threshold 60</title>');
    expect(svg).toContain('rules &lt;only&gt;');
    expect(svg).toContain('P–R &amp; more');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });
});
