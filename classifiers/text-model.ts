// The text classifier: an L2-regularised logistic regression over the features of
// classifiers/text-features.ts, with Platt-calibrated probabilities.
//
// Why not natural's BayesClassifier: naive Bayes probabilities are notoriously over-confident
// (near 0 or 1 for any long text, since 2 KB adverts multiply hundreds of word likelihoods),
// natural's implementation keeps every document's features in memory and classifies through
// per-label object lookups, and its model cannot say which words moved a score by how much.
// A linear model is as fast to apply as a dictionary lookup per word, its weights are the
// explanation, and a logistic output calibrates with two parameters. bench/train.ts measures both.
import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';
import { z } from 'zod';
import { FEATURES_VERSION, featureId, forEachFeature, textFeatures } from './text-features.ts';

export const MODEL_FORMAT = 'recruitwatch-text-model';
/** Version of the training algorithm; the model version adds a hash of the weights. */
export const TRAINER_VERSION = 'lr-1.0.0';

export interface LabelledText {
  title: string;
  text: string;
  language: string;
  label: 0 | 1;
}

export interface TrainOptions {
  /** Features seen in fewer adverts are dropped. Default 2. */
  minDocs?: number;
  /** At most this many features, the most frequent first. Default 60,000. */
  maxFeatures?: number;
  /** Passes of stochastic gradient descent over the data. Default 12. */
  epochs?: number;
  /** L2 penalty per example. Default 1e-4. */
  l2?: number;
  /** Initial step size (decays as 1/√t). Default 0.5. */
  learningRate?: number;
  /** Share of the examples held out to calibrate the probabilities. Default 0.2. */
  calibrationShare?: number;
  /** Seed of the shuffles and the calibration split. Default 'recruitwatch'. */
  seed?: string;
  /** Hash of the training data as given (e.g. of the labels file), recorded in the model. */
  dataHash?: string;
  /** Called after each epoch. */
  onEpoch?(epoch: number, epochs: number): void;
}

export interface CalibrationFigures {
  examples: number;
  positives: number;
  /** Mean squared error of the calibrated probability. */
  brier: number;
  /** Mean log loss of the calibrated probability. */
  logLoss: number;
  /** Expected calibration error over 10 equal-width bins. */
  ece: number;
  /** Area under the ROC curve of the held-out part. */
  auc: number;
}

const modelSchema = z.object({
  format: z.literal(MODEL_FORMAT, {
    error: `not a recruitwatch text model (format must be "${MODEL_FORMAT}")`,
  }),
  version: z.string(),
  features: z.object({ version: z.string(), count: z.number().int().nonnegative() }),
  training: z.object({
    dataHash: z.string(),
    examples: z.number().int().nonnegative(),
    positives: z.number().int().nonnegative(),
    languages: z.record(z.string(), z.number()),
    options: z.record(z.string(), z.union([z.number(), z.string()])),
    trainedAt: z.string(),
    heldOut: z.object({
      examples: z.number(),
      positives: z.number(),
      brier: z.number(),
      logLoss: z.number(),
      ece: z.number(),
      auc: z.number(),
    }),
  }),
  calibration: z.object({ a: z.number(), b: z.number() }),
  bias: z.number(),
  /** [feature, weight] pairs. */
  weights: z.array(z.tuple([z.string(), z.number()])),
});

export type TextModel = z.infer<typeof modelSchema>;

export interface TermContribution {
  /** A word of the advert. */
  term: string;
  /** Its share of the log-odds (before calibration): positive raises the risk. */
  weight: number;
}

export interface TextPrediction {
  /** Calibrated probability that the advert is risky. */
  probability: number;
  /** The words that moved the score most, largest effect first. */
  terms: TermContribution[];
}

export interface TextClassifier {
  version: string;
  predict(
    input: { title: string; text: string; language: string },
    options?: { terms?: number },
  ): TextPrediction;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The text a model sees: the title counts like a sentence of the description. */
const joined = (x: { title: string; text: string }): string => `${x.title}\n${x.text}`;

/** Parses and checks a model file's JSON; the error names what is wrong. */
export function parseTextModel(json: unknown, source = 'model'): TextModel {
  const parsed = modelSchema.safeParse(json);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message);
    throw new Error(
      `${source}: not a usable text model - ${why.join('; ')}. Fix: train one with "recruitwatch train"`,
    );
  }
  if (parsed.data.features.version !== FEATURES_VERSION)
    throw new Error(
      `${source}: trained on features "${parsed.data.features.version}", this version computes "${FEATURES_VERSION}". Fix: train the model again with "recruitwatch train"`,
    );
  return parsed.data;
}

