// Which red flags travel together, and where: the language-independent half of the demo adverts.
// The plan (how many adverts of which language go on which board), the risky scenarios (combinations
// of indicators), and the hard negatives (legitimate adverts with the same surface features).
// Phrasing lives per language in ./phrases; generate.ts composes the two.
import type {
  CountryCode,
  EmploymentType,
  HardNegativeKind,
  Lang,
  Period,
  ScenarioId,
  Sector,
  TextIndicator,
} from './phrases/types.ts';

export type BoardId = 'jobboard' | 'classifieds' | 'jsboard';

/** Country of each board's audience. */
export const BOARD_COUNTRY: Record<BoardId, CountryCode> = {
  jobboard: 'DE',
  classifieds: 'PL',
  jsboard: 'RO',
};

export const HIGH_RISK_SECTORS = new Set<string>([
  'agriculture',
  'construction',
  'hospitality',
  'cleaning',
  'domestic',
  'food-processing',
  'warehouse',
  'entertainment',
]);

// ---------------------------------------------------------------------------------------------
// The plan: how many adverts of which language go on which board, and where their work is.

export interface WorkPlace {
  country: CountryCode;
  /** Sectors of ordinary roles offered there; all sectors when omitted. */
  sectors?: Sector[];
}

export interface Slot {
  board: BoardId;
  language: Lang;
  count: number;
  /** Where ordinary adverts are set. */
  work: WorkPlace[];
  /** Country of the readers: work elsewhere is "abroad", and fees are asked in its currency. */
  audience: CountryCode;
  /** Where "work abroad" adverts send people. */
  destinations: CountryCode[];
  /** Whether risky adverts may offer work in the audience's own country. */
  localRisky: boolean;
  /** Risky adverts whose poster typed markup into the form. */
  hostile: number;
}

const OFFICE_SECTORS: Sector[] = ['it', 'finance', 'customer-service', 'education', 'office', 'sales'];

export const PLAN: Slot[] = [
  {
    board: 'jobboard',
    language: 'de',
    count: 75,
    work: [{ country: 'DE' }],
    audience: 'DE',
    destinations: ['NL', 'BE', 'AT', 'NO', 'GB', 'ES', 'IT'],
    localRisky: true,
    hostile: 0,
  },
  {
    board: 'jobboard',
    language: 'en',
    count: 55,
    work: [{ country: 'GB' }, { country: 'DE', sectors: [...OFFICE_SECTORS, 'hospitality'] }],
    audience: 'DE',
    destinations: ['NL', 'GB', 'BE', 'NO', 'IE'],
    localRisky: true,
    hostile: 1,
  },
  {
    board: 'classifieds',
    language: 'pl',
    count: 86,
    work: [{ country: 'PL' }],
    audience: 'PL',
    destinations: ['DE', 'NL', 'BE', 'NO', 'GB', 'FR', 'IT', 'AT'],
    localRisky: true,
    hostile: 1,
  },
  {
    board: 'classifieds',
    language: 'ro',
    count: 8,
    work: [
      { country: 'PL', sectors: ['warehouse', 'transport', 'construction', 'agriculture', 'manufacturing'] },
    ],
    audience: 'RO',
    destinations: ['PL'],
    localRisky: false,
    hostile: 0,
  },
  {
    board: 'classifieds',
    language: 'en',
    count: 6,
    work: [{ country: 'PL', sectors: OFFICE_SECTORS }],
    audience: 'PL',
    destinations: ['NL', 'DE', 'GB'],
    localRisky: true,
    hostile: 0,
  },
  {
    board: 'jsboard',
    language: 'ro',
    count: 60,
    work: [{ country: 'RO' }],
    audience: 'RO',
    destinations: ['DE', 'IT', 'ES', 'GB', 'AT', 'NL', 'BE', 'FR'],
    localRisky: true,
    hostile: 1,
  },
  {
    board: 'jsboard',
    language: 'en',
    count: 20,
    work: [{ country: 'RO', sectors: OFFICE_SECTORS }],
    audience: 'RO',
    destinations: ['GB', 'IE', 'DE', 'NL'],
    localRisky: true,
    hostile: 0,
  },
];

export const RISKY_SHARE = 0.15;
export const HARD_NEGATIVE_SHARE = 0.08;

// ---------------------------------------------------------------------------------------------
// Risky scenarios: which red flags travel together. Phrasing is per language; the combinations are here.

