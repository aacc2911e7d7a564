// The SQLite schema as an ordered list of migrations. A database records the versions applied in
// `schema_migrations`; opening it applies the missing ones, each in its own transaction. Add a new
// migration at the end; never edit one that has shipped.
import type Database from 'better-sqlite3';
import { SchemaVersionError } from '../store-errors.ts';

type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

const REVIEW_STATE_CHECK = `('new','claimed','confirmed','dismissed','needs-more-info','escalated','closed')`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'core tables',
    up(db) {
      db.exec(`
        CREATE TABLE snapshots (
          sha256         TEXT PRIMARY KEY,
          source_id      TEXT NOT NULL,
          url            TEXT NOT NULL,
          final_url      TEXT NOT NULL,
          status         INTEGER NOT NULL,
          headers        TEXT NOT NULL,          -- JSON object
          fetched_at     TEXT NOT NULL,
          byte_length    INTEGER NOT NULL,
          storage_key    TEXT NOT NULL,
          screenshot_key TEXT,
          render         TEXT NOT NULL CHECK (render IN ('static','browser')),
          crawl_run_id   TEXT NOT NULL
        );
        CREATE INDEX snapshots_by_run ON snapshots (crawl_run_id);

        -- seq aliases the rowid so that it never changes (VACUUM may renumber an implicit rowid);
        -- the full-text index refers to adverts by it.
        CREATE TABLE adverts (
          seq             INTEGER PRIMARY KEY,
          id              TEXT NOT NULL UNIQUE,
          source_id       TEXT NOT NULL,
          canonical_url   TEXT NOT NULL,
          url             TEXT NOT NULL,
          title           TEXT NOT NULL,
          text            TEXT NOT NULL,
          employer        TEXT,
          location        TEXT NOT NULL,         -- JSON Location
          salary          TEXT,                  -- JSON Salary
          posted_at       TEXT,
          valid_through   TEXT,
          employment_type TEXT,
          sector          TEXT,
          extracted_by    TEXT NOT NULL,
          contact_hints   TEXT,                  -- JSON
          warnings        TEXT,                  -- JSON string[]
          language        TEXT NOT NULL,
          contacts        TEXT NOT NULL,         -- JSON Contacts
          content_hash    TEXT NOT NULL,
          snapshot_ids    TEXT NOT NULL,         -- JSON string[] of snapshot sha256
          first_seen_at   TEXT NOT NULL,
          last_seen_at    TEXT NOT NULL,
          removed_at      TEXT,
          version         INTEGER NOT NULL,
          UNIQUE (source_id, canonical_url)
        );
        CREATE INDEX adverts_by_first_seen ON adverts (first_seen_at, id);
        CREATE INDEX adverts_by_source ON adverts (source_id, first_seen_at, id);

        -- Earlier versions of an advert, each the whole Advert as JSON at the time it was replaced.
        CREATE TABLE advert_versions (
          advert_id    TEXT NOT NULL REFERENCES adverts (id) ON DELETE CASCADE,
          version      INTEGER NOT NULL,
          content_hash TEXT NOT NULL,
          data         TEXT NOT NULL,
          replaced_at  TEXT NOT NULL,
          PRIMARY KEY (advert_id, version)
        ) WITHOUT ROWID;

        CREATE TABLE assessments (
          id          INTEGER PRIMARY KEY,
          advert_id   TEXT NOT NULL REFERENCES adverts (id) ON DELETE CASCADE,
          assessed_at TEXT NOT NULL,
          risk_score  REAL NOT NULL,
          risk_band   TEXT NOT NULL,
          data        TEXT NOT NULL              -- JSON Assessment
        );
        -- The current assessment is the first row of this index for the advert.
        CREATE INDEX assessments_current ON assessments (advert_id, assessed_at DESC, id DESC);

        CREATE TABLE review_items (
          advert_id        TEXT PRIMARY KEY REFERENCES adverts (id) ON DELETE CASCADE,
          priority         REAL NOT NULL,
          state            TEXT NOT NULL CHECK (state IN ${REVIEW_STATE_CHECK}),
          claimed_by       TEXT,
          lease_expires_at TEXT,
          created_at       TEXT NOT NULL,
          updated_at       TEXT NOT NULL
        );
        CREATE INDEX review_items_queue ON review_items (priority DESC, created_at, advert_id);
        CREATE INDEX review_items_by_state ON review_items (state, priority DESC, created_at, advert_id);

        -- No foreign key: the audit trail outlives what it speaks of.
        CREATE TABLE audit_events (
          id         INTEGER PRIMARY KEY,
          at         TEXT NOT NULL,
          actor      TEXT NOT NULL,
          action     TEXT NOT NULL,
          advert_id  TEXT,
          from_state TEXT,
          to_state   TEXT,
          reason     TEXT
        );
        CREATE INDEX audit_events_by_advert ON audit_events (advert_id, at, id);

        CREATE TABLE users (
          username      TEXT PRIMARY KEY,
          password_hash TEXT NOT NULL,
          role          TEXT NOT NULL CHECK (role IN ('analyst','supervisor','inspector','researcher','admin')),
          created_at    TEXT NOT NULL
        );

        CREATE TABLE sessions (
          id         TEXT PRIMARY KEY,
          data       TEXT NOT NULL,              -- JSON
          expires_at TEXT NOT NULL
        );
        CREATE INDEX sessions_by_expiry ON sessions (expires_at);

        CREATE TABLE crawl_runs (
          id          TEXT PRIMARY KEY,
          source_id   TEXT NOT NULL,
          started_at  TEXT NOT NULL,
          finished_at TEXT,
          status      TEXT NOT NULL CHECK (status IN ('running','done','failed')),
          stats       TEXT NOT NULL,             -- JSON CrawlRunStats
          error       TEXT
        );
        CREATE INDEX crawl_runs_by_start ON crawl_runs (started_at DESC, id DESC);
        CREATE INDEX crawl_runs_by_source ON crawl_runs (source_id, started_at DESC, id DESC);
      `);
    },
  },
  {
    version: 2,
    name: 'advert full-text search',
    up(db) {
      // External-content FTS5 table: the text lives once, in adverts; triggers keep the index in
      // step. 'remove_diacritics 2' lets "sofer" find "şofer".
      db.exec(`
        CREATE VIRTUAL TABLE adverts_fts USING fts5 (
          title, text,
          content = 'adverts', content_rowid = 'seq',
          tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER adverts_fts_insert AFTER INSERT ON adverts BEGIN
          INSERT INTO adverts_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER adverts_fts_delete AFTER DELETE ON adverts BEGIN
          INSERT INTO adverts_fts (adverts_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;
        CREATE TRIGGER adverts_fts_update AFTER UPDATE OF title, text ON adverts BEGIN
          INSERT INTO adverts_fts (adverts_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
          INSERT INTO adverts_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        INSERT INTO adverts_fts (adverts_fts) VALUES ('rebuild');
      `);
    },
  },
];

