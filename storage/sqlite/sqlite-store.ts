// The embedded store: one SQLite file (better-sqlite3, synchronous; results are wrapped in
// promises to fit the async port). WAL lets the review UI read while a crawl writes.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { advertId as computeAdvertId } from '../advert-identity.ts';
import { planAdvertUpsert } from '../advert-upsert.ts';
import type { ExtendedStore } from '../extended-store.ts';
import type { AdvertInput, AdvertQuery, QueueQuery, SessionRecord, UpsertResult } from '../ports.ts';
import { pageOf, queueSelectionOf, searchTerms, statesOf } from '../query-options.ts';
import { toQueueEntry } from '../queue-entry.ts';
import type {
  Advert,
  Assessment,
  AuditEvent,
  CrawlRun,
  CrawlRunStats,
  QueueEntry,
  ReviewItem,
  ReviewState,
  Snapshot,
  User,
} from '../records.ts';
import { DuplicateUserError, SchemaVersionError } from '../store-errors.ts';
import { migrate } from './migrations.ts';

export interface SqliteStoreOptions {
  /** Database file path; its folder is created if missing. ':memory:' gives a private in-memory database. */
  path: string;
  /** How long a write waits for another process's lock before failing, in ms. Default 5000. */
  busyTimeoutMs?: number;
}

type Row = Record<string, unknown>;

function json(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

function parse<T>(value: unknown): T {
  return JSON.parse(value as string) as T;
}

/** Copies `row[column]` to `target[key]` when not NULL, optionally transformed. */
function optional<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: unknown,
  transform: (raw: unknown) => T[K] = (raw) => raw as T[K],
): void {
  if (value !== null && value !== undefined) target[key] = transform(value);
}

function isConstraintError(error: unknown, code: string): boolean {
  return error instanceof Database.SqliteError && error.code === code;
}

function snapshotFromRow(row: Row): Snapshot {
  const snapshot: Snapshot = {
    sha256: row.sha256 as string,
    sourceId: row.source_id as string,
    url: row.url as string,
    finalUrl: row.final_url as string,
    status: row.status as number,
    headers: parse(row.headers),
    fetchedAt: row.fetched_at as string,
    byteLength: row.byte_length as number,
    storageKey: row.storage_key as string,
    render: row.render as Snapshot['render'],
    crawlRunId: row.crawl_run_id as string,
  };
  optional(snapshot, 'screenshotKey', row.screenshot_key);
  return snapshot;
}

function advertFromRow(row: Row): Advert {
  const advert: Advert = {
    id: row.id as string,
    sourceId: row.source_id as string,
    url: row.url as string,
    canonicalUrl: row.canonical_url as string,
    title: row.title as string,
    text: row.text as string,
    location: parse(row.location),
    extractedBy: row.extracted_by as Advert['extractedBy'],
    language: row.language as string,
    contacts: parse(row.contacts),
    contentHash: row.content_hash as string,
    snapshotIds: parse(row.snapshot_ids),
    firstSeenAt: row.first_seen_at as string,
    lastSeenAt: row.last_seen_at as string,
    version: row.version as number,
  };
  optional(advert, 'employer', row.employer);
  optional(advert, 'salary', row.salary, parse);
  optional(advert, 'postedAt', row.posted_at);
  optional(advert, 'validThrough', row.valid_through);
  optional(advert, 'employmentType', row.employment_type);
  optional(advert, 'sector', row.sector);
  optional(advert, 'contactHints', row.contact_hints, parse);
  optional(advert, 'warnings', row.warnings, parse);
  optional(advert, 'removedAt', row.removed_at);
  return advert;
}

/** Named parameters for the adverts table's columns. */
function advertParams(advert: Advert): Row {
  return {
    id: advert.id,
    source_id: advert.sourceId,
    canonical_url: advert.canonicalUrl,
    url: advert.url,
    title: advert.title,
    text: advert.text,
    employer: advert.employer ?? null,
    location: json(advert.location),
    salary: advert.salary === undefined ? null : json(advert.salary),
    posted_at: advert.postedAt ?? null,
    valid_through: advert.validThrough ?? null,
    employment_type: advert.employmentType ?? null,
    sector: advert.sector ?? null,
    extracted_by: advert.extractedBy,
    contact_hints: advert.contactHints === undefined ? null : json(advert.contactHints),
    warnings: advert.warnings === undefined ? null : json(advert.warnings),
    language: advert.language,
    contacts: json(advert.contacts),
    content_hash: advert.contentHash,
    snapshot_ids: json(advert.snapshotIds),
    first_seen_at: advert.firstSeenAt,
    last_seen_at: advert.lastSeenAt,
    removed_at: advert.removedAt ?? null,
    version: advert.version,
  };
}

