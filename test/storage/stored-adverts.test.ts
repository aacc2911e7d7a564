// Reading every stored advert in pages, and feeding several collectors in one pass (what a crawl
// does before writing the salary baseline and the indexes), on a real SQLite store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advert } from '../../storage/records.ts';
import {
  collectFromStore,
  feedStoredAdverts,
  storedAdverts,
  type AdvertCollector,
} from '../../storage/stored-adverts.ts';
import { openTempStorage, type TempStorage } from '../crawler/helpers/temp-storage.ts';

/** More than one page of 1,000. */
const ADVERTS = 1_003;
let storage: TempStorage;

beforeAll(async () => {
  storage = await openTempStorage();
  for (let i = 0; i < ADVERTS; i++) {
    const url = `https://jobs.example/${i}`;
    await storage.store.upsertAdvert({
      url,
      canonicalUrl: url,
      title: `Advert ${i}`,
      text: `Text of advert ${i}.`,
      extractedBy: 'jsonld',
      language: 'en',
      location: {},
      sourceId: i % 3 === 0 ? 'board-a' : 'board-b',
      contacts: { phones: [], emails: [], messengers: [], urls: [] },
      snapshotId: 'c'.repeat(64),
      seenAt: '2026-12-01T00:00:00.000Z',
    });
  }
});
afterAll(() => storage.dispose());

/** Collects the titles it is given. */
const titles = (): AdvertCollector<string[]> & { seen: string[] } => {
  const seen: string[] = [];
  return { seen, add: (a: Advert) => void seen.push(a.title), result: () => seen };
};

describe('stored adverts', () => {
  it('reads every advert once across pages, and only one source when asked', async () => {
    const all: string[] = [];
    for await (const a of storedAdverts(storage.store)) all.push(a.id);
    expect(all).toHaveLength(ADVERTS);
    expect(new Set(all).size).toBe(ADVERTS);
    let ofA = 0;
    for await (const a of storedAdverts(storage.store, 'board-a')) {
      expect(a.sourceId).toBe('board-a');
      ofA++;
    }
    expect(ofA).toBe(Math.ceil(ADVERTS / 3));
  });

  it('feeds each collector every advert in one pass and says how many it read', async () => {
    const first = titles();
    const second = titles();
    expect(await feedStoredAdverts(storage.store, [first, second])).toBe(ADVERTS);
    expect(first.seen).toHaveLength(ADVERTS);
    expect(second.seen).toEqual(first.seen);
    expect(new Set(first.seen)).toContain('Advert 1002');
  });

  it("returns one collector's result", async () => {
    const result = await collectFromStore(storage.store, titles());
    expect(result).toHaveLength(ADVERTS);
    expect(result).toContain('Advert 0');
  });
});
