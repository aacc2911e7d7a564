// The indicator catalogue: the stable ids the rule packs, the classifiers and the scorer share.
// Grounded in the ILO forced-labour indicators, the ILO/EC "Delphi" trafficking indicators and the
// TRACE handbook (see INDICATORS.md in the shared project documents). Pure data: no I/O.

export type IndicatorGroup =
  | 'deception'
  | 'wages withheld'
  | 'wages withheld / debt'
  | 'debt bondage'
  | 'recruitment'
  | 'living conditions'
  | 'isolation / movement'
  | 'excessive overtime'
  | 'document retention'
  | 'vulnerability'
  | 'sexual exploitation risk'
  | 'pressure'
  | 'context'
  | 'domestic servitude risk'
  | 'evasion'
  | 'network';

/**
 * Where a hit for the indicator comes from:
 * - `textual`: phrasing in the advert, matched by the rule packs;
 * - `entity`: derived by the classifiers stage from extracted contacts, salary, location or employer;
 * - `computed`: derived across adverts or crawl history (network and lifecycle signals).
 */
export type IndicatorKind = 'textual' | 'entity' | 'computed';

export interface IndicatorDef {
  readonly id: string;
  readonly group: IndicatorGroup;
  /** One line: what in an advert signals it. */
  readonly description: string;
  /**
   * How much the indicator alone says, 0–1. Context signals that most ordinary adverts carry are
   * low; signals of debt bondage or document retention are high. The scorer combines them.
   */
  readonly defaultWeight: number;
  readonly kind: IndicatorKind;
  /**
   * The indicator is about the workplace's language: a requirement of another language ("English
   * required" for work in the Netherlands) does not contradict it (RuleEngine.match `localLanguages`).
   */
  readonly aboutLocalLanguage?: boolean;
}

