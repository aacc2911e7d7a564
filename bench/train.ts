// Benchmark: training the text classifier on N labelled adverts (goal: 50,000 in under 60 s on one
// core), and applying it, beside natural's BayesClassifier (the peer the issue names) trained and
// applied on the same adverts. Held-out AUC is printed for both, so speed is not bought with quality.
//
// natural's trainer is far slower (about 3.4 ms per advert here), so by default it trains on the
// first 10,000 adverts only (--peer-n), and its per-advert training rate is printed beside ours.
//
// Run pinned to one core: taskset -c 0 npx tsx bench/train.ts [--n 50000] [--apply 5000] [--peer-n 10000]
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { positiveOption } from './positive-option.ts';
import { detectLanguage } from '../classifiers/language.ts';
import {
  createTextClassifier,
  rocAuc,
  trainTextModel,
  type LabelledText,
} from '../classifiers/text-model.ts';
import { generateDemoAdverts } from '../test/fixture-boards/generate.ts';

const GOAL_SECONDS = 60;

interface NaturalBayes {
  addDocument(text: string, label: string): void;
  train(): void;
  getClassifications(text: string): { label: string; value: number }[];
}
// The submodule, not the package root: the root loads database clients and prints banners.
const natural = createRequire(import.meta.url)('natural/lib/natural/classifiers') as {
  BayesClassifier: new () => NaturalBayes;
};

function parseOptions(): { n: number; apply: number; peerN: number } {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '50000' },
      apply: { type: 'string', default: '5000' },
      'peer-n': { type: 'string', default: '10000' },
    },
  });
  return {
    n: positiveOption('n', values.n),
    apply: positiveOption('apply', values.apply),
    peerN: positiveOption('peer-n', values['peer-n']),
  };
}

/** N labelled adverts from the demo generator (about 310 per seed, in en, de, pl and ro). */
function labelled(n: number, prefix: string): LabelledText[] {
  const out: LabelledText[] = [];
  for (let seed = 1; out.length < n; seed++) {
    for (const a of generateDemoAdverts(`${prefix}-${seed}`)) {
      if (out.length >= n) break;
      out.push({ title: a.title, text: a.description, language: a.language, label: a.risky ? 1 : 0 });
    }
  }
  return out;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const { n, apply, peerN } = parseOptions();
process.stderr.write(`generating ${n} + ${apply} labelled adverts…\n`);
const train = labelled(n, 'bench-train');
const held = labelled(apply, 'bench-held');
// The assess stage detects the language; training sees the same (detection time is not training).
for (const x of [...train, ...held]) x.language = detectLanguage(`${x.title}\n${x.text}`).language;
const sizes = train.map((x) => Buffer.byteLength(`${x.title}\n${x.text}`));
console.log(
  `training set: ${train.length} adverts, ${train.filter((x) => x.label === 1).length} risky, median ${median(sizes)} bytes`,
);

let t = performance.now();
const model = trainTextModel(train, { dataHash: 'bench' });
const trainMs = performance.now() - t;
const rssAfterTrain = process.memoryUsage().rss;
const classifier = createTextClassifier(model);
t = performance.now();
const ours = held.map((x) => classifier.predict(x, { terms: 0 }).probability);
const oursApplyMs = performance.now() - t;

const bayes = new natural.BayesClassifier();
t = performance.now();
const peerTrain = train.slice(0, peerN);
for (const x of peerTrain) bayes.addDocument(`${x.title}\n${x.text}`, String(x.label));
bayes.train();
const bayesTrainMs = performance.now() - t;
t = performance.now();
const theirs = held.map((x) => {
  const c = bayes.getClassifications(`${x.title}\n${x.text}`);
  const one = c.find((y) => y.label === '1')?.value ?? 0;
  const total = c.reduce((s, y) => s + y.value, 0);
  return total > 0 ? one / total : 0;
});
const bayesApplyMs = performance.now() - t;

const labels = held.map((x) => x.label);
console.log(
  `\nrecruitwatch text model: trained in ${seconds(trainMs)} (goal < ${GOAL_SECONDS} s: ${trainMs / 1000 < GOAL_SECONDS ? 'met' : 'NOT met'}), ${model.features.count} features, RSS ${mb(rssAfterTrain)}`,
);
console.log(
  `  applied: ${Math.round(held.length / (oursApplyMs / 1000)).toLocaleString('en')} adverts/s; held-out AUC ${rocAuc(ours, labels).toFixed(4)}`,
);
const perAdvert = (ms: number, count: number): string => `${(ms / count).toFixed(2)} ms/advert`;
console.log(`  training cost ${perAdvert(trainMs, train.length)}`);
console.log(
  `peer, natural BayesClassifier on ${peerTrain.length} adverts: trained in ${seconds(bayesTrainMs)} (${perAdvert(bayesTrainMs, peerTrain.length)}), RSS ${mb(process.memoryUsage().rss)}`,
);
console.log(
  `  applied: ${Math.round(held.length / (bayesApplyMs / 1000)).toLocaleString('en')} adverts/s; held-out AUC ${rocAuc(theirs, labels).toFixed(4)}`,
);
