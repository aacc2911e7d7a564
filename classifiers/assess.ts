// The assess stage for one advert: language, contacts, salary, rule hits, entity-derived hits
// and the combined risk score. Pure: values in, values out. The rule engine is passed in, so this
// stage records which rule-pack version produced its hits.
import type {
  AdvertDraft,
  Contacts,
  EvidenceSpan,
  IndicatorHit,
  Location,
  Risk,
  Salary,
} from '../storage/records.ts';
import { extractContacts } from './contacts.ts';
import {
  countryFromLocation,
  currencyOfCountry,
  languagesOfCountry,
  normaliseCountryCode,
} from './countries.ts';
import { deriveEntityHits } from './entity-indicators.ts';
import type { FieldContactSpan } from './entity-indicators.ts';
import { detectLanguage } from './language.ts';
import type { SalaryBaseline } from './salary-baseline.ts';
import type { ContactIndex } from './contact-index.ts';
import type { TemplateIndex } from './template-index.ts';
import { detectSector, type Sector } from './sector.ts';
import { SCORER_VERSION, scoreRisk } from './risk-score.ts';
import type { TermContribution, TextClassifier, TextPrediction } from './text-model.ts';
import { findSalaryInText, parseSalary } from './salary.ts';
import { isMessengerName, type ReadBackWord } from '../rules/obfuscated-words.ts';
import type { ReadBackSpan } from './entity-indicators.ts';

/** What the assess stage needs of a rule engine (rules/engine.ts `createRuleEngine` fits). */
export interface RuleMatcher {
  /** Version of the loaded rule packs, recorded with every assessment. */
  version: string;
  match(
    fields: { title: string; text: string },
    options?: {
      languages?: readonly string[];
      /** Ranges (the contacts) that the read-back of symbols for letters leaves alone. */
      asWritten?: Partial<Record<'title' | 'text', ReadonlyArray<{ start: number; end: number }>>>;
      /** Words written to slip past filters that the rules read otherwise ("ca$h", "c a s h"). */
      onReadBack?(field: 'title' | 'text', words: readonly ReadBackWord[]): void;
      /** Languages of the workplace: a requirement of another language is no contradiction. */
      localLanguages?: readonly string[];
      /** Whether the workplace's languages come from its location, not the site's country. */
      workplaceStated?: boolean;
      /** The advert's language: with the workplace, says whether its readers speak a local one. */
      advertLanguage?: string;
    },
  ): IndicatorHit[];
}

export interface AssessInput {
  title: string;
  text: string;
  employer?: string;
  /** The workplace. */
  location?: Location | string;
  salary?: Salary | string;
  /** ISO 3166-1 alpha-2 country of the site's audience (the source's country). */
  siteCountry?: string;
  /** The source's languages (ISO 639-1). */
  languageHints?: string[];
  contactHints?: AdvertDraft['contactHints'];
  /** The site's industry or category for the advert (JobPosting `industry`), a hint for the sector. */
  industry?: string;
}

export interface AssessOutput {
  /** ISO 639-1, or 'und'. */
  language: string;
  /** Sector of the work (classifiers/sector.ts), 'other' when none is recognised. */
  sector: Sector;
  contacts: Contacts;
  salary?: Salary;
  hits: IndicatorHit[];
  risk: Risk;
  /** The text classifier's view, when a model is loaded. */
  classifier?: {
    probability: number;
    modelVersion: string;
    /** The advert's words that moved the probability most. */
    terms: TermContribution[];
  };
  rulePackVersion: string;
  scorerVersion: string;
}

export interface Assessor {
  assess(input: AssessInput): AssessOutput;
  /**
   * Assesses many adverts with the same results as `assess` on each, stage by stage over the batch
   * rather than advert by advert: each stage's tables (language n-grams, phone metadata, rule
   * tries, classifier weights) then stay in the CPU caches while it runs. bench/assess.ts measured
   * it 1.7–2.1× faster on 2 KB adverts in batches of 256. A few hundred adverts a batch are enough.
   */
  assessMany(inputs: readonly AssessInput[]): AssessOutput[];
}

export interface AssessorOptions {
  engine: RuleMatcher;
  /** The text classifier, blended into the risk score (classifiers/risk-score.ts). Default: none. */
  classifier?: TextClassifier;
  /** Pay per sector × country learned from crawled adverts, for pay.too_good. Default: none (the
   *  fixed per-country thresholds of entity-indicators.ts). */
  salaryBaseline?: SalaryBaseline;
  /** Contacts of the stored adverts, for network.shared_contact. Default: none (no such hit). */
  contactIndex?: ContactIndex;
  /** Near-identical text families of the stored adverts, for network.template. Default: none. */
  templateIndex?: TemplateIndex;
}

