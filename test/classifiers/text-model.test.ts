import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  calibrationFigures,
  createTextClassifier,
  largestTerms,
  parseTextModel,
  rocAuc,
  trainTextModel,
  type LabelledText,
} from '../../classifiers/text-model.ts';

/**
 * Synthetic adverts: every advert has filler words; risky ones carry a red-flag phrase with
 * probability 0.9, others with probability 0.1, so the best possible classifier is imperfect and
 * its probabilities can be checked for calibration.
 */
function synthetic(n: number, seed: string): LabelledText[] {
  const rng = seedrandom(seed);
  const filler = [
    'warehouse',
    'shift',
    'team',
    'apply',
    'today',
    'work',
    'good',
    'pay',
    'city',
    'start',
    'friendly',
    'staff',
  ];
  const out: LabelledText[] = [];
  for (let i = 0; i < n; i++) {
    const label = rng() < 0.4 ? 1 : 0;
    const words = Array.from({ length: 20 }, () => filler[Math.floor(rng() * filler.length)] as string);
    const flag = rng() < (label === 1 ? 0.9 : 0.1);
    if (flag) words.splice(Math.floor(rng() * words.length), 0, 'passport', 'deposit');
    out.push({ title: 'Job offer', text: words.join(' '), language: 'en', label });
  }
  return out;
}

describe('trainTextModel and createTextClassifier', () => {
  const train = synthetic(2000, 'train');
  const test = synthetic(1000, 'test');
  const model = trainTextModel(train, { dataHash: 'sha256:abc' });
  const classifier = createTextClassifier(model);

  it('learns the planted signal: held-out AUC near the best possible (0.9)', () => {
    const p = test.map((x) => classifier.predict(x).probability);
    const auc = rocAuc(
      p,
      test.map((x) => x.label),
    );
    expect(auc).toBeGreaterThan(0.85);
    expect(auc).toBeLessThan(0.95);
  });

  it('gives calibrated probabilities: each group is risky about as often as predicted', () => {
    // Bayes: P(risky | phrase) = 0.4·0.9 / (0.4·0.9 + 0.6·0.1) ≈ 0.857; P(risky | none) = 0.04/0.58 ≈ 0.069.
    for (const flagged of [true, false]) {
      const group = test.filter((x) => x.text.includes('passport') === flagged);
      const predicted = group.reduce((s, x) => s + classifier.predict(x).probability, 0) / group.length;
      const observed = group.filter((x) => x.label === 1).length / group.length;
      expect(Math.abs(predicted - observed), `flagged=${flagged}`).toBeLessThan(0.06);
    }
    const figures = calibrationFigures(
      test.map((x) => classifier.predict(x).probability),
      test.map((x) => x.label),
    );
    expect(figures.ece).toBeLessThan(0.06);
  });

  it('explains a prediction with the words that moved it, largest first', () => {
    const { terms } = classifier.predict(
      { title: 'Job offer', text: 'warehouse passport deposit', language: 'en' },
      { terms: 3 },
    );
    expect(terms).toHaveLength(3);
    expect(
      terms
        .slice(0, 2)
        .map((t) => t.term)
        .sort(),
    ).toEqual(['deposit', 'passport']);
    expect(terms[0]!.weight).toBeGreaterThan(0);
    expect(Math.abs(terms[0]!.weight)).toBeGreaterThanOrEqual(Math.abs(terms[2]!.weight));
  });

  it('records its version, features, options and the training data hash, and survives a JSON round trip', () => {
    expect(model.version).toMatch(/^lr-\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
    expect(model.features.version).toBe('stem-char4-bigram@1');
    expect(model.training).toMatchObject({ dataHash: 'sha256:abc', examples: 2000, languages: { en: 2000 } });
    expect(model.training.heldOut.examples).toBe(400);
    const again = createTextClassifier(parseTextModel(JSON.parse(JSON.stringify(model))));
    const x = test[0]!;
    expect(again.predict(x).probability).toBeCloseTo(classifier.predict(x).probability, 6);
  });

  it('is deterministic for a seed', () => {
    const other = trainTextModel(train, { dataHash: 'sha256:abc' });
    expect(other.version).toBe(model.version);
  });

  it('calibrates to a finite, increasing sigmoid even when the held-out part is perfectly separable', () => {
    const easy: LabelledText[] = Array.from({ length: 60 }, (_, i) => ({
      title: i % 3 === 0 ? `Work abroad ${i}` : `Accountant ${i}`,
      text: i % 3 === 0 ? 'fee before departure, passport on whatsapp' : 'office team, permanent contract',
      language: 'en',
      label: i % 3 === 0 ? 1 : 0,
    }));
    const m = trainTextModel(easy);
    expect(m.calibration.a).toBeGreaterThan(0);
    expect(Number.isFinite(m.calibration.b)).toBe(true);
    expect(m.training.heldOut.auc).toBe(1);
    const c = createTextClassifier(m);
    expect(c.predict(easy[0]!).probability).toBeGreaterThan(c.predict(easy[1]!).probability);
  });

  it('refuses to train without both classes', () => {
    const onlyRisky = train.filter((x) => x.label === 1);
    expect(() => trainTextModel(onlyRisky)).toThrow(/at least 5 risky .* and 5 other/);
  });

  it('refuses a file that is not a model, or a model of other features, naming the fix', () => {
    expect(() => parseTextModel({ format: 'something' }, 'm.json')).toThrow(
      /m\.json: not a usable text model - format/,
    );
    const stale = { ...model, features: { ...model.features, version: 'old@0' } };
    expect(() => parseTextModel(stale, 'm.json')).toThrow(/trained on features "old@0".*recruitwatch train/);
  });
});

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0.5 for ties, and counts ties half', () => {
    expect(rocAuc([0.9, 0.8, 0.1], [1, 1, 0])).toBe(1);
    expect(rocAuc([0.5, 0.5], [1, 0])).toBe(0.5);
    expect(rocAuc([0.9, 0.5, 0.5], [1, 1, 0])).toBe(0.75);
  });
});

describe('largestTerms', () => {
  it('keeps the n largest by absolute weight, ties in map order, as a stable sort and slice would', () => {
    const rng = seedrandom('largest-terms');
    for (let round = 0; round < 200; round++) {
      const map = new Map<string, number>();
      const size = Math.floor(rng() * 40);
      // Few distinct sizes, both signs: many ties.
      for (let i = 0; i < size; i++) map.set(`w${i}`, (Math.floor(rng() * 7) - 3) / 2);
      const n = Math.floor(rng() * 12);
      const sorted = [...map].sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).slice(0, n);
      expect(largestTerms(map, n)).toEqual(sorted);
    }
  });

  it('keeps an earlier entry over a later one of the same size, and gives nothing for n = 0', () => {
    const map = new Map([
      ['a', 1],
      ['b', -2],
      ['c', 2],
      ['d', 0.5],
    ]);
    expect(largestTerms(map, 2)).toEqual([
      ['b', -2],
      ['c', 2],
    ]);
    expect(largestTerms(map, 3).map(([t]) => t)).toEqual(['b', 'c', 'a']);
    expect(largestTerms(map, 0)).toEqual([]);
  });
});
