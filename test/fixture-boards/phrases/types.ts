// Shapes of the phrase material the demo-advert generator composes from. Each language provides
// the same shapes in its own file, written natively rather than translated line by line.
//
// Templates use `{name}` placeholders, filled by the generator; an unknown placeholder is a bug and
// makes generation throw. Available names: see `Slots` in generate.ts.

export type Lang = 'en' | 'de' | 'pl' | 'ro';
export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';
export type Currency = 'EUR' | 'GBP' | 'PLN' | 'RON' | 'NOK';
export type CountryCode = 'DE' | 'GB' | 'PL' | 'RO' | 'NL' | 'BE' | 'NO' | 'IT' | 'ES' | 'AT' | 'FR' | 'IE';
export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'TEMPORARY' | 'CONTRACTOR';

export type Sector =
  | 'healthcare'
  | 'it'
  | 'finance'
  | 'warehouse'
  | 'transport'
  | 'hospitality'
  | 'construction'
  | 'sales'
  | 'education'
  | 'cleaning'
  | 'agriculture'
  | 'retail'
  | 'manufacturing'
  | 'customer-service'
  | 'automotive'
  | 'domestic'
  | 'entertainment'
  | 'food-processing'
  | 'office';

/** Indicators an ordinary advert may carry one of, innocently. */
export type InnocentIndicator =
  'req.no_experience' | 'urgency' | 'contact.messenger_only' | 'req.no_language';

/** Indicators that risky adverts carry as a sentence of their own. */
export type TextIndicator =
  | 'travel.paid'
  | 'housing.provided'
  | 'housing.live_in'
  | 'pay.deductions'
  | 'pay.too_good'
  | 'pay.unusual_method'
  | 'debt.travel_advance'
  | 'legal.status_promised'
  | 'hours.excessive'
  | 'req.no_experience'
  | 'req.no_language'
  | 'req.no_contract'
  | 'req.age_appearance'
  | 'docs.personal_data'
  | 'docs.passport_upfront'
  | 'fee.recruitment'
  | 'urgency'
  | 'easy_money'
  | 'contact.messenger_only'
  | 'contact.freemail';

export type ScenarioId =
  | 'harvest-abroad'
  | 'factory-abroad'
  | 'fee-agency'
  | 'hostess-abroad'
  | 'passport-first'
  | 'domestic-abroad'
  | 'massage-abroad'
  | 'cash-no-contract'
  | 'live-in-long-hours'
  | 'too-good-pay'
  | 'season-end-pay';

export type HardNegativeKind =
  | 'hotel-housing'
  | 'seasonal-licensed'
  | 'agency-no-fees'
  | 'au-pair-registered'
  | 'construction-travel'
  | 'care-registered';

/** A place name in the forms sentences need: "Germany" / "in Germany" / "to Germany". */
export interface PlaceForms {
  name: string;
  in: string;
  to: string;
}

export interface RolePhrases {
  /** Stable key, e.g. 'nurse'. */
  key: string;
  sector: Sector;
  /** Title alternatives. */
  titles: string[];
  /** Task lines; the generator picks some. */
  duties: string[];
  /** Requirement lines; the generator picks some. */
  requirements: string[];
  /** Reference gross pay range per month in Germany, in EUR; converted to the country and period of the advert. */
  refMonthlyEur: [number, number];
  /** How this kind of job usually states its pay. */
  period: Period;
  employmentType: EmploymentType;
  /** Innocent indicators that fit this role (e.g. "no experience needed" for a trainee). */
  innocent?: InnocentIndicator[];
}

export interface ScenarioPhrases {
  titles: string[];
  /** First paragraph: what the job is and where. */
  openings: string[];
}

export interface HardNegativePhrases {
  titles: string[];
  /** Paragraphs in order; each is a list of alternatives. */
  paragraphs: string[][];
}

export interface LanguagePhrases {
  lang: Lang;
  /** Hand-written number format: grouping and decimal separators. */
  number: { group: string; decimal: string };
  /** How an amount is written per currency, e.g. '{n} zł'. */
  money: Record<Currency, string>;
  per: Record<Period, string>;
  salary: { range: string; from: string; exact: string };
  countries: Record<CountryCode, PlaceForms>;
  /** Vague destinations: "abroad", "the EU". */
  vague: PlaceForms[];
  /** Names of cities in this language where they differ from the local name (e.g. München → Munich). */
  exonyms: Record<string, string>;
  /** The local language of a country, for "German not required". */
  localLanguage: Partial<Record<CountryCode, string>>;

  ordinary: {
    intros: string[];
    tasksHeading: string[];
    requirementsHeading: string[];
    offerHeading: string[];
    employment: Record<EmploymentType, string[]>;
    benefits: string[];
    salaryLine: string[];
    apply: string[];
    applyPhone: string[];
    innocent: Partial<Record<InnocentIndicator, string[]>>;
  };
  roles: RolePhrases[];

  risky: {
    scenarios: Record<ScenarioId, ScenarioPhrases>;
    indicators: Record<TextIndicator, string[]>;
    /** A plain pay line when no other sentence states the pay. */
    payLines: string[];
    /** A place line for adverts that name the city. */
    placeLines: string[];
    /** A contact sentence when neither messenger nor freemail phrasing is used. */
    contactLines: string[];
    closings: string[];
    /** Names a shady but named recruiter might use; no registration, address or website. */
    shadyEmployers: string[];
    /** Local parts for free-mail addresses (a number is appended). */
    mailboxes: string[];
    freemailDomains: string[];
    telegramHandles: string[];
  };
  hardNegatives: Record<HardNegativeKind, HardNegativePhrases>;
}
