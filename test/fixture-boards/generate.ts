// Reproducible demo adverts for the fixture job boards: the crawler's test bed and the public demo.
//
// The same seed always yields the same adverts (one seeded PRNG, consumed in a fixed order; no clock).
// Phrase material lives per language in ./phrases; this module only composes it. The advert list is
// also the ground truth: `kind`, `risky` and `indicators` say what each text was written to carry.
import seedrandom from 'seedrandom';
import {
  BOARD_COUNTRY,
  GROUP,
  HARD_NEGATIVES,
  HARD_NEGATIVE_SHARE,
  HIGH_RISK_SECTORS,
  PLAN,
  RISKY_SHARE,
  SCENARIOS,
  SEASONAL_ONLY,
  type BoardId,
  type Slot,
} from './combinations.ts';
import { de } from './phrases/de.ts';
import { en } from './phrases/en.ts';
import { pl } from './phrases/pl.ts';
import { COUNTRIES, type City } from './phrases/places.ts';
import { ro } from './phrases/ro.ts';
import type {
  CountryCode,
  Currency,
  EmploymentType,
  HardNegativeKind,
  InnocentIndicator,
  Lang,
  LanguagePhrases,
  Period,
  PlaceForms,
  RolePhrases,
  ScenarioId,
  Sector,
  TextIndicator,
} from './phrases/types.ts';

export type { BoardId } from './combinations.ts';
export { BOARD_COUNTRY } from './combinations.ts';
export type AdvertKind = 'ordinary' | 'risky' | 'hard-negative' | 'hostile-markup';

export interface DemoSalary {
  min?: number;
  max?: number;
  currency: string;
  period: Period;
  /** Exactly as the page displays it. */
  text: string;
}

export interface DemoContact {
  phone?: string;
  email?: string;
  whatsapp?: string;
  telegram?: string;
  /** The contact paragraph as written (also the last paragraph of `description`). */
  text: string;
}

export interface DemoAdvert {
  /** Stable, e.g. 'jb-0001', 'cl-0042', 'js-0007'. */
  id: string;
  board: BoardId;
  /** URL path of its page on its board, e.g. '/jobs/jb-0001-warehouse-operative'. */
  path: string;
  language: Lang;
  title: string;
  /** Undefined = anonymous advert (no company named anywhere on the page). */
  employer?: string;
  /** The employer's website, for named employers that have one. */
  employerUrl?: string;
  /** Undefined for vague locations ("abroad", "EU", a country with no city). */
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2 where the work is. */
  country?: string;
  /** Exactly as the page displays it, e.g. 'Leeds, United Kingdom' or 'Germania'. */
  locationText: string;
  /** Plain text; paragraphs separated by a blank line; the contact paragraph comes last. */
  description: string;
  salary?: DemoSalary;
  contact?: DemoContact;
  /** ISO 8601 date-time, UTC. */
  postedAt: string;
  /** ISO 8601 date-time, UTC: when the advert expires. */
  validThrough: string;
  /** schema.org employmentType. */
  employmentType: EmploymentType;
  sector: string;
  kind: AdvertKind;
  /** Ground truth: should an analyst see it? */
  risky: boolean;
  /**
   * Catalogue ids (INDICATORS.md) the text was written to carry. Risky adverts carry a combination;
   * hard negatives list their surface indicators; ordinary adverts list their single innocent
   * indicator, if any.
   */
  indicators: string[];
  /** One line: why it is risky, or why it is not. */
  why: string;
}

export const DEFAULT_SEED = 'recruitwatch-demo';

const PHRASES: Record<Lang, LanguagePhrases> = { en, de, pl, ro };

const ID_PREFIX: Record<BoardId, string> = { jobboard: 'jb', classifieds: 'cl', jsboard: 'js' };

// ---------------------------------------------------------------------------------------------
// Small helpers.

class Random {
  constructor(private readonly source: () => number) {}

  float(): number {
    return this.source();
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.source() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.source() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.source() * items.length)] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.source() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }
}

/** Cycles through a shuffled list, reshuffling when exhausted, so every item is used before any repeats. */
class Deck<T> {
  private queue: T[] = [];
  constructor(
    private readonly rng: Random,
    private readonly items: readonly T[],
  ) {
    if (items.length === 0) throw new Error('a deck needs at least one item');
  }

