// Benchmark: the template index (classifiers/template-index.ts) that each crawl rebuilds from all
// stored adverts, and the lookup every assessed advert makes in it. Two corpora of N adverts of
// about 2 KB: distinct adverts (the bench/assess.ts inputs) and the same adverts as families of
// near-identical copies (one board posting one text many times, the costly case for the index).
// Peer: one pass of the word reader over the same texts (the floor of any reading of them).
//
// Run pinned to one core: taskset -c 0 npx tsx bench/template-index.ts [--n 30000] [--family 1000]
import { parseArgs } from 'node:util';
import { buildInputs } from './assess.ts';
import {
  MIN_IDENTITIES,
  TemplateIndexBuilder,
  templateMatch,
  type TemplateAdvert,
  type TemplateIndex,
} from '../classifiers/template-index.ts';
import { forEachWord } from '../classifiers/text-features.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '30000' }, family: { type: 'string', default: '1000' } },
});
const n = Number(values.n);
const familySize = Number(values.family);
if (!Number.isInteger(n) || n < 1000 || !Number.isInteger(familySize) || familySize < 2)
  throw new Error('--n must be a whole number ≥ 1000 and --family one ≥ 2');

const none = { phones: [], emails: [], messengers: [], urls: [] };
const inputs = buildInputs(n);
const distinct: TemplateAdvert[] = inputs.map((a, i) => ({
  text: a.text,
  employer: a.employer ?? `Employer ${i}`,
  contacts: none,
}));
// Copies of n / familySize texts, each under its own employer name and with one word changed.
const copies: TemplateAdvert[] = inputs.map((_, i) => {
  const base = inputs[Math.floor(i / familySize)]!;
  return {
    text: base.text.replace(/\p{L}{6,}/u, `changed${i % 97}`),
    employer: `Agency ${i}`,
    contacts: none,
  };
});

function build(adverts: TemplateAdvert[]): { index: TemplateIndex; us: number } {
  const started = performance.now();
  const builder = new TemplateIndexBuilder();
  for (const a of adverts) builder.add(a);
  const index = builder.build();
  return { index, us: ((performance.now() - started) * 1000) / adverts.length };
}

function lookup(adverts: TemplateAdvert[], index: TemplateIndex): { us: number; found: number } {
  const sample = adverts.slice(0, 5000);
  let found = 0;
  const started = performance.now();
  for (const a of sample) if (templateMatch(a.text, index, a.employer)) found++;
  return { us: ((performance.now() - started) * 1000) / sample.length, found };
}

const peerStarted = performance.now();
let words = 0;
for (const a of distinct) forEachWord(a.text.toLowerCase(), () => void words++);
const peerUs = ((performance.now() - peerStarted) * 1000) / distinct.length;

const rows: Array<[string, string]> = [];
const distinctBuild = build(distinct);
const copiesBuild = build(copies);
const distinctLookup = lookup(distinct, distinctBuild.index);
const copiesLookup = lookup(copies, copiesBuild.index);
const flagged = (i: TemplateIndex) => i.families.filter((f) => f.identities >= MIN_IDENTITIES).length;
rows.push(
  [`build, ${n.toLocaleString('en')} distinct adverts, µs/advert`, distinctBuild.us.toFixed(1)],
  [`  families found / flagged`, `${distinctBuild.index.families.length} / ${flagged(distinctBuild.index)}`],
  [
    `build, ${n.toLocaleString('en')} adverts in families of ${familySize}, µs/advert`,
    copiesBuild.us.toFixed(1),
  ],
  [`  families found / flagged`, `${copiesBuild.index.families.length} / ${flagged(copiesBuild.index)}`],
  [`lookup per assessed advert (distinct corpus), µs`, distinctLookup.us.toFixed(1)],
  [
    `lookup per assessed advert (copies corpus), µs; matched`,
    `${copiesLookup.us.toFixed(1)}; ${copiesLookup.found} of 5,000`,
  ],
  [`peer: one word-reader pass over the text, µs/advert`, peerUs.toFixed(1)],
);
const width = Math.max(...rows.map((r) => r[0].length)) + 2;
for (const [label, value] of rows) console.log(label.padEnd(width) + value);