/**
 * The weights of a model by feature id: open addressing over typed arrays, because prediction looks
 * up every feature of every advert and a Map of 60,000 numbers is several times slower to probe.
 */
class WeightTable {
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  constructor(entries: ReadonlyArray<readonly [number, number]>) {
    let size = 16;
    while (size < 2 * entries.length) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Float64Array(size);
    const mask = size - 1;
    for (const [id, w] of entries) {
      let i = id & mask;
      // Ids are 31-bit (never -1); two names with one id share a weight, as in training.
      while (this.keys[i] !== -1 && this.keys[i] !== id) i = (i + 1) & mask;
      this.keys[i] = id;
      this.values[i] = w;
    }
  }
  /** The weight of `id`, or 0 when the model has none. */
  get(id: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let i = id & mask; ; i = (i + 1) & mask) {
      const k = keys[i] as number;
      if (k === id) return this.values[i] as number;
      if (k === -1) return 0;
    }
  }
}

/**
 * The `n` entries of largest absolute weight, largest first, ties in the map's order: what a stable
 * sort of every entry followed by slice(0, n) gives, without sorting the hundreds of words of an
 * advert to keep eight.
 */
export function largestTerms(byTerm: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  const best: Array<[string, number]> = [];
  if (n <= 0) return best;
  for (const entry of byTerm) {
    const size = Math.abs(entry[1]);
    if (best.length === n && size <= Math.abs(best[n - 1]![1])) continue;
    // After every kept entry at least as large: an equal one came first in the map.
    let at = best.length;
    while (at > 0 && Math.abs(best[at - 1]![1]) < size) at--;
    best.splice(at, 0, entry);
    if (best.length > n) best.pop();
  }
  return best;
}

/** A classifier around a model. */
export function createTextClassifier(model: TextModel): TextClassifier {
  const weights = new WeightTable(model.weights.map(([name, w]) => [featureId(name), w] as const));
  const { a, b } = model.calibration;
  return {
    version: model.version,
    predict(input, options = {}) {
      const n = options.terms ?? 8;
      let count = 0;
      let sum = 0;
      // Each word's summed weight: one entry per word that has a weighted feature.
      const byTerm = new Map<string, number>();
      forEachFeature(joined(input), input.language, (id, { word }) => {
        count++;
        const w = weights.get(id);
        if (w === 0) return;
        sum += w;
        if (n > 0) byTerm.set(word, (byTerm.get(word) ?? 0) + w);
      });
      // Each present feature's value is 1/√(features of the text), as in training.
      const scale = 1 / Math.sqrt(Math.max(1, count));
      const z = model.bias + sum * scale;
      const terms = largestTerms(byTerm, n).map(([term, weight]) => ({
        term,
        weight: Math.round(weight * scale * 1000) / 1000,
      }));
      return { probability: sigmoid(a * z + b), terms };
    },
  };
}

/**
 * Fits Platt's sigmoid p = σ(a·z + b) to held-out scores: Newton's method with a backtracking line
 * search and Platt's target smoothing (Lin, Lin & Weng 2007, "A note on Platt's probabilistic
 * outputs"). Plain Newton steps diverge when the held-out scores separate the classes perfectly.
 */