  draw(): T {
    if (this.queue.length === 0) this.queue = this.rng.shuffle(this.items);
    return this.queue.pop() as T;
  }
}

type Slots = Record<string, string | undefined>;
const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

function fits(template: string, slots: Slots): boolean {
  for (const m of template.matchAll(PLACEHOLDER)) if (slots[m[1] as string] === undefined) return false;
  return true;
}

function fill(template: string, slots: Slots): string {
  return (
    template
      .replace(PLACEHOLDER, (_, name: string) => {
        const value = slots[name];
        if (value === undefined)
          throw new Error(`phrase "${template}" needs {${name}}, which this advert does not have`);
        return value;
      })
      // A filled-in value that ends with an abbreviation point ("brutto/mies.") before the sentence's own.
      .replace(/([^.])\.\.(?=\s|$)/g, '$1.')
  );
}

/** Picks one template whose placeholders this advert can fill, and fills it. */
function pickFilled(rng: Random, templates: readonly string[], slots: Slots): string {
  const usable = templates.filter((t) => fits(t, slots));
  if (usable.length === 0) throw new Error(`no usable phrase among: ${templates.join(' | ')}`);
  return fill(rng.pick(usable), slots);
}

/** ASCII slug for URLs and domains. */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, maxLength).replace(/-+$/, '');
}

function digits(rng: Random, pattern: string): string {
  return pattern.replace(/X/g, () => String(rng.int(0, 9)));
}

/** Hand-written rather than Intl so the output never varies with the ICU build. */
function formatNumber(n: number, lang: Lang): string {
  const { group, decimal } = PHRASES[lang].number;
  const fixed = Number.isInteger(n) ? String(n) : n.toFixed(2);
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
}

function formatMoney(n: number, currency: Currency, lang: Lang): string {
  return fill(PHRASES[lang].money[currency], { n: formatNumber(n, lang) });
}

const PERIOD_FROM_MONTH: Record<Period, number> = {
  hour: 1 / 168,
  day: 1 / 21,
  week: 1 / 4.33,
  month: 1,
  year: 12,
};

function roundingStep(period: Period, currency: Currency): number {
  const small = currency === 'EUR' || currency === 'GBP';
  switch (period) {
    case 'hour':
      return small ? 0.5 : currency === 'NOK' ? 5 : 0.5;
    case 'day':
      return small ? 5 : 10;
    case 'week':
      return small ? 10 : 50;
    case 'month':
      return small ? 50 : 100;
    case 'year':
      return 1000;
  }
}

interface PayRequest {
  ref: [number, number];
  period: Period;
  /** Where the work is; undefined (vague location) pays in EUR at German level. */
  country?: CountryCode;
  multiplier?: number;
  /** How the figure is stated; random (mostly a range) when omitted. */
  shape?: 'range' | 'from' | 'exact';
}

function makeSalary(rng: Random, lang: Lang, req: PayRequest): DemoSalary {
  const data = req.country ? COUNTRIES[req.country] : undefined;
  const currency: Currency = data?.currency ?? 'EUR';
  // Yearly salaries are rare in Polish and Romanian adverts: monthly is the norm there.
  const period: Period =
    req.period === 'year' && (req.country === 'PL' || req.country === 'RO') ? 'month' : req.period;
  const factor =
    (data?.wageLevel ?? 1) * (data?.perEur ?? 1) * (req.multiplier ?? 1) * (0.92 + rng.float() * 0.16);
  const step = roundingStep(period, currency);
  const round = (v: number) => Math.max(step, Math.round((v * PERIOD_FROM_MONTH[period]) / step) * step);
  const min = round(req.ref[0] * factor);
  let max = round(req.ref[1] * factor);
  if (max <= min) max = min + step;
  const p = PHRASES[lang];
  const per = p.per[period];
  const shape = req.shape ?? rng.pick(['range', 'range', 'range', 'from', 'exact'] as const);
  const money = (n: number) => formatMoney(n, currency, lang);
  if (shape === 'from') {
    return { min, currency, period, text: fill(p.salary.from, { min: money(min), per }) };
  }
  if (shape === 'exact') {
    return { min, max: min, currency, period, text: fill(p.salary.exact, { min: money(min), per }) };
  }
  const text = fill(p.salary.range, {
    min: money(min),
    min_n: formatNumber(min, lang),
    max: money(max),
    per,
  });
  return { min, max, currency, period, text };
}