function mergeContacts(a: Contacts, b: Contacts): Contacts {
  const uniq = <T>(xs: T[], key: (x: T) => string): T[] => {
    const seen = new Set<string>();
    return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
  };
  return {
    phones: uniq([...a.phones, ...b.phones], (x) => x),
    emails: uniq([...a.emails, ...b.emails], (x) => x),
    messengers: uniq([...a.messengers, ...b.messengers], (m) => `${m.kind}:${m.handle}`),
    urls: uniq([...a.urls, ...b.urls], (u) => u.toLowerCase().replace(/\/+$/u, '')),
  };
}

const spanKey = (s: EvidenceSpan): string => `${s.field}:${s.start}:${s.end}`;

/**
 * Adds entity hits to the engine's: an id the engine already returned as present gets the entity
 * evidence merged into its hit; an id it returned only as contradicted is replaced by the entity
 * hit (the entity is observed fact, e.g. the only contact really is a gmail address).
 */
function mergeHits(engineHits: readonly IndicatorHit[], entityHits: readonly IndicatorHit[]): IndicatorHit[] {
  const out = engineHits.map((h) => ({ ...h, evidence: [...h.evidence] }));
  for (const e of entityHits) {
    const present = out.find((h) => h.indicatorId === e.indicatorId && h.state === 'present');
    if (present) {
      const have = new Set(present.evidence.map(spanKey));
      present.evidence.push(...e.evidence.filter((s) => !have.has(spanKey(s))));
      present.weight = Math.max(present.weight, e.weight);
      if (e.note !== undefined && present.note === undefined) present.note = e.note;
      continue;
    }
    const contradicted = out.findIndex((h) => h.indicatorId === e.indicatorId);
    if (contradicted >= 0) out.splice(contradicted, 1, { ...e });
    else out.push({ ...e });
  }
  return out;
}