/** The schema version this code writes: the last migration's. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

function ensureMigrationsTable(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )
  `);
}

/** The highest migration applied to `db`, 0 for an empty database. */
export function schemaVersionOf(db: Db): number {
  const table = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`)
    .get();
  if (!table) return 0;
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

export interface MigrateOptions {
  /** Stop after this version. Default: the latest (`SCHEMA_VERSION`). */
  target?: number;
}

/**
 * Brings `db` up to the target version. `location` names the database in errors (its file path).
 * Throws `SchemaVersionError` when the database is newer than this code.
 */
export function migrate(
  db: Db,
  location: string,
  options: MigrateOptions = {},
): { from: number; to: number } {
  const target = options.target ?? SCHEMA_VERSION;
  const from = schemaVersionOf(db);
  if (from > SCHEMA_VERSION) throw new SchemaVersionError(location, from, SCHEMA_VERSION);
  ensureMigrationsTable(db);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of MIGRATIONS) {
    if (migration.version > target) break;
    // IMMEDIATE takes the write lock first, so two processes opening one old file cannot both
    // apply a migration; the second sees it applied and skips it.
    db.transaction(() => {
      if (schemaVersionOf(db) >= migration.version) return;
      try {
        migration.up(db);
      } catch (error) {
        throw new Error(`${location}: schema migration ${migration.version} (${migration.name}) failed`, {
          cause: error,
        });
      }
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
  return { from, to: schemaVersionOf(db) };
}