interface Employer {
  name: string;
  domain: string;
  country: CountryCode;
}

function makeEmployer(
  rng: Random,
  country: CountryCode,
  nouns: readonly string[] | undefined,
  what: string,
): Employer {
  const data = COUNTRIES[country];
  if (!nouns || nouns.length === 0) throw new Error(`no employer name parts for ${what} in ${country}`);
  const surname = rng.pick(data.surnames);
  const parts = {
    noun: rng.pick(nouns),
    place: rng.pick(data.places),
    surname,
    surname2: rng.pick(data.surnames.filter((s) => s !== surname)),
  };
  const pattern = rng.pick(data.employerPatterns);
  const form = pattern.includes('{form}') ? rng.pick(data.legalForms) : '';
  const name = fill(pattern, { ...parts, form })
    .replace(/\s+/g, ' ')
    .trim();
  const base = fill(pattern, { ...parts, form: '' }).replace(/&/g, ' ');
  return { name, domain: `${slugify(base, 40)}.example`, country };
}

function sectorEmployer(rng: Random, country: CountryCode, sector: Sector): Employer {
  return makeEmployer(rng, country, COUNTRIES[country].nouns[sector], `sector ${sector}`);
}

function agencyEmployer(rng: Random, country: CountryCode): Employer {
  return makeEmployer(rng, country, COUNTRIES[country].agencyNouns, 'an agency');
}

function cityName(lang: Lang, city: City): string {
  return PHRASES[lang].exonyms[city.name] ?? city.name;
}

/** How a board shows a place in the readers' own country ('Wrocław, dolnośląskie', 'Cluj-Napoca, jud. Cluj'). */
function homeLocationText(name: string, city: City, country: CountryCode): string {
  if (city.region === city.name) return name;
  return country === 'RO' ? `${name}, jud. ${city.region}` : `${name}, ${city.region}`;
}

interface Place {
  city?: string;
  region?: string;
  country?: CountryCode;
  locationText: string;
  forms: PlaceForms;
}

function placeIn(rng: Random, lang: Lang, country: CountryCode, board: BoardId): Place {
  const city = rng.pick(COUNTRIES[country].cities);
  const name = cityName(lang, city);
  const forms = PHRASES[lang].countries[country];
  const locationText =
    country === BOARD_COUNTRY[board] ? homeLocationText(name, city, country) : `${name}, ${forms.name}`;
  return { city: name, region: city.region, country, locationText, forms };
}

const BASE_TIME = Date.UTC(2025, 5, 2);
const DAY_MS = 86_400_000;

