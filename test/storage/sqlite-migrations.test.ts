import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advertId } from '../../storage/advert-identity.ts';
import { migrate, MIGRATIONS, SCHEMA_VERSION, openSqliteStore } from '../../storage/sqlite/index.ts';
import { SchemaVersionError } from '../../storage/store-errors.ts';

const TABLES = [
  'advert_versions',
  'adverts',
  'adverts_fts',
  'assessments',
  'audit_events',
  'crawl_runs',
  'review_items',
  'schema_migrations',
  'sessions',
  'snapshots',
  'users',
];

function appliedVersions(path: string): number[] {
  const db = new Database(path, { readonly: true });
  const versions = db
    .prepare('SELECT version FROM schema_migrations ORDER BY version')
    .pluck()
    .all() as number[];
  db.close();
  return versions;
}

describe('SQLite migrations', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'recruitwatch-migrations-'));
    path = join(dir, 'store.sqlite');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('numbers migrations 1, 2, … in order, the last being the schema version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('creates every table in a new file and records each migration', async () => {
    const store = openSqliteStore({ path });
    await store.close();
    expect(appliedVersions(path)).toEqual(MIGRATIONS.map((m) => m.version));
    const db = new Database(path, { readonly: true });
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE 'adverts_fts_%' ORDER BY name`,
      )
      .pluck()
      .all();
    db.close();
    expect(tables).toEqual(TABLES);
  });

  it('upgrades a version-1 file, indexing the adverts it already holds for search', async () => {
    // A file as the first release left it: schema v1 and an advert written by plain SQL.
    const db = new Database(path);
    expect(migrate(db, path, { target: 1 })).toEqual({ from: 0, to: 1 });
    const id = advertId('old-source', 'https://old.example/1');
    db.prepare(
      `INSERT INTO adverts (id, source_id, canonical_url, url, title, text, location, extracted_by, language,
         contacts, content_hash, snapshot_ids, first_seen_at, last_seen_at, version)
       VALUES (?, 'old-source', 'https://old.example/1', 'https://old.example/1', 'Seasonal strawberry pickers',
         'Accommodation deducted from wages.', '{"country":"ES"}', 'selectors', 'en',
         '{"phones":[],"emails":[],"messengers":[],"urls":[]}', 'hash', '["snap"]',
         '2024-06-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z', 1)`,
    ).run(id);
    db.close();
    expect(appliedVersions(path)).toEqual([1]);

    const store = openSqliteStore({ path });
    expect(appliedVersions(path)).toEqual(MIGRATIONS.map((m) => m.version));
    expect((await store.getAdvert(id))?.title).toBe('Seasonal strawberry pickers');
    expect((await store.searchAdverts('strawberry')).map((a) => a.id)).toEqual([id]);
    expect((await store.searchAdverts('deducted wages')).map((a) => a.id)).toEqual([id]);
    await store.close();

    // Opening again applies nothing more.
    const again = openSqliteStore({ path });
    await again.close();
    expect(appliedVersions(path)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses a file from a newer version, naming the file and both versions, and leaves it as it was', async () => {
    const store = openSqliteStore({ path });
    await store.close();
    const future = SCHEMA_VERSION + 5;
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      future,
      'from the future',
      '2030-01-01T00:00:00.000Z',
    );
    db.close();

    let error: unknown;
    try {
      openSqliteStore({ path });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SchemaVersionError);
    const message = (error as Error).message;
    expect(message).toContain(path);
    expect(message).toContain(`version ${future}`);
    expect(message).toContain(`(${SCHEMA_VERSION})`);
    expect(appliedVersions(path)).toEqual([...MIGRATIONS.map((m) => m.version), future]);
  });
});