function reviewItemFromRow(row: Row): ReviewItem {
  const item: ReviewItem = {
    advertId: row.advert_id as string,
    priority: row.priority as number,
    state: row.state as ReviewState,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
  optional(item, 'claimedBy', row.claimed_by);
  optional(item, 'leaseExpiresAt', row.lease_expires_at);
  return item;
}

function auditFromRow(row: Row): AuditEvent {
  const event: AuditEvent = {
    at: row.at as string,
    actor: row.actor as string,
    action: row.action as string,
  };
  optional(event, 'advertId', row.advert_id);
  optional(event, 'fromState', row.from_state);
  optional(event, 'toState', row.to_state);
  optional(event, 'reason', row.reason);
  return event;
}

function userFromRow(row: Row): User {
  return {
    username: row.username as string,
    passwordHash: row.password_hash as string,
    role: row.role as User['role'],
    createdAt: row.created_at as string,
  };
}

function crawlRunFromRow(row: Row): CrawlRun {
  const run: CrawlRun = {
    id: row.id as string,
    sourceId: row.source_id as string,
    startedAt: row.started_at as string,
    status: row.status as CrawlRun['status'],
    stats: parse(row.stats),
  };
  optional(run, 'finishedAt', row.finished_at);
  optional(run, 'error', row.error);
  return run;
}

const ADVERT_COLUMNS =
  'id, source_id, canonical_url, url, title, text, employer, location, salary, posted_at, valid_through, ' +
  'employment_type, sector, extracted_by, contact_hints, warnings, language, contacts, content_hash, ' +
  'snapshot_ids, first_seen_at, last_seen_at, removed_at, version';

/** Opens (creating or upgrading) the SQLite database at `options.path`. */
export function openSqliteStore(options: SqliteStoreOptions): ExtendedStore {
  const { path } = options;
  if (typeof path !== 'string' || path.length === 0) {
    throw new TypeError('openSqliteStore: options.path must be a file path or ":memory:"');
  }
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });

  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against process crashes in WAL mode; only a power loss may drop the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, path);
  } catch (error) {
    db?.close();
    if (error instanceof SchemaVersionError || (error instanceof Error && error.message.startsWith(path))) {
      throw error;
    }
    // SQLite's own message ("file is not a database") does not say which file.
    throw new Error(`${path}: cannot open the SQLite database: ${(error as Error).message}`, {
      cause: error,
    });
  }

  const now = (): string => new Date().toISOString();

  const stmt = {
    insertSnapshot: db.prepare(
      `INSERT INTO snapshots (sha256, source_id, url, final_url, status, headers, fetched_at, byte_length,
         storage_key, screenshot_key, render, crawl_run_id)
       VALUES (@sha256, @source_id, @url, @final_url, @status, @headers, @fetched_at, @byte_length,
         @storage_key, @screenshot_key, @render, @crawl_run_id)
       ON CONFLICT (sha256) DO NOTHING`,
    ),
    getSnapshot: db.prepare('SELECT * FROM snapshots WHERE sha256 = ?'),
    countSnapshots: db.prepare('SELECT COUNT(*) AS n FROM snapshots').pluck(),

    getAdvert: db.prepare(`SELECT ${ADVERT_COLUMNS} FROM adverts WHERE id = ?`),
    insertAdvert: db.prepare(
      `INSERT INTO adverts (${ADVERT_COLUMNS})
       VALUES (${ADVERT_COLUMNS.split(', ')
         .map((c) => `@${c}`)
         .join(', ')})`,
    ),
    updateAdvert: db.prepare(
      `UPDATE adverts SET ${ADVERT_COLUMNS.split(', ')
        .filter((c) => c !== 'id')
        .map((c) => `${c} = @${c}`)
        .join(', ')}
       WHERE id = @id`,
    ),
    insertAdvertVersion: db.prepare(
      `INSERT INTO advert_versions (advert_id, version, content_hash, data, replaced_at)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    listAdvertVersions: db
      .prepare('SELECT data FROM advert_versions WHERE advert_id = ? ORDER BY version')
      .pluck(),
    listAdverts: db.prepare(
      `SELECT ${ADVERT_COLUMNS} FROM adverts ORDER BY first_seen_at, id LIMIT @limit OFFSET @offset`,
    ),
    listAdvertsOfSource: db.prepare(
      `SELECT ${ADVERT_COLUMNS} FROM adverts WHERE source_id = @source_id
       ORDER BY first_seen_at, id LIMIT @limit OFFSET @offset`,
    ),
    countAdverts: db.prepare('SELECT COUNT(*) AS n FROM adverts').pluck(),
    markAdvertRemoved: db.prepare('UPDATE adverts SET removed_at = ? WHERE id = ? AND removed_at IS NULL'),
    advertExists: db.prepare('SELECT 1 FROM adverts WHERE id = ?').pluck(),
    searchAdverts: db.prepare(
      `SELECT ${ADVERT_COLUMNS.split(', ')
        .map((c) => `a.${c}`)
        .join(', ')}
       FROM adverts_fts JOIN adverts a ON a.seq = adverts_fts.rowid
       WHERE adverts_fts MATCH ? ORDER BY adverts_fts.rank, a.id LIMIT ?`,
    ),

    insertAssessment: db.prepare(
      'INSERT INTO assessments (advert_id, assessed_at, risk_score, risk_band, data) VALUES (?, ?, ?, ?, ?)',
    ),
    currentAssessment: db
      .prepare('SELECT data FROM assessments WHERE advert_id = ? ORDER BY assessed_at DESC, id DESC LIMIT 1')
      .pluck(),
    listAssessments: db
      .prepare('SELECT data FROM assessments WHERE advert_id = ? ORDER BY assessed_at, id')
      .pluck(),

    getReviewItem: db.prepare('SELECT * FROM review_items WHERE advert_id = ?'),
    insertReviewItem: db.prepare(
      `INSERT INTO review_items (advert_id, priority, state, created_at, updated_at)
       VALUES (?, ?, 'new', ?, ?)`,
    ),
    raisePriority: db.prepare(
      'UPDATE review_items SET priority = ?, updated_at = ? WHERE advert_id = ? AND priority < ?',
    ),
    // json_each turns the optional state list (a JSON array, or NULL for all) into a set.
    listQueue: db.prepare(
      `SELECT r.*, a.title, a.source_id, a.employer, a.location, s.data AS assessment
       FROM review_items r
       JOIN adverts a ON a.id = r.advert_id
       LEFT JOIN assessments s ON s.id = (
         SELECT id FROM assessments WHERE advert_id = r.advert_id ORDER BY assessed_at DESC, id DESC LIMIT 1)
       WHERE @states IS NULL OR r.state IN (SELECT value FROM json_each(@states))
       ORDER BY r.priority DESC, r.created_at ASC, r.advert_id ASC
       LIMIT @limit OFFSET @offset`,
    ),
    countQueue: db
      .prepare(
        `SELECT COUNT(*) FROM review_items
         WHERE @states IS NULL OR state IN (SELECT value FROM json_each(@states))`,
      )
      .pluck(),

    insertAudit: db.prepare(
      `INSERT INTO audit_events (at, actor, action, advert_id, from_state, to_state, reason)
       VALUES (@at, @actor, @action, @advert_id, @from_state, @to_state, @reason)`,
    ),
    listAudit: db.prepare('SELECT * FROM audit_events WHERE advert_id = ? ORDER BY at, id'),

    insertUser: db.prepare(
      'INSERT INTO users (username, password_hash, role, created_at) VALUES (@username, @password_hash, @role, @created_at)',
    ),
    upsertUser: db.prepare(
      `INSERT INTO users (username, password_hash, role, created_at) VALUES (@username, @password_hash, @role, @created_at)
       ON CONFLICT (username) DO UPDATE SET
         password_hash = excluded.password_hash, role = excluded.role, created_at = excluded.created_at`,
    ),
    getUser: db.prepare('SELECT * FROM users WHERE username = ?'),

    getSession: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    setSession: db.prepare(
      `INSERT INTO sessions (id, data, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at`,
    ),
    destroySession: db.prepare('DELETE FROM sessions WHERE id = ?'),

    insertCrawlRun: db.prepare(
      `INSERT INTO crawl_runs (id, source_id, started_at, finished_at, status, stats, error)
       VALUES (@id, @source_id, @started_at, @finished_at, @status, @stats, @error)`,
    ),
    finishCrawlRun: db.prepare(
      'UPDATE crawl_runs SET status = ?, stats = ?, error = ?, finished_at = ? WHERE id = ?',
    ),
    listCrawlRuns: db.prepare('SELECT * FROM crawl_runs ORDER BY started_at DESC, id DESC LIMIT ?'),
    listCrawlRunsOfSource: db.prepare(
      'SELECT * FROM crawl_runs WHERE source_id = ? ORDER BY started_at DESC, id DESC LIMIT ?',
    ),
  };

  function insertAudit(event: AuditEvent): void {
    stmt.insertAudit.run({
      at: event.at,
      actor: event.actor,
      action: event.action,
      advert_id: event.advertId ?? null,
      from_state: event.fromState ?? null,
      to_state: event.toState ?? null,
      reason: event.reason ?? null,
    });
  }

  function requireAdvert(method: string, id: string): void {
    if (!stmt.advertExists.get(id)) {
      throw new Error(`${method}: no advert with id "${id}"; store the advert first`);
    }
  }

  const getAdvertSync = (id: string): Advert | undefined => {
    const row = stmt.getAdvert.get(id) as Row | undefined;
    return row ? advertFromRow(row) : undefined;
  };

  // IMMEDIATE: take the write lock before reading, so a concurrent writer in another process
  // cannot slip in between the read and the write.
  const upsertAdvertTx = db.transaction((input: AdvertInput): UpsertResult => {
    const existing = getAdvertSync(computeAdvertId(input.sourceId, input.canonicalUrl));
    const plan = planAdvertUpsert(existing, input);
    if (plan.created) {
      stmt.insertAdvert.run(advertParams(plan.advert));
    } else if (plan.write) {
      if (plan.previous) {
        stmt.insertAdvertVersion.run(
          plan.previous.id,
          plan.previous.version,
          plan.previous.contentHash,
          json(plan.previous),
          input.seenAt,
        );
      }
      stmt.updateAdvert.run(advertParams(plan.advert));
    }
    return { advert: plan.advert, created: plan.created, changed: plan.changed };
  });

  const enqueueTx = db.transaction((advertId: string, priority: number): { created: boolean } => {
    requireAdvert('enqueueReview', advertId);
    const at = now();
    if (stmt.getReviewItem.get(advertId)) {
      stmt.raisePriority.run(priority, at, advertId, priority);
      return { created: false };
    }
    stmt.insertReviewItem.run(advertId, priority, at, at);
    insertAudit({ at, actor: 'system', action: 'enqueued', advertId, toState: 'new' });
    return { created: true };
  });

  return {
    async recordSnapshot(snapshot) {
      const info = stmt.insertSnapshot.run({
        sha256: snapshot.sha256,
        source_id: snapshot.sourceId,
        url: snapshot.url,
        final_url: snapshot.finalUrl,
        status: snapshot.status,
        headers: json(snapshot.headers),
        fetched_at: snapshot.fetchedAt,
        byte_length: snapshot.byteLength,
        storage_key: snapshot.storageKey,
        screenshot_key: snapshot.screenshotKey ?? null,
        render: snapshot.render,
        crawl_run_id: snapshot.crawlRunId,
      });
      return { created: info.changes === 1 };
    },
    async getSnapshot(sha256) {
      const row = stmt.getSnapshot.get(sha256) as Row | undefined;
      return row ? snapshotFromRow(row) : undefined;
    },
    async countSnapshots() {
      return stmt.countSnapshots.get() as number;
    },

    async upsertAdvert(input) {
      return upsertAdvertTx.immediate(input);
    },
    async getAdvert(id) {
      return getAdvertSync(id);
    },
    async listAdverts(query?: AdvertQuery) {
      const page = pageOf('listAdverts', query, 50);
      const rows = (
        query?.sourceId === undefined
          ? stmt.listAdverts.all(page)
          : stmt.listAdvertsOfSource.all({ ...page, source_id: query.sourceId })
      ) as Row[];
      return rows.map(advertFromRow);
    },
    async countAdverts() {
      return stmt.countAdverts.get() as number;
    },
    async markAdvertRemoved(id, at) {
      requireAdvert('markAdvertRemoved', id);
      return { removed: stmt.markAdvertRemoved.run(at, id).changes > 0 };
    },
    async listAdvertVersions(advertId) {
      return (stmt.listAdvertVersions.all(advertId) as string[]).map((data) => parse<Advert>(data));
    },
    async searchAdverts(query, limit = 20) {
      const { limit: max } = pageOf('searchAdverts', { limit }, 20);
      const terms = searchTerms(query);
      if (terms.length === 0 || max === 0) return [];
      // Each word quoted: FTS5 then reads it as a plain term, never as an operator.
      const match = terms.map((term) => `"${term}"`).join(' ');
      return (stmt.searchAdverts.all(match, max) as Row[]).map(advertFromRow);
    },

    async saveAssessment(assessment) {
      requireAdvert('saveAssessment', assessment.advertId);
      stmt.insertAssessment.run(
        assessment.advertId,
        assessment.assessedAt,
        assessment.risk.score,
        assessment.risk.band,
        json(assessment),
      );
    },
    async getAssessment(advertId) {
      const data = stmt.currentAssessment.get(advertId) as string | undefined;
      return data === undefined ? undefined : parse<Assessment>(data);
    },
    async listAssessments(advertId) {
      return (stmt.listAssessments.all(advertId) as string[]).map((data) => parse<Assessment>(data));
    },

    async enqueueReview(advertId, priority) {
      if (!Number.isFinite(priority)) {
        throw new RangeError(`enqueueReview: priority must be a finite number, got ${priority}`);
      }
      return enqueueTx.immediate(advertId, priority);
    },
    async getReviewItem(advertId) {
      const row = stmt.getReviewItem.get(advertId) as Row | undefined;
      return row ? reviewItemFromRow(row) : undefined;
    },
    async listQueue(query?: QueueQuery): Promise<QueueEntry[]> {
      const { states, limit, offset } = queueSelectionOf(query);
      const rows = stmt.listQueue.all({ states: states ? json(states) : null, limit, offset }) as Row[];
      return rows.map((row) =>
        toQueueEntry(
          reviewItemFromRow(row),
          {
            title: row.title as string,
            sourceId: row.source_id as string,
            ...(row.employer === null ? {} : { employer: row.employer as string }),
            location: parse(row.location),
          },
          row.assessment === null ? undefined : parse<Assessment>(row.assessment),
        ),
      );
    },
    async countQueue(states?: ReviewState[]) {
      const selected = statesOf('countQueue', states);
      return stmt.countQueue.get({ states: selected ? json(selected) : null }) as number;
    },

    async appendAudit(event) {
      insertAudit(event);
    },
    async listAudit(advertId) {
      return (stmt.listAudit.all(advertId) as Row[]).map(auditFromRow);
    },

    async createUser(user) {
      try {
        stmt.insertUser.run(userParams(user));
      } catch (error) {
        if (isConstraintError(error, 'SQLITE_CONSTRAINT_PRIMARYKEY'))
          throw new DuplicateUserError(user.username);
        throw error;
      }
    },
    async upsertUser(user) {
      stmt.upsertUser.run(userParams(user));
    },
    async getUser(username) {
      const row = stmt.getUser.get(username) as Row | undefined;
      return row ? userFromRow(row) : undefined;
    },

    async getSession(id) {
      const row = stmt.getSession.get(id) as Row | undefined;
      if (!row) return undefined;
      const expiresAt = row.expires_at as string;
      if (Date.parse(expiresAt) <= Date.now()) {
        stmt.destroySession.run(id);
        return undefined;
      }
      const session: SessionRecord = { id, data: parse(row.data), expiresAt };
      return session;
    },
    async setSession(session) {
      if (Number.isNaN(Date.parse(session.expiresAt))) {
        throw new TypeError(`setSession: expiresAt must be an ISO-8601 time, got "${session.expiresAt}"`);
      }
      stmt.setSession.run(session.id, json(session.data), session.expiresAt);
    },
    async destroySession(id) {
      stmt.destroySession.run(id);
    },

    async startCrawlRun(run) {
      try {
        stmt.insertCrawlRun.run({
          id: run.id,
          source_id: run.sourceId,
          started_at: run.startedAt,
          finished_at: run.finishedAt ?? null,
          status: run.status,
          stats: json(run.stats),
          error: run.error ?? null,
        });
      } catch (error) {
        if (isConstraintError(error, 'SQLITE_CONSTRAINT_PRIMARYKEY')) {
          throw new Error(`startCrawlRun: a crawl run with id "${run.id}" already exists`, { cause: error });
        }
        throw error;
      }
    },
    async finishCrawlRun(id: string, status: CrawlRun['status'], stats: CrawlRunStats, error?: string) {
      const info = stmt.finishCrawlRun.run(status, json(stats), error ?? null, now(), id);
      if (info.changes === 0) throw new Error(`finishCrawlRun: no crawl run with id "${id}"`);
    },
    async listCrawlRuns(sourceId?: string, limit = 50) {
      const { limit: max } = pageOf('listCrawlRuns', { limit }, 50);
      const rows = (
        sourceId === undefined ? stmt.listCrawlRuns.all(max) : stmt.listCrawlRunsOfSource.all(sourceId, max)
      ) as Row[];
      return rows.map(crawlRunFromRow);
    },

    async close() {
      if (db.open) db.close();
    },
  };
}

function userParams(user: User): Row {
  return {
    username: user.username,
    password_hash: user.passwordHash,
    role: user.role,
    created_at: user.createdAt,
  };
}
