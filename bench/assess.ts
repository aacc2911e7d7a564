// Benchmark: the whole assess stage (language id, contacts, salary, rule packs, entity hits, risk
// score) over N adverts of about 2 KB, on one core: adverts/s, peak RSS, heap, and where the time
// goes per stage. Peer: one plain regular-expression pass over the same texts (the floor a
// keyword-matching stage cannot beat).
//
// Run pinned to one core: taskset -c 0 npx tsx bench/assess.ts [--n 100000] [--sample 5000]
import { loadDemoSources } from '../test/fixture-boards/demo-sources.ts';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { positiveOption } from './positive-option.ts';
import { pathToFileURL } from 'node:url';
import seedrandom from 'seedrandom';
import { BUNDLED_MODEL, loadTextClassifier, openAssessor } from '../bin/runtime.ts';
import { createRequire } from 'node:module';
import { readLabelledJsonl } from '../pipeline/labelled-jsonl.ts';
import { ASSESS_BATCH } from '../pipeline/assess-jsonl.ts';
import type { AssessInput } from '../classifiers/assess.ts';
import { extractContacts } from '../classifiers/contacts.ts';
import { currencyOfCountry, normaliseCountryCode } from '../classifiers/countries.ts';
import { deriveEntityHits, type EntityInput } from '../classifiers/entity-indicators.ts';
import { detectLanguage } from '../classifiers/language.ts';
import { QUEUE_THRESHOLD, scoreRisk } from '../classifiers/risk-score.ts';
import { findSalaryInText, parseSalary } from '../classifiers/salary.ts';
import { detectSector } from '../classifiers/sector.ts';
import { createRuleEngine, loadRulePacks } from '../rules/engine.ts';
import { FoldBuffers, foldWithOffsets } from '../rules/normalise.ts';
import { forEachWord } from '../classifiers/text-features.ts';
import { BOARD_COUNTRY, generateDemoAdverts, type DemoAdvert } from '../test/fixture-boards/generate.ts';

/** Goals for the assess stage. */
const GOAL_ADVERTS_PER_S = 10_000;
const GOAL_RSS_MB = 500;
/** Demo generator seeds: each yields ~310 base adverts in en, de, pl and ro. */
const SEEDS = Array.from({ length: 8 }, (_, i) => `bench-assess-${i + 1}`);
/** Median target length of an advert's text, UTF-8 bytes; targets are log-normal around it. */
const MEDIAN_TARGET_BYTES = 2048;
const TARGET_SIGMA = 0.4;
const WARM_UP = 1_000;
/** Adverts per assessMany call, as the assess command batches its lines. */
const BATCH = ASSESS_BATCH;

// ~30 red-flag words and phrases in English, German, Polish and Romanian.
const PEER_PATTERN = new RegExp(
  [
    'no experience',
    'free accommodation',
    'travel paid',
    'cash in hand',
    'urgent',
    'passport',
    'abroad',
    'deducted',
    'whatsapp',
    'telegram',
    'ohne erfahrung',
    'unterkunft',
    'reisekosten',
    'bar auf die hand',
    'sofort',
    'ausland',
    'vorschuss',
    'bez doświadczenia',
    'zakwaterowanie',
    'za granicą',
    'pilnie',
    'paszport',
    'gotówką',
    'od zaraz',
    'fără experiență',
    'cazare',
    'străinătate',
    'pașaport',
    'transport gratuit',
    'avans',
  ].join('|'),
  'giu',
);

function parseOptions(): { n: number; sample: number } {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '100000' }, sample: { type: 'string', default: '5000' } },
  });
  return { n: positiveOption('n', values.n), sample: positiveOption('sample', values.sample) };
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * N assess inputs of about 2 KB each: a demo advert's description followed by paragraphs of other
 * demo adverts in the same language, until the advert's drawn target length is nearest.
 */
