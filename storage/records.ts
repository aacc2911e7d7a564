// The core records that flow between stages. Every stage reads and writes these shapes;
// adapters persist them. Times are ISO-8601 strings in UTC.

/** A fetched page kept as evidence. Identified by the SHA-256 of its raw body. */
export interface Snapshot {
  sha256: string;
  sourceId: string;
  url: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  fetchedAt: string;
  byteLength: number;
  /** Key of the gzip'd raw body in the EvidenceStore. */
  storageKey: string;
  /** Key of a PNG screenshot in the EvidenceStore, for pages rendered in a browser. */
  screenshotKey?: string;
  render: 'static' | 'browser';
  crawlRunId: string;
}

export interface Location {
  raw?: string;
  city?: string;
  region?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
}

export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Salary {
  raw?: string;
  min?: number;
  max?: number;
  /** ISO 4217. */
  currency?: string;
  period?: SalaryPeriod;
  /** Estimate of the monthly amount in EUR (midpoint of the range), when currency and period are known. */
  monthlyEur?: number;
}

export interface MessengerHandle {
  kind: 'whatsapp' | 'telegram' | 'viber' | 'signal' | 'wechat' | 'other';
  /** Phone in E.164 or a user name, as found. */
  handle: string;
}

export interface Contacts {
  /** E.164. */
  phones: string[];
  emails: string[];
  messengers: MessengerHandle[];
  urls: string[];
}

/** What extraction reads off one advert page, before the pipeline gives it an identity. */
export interface AdvertDraft {
  url: string;
  canonicalUrl: string;
  title: string;
  /** Plain text of the description (HTML stripped, paragraphs separated by blank lines). */
  text: string;
  employer?: string;
  location: Location;
  salary?: Salary;
  postedAt?: string;
  validThrough?: string;
  employmentType?: string;
  sector?: string;
  /** How the fields were found. */
  extractedBy: 'jsonld' | 'microdata' | 'selectors';
  /** Contact details given in structured data or dedicated page fields (text-mined contacts come later). */
  contactHints?: { emails?: string[]; phones?: string[]; urls?: string[] };
  /** Problems met and recovered from (e.g. malformed JSON-LD repaired). */
  warnings?: string[];
}

/** An advert as stored: identified by source + canonical URL. */
export interface Advert extends AdvertDraft {
  /** Stable id: first 16 hex chars of SHA-256(sourceId + '\n' + canonicalUrl). */
  id: string;
  sourceId: string;
  /** ISO 639-1 code, or 'und' when unknown. */
  language: string;
  contacts: Contacts;
  /** SHA-256 of the normalised title + text + employer + location; a change makes a new version. */
  contentHash: string;
  snapshotIds: string[];
  firstSeenAt: string;
  lastSeenAt: string;
  removedAt?: string;
  version: number;
}

export type AdvertField = 'title' | 'text';

/** A span of advert text that supports an indicator hit. Offsets are UTF-16 code units, end exclusive. */
export interface EvidenceSpan {
  field: AdvertField;
  start: number;
  end: number;
  /** The matched text itself, for display and audit. */
  text: string;
}

export type IndicatorState = 'present' | 'contradicted';

export interface IndicatorHit {
  /** A catalogue id, e.g. `fee.recruitment`. */
  indicatorId: string;
  state: IndicatorState;
  /** Weight the scorer gives this hit (0 for contradicted hits). */
  weight: number;
  /** Id of the rule that matched, e.g. `en.fee.recruitment.1`; `entity.*` for entity-derived hits. */
  ruleId: string;
  evidence: EvidenceSpan[];
  /** Why an entity-derived hit fired, when spans alone cannot say (e.g. the salary baseline and
   *  the distance from it). */
  note?: string;
}

export type RiskBand = 'low' | 'medium' | 'high' | 'critical';

export interface Risk {
  /** 0–100. */
  score: number;
  band: RiskBand;
  /** Short human-readable reasons: the combinations that raised the score. */
  reasons: string[];
}

export interface Assessment {
  advertId: string;
  language: string;
  hits: IndicatorHit[];
  /** Classifier probability of risk, when a model is loaded. */
  classifierProbability?: number;
  /** The advert's words that moved the classifier most (positive: towards risky). */
  classifierTerms?: { term: string; weight: number }[];
  risk: Risk;
  rulePackVersion: string;
  modelVersion?: string;
  scorerVersion: string;
  assessedAt: string;
}

export type ReviewState =
  'new' | 'claimed' | 'confirmed' | 'dismissed' | 'needs-more-info' | 'escalated' | 'closed';

export interface ReviewItem {
  advertId: string;
  /** Higher first; the risk score at enqueue time. */
  priority: number;
  state: ReviewState;
  claimedBy?: string;
  leaseExpiresAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** One row of the review queue as the UI lists it. */
export interface QueueEntry extends ReviewItem {
  title: string;
  sourceId: string;
  employer?: string;
  location?: string;
  riskScore: number;
  riskBand: RiskBand;
  indicatorIds: string[];
}

export interface AuditEvent {
  at: string;
  /** User name, or `system`. */
  actor: string;
  action: string;
  advertId?: string;
  fromState?: ReviewState;
  toState?: ReviewState;
  reason?: string;
}

export type Role = 'analyst' | 'supervisor' | 'inspector' | 'researcher' | 'admin';

export interface User {
  username: string;
  /** argon2id hash. */
  passwordHash: string;
  role: Role;
  createdAt: string;
}

export interface CrawlRunStats {
  pagesFetched: number;
  advertsSeen: number;
  advertsCreated: number;
  advertsChanged: number;
  snapshotsCreated: number;
  errors: number;
  skippedByRobots: number;
  /** Adverts of the source whose pages were found gone (404/410) by this run: `removedAt` set. */
  advertsRemoved: number;
}

export interface CrawlRun {
  id: string;
  sourceId: string;
  startedAt: string;
  finishedAt?: string;
  status: 'running' | 'done' | 'failed';
  stats: CrawlRunStats;
  error?: string;
}