export interface ScenarioSpec {
  sector: Sector | 'unspecified';
  /** Sector per opening, when openings differ (e.g. building site vs car wash). */
  openingSectors?: Sector[];
  /** Titles and openings describe the same job at the same index. */
  paired?: boolean;
  abroad: boolean;
  /** Where this kind of work is usually offered; intersected with the slot's destinations. */
  destinations?: CountryCode[];
  /** May name no city or country at all ("abroad", "EU"). */
  allowVague?: boolean;
  /** Always carried. */
  core: TextIndicator[];
  /** One to three of these are added. */
  optional: TextIndicator[];
  /** Indicators carried by the title/opening itself (role, vagueness). */
  structural?: string[];
  /** Allowed phrase indices per indicator, where some phrasings do not fit this job. */
  phrases?: Partial<Record<TextIndicator, number[]>>;
  /** Reference monthly pay in EUR at German wage level, before conversion. */
  pay: [number, number];
  periods: Period[];
  employmentType: EmploymentType;
  anonymousShare: number;
  why: string;
}

/** Phrase indices that only fit seasonal farm work: "paid at the end of the season", "no days off in season". */
export const SEASONAL_ONLY: Partial<Record<TextIndicator, number[]>> = {
  'pay.unusual_method': [0],
  'hours.excessive': [2],
};

