// Quality figures of scored, labelled adverts: precision at the top of the queue, recall and
// false alerts at the queue threshold (overall and per language), precision per indicator, and the
// precision–recall curve over every threshold. Pure: scored items in, figures out.

export interface ScoredLabelled {
  id: string;
  /** Language the assess stage detected. */
  language: string;
  label: 0 | 1;
  /** Combined risk score, 0–100. */
  score: number;
  /** Tie-breaker among equal scores: the classifier probability when there is one. */
  tieBreak?: number;
  /** Indicator ids present (not contradicted) in the advert. */
  indicators: readonly string[];
}

export interface ThresholdFigures {
  threshold: number;
  /** Adverts at or above the threshold. */
  flagged: number;
  truePositives: number;
  falsePositives: number;
  /** TP / flagged; null when nothing is flagged. */
  precision: number | null;
  /** TP / positives; null without positives. */
  recall: number | null;
  /** False positives per 10,000 negatives; null without negatives. */
  falseAlertsPer10k: number | null;
}

export interface LanguageFigures extends ThresholdFigures {
  language: string;
  adverts: number;
  positives: number;
  negatives: number;
}

export interface IndicatorFigures {
  indicator: string;
  /** Adverts where the indicator is present. */
  adverts: number;
  /** Of those, the risky ones. */
  risky: number;
  precision: number;
}

export interface PrecisionAtK {
  k: number;
  /** Adverts actually ranked (fewer than k when the set is small). */
  ranked: number;
  precision: number | null;
}

export interface Evaluation {
  adverts: number;
  positives: number;
  negatives: number;
  threshold: ThresholdFigures;
  /** Precision expected at the threshold if risky adverts were `prevalence` of all (see below). */
  precisionAtPrevalence: { prevalence: number; precision: number | null };
  precisionAtK: PrecisionAtK[];
  languages: LanguageFigures[];
  indicators: IndicatorFigures[];
  /** One row per threshold 0–100. */
  curve: ThresholdFigures[];
}

export interface EvaluateOptions {
  /** The queue threshold. */
  threshold: number;
  /** Ranks at which precision is measured. Default [50, 100, 500]. */
  ks?: readonly number[];
  /**
   * Share of risky adverts in a real crawl, for the expected precision (a labelled corpus holds far
   * more risky adverts than a crawl does, so its raw precision flatters). Default 0.01.
   */
  prevalence?: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function atThreshold(items: readonly ScoredLabelled[], threshold: number): ThresholdFigures {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  for (const x of items) {
    if (x.label === 1) positives++;
    if (x.score < threshold) continue;
    if (x.label === 1) tp++;
    else fp++;
  }
  const negatives = items.length - positives;
  return {
    threshold,
    flagged: tp + fp,
    truePositives: tp,
    falsePositives: fp,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, positives),
    falseAlertsPer10k: negatives > 0 ? (fp / negatives) * 10_000 : null,
  };
}

/**
 * What a threshold would give on a real crawl where `prevalence` of adverts are risky: the expected
 * precision r·π / (r·π + f·(1−π)) (Bayes, with recall r and false-alert rate f), and the review
 * queue per 10,000 crawled adverts, 10,000·(r·π + f·(1−π)): the reviewers' workload.
 */
export function atPrevalence(
  figures: Pick<ThresholdFigures, 'recall' | 'falseAlertsPer10k'>,
  prevalence: number,
): { precision: number | null; queuePer10k: number | null } {
  const r = figures.recall;
  const f = figures.falseAlertsPer10k === null ? null : figures.falseAlertsPer10k / 10_000;
  if (r === null || f === null) return { precision: null, queuePer10k: null };
  const flagged = r * prevalence + f * (1 - prevalence);
  return { precision: flagged === 0 ? null : (r * prevalence) / flagged, queuePer10k: flagged * 10_000 };
}

/** Highest score first; ties by the tie-breaker, then input order (stable). */
export function rankForReview(items: readonly ScoredLabelled[]): ScoredLabelled[] {
  return [...items].sort((a, b) => b.score - a.score || (b.tieBreak ?? 0) - (a.tieBreak ?? 0));
}

export function evaluateScores(items: readonly ScoredLabelled[], options: EvaluateOptions): Evaluation {
  const positives = items.filter((x) => x.label === 1).length;
  const negatives = items.length - positives;
  const ranked = rankForReview(items);
  const precisionAtK = (options.ks ?? [50, 100, 500]).map((k) => {
    const top = ranked.slice(0, k);
    return { k, ranked: top.length, precision: ratio(top.filter((x) => x.label === 1).length, top.length) };
  });

  const threshold = atThreshold(items, options.threshold);
  const prevalence = options.prevalence ?? 0.01;
  const expected = atPrevalence(threshold, prevalence).precision;

  const byLanguage = new Map<string, ScoredLabelled[]>();
  for (const x of items) byLanguage.set(x.language, [...(byLanguage.get(x.language) ?? []), x]);
  const languages = [...byLanguage]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([language, xs]) => {
      const p = xs.filter((x) => x.label === 1).length;
      return {
        language,
        adverts: xs.length,
        positives: p,
        negatives: xs.length - p,
        ...atThreshold(xs, options.threshold),
      };
    });

  const perIndicator = new Map<string, { adverts: number; risky: number }>();
  for (const x of items) {
    for (const id of new Set(x.indicators)) {
      const c = perIndicator.get(id) ?? { adverts: 0, risky: 0 };
      c.adverts++;
      c.risky += x.label;
      perIndicator.set(id, c);
    }
  }
  const indicators = [...perIndicator]
    .map(([indicator, c]) => ({ indicator, ...c, precision: c.risky / c.adverts }))
    .sort((a, b) => b.adverts - a.adverts || a.indicator.localeCompare(b.indicator));

  const curve = Array.from({ length: 101 }, (_, t) => atThreshold(items, t));
  return {
    adverts: items.length,
    positives,
    negatives,
    threshold,
    precisionAtPrevalence: { prevalence, precision: expected },
    precisionAtK,
    languages,
    indicators,
    curve,
  };
}

/** The curve as CSV: threshold, flagged, true/false positives, precision, recall, false alerts per 10k. */
export function curveCsv(curve: readonly ThresholdFigures[]): string {
  const cell = (v: number | null): string => (v === null ? '' : String(Math.round(v * 10000) / 10000));
  const rows = curve.map((c) =>
    [
      c.threshold,
      c.flagged,
      c.truePositives,
      c.falsePositives,
      cell(c.precision),
      cell(c.recall),
      cell(c.falseAlertsPer10k),
    ].join(','),
  );
  return (
    ['threshold,flagged,true_positives,false_positives,precision,recall,false_alerts_per_10k', ...rows].join(
      '\n',
    ) + '\n'
  );
}