function fitPlatt(scores: readonly number[], labels: readonly number[]): { a: number; b: number } {
  const pos = labels.filter((l) => l === 1).length;
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) return { a: 1, b: 0 };
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const t = labels.map((l) => (l === 1 ? hi : lo));
  // Negative log-likelihood of (a, b), computed stably for large |a·z + b|.
  const loss = (a: number, b: number): number => {
    let f = 0;
    for (let i = 0; i < scores.length; i++) {
      const u = a * (scores[i] as number) + b;
      const ti = t[i] as number;
      f += u >= 0 ? (1 - ti) * u + Math.log1p(Math.exp(-u)) : -ti * u + Math.log1p(Math.exp(u));
    }
    return f;
  };
  let a = 1;
  let b = Math.log((pos + 1) / (neg + 1));
  let f = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let gA = 0;
    let gB = 0;
    let hAA = 1e-12;
    let hAB = 0;
    let hBB = 1e-12;
    for (let i = 0; i < scores.length; i++) {
      const z = scores[i] as number;
      const p = sigmoid(a * z + b);
      const d = p - (t[i] as number);
      const w = p * (1 - p);
      gA += d * z;
      gB += d;
      hAA += w * z * z;
      hAB += w * z;
      hBB += w;
    }
    if (Math.abs(gA) < 1e-5 && Math.abs(gB) < 1e-5) break;
    const det = hAA * hBB - hAB * hAB;
    const dA = -(hBB * gA - hAB * gB) / det;
    const dB = -(hAA * gB - hAB * gA) / det;
    const slope = gA * dA + gB * dB;
    let step = 1;
    while (step >= 1e-10) {
      const nf = loss(a + step * dA, b + step * dB);
      if (nf < f + 1e-4 * step * slope) {
        a += step * dA;
        b += step * dB;
        f = nf;
        break;
      }
      step /= 2;
    }
    if (step < 1e-10) break;
  }
  return Number.isFinite(a) && Number.isFinite(b) && a > 0 ? { a, b } : { a: 1, b: 0 };
}

/** Area under the ROC curve (rank statistic; ties count half). */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => [s, labels[i] as number] as const).sort((x, y) => x[0] - y[0]);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]?.[0] === order[i]?.[0]) j++;
    const midRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) {
      if (order[k]?.[1] !== 1) continue;
      rankSum += midRank;
      pos++;
    }
    i = j;
  }
  const neg = order.length - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Brier score, log loss and expected calibration error of probabilities. */
export function calibrationFigures(
  probabilities: readonly number[],
  labels: readonly number[],
): CalibrationFigures {
  const n = probabilities.length;
  let brier = 0;
  let logLoss = 0;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (let i = 0; i < n; i++) {
    const p = probabilities[i] as number;
    const y = labels[i] as number;
    brier += (p - y) ** 2;
    const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    logLoss -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
    const bin = bins[Math.min(9, Math.floor(p * 10))] as { n: number; p: number; y: number };
    bin.n++;
    bin.p += p;
    bin.y += y;
  }
  const ece = bins.reduce((s, bin) => s + (bin.n ? Math.abs(bin.p - bin.y) : 0), 0) / Math.max(1, n);
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    examples: n,
    positives: labels.filter((l) => l === 1).length,
    brier: round(brier / Math.max(1, n)),
    logLoss: round(logLoss / Math.max(1, n)),
    ece: round(ece),
    auc: round(rocAuc(probabilities, labels)),
  };
}