const DEFS = [
  {
    id: 'pay.too_good',
    group: 'deception',
    description:
      'Pay far above the sector or regional norm for unskilled work, or implausible daily/weekly sums.',
    defaultWeight: 0.5,
    kind: 'entity',
  },
  {
    id: 'pay.unusual_method',
    group: 'wages withheld',
    description: 'Cash only, pay after months, or salary held until the end of the contract or season.',
    defaultWeight: 0.6,
    kind: 'textual',
  },
  {
    id: 'pay.deductions',
    group: 'wages withheld / debt',
    description: 'Housing, food, transport or tools deducted from wages.',
    defaultWeight: 0.7,
    kind: 'textual',
  },
  {
    id: 'fee.recruitment',
    group: 'debt bondage',
    description: 'Registration, placement, training, visa or processing fee or deposit paid by the worker.',
    defaultWeight: 0.9,
    kind: 'textual',
  },
  {
    id: 'debt.travel_advance',
    group: 'debt bondage',
    description: 'Travel or visa costs advanced by the employer and repaid from the salary.',
    defaultWeight: 0.8,
    kind: 'textual',
  },
  {
    id: 'travel.paid',
    group: 'recruitment',
    description: 'Employer or agent pays or arranges tickets, transport or visa ("we arrange everything").',
    defaultWeight: 0.3,
    kind: 'textual',
  },
  {
    id: 'housing.provided',
    group: 'living conditions',
    description: 'Accommodation provided, shared rooms, housing at the workplace.',
    defaultWeight: 0.25,
    kind: 'textual',
  },
  {
    id: 'housing.live_in',
    group: 'isolation / movement',
    description: 'Must live on site or with the employer; accommodation bound to the job.',
    defaultWeight: 0.45,
    kind: 'textual',
  },
  {
    id: 'hours.excessive',
    group: 'excessive overtime',
    description: '12-hour shifts, 7 days a week, no days off, 24/7 availability, compulsory overtime.',
    defaultWeight: 0.55,
    kind: 'textual',
  },
  {
    id: 'docs.passport_upfront',
    group: 'document retention',
    description: 'Passport or ID copy demanded to apply, or documents to be handed over or kept.',
    defaultWeight: 0.8,
    kind: 'textual',
  },
  {
    id: 'docs.personal_data',
    group: 'deception',
    description: 'Bank details, card data, ID numbers or scans requested before any interview.',
    defaultWeight: 0.6,
    kind: 'textual',
  },
  {
    id: 'legal.status_promised',
    group: 'deception',
    description: 'Work permit, visa, residence or family reunification promised or "arranged".',
    defaultWeight: 0.45,
    kind: 'textual',
  },
  {
    id: 'job.vague',
    group: 'deception',
    description: 'No duties or role named: "various work", "jobs in Europe", details only by phone.',
    defaultWeight: 0.4,
    kind: 'textual',
  },
  {
    id: 'employer.anonymous',
    group: 'deception',
    description: 'No company name, address or registration; an "agency" with no identity.',
    defaultWeight: 0.35,
    kind: 'entity',
  },
  {
    id: 'employer.impersonation',
    group: 'deception',
    description: 'A well-known brand name used with a free-mail or messenger contact.',
    defaultWeight: 0.7,
    kind: 'entity',
  },
  {
    id: 'contact.messenger_only',
    group: 'recruitment',
    description: 'Contact only via WhatsApp, Telegram, Viber, WeChat or a bare mobile number.',
    defaultWeight: 0.4,
    kind: 'entity',
  },
  {
    id: 'contact.freemail',
    group: 'deception',
    description: 'A "company" using gmail, hotmail, yahoo or mail.ru addresses.',
    defaultWeight: 0.3,
    kind: 'entity',
  },
  {
    id: 'location.vague',
    group: 'deception',
    description: 'Workplace given only as "abroad", "EU" or "Europe", or withheld until later.',
    defaultWeight: 0.35,
    kind: 'textual',
  },
  {
    id: 'location.abroad',
    group: 'recruitment',
    description: "Work in another country than the site's audience.",
    defaultWeight: 0.2,
    kind: 'entity',
  },
  {
    id: 'req.no_experience',
    group: 'vulnerability',
    description: 'No experience, qualification or training needed.',
    defaultWeight: 0.15,
    kind: 'textual',
  },
  {
    id: 'req.no_language',
    group: 'vulnerability',
    description: 'No knowledge of the local language needed.',
    defaultWeight: 0.25,
    kind: 'textual',
    aboutLocalLanguage: true,
  },
  {
    id: 'req.no_contract',
    group: 'deception',
    description: 'No interview, no contract, off the books, start tomorrow, contract only on arrival.',
    defaultWeight: 0.5,
    kind: 'textual',
  },
  {
    id: 'req.age_appearance',
    group: 'sexual exploitation risk',
    description: 'Age ranges, looks, figure or photo requirements ("girls 18-25", "slim", "send a photo").',
    defaultWeight: 0.5,
    kind: 'textual',
  },
  {
    id: 'urgency',
    group: 'pressure',
    description: 'Urgent, immediate start, "only 10 places left".',
    defaultWeight: 0.15,
    kind: 'textual',
  },
  {
    id: 'sector.high_risk',
    group: 'context',
    description:
      'Agriculture, construction, hospitality, cleaning, domestic and care work, food processing, warehouses, fishing, textiles, entertainment.',
    defaultWeight: 0.1,
    kind: 'textual',
  },
  {
    id: 'role.entertainment_abroad',
    group: 'sexual exploitation risk',
    description: 'Hostess, dancer, model, club or bar work abroad.',
    defaultWeight: 0.6,
    kind: 'textual',
  },
  {
    id: 'role.massage_unlicensed',
    group: 'sexual exploitation risk',
    description: 'Massage or spa work with no certificate needed, or with housing provided.',
    defaultWeight: 0.6,
    kind: 'textual',
  },
  {
    id: 'role.domestic_abroad',
    group: 'domestic servitude risk',
    description: 'Live-in nanny, au pair, carer or housekeeper abroad.',
    defaultWeight: 0.45,
    kind: 'textual',
  },
  {
    id: 'easy_money',
    group: 'deception',
    description: 'Easy money, earn from home without skills, copy-paste work, "be your own boss".',
    defaultWeight: 0.4,
    kind: 'textual',
  },
  {
    id: 'language.obfuscated',
    group: 'evasion',
    description: 'Spaced-out or emoji-coded phone numbers, deliberate misspellings of flagged words.',
    defaultWeight: 0.5,
    kind: 'textual',
  },
  {
    id: 'network.shared_contact',
    group: 'network',
    description: 'The same phone, email or handle in many adverts, cities or employers.',
    defaultWeight: 0.5,
    kind: 'computed',
  },
  {
    id: 'network.template',
    group: 'network',
    description: 'Near-identical text posted under different names or contacts.',
    defaultWeight: 0.4,
    kind: 'computed',
  },
  {
    id: 'lifecycle.quick_removal',
    group: 'network',
    description: 'Advert removed and reposted quickly.',
    defaultWeight: 0.3,
    kind: 'computed',
  },
] as const satisfies readonly IndicatorDef[];

/** A catalogue id, e.g. `fee.recruitment`. */
export type IndicatorId = (typeof DEFS)[number]['id'];

/** Every indicator, in the order of INDICATORS.md. */
export const CATALOGUE: readonly IndicatorDef[] = DEFS;

const BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(CATALOGUE.map((def) => [def.id, def]));

/** The definition of `id`, or undefined for an id not in the catalogue. */
export function getIndicator(id: string): IndicatorDef | undefined {
  return BY_ID.get(id);
}

/** Whether `id` is a catalogue id. */
export function isIndicatorId(id: string): id is IndicatorId {
  return BY_ID.has(id);
}