export const SCENARIOS: Record<ScenarioId, ScenarioSpec> = {
  'harvest-abroad': {
    sector: 'agriculture',
    abroad: true,
    destinations: ['NL', 'DE', 'GB', 'ES', 'IT', 'NO', 'BE', 'FR', 'AT', 'PL'],
    allowVague: true,
    core: ['housing.provided', 'travel.paid'],
    optional: [
      'pay.deductions',
      'req.no_experience',
      'req.no_language',
      'urgency',
      'hours.excessive',
      'pay.unusual_method',
      'contact.messenger_only',
    ],
    phrases: { 'pay.unusual_method': [0, 1, 2], 'hours.excessive': [0, 1, 2] },
    pay: [1900, 2300],
    periods: ['hour', 'month'],
    employmentType: 'TEMPORARY',
    anonymousShare: 0.7,
    why: 'Farm work abroad with travel and housing arranged by the recruiter, combined with further red flags.',
  },
  'factory-abroad': {
    sector: 'food-processing',
    abroad: true,
    destinations: ['NL', 'DE', 'BE', 'GB', 'NO', 'PL', 'IE'],
    allowVague: true,
    core: ['travel.paid', 'pay.deductions'],
    optional: [
      'housing.provided',
      'req.no_language',
      'req.no_experience',
      'urgency',
      'debt.travel_advance',
      'hours.excessive',
      'contact.messenger_only',
    ],
    pay: [2000, 2400],
    periods: ['hour', 'week'],
    employmentType: 'FULL_TIME',
    anonymousShare: 0.65,
    why: 'Factory work abroad where travel is arranged and costs are taken out of wages (debt risk).',
  },
  'fee-agency': {
    sector: 'unspecified',
    abroad: true,
    allowVague: true,
    core: ['fee.recruitment'],
    optional: [
      'legal.status_promised',
      'contact.freemail',
      'urgency',
      'req.no_experience',
      'travel.paid',
      'housing.provided',
    ],
    structural: ['job.vague'],
    pay: [2200, 2800],
    periods: ['month'],
    employmentType: 'FULL_TIME',
    anonymousShare: 0.6,
    why: 'Unidentified "agency" offering unspecified work abroad for an up-front fee paid by the worker.',
  },
  'hostess-abroad': {
    sector: 'entertainment',
    abroad: true,
    destinations: ['ES', 'IT', 'AT', 'DE', 'NL', 'GB', 'BE', 'FR'],
    allowVague: true,
    core: ['req.age_appearance', 'docs.personal_data'],
    optional: [
      'travel.paid',
      'housing.provided',
      'pay.too_good',
      'contact.messenger_only',
      'req.no_experience',
    ],
    structural: ['role.entertainment_abroad'],
    pay: [2500, 3500],
    periods: ['week', 'month'],
    employmentType: 'TEMPORARY',
    anonymousShare: 0.85,
    why: 'Hostess/dancer work abroad with age and appearance requirements and photos asked up front.',
  },
  'passport-first': {
    sector: 'construction',
    openingSectors: ['construction', 'warehouse', 'construction'],
    paired: true,
    abroad: true,
    destinations: ['DE', 'NL', 'GB', 'NO', 'BE', 'FR', 'PL'],
    core: ['docs.passport_upfront', 'travel.paid', 'debt.travel_advance'],
    optional: ['housing.provided', 'contact.freemail', 'legal.status_promised', 'urgency', 'req.no_language'],
    pay: [2300, 2800],
    periods: ['month', 'hour'],
    employmentType: 'FULL_TIME',
    anonymousShare: 0.7,
    why: 'Passport copy demanded before any interview, travel advanced and repaid from wages.',
  },
  'domestic-abroad': {
    sector: 'domestic',
    paired: true,
    abroad: true,
    destinations: ['DE', 'AT', 'IT', 'GB', 'ES', 'FR', 'BE'],
    core: ['housing.live_in'],
    optional: [
      'travel.paid',
      'req.no_language',
      'docs.passport_upfront',
      'fee.recruitment',
      'contact.messenger_only',
      'hours.excessive',
    ],
    structural: ['role.domestic_abroad'],
    phrases: { 'hours.excessive': [1, 3] },
    pay: [1300, 1700],
    periods: ['month'],
    employmentType: 'FULL_TIME',
    anonymousShare: 0.9,
    why: 'Live-in domestic work abroad for a private household, arranged informally.',
  },
  'massage-abroad': {
    sector: 'entertainment',
    abroad: true,
    destinations: ['DE', 'AT', 'NL', 'GB', 'BE', 'ES'],
    core: ['req.age_appearance', 'housing.provided'],
    optional: [
      'pay.too_good',
      'contact.messenger_only',
      'req.no_experience',
      'docs.personal_data',
      'travel.paid',
    ],
    structural: ['role.massage_unlicensed'],
    pay: [2500, 3500],
    periods: ['week', 'month'],
    employmentType: 'FULL_TIME',
    anonymousShare: 0.9,
    why: 'Unlicensed massage work abroad with housing provided and age/appearance requirements.',
  },
  'cash-no-contract': {
    sector: 'construction',
    openingSectors: ['construction', 'cleaning', 'construction'],
    paired: true,
    abroad: false,
    core: ['req.no_contract', 'pay.unusual_method'],
    optional: ['hours.excessive', 'contact.messenger_only', 'urgency', 'req.no_language', 'housing.provided'],
    phrases: { 'pay.unusual_method': [1], 'hours.excessive': [0, 1] },
    pay: [2000, 2400],
    periods: ['day'],
    employmentType: 'TEMPORARY',
    anonymousShare: 0.85,
    why: 'Casual labour with no contract or interview, paid in cash, starting at once.',
  },
  'live-in-long-hours': {
    sector: 'hospitality',
    openingSectors: ['hospitality', 'food-processing', 'hospitality'],
    paired: true,
    abroad: false,
    core: ['hours.excessive', 'housing.live_in', 'pay.deductions'],
    optional: ['req.no_language', 'urgency', 'req.no_experience', 'pay.unusual_method'],
    phrases: { 'hours.excessive': [0, 1, 3] },
    pay: [1800, 2200],
    periods: ['month'],
    employmentType: 'FULL_TIME',
    anonymousShare: 0.7,
    why: 'Workers must live at the workplace, work excessive hours and have housing deducted from pay.',
  },
  'too-good-pay': {
    sector: 'unspecified',
    abroad: false,
    core: ['pay.too_good', 'req.no_experience'],
    optional: ['easy_money', 'contact.messenger_only', 'urgency', 'docs.personal_data', 'contact.freemail'],
    structural: ['job.vague'],
    pay: [2000, 2400],
    periods: ['month', 'week'],
    employmentType: 'FULL_TIME',
    anonymousShare: 0.9,
    why: 'Unnamed job with implausibly high pay for no skills or experience.',
  },
  'season-end-pay': {
    sector: 'agriculture',
    paired: true,
    abroad: false,
    core: ['pay.unusual_method', 'housing.provided', 'hours.excessive'],
    optional: ['pay.deductions', 'req.no_experience', 'urgency', 'req.no_contract'],
    phrases: { 'pay.unusual_method': [0], 'hours.excessive': [0, 1, 2] },
    pay: [1900, 2200],
    periods: ['hour', 'day'],
    employmentType: 'TEMPORARY',
    anonymousShare: 0.75,
    why: 'Seasonal farm work with wages withheld until the end of the season and no days off.',
  },
};