/** A stable hash of labelled texts, for the model file when no file hash is given. */
export function hashLabelledTexts(examples: readonly LabelledText[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.label}\u0000${e.language}\u0000${e.title}\u0000${e.text}\u0001`);
  return `sha256:${h.digest('hex')}`;
}

/** Trains a model from labelled texts. Throws when a class is missing or too small to learn from. */
export function trainTextModel(examples: readonly LabelledText[], options: TrainOptions = {}): TextModel {
  const minDocs = options.minDocs ?? 2;
  const maxFeatures = options.maxFeatures ?? 60_000;
  const epochs = options.epochs ?? 12;
  const l2 = options.l2 ?? 1e-4;
  const learningRate = options.learningRate ?? 0.5;
  const calibrationShare = options.calibrationShare ?? 0.2;
  const seed = options.seed ?? 'recruitwatch';
  const positives = examples.filter((e) => e.label === 1).length;
  const negatives = examples.length - positives;
  if (positives < 5 || negatives < 5)
    throw new Error(
      `training needs at least 5 risky (label 1) and 5 other (label 0) adverts; got ${positives} and ${negatives}`,
    );

  // Features of every example (as ids: two names with one id are one feature, as in prediction),
  // how many examples each occurs in, and a name for each.
  const names = new Map<number, string>();
  const df = new Map<number, number>();
  const docs = examples.map((e) => {
    const f = textFeatures(joined(e), e.language, { names: true });
    f.ids.forEach((id, i) => {
      const n = df.get(id);
      if (n === undefined) names.set(id, (f.names as string[])[i] as string);
      df.set(id, (n ?? 0) + 1);
    });
    return f.ids;
  });
  const vocabulary = [...df]
    .filter(([, n]) => n >= minDocs)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, maxFeatures)
    .map(([id]) => id);
  const index = new Map(vocabulary.map((id, i) => [id, i]));
  // Rows as feature indices; the value of each present feature is 1/√(features of the text), so
  // long and short adverts weigh alike.
  const rows = docs.map((fs) => {
    const ids = fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined);
    return { ids: Int32Array.from(ids), value: 1 / Math.sqrt(Math.max(1, fs.length)) };
  });

  // Calibration split, stratified so both parts hold both classes.
  const rng = seedrandom(seed);
  const order = examples.map((_, i) => i);
  const shuffle = (xs: number[]): void => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [xs[i], xs[j]] = [xs[j] as number, xs[i] as number];
    }
  };
  shuffle(order);
  const held = new Set<number>();
  for (const label of [0, 1] as const) {
    const ofLabel = order.filter((i) => examples[i]?.label === label);
    for (const i of ofLabel.slice(0, Math.round(ofLabel.length * calibrationShare))) held.add(i);
  }
  const fit = order.filter((i) => !held.has(i));
  const heldOut = order.filter((i) => held.has(i));

  // Stochastic gradient descent on the log loss with L2 (lazy shrinking would be faster on huge
  // vocabularies; at 60,000 features a dense decay per step is the simpler honest choice).
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  let t = 0;
  const margin = (r: { ids: Int32Array; value: number }): number => {
    let z = bias;
    for (let k = 0; k < r.ids.length; k++) z += (w[r.ids[k] as number] as number) * r.value;
    return z;
  };
  let scaleW = 1; // w is stored divided by scaleW's inverse: weight = w[i] * scaleW
  const weight = (i: number): number => (w[i] as number) * scaleW;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(fit);
    for (const i of fit) {
      const r = rows[i] as { ids: Int32Array; value: number };
      const y = (examples[i] as LabelledText).label;
      const eta = learningRate / Math.sqrt(1 + t++ / fit.length);
      let z = bias;
      for (let k = 0; k < r.ids.length; k++) z += weight(r.ids[k] as number) * r.value;
      const g = sigmoid(z) - y;
      // L2 as a multiplicative decay of all weights, kept in one scale factor.
      scaleW *= 1 - eta * l2;
      if (scaleW < 1e-6) {
        for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) * scaleW;
        scaleW = 1;
      }
      for (let k = 0; k < r.ids.length; k++) {
        const j = r.ids[k] as number;
        w[j] = (w[j] as number) - (eta * g * r.value) / scaleW;
      }
      bias -= eta * g;
    }
    options.onEpoch?.(epoch, epochs);
  }
  for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) * scaleW;
  scaleW = 1;

  const heldScores = heldOut.map((i) => margin(rows[i] as { ids: Int32Array; value: number }));
  const heldLabels = heldOut.map((i) => (examples[i] as LabelledText).label);
  const calibration = fitPlatt(heldScores, heldLabels);
  const heldFigures = calibrationFigures(
    heldScores.map((z) => sigmoid(calibration.a * z + calibration.b)),
    heldLabels,
  );

  const weights: [string, number][] = [];
  for (let i = 0; i < vocabulary.length; i++) {
    const v = Math.round((w[i] as number) * 1e5) / 1e5;
    if (v !== 0) weights.push([names.get(vocabulary[i] as number) as string, v]);
  }
  const languages: Record<string, number> = {};
  for (const e of examples) languages[e.language] = (languages[e.language] ?? 0) + 1;
  const digest = createHash('sha256')
    .update(JSON.stringify([bias, calibration, weights]))
    .digest('hex')
    .slice(0, 8);
  return {
    format: MODEL_FORMAT,
    version: `${TRAINER_VERSION}+${digest}`,
    features: { version: FEATURES_VERSION, count: weights.length },
    training: {
      dataHash: options.dataHash ?? hashLabelledTexts(examples),
      examples: examples.length,
      positives,
      languages,
      options: { minDocs, maxFeatures, epochs, l2, learningRate, calibrationShare, seed },
      trainedAt: new Date().toISOString(),
      heldOut: heldFigures,
    },
    calibration,
    bias: Math.round(bias * 1e5) / 1e5,
    weights,
  };
}
