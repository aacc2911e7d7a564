// The storage ports. Business code depends on these interfaces only; adapters (SQLite, MongoDB)
// are chosen in bin/. All methods are async so a networked adapter fits the same port.
import type {
  Advert,
  AdvertDraft,
  Assessment,
  AuditEvent,
  Contacts,
  CrawlRun,
  CrawlRunStats,
  QueueEntry,
  ReviewItem,
  ReviewState,
  Snapshot,
  User,
} from './records.ts';

/** What the pipeline hands the store for an advert it has just extracted. */
export interface AdvertInput extends AdvertDraft {
  sourceId: string;
  language: string;
  contacts: Contacts;
  /** SHA-256 of the snapshot this version was extracted from. */
  snapshotId: string;
  /** Time the advert was seen (the snapshot's fetch time). */
  seenAt: string;
}

export interface UpsertResult {
  advert: Advert;
  /** First time this source + canonical URL was seen. */
  created: boolean;
  /** Content differs from the stored version (a new version was recorded). */
  changed: boolean;
}

export interface QueueQuery {
  states?: ReviewState[];
  limit?: number;
  offset?: number;
}

export interface AdvertQuery {
  sourceId?: string;
  limit?: number;
  offset?: number;
}

export interface SessionRecord {
  id: string;
  data: unknown;
  expiresAt: string;
}

export interface Store {
  /** Records a snapshot; a second call with the same sha256 changes nothing. */
  recordSnapshot(snapshot: Snapshot): Promise<{ created: boolean }>;
  getSnapshot(sha256: string): Promise<Snapshot | undefined>;
  countSnapshots(): Promise<number>;

  /** Inserts or updates by (sourceId, canonicalUrl); keeps the previous version when content changed. */
  upsertAdvert(input: AdvertInput): Promise<UpsertResult>;
  getAdvert(id: string): Promise<Advert | undefined>;
  listAdverts(query?: AdvertQuery): Promise<Advert[]>;
  countAdverts(): Promise<number>;
  /**
   * Records that the advert's page is gone (`removedAt`), once: the first removal time is kept, also
   * if the advert is seen again later. No new version is made. Throws for an unknown id.
   */
  markAdvertRemoved(id: string, at: string): Promise<{ removed: boolean }>;

  /** Stores an assessment as the advert's current one (earlier ones are kept as history). */
  saveAssessment(assessment: Assessment): Promise<void>;
  getAssessment(advertId: string): Promise<Assessment | undefined>;

  /** Puts an advert in the review queue; if already queued, only raises its priority. */
  enqueueReview(advertId: string, priority: number): Promise<{ created: boolean }>;
  getReviewItem(advertId: string): Promise<ReviewItem | undefined>;
  /** Queue entries, highest priority first. */
  listQueue(query?: QueueQuery): Promise<QueueEntry[]>;
  countQueue(states?: ReviewState[]): Promise<number>;

  appendAudit(event: AuditEvent): Promise<void>;
  listAudit(advertId: string): Promise<AuditEvent[]>;

  createUser(user: User): Promise<void>;
  /** Creates or replaces the user (used by the demo to reset the demo login). */
  upsertUser(user: User): Promise<void>;
  getUser(username: string): Promise<User | undefined>;

  getSession(id: string): Promise<SessionRecord | undefined>;
  setSession(session: SessionRecord): Promise<void>;
  destroySession(id: string): Promise<void>;

  startCrawlRun(run: CrawlRun): Promise<void>;
  finishCrawlRun(id: string, status: CrawlRun['status'], stats: CrawlRunStats, error?: string): Promise<void>;
  listCrawlRuns(sourceId?: string, limit?: number): Promise<CrawlRun[]>;

  close(): Promise<void>;
}

/** Write-once, content-addressed storage for raw page bodies and screenshots. */
export interface EvidenceStore {
  /** Stores the bytes under their SHA-256 (idempotent). */
  put(body: Buffer, kind: 'body' | 'screenshot'): Promise<{ key: string; sha256: string; created: boolean }>;
  get(key: string): Promise<Buffer | undefined>;
  has(key: string): Promise<boolean>;
}