export function buildInputs(n: number): AssessInput[] {
  const rng = seedrandom('bench-assess-inputs');
  const base = SEEDS.flatMap((seed) => generateDemoAdverts(seed));
  const byLanguage = new Map<string, DemoAdvert[]>();
  for (const a of base) byLanguage.set(a.language, [...(byLanguage.get(a.language) ?? []), a]);
  const hints = new Map(
    loadDemoSources({
      jobboard: 'http://127.0.0.1',
      classifieds: 'http://127.0.0.1',
      jsboard: 'http://127.0.0.1',
    }).map((s) => [s.id, s.languages]),
  );
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

  const out: AssessInput[] = [];
  for (let i = 0; i < n; i++) {
    const advert = pick(base);
    const target = MEDIAN_TARGET_BYTES * Math.exp(TARGET_SIGMA * normal());
    const paragraphs = [advert.description];
    let length = bytes(advert.description);
    const peers = byLanguage.get(advert.language) ?? [];
    while (length < target) {
      const donor = pick(peers);
      if (donor === advert) continue;
      let added = false;
      for (const p of donor.description.split('\n\n')) {
        const next = length + 2 + bytes(p);
        // Stop at the length nearest the target, so the median lands on it.
        if (next - target > target - length) break;
        paragraphs.push(p);
        length = next;
        added = true;
        if (length >= target) break;
      }
      if (!added) break;
    }
    out.push({
      title: advert.title,
      text: paragraphs.join('\n\n'),
      ...(advert.employer !== undefined ? { employer: advert.employer } : {}),
      location: advert.locationText,
      ...(advert.salary ? { salary: advert.salary.text } : {}),
      siteCountry: BOARD_COUNTRY[advert.board],
      languageHints: [...(hints.get(`demo-${advert.board}`) ?? [])],
    });
  }
  return out;
}

/**
 * natural's BayesClassifier, trained on the training part of the labelled corpus, classifying the
 * sample: the cost of that classifier alone (its submodule: the package root loads database
 * clients). Returns the wall time in ms.
 */