/** The first whole occurrence of `needle` in title and in text, for salary evidence. */
function locate(title: string, text: string, needle: string | undefined): EvidenceSpan[] {
  const n = needle?.trim();
  if (!n || n.length < 2) return [];
  const out: EvidenceSpan[] = [];
  for (const [field, value] of [
    ['title', title],
    ['text', text],
  ] as const) {
    // Not inside a longer number or word ("3000" in "+48 630 003 000").
    for (let at = value.indexOf(n); at >= 0; at = value.indexOf(n, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(value[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(value[at + n.length] ?? ''))
        continue;
      out.push({ field, start: at, end: at + n.length, text: n });
      break;
    }
  }
  return out;
}

/** What the first stages learn of one advert, for the later ones. */
interface Prepared {
  input: AssessInput;
  title: string;
  text: string;
  hints: string[];
  siteCountry: string | undefined;
  /** The workplace's country from the location, else undefined. */
  workCountry: string | undefined;
  language: string;
  sector: Sector;
  contacts: Contacts;
  contactSpans: FieldContactSpan[];
  salary: Salary | undefined;
  salaryEvidence: EvidenceSpan[];
  /** Obfuscated words a rule read ("ca$h") or naming a messenger ("Wh@tsapp"), set by matchRules. */
  readBack: ReadBackSpan[];
}

function prepare(input: AssessInput): Prepared {
  const title = input.title ?? '';
  const text = input.text ?? '';
  const hints = (input.languageHints ?? []).map((h) => h.trim().toLowerCase()).filter(Boolean);
  return {
    input,
    title,
    text,
    hints,
    siteCountry: normaliseCountryCode(input.siteCountry),
    workCountry: countryFromLocation(input.location),
    language: 'und',
    sector: 'other',
    contacts: { phones: [], emails: [], messengers: [], urls: [] },
    contactSpans: [],
    salary: undefined,
    salaryEvidence: [],
    readBack: [],
  };
}

function addLanguageAndSector(a: Prepared): void {
  a.language = detectLanguage(`${a.title}\n${a.text}`, { hints: a.hints }).language;
  a.sector = detectSector({
    title: a.title,
    text: a.text,
    language: a.language,
    ...(a.input.industry ? { industry: a.input.industry } : {}),
  }).sector;
}

function addContactsAndSalary(a: Prepared): void {
  const { title, text, input, siteCountry, workCountry } = a;
  const defaultCountry = siteCountry ?? workCountry;
  const inTitle = extractContacts(title, { defaultCountry });
  const inText = extractContacts(text, {
    defaultCountry,
    ...(input.contactHints ? { hints: input.contactHints } : {}),
  });
  a.contacts = mergeContacts(inTitle.contacts, inText.contacts);
  a.contactSpans = [
    ...inTitle.spans.map((s) => ({ ...s, field: 'title' as const })),
    ...inText.spans.map((s) => ({ ...s, field: 'text' as const })),
  ];

  // An amount without a currency is most likely in the currency of the site's audience.
  const defaultCurrency = currencyOfCountry(siteCountry) ?? currencyOfCountry(workCountry);
  const salaryOptions = defaultCurrency ? { defaultCurrency } : {};
  a.salary = parseSalary(input.salary, salaryOptions);
  a.salaryEvidence = a.salary ? locate(title, text, a.salary.raw) : [];
  if (a.salary) return;
  for (const [field, value] of [
    ['text', text],
    ['title', title],
  ] as const) {
    const found = findSalaryInText(value, salaryOptions);
    if (!found) continue;
    a.salary = found.salary;
    a.salaryEvidence = [
      { field, start: found.start, end: found.end, text: value.slice(found.start, found.end) },
    ];
    return;
  }
}

/** The read-back words that present hits rest on, or that name a messenger, as written and as read. */
function readBackWordsUsed(
  a: Prepared,
  words: Record<'title' | 'text', readonly ReadBackWord[]>,
  hits: readonly IndicatorHit[],
): ReadBackSpan[] {
  const out: ReadBackSpan[] = [];
  for (const field of ['title', 'text'] as const)
    for (const w of words[field]) {
      const used = hits.some(
        (h) =>
          h.state === 'present' &&
          h.evidence.some((e) => e.field === field && e.start < w.end && w.start < e.end),
      );
      if (used || isMessengerName(w.reads))
        out.push({ field, start: w.start, end: w.end, text: a[field].slice(w.start, w.end), reads: w.reads });
    }
  return out.sort((x, y) => (x.field === y.field ? x.start - y.start : x.field === 'title' ? -1 : 1));
}

/** Creates the assess stage around a rule engine. */
export function createAssessor(options: AssessorOptions): Assessor {
  const { engine, classifier } = options;

  const matchRules = (a: Prepared): IndicatorHit[] => {
    const languages = [...new Set([a.language, ...a.hints, 'en'].filter((l) => l !== 'und'))];
    const words: Record<'title' | 'text', readonly ReadBackWord[]> = { title: [], text: [] };
    let readBack = false;
    // The workplace's languages; without a location, those of the site's country.
    const localLanguages = languagesOfCountry(a.workCountry ?? a.siteCountry);
    const hits = engine.match(
      { title: a.title, text: a.text },
      {
        languages,
        asWritten: {
          title: a.contactSpans.filter((s) => s.field === 'title'),
          text: a.contactSpans.filter((s) => s.field === 'text'),
        },
        onReadBack: (field, found) => {
          words[field] = found;
          readBack = true;
        },
        localLanguages,
        workplaceStated: a.workCountry !== undefined,
        ...(a.language !== 'und' ? { advertLanguage: a.language } : {}),
      },
    );
    if (readBack) a.readBack = readBackWordsUsed(a, words, hits);
    return hits;
  };

  const finish = (
    a: Prepared,
    engineHits: IndicatorHit[],
    prediction: TextPrediction | undefined,
  ): AssessOutput => {
    const { input, salary } = a;
    const entityHits = deriveEntityHits({
      title: a.title,
      text: a.text,
      ...(input.employer !== undefined ? { employer: input.employer } : {}),
      ...(input.location !== undefined ? { location: input.location } : {}),
      ...(a.siteCountry ? { siteCountry: a.siteCountry } : {}),
      contacts: a.contacts,
      contactSpans: a.contactSpans,
      ...(salary ? { salary, salaryEvidence: a.salaryEvidence } : {}),
      textHits: engineHits,
      ...(a.readBack.length > 0 ? { readBack: a.readBack } : {}),
      sector: a.sector,
      ...(options.salaryBaseline ? { salaryBaseline: options.salaryBaseline } : {}),
      ...(options.contactIndex ? { contactIndex: options.contactIndex } : {}),
      ...(options.templateIndex ? { templateIndex: options.templateIndex } : {}),
    });
    const hits = mergeHits(engineHits, entityHits);
    const risk = scoreRisk(hits, prediction ? { classifierProbability: prediction.probability } : {});
    return {
      language: a.language,
      sector: a.sector,
      contacts: a.contacts,
      ...(salary ? { salary } : {}),
      hits,
      risk,
      ...(prediction && classifier
        ? {
            classifier: {
              probability: prediction.probability,
              modelVersion: classifier.version,
              terms: prediction.terms,
            },
          }
        : {}),
      rulePackVersion: engine.version,
      scorerVersion: SCORER_VERSION,
    };
  };

  const assessMany = (inputs: readonly AssessInput[]): AssessOutput[] => {
    // Stage by stage: see Assessor.assessMany.
    const all = inputs.map(prepare);
    all.forEach(addLanguageAndSector);
    all.forEach(addContactsAndSalary);
    const engineHits = all.map(matchRules);
    const predictions = all.map((a) =>
      classifier?.predict({ title: a.title, text: a.text, language: a.language }),
    );
    return all.map((a, i) => finish(a, engineHits[i]!, predictions[i]));
  };

  return {
    assess: (input) => assessMany([input])[0]!,
    assessMany,
  };
}