function isoMinutes(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// ---------------------------------------------------------------------------------------------
// Composition.

/** An advert before it has an id and a path. */
type Draft = Omit<DemoAdvert, 'id' | 'path' | 'postedAt' | 'validThrough'>;

interface Context {
  rng: Random;
  slot: Slot;
  p: LanguagePhrases;
}

function bullets(heading: string, lines: string[]): string {
  return [heading, ...lines.map((l) => `• ${l}`)].join('\n');
}

function ordinaryAdvert(ctx: Context, roles: Map<CountryCode, Deck<RolePhrases>>): Draft {
  const { rng, slot, p } = ctx;
  const work = rng.pick(slot.work);
  const role = roles.get(work.country)!.draw();
  const title = rng.pick(role.titles);
  const place = placeIn(rng, slot.language, work.country, slot.board);
  const employer = sectorEmployer(rng, work.country, role.sector);
  const website = `www.${employer.domain}`;
  const email = `${rng.pick(COUNTRIES[work.country].hrMailboxes)}@${employer.domain}`;

  const innocentChoices = (role.innocent ?? []).filter(
    (i) =>
      p.ordinary.innocent[i] !== undefined &&
      (i !== 'req.no_language' || p.localLanguage[work.country] !== 'English'),
  );
  const innocent: InnocentIndicator | undefined =
    innocentChoices.length > 0 && rng.chance(0.5) ? rng.pick(innocentChoices) : undefined;
  const messenger = innocent === 'contact.messenger_only';
  const phone = messenger
    ? digits(rng, rng.pick(COUNTRIES[work.country].mobiles))
    : rng.chance(0.4)
      ? digits(rng, rng.pick(COUNTRIES[work.country].landlines))
      : undefined;
  const salary = rng.chance(0.85)
    ? makeSalary(rng, slot.language, { ref: role.refMonthlyEur, period: role.period, country: work.country })
    : undefined;

  const slots: Slots = {
    employer: employer.name,
    title,
    city: place.city,
    region: place.region,
    salary: salary?.text,
    email,
    website,
    phone,
    local_language: p.localLanguage[work.country],
  };
  const o = p.ordinary;
  let intro = pickFilled(rng, o.intros, slots);
  if (innocent === 'urgency') intro += ` ${pickFilled(rng, o.innocent.urgency ?? [], slots)}`;
  const requirements = rng.sample(role.requirements, rng.int(2, Math.min(3, role.requirements.length)));
  if (innocent === 'req.no_experience' || innocent === 'req.no_language') {
    requirements.push(pickFilled(rng, o.innocent[innocent] ?? [], slots).replace(/\.$/, ''));
  }
  const offer = [rng.pick(o.employment[role.employmentType])];
  if (salary) offer.push(pickFilled(rng, o.salaryLine, slots));
  offer.push(...rng.sample(o.benefits, rng.int(2, 3)));
  let contactText: string;
  if (messenger) {
    contactText = pickFilled(rng, o.innocent['contact.messenger_only'] ?? [], slots);
  } else {
    contactText = pickFilled(rng, o.apply, slots);
    if (phone) contactText += ` ${pickFilled(rng, o.applyPhone, slots)}`;
  }
  const description = [
    intro,
    bullets(rng.pick(o.tasksHeading), rng.sample(role.duties, rng.int(2, Math.min(4, role.duties.length)))),
    bullets(rng.pick(o.requirementsHeading), requirements),
    bullets(rng.pick(o.offerHeading), offer),
    contactText,
  ].join('\n\n');

  const contact: DemoContact = { text: contactText };
  if (phone) contact.phone = phone;
  if (messenger) contact.whatsapp = phone;
  if (contactText.includes(email)) contact.email = email;

  return {
    board: slot.board,
    language: slot.language,
    title,
    employer: employer.name,
    employerUrl: `https://${website}`,
    city: place.city,
    region: place.region,
    country: place.country,
    locationText: place.locationText,
    description,
    ...(salary ? { salary } : {}),
    contact,
    employmentType: role.employmentType,
    sector: role.sector,
    kind: 'ordinary',
    risky: false,
    indicators: innocent ? [innocent] : [],
    why: innocent
      ? `Ordinary advert from a named employer; its single indicator (${innocent}) is innocent on its own.`
      : 'Ordinary advert from a named employer with normal pay, contract and company contact.',
  };
}

/** Spaced-out digits, a common way to slip a number past filters. */
function obfuscatePhone(phone: string): string {
  return phone
    .replace(/[^\d+]/g, '')
    .split('')
    .join(' ');
}

const HOSTILE_TITLE = ' <script>window.__xss=1</script>';
const HOSTILE_BODY = '<img src=x onerror="window.__xss=2">';

function riskyAdvert(ctx: Context, scenarioId: ScenarioId, hostile: boolean): Draft {
  const { rng, slot, p } = ctx;
  const spec = SCENARIOS[scenarioId];
  const phrases = p.risky.scenarios[scenarioId];
  const structural = new Set<string>(spec.structural ?? []);

  // Where.
  let place: Place;
  if (spec.abroad) {
    structural.add('location.abroad');
    const preferred = (spec.destinations ?? slot.destinations).filter((d) => slot.destinations.includes(d));
    const dest = rng.pick(preferred.length > 0 ? preferred : slot.destinations);
    if (spec.allowVague && rng.chance(0.2)) {
      const forms = rng.pick(p.vague);
      place = { locationText: forms.name, forms };
    } else if (rng.chance(0.55)) {
      place = placeIn(rng, slot.language, dest, slot.board);
    } else {
      const forms = p.countries[dest];
      place = { country: dest, locationText: forms.name, forms };
    }
    if (place.city === undefined) structural.add('location.vague');
  } else {
    place = placeIn(rng, slot.language, slot.audience, slot.board);
  }

  // Which flags.
  const text = new Set<TextIndicator>(spec.core);
  for (const extra of rng.sample(spec.optional, rng.int(1, 3))) text.add(extra);
  if (!text.has('contact.messenger_only') && !text.has('contact.freemail')) {
    text.add(rng.chance(0.6) ? 'contact.messenger_only' : 'contact.freemail');
  }
  const employer = rng.chance(spec.anonymousShare) ? undefined : rng.pick(p.risky.shadyEmployers);
  if (employer === undefined) structural.add('employer.anonymous');

  // Pay, fee, contact.
  const tooGood = text.has('pay.too_good');
  const salary =
    tooGood || rng.chance(0.85)
      ? makeSalary(rng, slot.language, {
          ref: spec.pay,
          period: rng.pick(spec.periods),
          country: place.country,
          multiplier: tooGood ? 2.4 + rng.float() * 0.8 : 1,
          // "Earnings up to …" reads right only with one figure.
          ...(tooGood ? { shape: 'exact' as const } : {}),
        })
      : undefined;
  const audience = COUNTRIES[slot.audience];
  const feeStep = audience.currency === 'EUR' || audience.currency === 'GBP' ? 50 : 100;
  const fee = Math.round((rng.int(150, 600) * audience.perEur) / feeStep) * feeStep;
  const phoneCountry =
    place.country && place.country !== slot.audience && rng.chance(0.3) ? place.country : slot.audience;
  const phone = digits(rng, rng.pick(COUNTRIES[phoneCountry].mobiles));
  const obfuscated = rng.chance(0.15);
  const email = `${rng.pick(p.risky.mailboxes)}${rng.int(1, 99)}@${rng.pick(p.risky.freemailDomains)}`;
  const telegram = rng.pick(p.risky.telegramHandles);
  const slots: Slots = {
    in_country: place.forms.in,
    to_country: place.forms.to,
    country: place.forms.name,
    city: place.city,
    place: place.city ?? place.forms.name,
    salary: salary?.text,
    fee: formatMoney(fee, audience.currency, slot.language),
    phone: obfuscated ? obfuscatePhone(phone) : phone,
    email,
    telegram,
    age_min: '18',
    age_max: String(rng.pick([25, 26, 28, 30])),
    // "No Romanian needed", written in Romanian for work in Romania, would address nobody.
    dest_language:
      place.country !== undefined && (spec.abroad || slot.language === 'en')
        ? p.localLanguage[place.country]
        : undefined,
  };

  // Sentences.
  const sentence = (id: TextIndicator): string => {
    const all = p.risky.indicators[id];
    const allowed =
      spec.phrases?.[id] ??
      all
        .map((_, i) => i)
        .filter((i) => spec.sector === 'agriculture' || !(SEASONAL_ONLY[id] ?? []).includes(i));
    return pickFilled(
      rng,
      allowed.map((i) => all[i] as string),
      slots,
    );
  };
  const offer: string[] = [];
  const req: string[] = [];
  const contactLines: string[] = [];
  let urgencyLine: string | undefined;
  for (const id of rng.shuffle([...text])) {
    const line = sentence(id);
    const group = GROUP[id];
    if (group === 'offer') offer.push(line);
    else if (group === 'req') req.push(line);
    else if (group === 'contact') contactLines.push(line);
    else urgencyLine = line;
  }
  // Contact sentences read best in a fixed order: messenger first, then e-mail.
  contactLines.sort((a, b) => Number(a.includes(email)) - Number(b.includes(email)));
  if (salary && !tooGood) offer.splice(rng.int(0, offer.length), 0, pickFilled(rng, p.risky.payLines, slots));

  const index = rng.int(0, phrases.openings.length - 1);
  if (spec.paired && phrases.titles.length !== phrases.openings.length) {
    throw new Error(`${p.lang} scenario ${scenarioId}: paired titles and openings must have the same length`);
  }
  let title = fill(spec.paired ? (phrases.titles[index] as string) : rng.pick(phrases.titles), slots);
  const opening = [fill(phrases.openings[index] as string, slots)];
  if (spec.abroad && place.city !== undefined) opening.push(pickFilled(rng, p.risky.placeLines, slots));
  if (urgencyLine !== undefined) {
    if (rng.chance(0.5)) opening.push(urgencyLine);
    else contactLines.push(urgencyLine);
  }
  if (rng.chance(0.4)) contactLines.push(rng.pick(p.risky.closings));
  if (employer !== undefined && rng.chance(0.6)) contactLines.push(employer);

  // Layout: prose, one sentence per line, or check-mark lists as on classifieds.
  const style = rng.pick(['prose', 'prose', 'lines', 'checks'] as const);
  const join = (lines: string[]): string =>
    style === 'prose'
      ? lines.join(' ')
      : style === 'lines'
        ? lines.join('\n')
        : lines.map((l) => `✅ ${l}`).join('\n');
  const openingText = style === 'checks' ? opening.join(' ') : join(opening);
  const contactText = contactLines.join('\n');
  if (obfuscated && contactText.includes(slots.phone as string)) structural.add('language.obfuscated');
  const paragraphs = [openingText, join(offer), join(req)].filter((s) => s !== '');
  if (hostile) {
    title += HOSTILE_TITLE;
    paragraphs[0] += `\n${HOSTILE_BODY}`;
  }
  paragraphs.push(contactText);

  const sector = spec.openingSectors?.[index] ?? spec.sector;
  if (HIGH_RISK_SECTORS.has(sector)) structural.add('sector.high_risk');
  const indicators = [...new Set<string>([...text, ...structural])].sort();

  const contact: DemoContact = { text: contactText };
  if (contactText.includes(slots.phone as string)) contact.phone = phone;
  if (text.has('contact.messenger_only')) contact.whatsapp = phone;
  if (contactText.includes(email)) contact.email = email;
  if (contactText.includes(telegram)) contact.telegram = telegram;

  return {
    board: slot.board,
    language: slot.language,
    title,
    ...(employer !== undefined ? { employer } : {}),
    ...(place.city !== undefined ? { city: place.city, region: place.region } : {}),
    ...(place.country !== undefined ? { country: place.country } : {}),
    locationText: place.locationText,
    description: paragraphs.join('\n\n'),
    ...(salary ? { salary } : {}),
    contact,
    employmentType: spec.employmentType,
    sector,
    kind: hostile ? 'hostile-markup' : 'risky',
    risky: true,
    indicators,
    why: hostile
      ? `${spec.why} The poster also typed script and image markup into the title and text.`
      : spec.why,
  };
}

function hardNegativeAdvert(ctx: Context, kind: HardNegativeKind): Draft {
  const { rng, slot, p } = ctx;
  const spec = HARD_NEGATIVES[kind];
  const phrases = p.hardNegatives[kind];
  let workCountry: CountryCode;
  if (spec.abroad) {
    const open = spec.destinations.filter((d) => d !== slot.audience);
    const preferred = open.filter((d) => slot.destinations.includes(d));
    workCountry = rng.pick(preferred.length > 0 ? preferred : open);
  } else {
    workCountry = rng.pick(slot.work).country;
  }
  const place = placeIn(rng, slot.language, workCountry, slot.board);
  const employer =
    spec.employerFrom === 'work'
      ? sectorEmployer(rng, workCountry, spec.sector)
      : spec.employerFrom === 'work-hotel'
        ? makeEmployer(rng, workCountry, COUNTRIES[workCountry].hotelNouns, 'a hotel')
        : spec.employerFrom === 'audience'
          ? sectorEmployer(rng, slot.audience, spec.sector)
          : agencyEmployer(rng, slot.audience);
  const salary = makeSalary(rng, slot.language, {
    ref: spec.pay,
    period: spec.period,
    country: workCountry,
    shape: 'range',
  });
  const website = `www.${employer.domain}`;
  const email = `${rng.pick(COUNTRIES[employer.country].hrMailboxes)}@${employer.domain}`;
  const landline = digits(rng, rng.pick(COUNTRIES[employer.country].landlines));
  const slots: Slots = {
    employer: employer.name,
    city: place.city,
    region: place.region,
    country: place.forms.name,
    in_country: place.forms.in,
    to_country: place.forms.to,
    salary: salary.text,
    email,
    website,
    landline,
    licence_no: String(rng.int(1000, 29999)),
    dest_language: p.localLanguage[workCountry],
  };
  const paragraphs = phrases.paragraphs.map((alternatives) => pickFilled(rng, alternatives, slots));
  const contactText = paragraphs[paragraphs.length - 1] as string;
  const contact: DemoContact = { text: contactText };
  if (contactText.includes(email)) contact.email = email;
  if (contactText.includes(landline)) contact.phone = landline;
  const indicators = new Set(spec.indicators);
  if (HIGH_RISK_SECTORS.has(spec.sector)) indicators.add('sector.high_risk');
  return {
    board: slot.board,
    language: slot.language,
    title: pickFilled(rng, phrases.titles, slots),
    employer: employer.name,
    employerUrl: `https://${website}`,
    city: place.city,
    region: place.region,
    country: place.country,
    locationText: place.locationText,
    description: paragraphs.join('\n\n'),
    salary,
    contact,
    employmentType: spec.employmentType,
    sector: spec.sector,
    kind: 'hard-negative',
    risky: false,
    indicators: [...indicators].sort(),
    why: spec.why,
  };
}

function slotDrafts(rng: Random, slot: Slot): Draft[] {
  const p = PHRASES[slot.language];
  const ctx: Context = { rng, slot, p };
  const risky = Math.round(slot.count * RISKY_SHARE);
  const hardNegatives = Math.round(slot.count * HARD_NEGATIVE_SHARE);
  const ordinary = slot.count - risky - hardNegatives - slot.hostile;
  const kinds = rng.shuffle<AdvertKind>([
    ...Array<AdvertKind>(ordinary).fill('ordinary'),
    ...Array<AdvertKind>(risky).fill('risky'),
    ...Array<AdvertKind>(hardNegatives).fill('hard-negative'),
    ...Array<AdvertKind>(slot.hostile).fill('hostile-markup'),
  ]);

  const roles = new Map<CountryCode, Deck<RolePhrases>>();
  for (const work of slot.work) {
    const eligible = p.roles.filter((r) => work.sectors === undefined || work.sectors.includes(r.sector));
    roles.set(work.country, new Deck(rng, eligible));
  }
  const scenarioIds = (Object.keys(SCENARIOS) as ScenarioId[]).filter(
    (id) => slot.localRisky || SCENARIOS[id].abroad,
  );
  const scenarios = new Deck(rng, scenarioIds);
  const abroadScenarios = new Deck(
    rng,
    scenarioIds.filter((id) => SCENARIOS[id].abroad),
  );
  const hardNegativeKinds = new Deck(rng, Object.keys(HARD_NEGATIVES) as HardNegativeKind[]);

  return kinds.map((kind) => {
    switch (kind) {
      case 'ordinary':
        return ordinaryAdvert(ctx, roles);
      case 'risky':
        return riskyAdvert(ctx, scenarios.draw(), false);
      case 'hostile-markup':
        return riskyAdvert(ctx, abroadScenarios.draw(), true);
      case 'hard-negative':
        return hardNegativeAdvert(ctx, hardNegativeKinds.draw());
    }
  });
}

function advertPath(board: BoardId, id: string, title: string): string {
  switch (board) {
    case 'jobboard':
      return `/jobs/${id}-${slugify(title) || 'job'}`;
    case 'classifieds':
      return `/ogloszenie/${id}`;
    case 'jsboard':
      return `/oferta/${id}`;
  }
}

/** The demo adverts of all three boards. Same seed → identical output. */
export function generateDemoAdverts(seed: string = DEFAULT_SEED): DemoAdvert[] {
  const rng = new Random(seedrandom(seed));
  const drafts = PLAN.flatMap((slot) => slotDrafts(rng, slot));
  const dated = drafts.map((draft, order) => {
    const posted = BASE_TIME - rng.int(0, 59) * DAY_MS + rng.int(7 * 12, 19 * 12) * 5 * 60_000;
    return { draft, order, posted };
  });
  const out: DemoAdvert[] = [];
  for (const board of ['jobboard', 'classifieds', 'jsboard'] as const) {
    const mine = dated
      .filter((d) => d.draft.board === board)
      .sort((a, b) => a.posted - b.posted || a.order - b.order);
    mine.forEach(({ draft, posted }, i) => {
      const id = `${ID_PREFIX[board]}-${String(i + 1).padStart(4, '0')}`;
      out.push({
        id,
        path: advertPath(board, id, draft.title),
        postedAt: isoMinutes(posted),
        validThrough: isoMinutes(posted + 30 * DAY_MS),
        ...draft,
      });
    });
  }
  return out;
}

/** Ids of the adverts an analyst should see, and of the legitimate look-alikes that must not be flagged. */
export function groundTruth(adverts: DemoAdvert[]): { risky: Set<string>; hardNegatives: Set<string> } {
  return {
    risky: new Set(adverts.filter((a) => a.risky).map((a) => a.id)),
    hardNegatives: new Set(adverts.filter((a) => a.kind === 'hard-negative').map((a) => a.id)),
  };
}