function naturalBayesPeer(sample: readonly AssessInput[]): number {
  const { BayesClassifier } = createRequire(import.meta.url)('natural/lib/natural/classifiers') as {
    BayesClassifier: new () => {
      addDocument(text: string, label: string): void;
      train(): void;
      classify(text: string): string;
    };
  };
  const bayes = new BayesClassifier();
  for (const l of readLabelledJsonl('test/data/labelled/train.jsonl').lines)
    bayes.addDocument(`${l.title}\n${l.description}`, String(l.label));
  bayes.train();
  return time(sample, (x) => bayes.classify(`${x.title}\n${x.text}`));
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
const perS = (count: number, ms: number): number => count / (ms / 1000);
const fmt = (x: number): string => Math.round(x).toLocaleString('en');

/**
 * Wall time of `fn` over `items`, after a warm-up over the first `warmUp` items; `beforeTimed`
 * runs between the two (to reset counters).
 */
function time<T>(items: readonly T[], fn: (x: T) => void, warmUp = 500, beforeTimed?: () => void): number {
  for (let i = 0; i < Math.min(warmUp, items.length); i++) fn(items[i] as T);
  beforeTimed?.();
  const started = performance.now();
  for (let i = 0; i < items.length; i++) fn(items[i] as T);
  return performance.now() - started;
}

function cpusAllowed(): string {
  try {
    return /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '?';
  } catch {
    return '?';
  }
}

function main(): void {
  const { n, sample } = parseOptions();
  const started = performance.now();
  const inputs = buildInputs(n);
  const buildMs = performance.now() - started;
  const sizes = inputs.map((a) => bytes(a.text)).sort((a, b) => a - b);
  const rssInputs = process.memoryUsage().rss;
  console.log(
    `inputs: ${fmt(n)} adverts built in ${(buildMs / 1000).toFixed(1)} s; text bytes median ${fmt(quantile(sizes, 0.5))}, p90 ${fmt(quantile(sizes, 0.9))}, max ${fmt(sizes[sizes.length - 1] ?? 0)}`,
  );
  console.log(`cpus allowed: ${cpusAllowed()} (pin with: taskset -c 0 npx tsx bench/assess.ts)`);

  // Peer: one case-insensitive alternation over title and text.
  let peerMatches = 0;
  const peerMs = time(
    inputs,
    (a) => {
      for (const s of [a.title, a.text])
        for (PEER_PATTERN.lastIndex = 0; PEER_PATTERN.exec(s);) peerMatches++;
    },
    WARM_UP,
    () => (peerMatches = 0),
  );

  // The whole assess stage, as the pipeline composes it.
  const assessor = openAssessor();
  let flagged = 0;
  let cpuBefore = process.cpuUsage();
  const assessMs = time(
    inputs,
    (a) => {
      if (assessor.assess(a).risk.score >= QUEUE_THRESHOLD) flagged++;
    },
    WARM_UP,
    () => {
      flagged = 0;
      cpuBefore = process.cpuUsage();
    },
  );
  const cpu = process.cpuUsage(cpuBefore);
  // maxRSS is in KiB.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const heap = process.memoryUsage();

  // The same adverts in batches, stage by stage (assessMany: the assess command's way).
  const batches: AssessInput[][] = [];
  for (let i = 0; i < n; i += BATCH) batches.push(inputs.slice(i, i + BATCH));
  let flaggedInBatches = 0;
  const batchMs = time(
    batches,
    (b) => {
      for (const out of assessor.assessMany(b)) if (out.risk.score >= QUEUE_THRESHOLD) flaggedInBatches++;
    },
    Math.ceil(WARM_UP / BATCH),
    () => (flaggedInBatches = 0),
  );
  if (flaggedInBatches !== flagged)
    throw new Error(`assessMany flagged ${flaggedInBatches} adverts, assess ${flagged}: they must agree`);

  const engine = createRuleEngine(loadRulePacks());
  const classifier = loadTextClassifier(BUNDLED_MODEL);
  // Per-stage breakdown over a sample, each stage timed in its own loop on precomputed inputs.
  const s = inputs.slice(0, Math.min(sample, n)).map((a) => {
    const hints = a.languageHints ?? [];
    const country = normaliseCountryCode(a.siteCountry);
    const currency = currencyOfCountry(country);
    const out = assessor.assess(a);
    const languages = [...new Set([out.language, ...hints, 'en'].filter((l) => l !== 'und'))];
    const o = country ? { defaultCountry: country } : {};
    const entityInput: EntityInput = {
      title: a.title,
      text: a.text,
      ...(a.employer !== undefined ? { employer: a.employer } : {}),
      ...(a.location !== undefined ? { location: a.location } : {}),
      ...(country ? { siteCountry: country } : {}),
      contacts: out.contacts,
      contactSpans: [
        ...extractContacts(a.title, o).spans.map((sp) => ({ ...sp, field: 'title' as const })),
        ...extractContacts(a.text, o).spans.map((sp) => ({ ...sp, field: 'text' as const })),
      ],
      // Salary evidence is left out: locating it is a string search inside assess, not this stage.
      ...(out.salary ? { salary: out.salary } : {}),
      textHits: engine.match({ title: a.title, text: a.text }, { languages }),
    };
    return {
      a,
      hints,
      country,
      salaryOptions: currency ? { defaultCurrency: currency } : {},
      language: out.language,
      languages,
      entityInput,
      hits: out.hits,
    };
  });
  const stages: Array<[string, number]> = [
    ['detectLanguage', time(s, (x) => detectLanguage(`${x.a.title}\n${x.a.text}`, { hints: x.hints }))],
    [
      'extractContacts (title + text)',
      time(s, (x) => {
        const o = x.country ? { defaultCountry: x.country } : {};
        extractContacts(x.a.title, o);
        extractContacts(x.a.text, o);
      }),
    ],
    [
      'parseSalary / findSalaryInText',
      time(s, (x) => {
        const salary = typeof x.a.salary === 'string' ? parseSalary(x.a.salary, x.salaryOptions) : undefined;
        if (!salary && !findSalaryInText(x.a.text, x.salaryOptions))
          findSalaryInText(x.a.title, x.salaryOptions);
      }),
    ],
    [
      'rule engine match',
      time(s, (x) => engine.match({ title: x.a.title, text: x.a.text }, { languages: x.languages })),
    ],
    [
      'detectSector',
      time(s, (x) => detectSector({ title: x.a.title, text: x.a.text, language: x.language })),
    ],
    ['deriveEntityHits', time(s, (x) => deriveEntityHits(x.entityInput))],
    ['scoreRisk', time(s, (x) => scoreRisk(x.hits))],
    [
      'text classifier predict (with explanation)',
      time(s, (x) => classifier.predict({ title: x.a.title, text: x.a.text, language: x.language })),
    ],
  ];
  const wholeMs = time(s, (x) => assessor.assess(x.a));
  const bayesMs = naturalBayesPeer(s.map((x) => x.a));
  // Floors of a design that reads each advert once for every stage: the two passes over the text
  // that any stage here starts with, folding (the rules) and reading words (the classifier).
  // Into kept buffers, as the rule engine folds.
  const foldBuffers = new FoldBuffers();
  const foldMs = time(s, (x) => {
    foldWithOffsets(x.a.title, foldBuffers);
    foldWithOffsets(x.a.text, foldBuffers);
  });
  let words = 0;
  const readWords = (x: (typeof s)[number]): void =>
    forEachWord(`${x.a.title}\n${x.a.text}`.toLowerCase(), () => words++);
  const wordsMs = time(s, readWords);
  words = 0; // counted again once, without the warm-up
  s.forEach(readWords);
  const us = (ms: number): number => (ms * 1000) / s.length;
  const measured = stages.reduce((sum, [, ms]) => sum + ms, 0);
  // Each stage alone keeps its tables and compiled code in the processor's caches; interleaved in
  // assess they evict each other, so "rest" holds that cost as well as the merging steps.
  stages.push(['rest (merging, countries; stages evicting each other)', Math.max(0, wholeMs - measured)]);

  const assessRate = perS(n, assessMs);
  const batchRate = perS(n, batchMs);
  const peerRate = perS(n, peerMs);
  const rows: string[][] = [
    ['figure', 'value', 'peer', 'goal'],
    [
      'assess, adverts/s (one thread)',
      fmt(assessRate),
      `${fmt(peerRate)} (one regex pass)`,
      `≥ ${fmt(GOAL_ADVERTS_PER_S)}: ${assessRate >= GOAL_ADVERTS_PER_S ? 'met' : 'missed'}`,
    ],
    ['assess, µs/advert', (1e6 / assessRate).toFixed(1), (1e6 / peerRate).toFixed(1), ''],
    [
      `assessMany in batches of ${BATCH}, adverts/s`,
      fmt(batchRate),
      '',
      `≥ ${fmt(GOAL_ADVERTS_PER_S)}: ${batchRate >= GOAL_ADVERTS_PER_S ? 'met' : 'missed'}`,
    ],
    [`assessMany in batches of ${BATCH}, µs/advert`, (1e6 / batchRate).toFixed(1), '', ''],
    ['peak RSS of the process (maxRSS)', mb(maxRss), '', ''],
    ['RSS with all inputs built, before assess', mb(rssInputs), '', ''],
    // The inputs are held in memory only so the timed loop reads no file; a streaming assess
    // stage does not hold them, so the goal is judged on what the run adds.
    [
      'RSS added by assess (peak − before)',
      mb(maxRss - rssInputs),
      '',
      `≤ ${GOAL_RSS_MB} MB: ${maxRss - rssInputs <= GOAL_RSS_MB * 1024 * 1024 ? 'met' : 'missed'}`,
    ],
    ['heap used / total after run (inputs included)', `${mb(heap.heapUsed)} / ${mb(heap.heapTotal)}`, '', ''],
    ['CPU time / wall time during run', ((cpu.user + cpu.system) / 1000 / assessMs).toFixed(2), '', ''],
    ...stages.map(([name, ms]) => [
      `  ${name}, µs/advert`,
      us(ms).toFixed(1),
      '',
      `${((ms / wholeMs) * 100).toFixed(0)}% of assess`,
    ]),
    [`  whole assess on the ${fmt(s.length)} sample, µs/advert`, us(wholeMs).toFixed(1), '', ''],
    ['train classifier on 50,000 adverts', 'see bench/train.ts', '', '< 60 s'],
    ['floor: fold title and text for the rules (foldWithOffsets), µs/advert', us(foldMs).toFixed(1), '', ''],
    [
      `floor: read the words (toLowerCase + forEachWord, ${fmt(words / s.length)} words per advert), µs/advert`,
      us(wordsMs).toFixed(1),
      '',
      '',
    ],
    [
      `natural BayesClassifier classify alone (peer), µs/advert`,
      us(bayesMs).toFixed(1),
      '',
      `${((bayesMs / wholeMs) * 100).toFixed(0)}% of our whole assess`,
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  console.log();
  for (const r of rows)
    console.log(
      r
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  console.log();
  console.log(
    `flagged (score ≥ ${QUEUE_THRESHOLD}): ${((flagged / n) * 100).toFixed(1)}% of adverts; peer regex matches: ${fmt(peerMatches)}`,
  );
}

// Run when executed, not when imported for its inputs (profiling scripts reuse buildInputs).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
