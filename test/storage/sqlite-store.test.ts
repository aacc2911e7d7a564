import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../storage/sqlite/index.ts';
import { describeStoreContract } from './store-contract.ts';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'recruitwatch-sqlite-'));
}

describeStoreContract('SQLite (file)', async () => {
  const dir = await tempDir();
  const store = openSqliteStore({ path: join(dir, 'store.sqlite') });
  return {
    store,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describeStoreContract('SQLite (:memory:)', async () => {
  const store = openSqliteStore({ path: ':memory:' });
  return { store, cleanup: () => store.close() };
});

describe('SQLite store file', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await tempDir();
    path = join(dir, 'nested', 'store.sqlite');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates its folder, uses WAL and foreign keys, and keeps data across reopening', async () => {
    const store = openSqliteStore({ path });
    const { advert } = await store.upsertAdvert({
      sourceId: 's',
      url: 'https://x.example/1',
      canonicalUrl: 'https://x.example/1',
      title: 'Farm work abroad',
      text: 'Transport and housing provided.',
      location: { country: 'ES' },
      extractedBy: 'selectors',
      language: 'en',
      contacts: { phones: [], emails: [], messengers: [], urls: [] },
      snapshotId: 'a'.repeat(64),
      seenAt: '2025-03-01T00:00:00.000Z',
    });
    await store.enqueueReview(advert.id, 70);
    await store.createUser({
      username: 'ana',
      passwordHash: 'h',
      role: 'analyst',
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    await store.close();
    await store.close(); // closing twice is harmless

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();

    const reopened = openSqliteStore({ path });
    expect(await reopened.getAdvert(advert.id)).toEqual(advert);
    expect(await reopened.getReviewItem(advert.id)).toMatchObject({ priority: 70, state: 'new' });
    expect((await reopened.getUser('ana'))?.role).toBe('analyst');
    expect((await reopened.searchAdverts('housing')).map((a) => a.id)).toEqual([advert.id]);
    expect(await reopened.countQueue()).toBe(1);
    await reopened.close();
  });

  it('deletes an expired session row when it is read', async () => {
    const store = openSqliteStore({ path });
    await store.setSession({ id: 'old', data: {}, expiresAt: '2000-01-01T00:00:00.000Z' });
    const count = (): number => {
      const raw = new Database(path, { readonly: true });
      const n = raw.prepare('SELECT COUNT(*) FROM sessions').pluck().get() as number;
      raw.close();
      return n;
    };
    expect(count()).toBe(1);
    expect(await store.getSession('old')).toBeUndefined();
    expect(count()).toBe(0);
    await store.close();
  });

  it('enforces foreign keys (an assessment row needs its advert)', async () => {
    const store = openSqliteStore({ path });
    await store.close();
    const raw = new Database(path);
    raw.pragma('foreign_keys = ON');
    expect(() =>
      raw
        .prepare(
          'INSERT INTO assessments (advert_id, assessed_at, risk_score, risk_band, data) VALUES (?,?,?,?,?)',
        )
        .run('missing', '2025-01-01', 1, 'low', '{}'),
    ).toThrow(/FOREIGN KEY/);
    raw.close();
  });

  it('names the file when it cannot be opened', async () => {
    const bad = join(dir, 'not-a-db.sqlite');
    await writeFile(bad, 'this is not a database file, just text padded out '.repeat(20));
    expect(() => openSqliteStore({ path: bad })).toThrow(`${bad}: cannot open the SQLite database`);
  });
});