/** Where each text indicator's sentence goes: offer, requirements, or contact paragraph. */
export const GROUP: Record<TextIndicator, 'offer' | 'req' | 'contact' | 'any'> = {
  'travel.paid': 'offer',
  'housing.provided': 'offer',
  'housing.live_in': 'offer',
  'pay.deductions': 'offer',
  'pay.too_good': 'offer',
  'pay.unusual_method': 'offer',
  'debt.travel_advance': 'offer',
  'legal.status_promised': 'offer',
  'hours.excessive': 'offer',
  easy_money: 'offer',
  'req.no_experience': 'req',
  'req.no_language': 'req',
  'req.no_contract': 'req',
  'req.age_appearance': 'req',
  'docs.personal_data': 'req',
  'docs.passport_upfront': 'req',
  'fee.recruitment': 'req',
  urgency: 'any',
  'contact.messenger_only': 'contact',
  'contact.freemail': 'contact',
};

// ---------------------------------------------------------------------------------------------
// Hard negatives: legitimate adverts that share surface features with risky ones.

export interface HardNegativeSpec {
  abroad: boolean;
  destinations: CountryCode[];
  sector: Sector;
  /** Whose name the advert carries: the employer where the work is, or a recruiter in the readers' country. */
  employerFrom: 'work' | 'work-hotel' | 'audience' | 'audience-agency';
  indicators: string[];
  pay: [number, number];
  period: Period;
  employmentType: EmploymentType;
  why: string;
}

export const HARD_NEGATIVES: Record<HardNegativeKind, HardNegativeSpec> = {
  'hotel-housing': {
    abroad: false,
    destinations: [],
    sector: 'hospitality',
    employerFrom: 'work-hotel',
    indicators: ['housing.provided'],
    pay: [2300, 2800],
    period: 'month',
    employmentType: 'FULL_TIME',
    why: 'Named hotel employer offering optional staff housing at a stated rent, with a written contract and normal pay.',
  },
  'seasonal-licensed': {
    abroad: true,
    destinations: ['GB', 'NL', 'DE', 'NO', 'ES', 'IT', 'AT'],
    sector: 'agriculture',
    employerFrom: 'work',
    indicators: ['location.abroad', 'travel.paid', 'housing.provided'],
    pay: [2100, 2300],
    period: 'hour',
    employmentType: 'TEMPORARY',
    why: 'Licensed grower abroad: contract signed before travel, at least minimum wage, no fees charged to workers.',
  },
  'agency-no-fees': {
    abroad: true,
    destinations: ['NL', 'DE', 'BE', 'GB', 'NO', 'PL'],
    sector: 'warehouse',
    employerFrom: 'audience-agency',
    indicators: ['location.abroad', 'housing.provided'],
    pay: [2200, 2500],
    period: 'hour',
    employmentType: 'FULL_TIME',
    why: 'Licensed agency with a registration number that states it never charges fees; contract before departure.',
  },
  'au-pair-registered': {
    abroad: true,
    destinations: ['GB', 'IE', 'DE', 'NL', 'AT', 'FR', 'BE', 'NO'],
    sector: 'domestic',
    employerFrom: 'work',
    indicators: ['location.abroad', 'role.domestic_abroad', 'housing.live_in'],
    pay: [300, 360],
    period: 'month',
    employmentType: 'TEMPORARY',
    why: 'Registered au pair programme: written agreement, capped hours, days off, pocket money, no placement fee.',
  },
  'construction-travel': {
    abroad: true,
    destinations: ['DE', 'NO', 'NL', 'BE', 'AT', 'GB'],
    sector: 'construction',
    employerFrom: 'audience',
    indicators: ['location.abroad', 'travel.paid', 'housing.provided'],
    pay: [3500, 4200],
    period: 'month',
    employmentType: 'FULL_TIME',
    why: 'Named construction firm: written contract, qualifications required, travel home and single rooms paid.',
  },
  'care-registered': {
    abroad: true,
    destinations: ['DE', 'AT'],
    sector: 'domestic',
    employerFrom: 'audience',
    indicators: ['location.abroad', 'role.domestic_abroad', 'housing.live_in', 'travel.paid'],
    pay: [1900, 2400],
    period: 'month',
    employmentType: 'FULL_TIME',
    why: 'Registered care agency: written contract, social insurance, rest days, travel paid and no fees.',
  },
};
