// The behaviour every Store adapter must show, as one suite that each adapter's test file runs
// against a real database. Expected ids and hashes are computed here from their definitions, not
// taken from the code under test.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtendedStore } from '../../storage/extended-store.ts';
import type { AdvertInput } from '../../storage/ports.ts';
import type { Assessment, CrawlRun, CrawlRunStats, Snapshot } from '../../storage/records.ts';
import { DuplicateUserError } from '../../storage/store-errors.ts';

export interface OpenedStore {
  store: ExtendedStore;
  cleanup(): Promise<void>;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function expectedId(sourceId: string, canonicalUrl: string): string {
  return sha256(`${sourceId}\n${canonicalUrl}`).slice(0, 16);
}

function expectedContentHash(title: string, text: string, employer: string, location: string): string {
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
  return sha256([title, text, employer, location].map(norm).join('\n'));
}

function snapshotFixture(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    sha256: sha256('body-1'),
    sourceId: 'board-a',
    url: 'https://jobs.example/a/1',
    finalUrl: 'https://jobs.example/a/1?ref=x',
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    fetchedAt: '2025-03-01T10:00:00.000Z',
    byteLength: 1234,
    storageKey: `body/ab/${sha256('body-1')}.gz`,
    render: 'static',
    crawlRunId: 'run-1',
    ...overrides,
  };
}

function advertFixture(overrides: Partial<AdvertInput> = {}): AdvertInput {
  return {
    sourceId: 'board-a',
    url: 'https://jobs.example/a/1?utm=1',
    canonicalUrl: 'https://jobs.example/a/1',
    title: 'Warehouse forklift driver',
    text: 'Night shifts in a large warehouse.\n\nForklift licence required.',
    employer: 'Acme Logistics',
    location: { city: 'Rotterdam', country: 'NL' },
    salary: { raw: '€2,400 per month', min: 2400, currency: 'EUR', period: 'month', monthlyEur: 2400 },
    extractedBy: 'jsonld',
    language: 'en',
    contacts: { phones: ['+31201234567'], emails: ['jobs@acme.example'], messengers: [], urls: [] },
    snapshotId: sha256('body-1'),
    seenAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

function assessmentFixture(advertId: string, overrides: Partial<Assessment> = {}): Assessment {
  return {
    advertId,
    language: 'en',
    hits: [],
    risk: { score: 10, band: 'low', reasons: [] },
    rulePackVersion: 'rules-1',
    scorerVersion: 'scorer-1',
    assessedAt: '2025-03-01T11:00:00.000Z',
    ...overrides,
  };
}

const zeroStats: CrawlRunStats = {
  pagesFetched: 0,
  advertsSeen: 0,
  advertsCreated: 0,
  advertsChanged: 0,
  snapshotsCreated: 0,
  errors: 0,
  skippedByRobots: 0,
  advertsRemoved: 0,
};

function crawlRunFixture(overrides: Partial<CrawlRun> = {}): CrawlRun {
  return {
    id: 'run-1',
    sourceId: 'board-a',
    startedAt: '2025-03-01T10:00:00.000Z',
    status: 'running',
    stats: zeroStats,
    ...overrides,
  };
}

/** Waits until the wall clock has moved on by at least a millisecond, so stored times differ. */
async function nextMillisecond(): Promise<void> {
  const start = Date.now();
  while (Date.now() === start) await new Promise((resolve) => setTimeout(resolve, 1));
}

export function describeStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`${name}: Store contract`, () => {
    let opened: OpenedStore;
    let store: ExtendedStore;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(async () => {
      await opened.cleanup();
    });

    describe('snapshots', () => {
      it('records a snapshot once; a second call with the same sha256 changes nothing', async () => {
        const first = snapshotFixture({
          screenshotKey: `screenshot/cd/${sha256('png')}.png`,
          render: 'browser',
        });
        expect(await store.recordSnapshot(first)).toEqual({ created: true });
        expect(await store.getSnapshot(first.sha256)).toEqual(first);

        const again = snapshotFixture({
          url: 'https://jobs.example/other',
          fetchedAt: '2025-04-01T00:00:00.000Z',
        });
        expect(await store.recordSnapshot(again)).toEqual({ created: false });
        expect(await store.getSnapshot(first.sha256)).toEqual(first);
        expect(await store.countSnapshots()).toBe(1);

        await store.recordSnapshot(snapshotFixture({ sha256: sha256('body-2') }));
        expect(await store.countSnapshots()).toBe(2);
      });

      it('leaves absent optional fields absent and returns undefined for an unknown sha256', async () => {
        await store.recordSnapshot(snapshotFixture());
        const got = await store.getSnapshot(sha256('body-1'));
        expect(got).toBeDefined();
        expect(Object.keys(got ?? {})).not.toContain('screenshotKey');
        expect(await store.getSnapshot(sha256('nothing'))).toBeUndefined();
      });
    });

    describe('adverts', () => {
      it('creates version 1 with the id and content hash defined in records.ts', async () => {
        const input = advertFixture();
        const result = await store.upsertAdvert(input);
        expect(result.created).toBe(true);
        expect(result.changed).toBe(false);
        const advert = result.advert;
        expect(advert.id).toBe(expectedId('board-a', 'https://jobs.example/a/1'));
        expect(advert.contentHash).toBe(
          expectedContentHash(input.title, input.text, 'Acme Logistics', 'Rotterdam,,NL'),
        );
        expect(advert).toMatchObject({
          version: 1,
          firstSeenAt: input.seenAt,
          lastSeenAt: input.seenAt,
          snapshotIds: [input.snapshotId],
          sourceId: 'board-a',
          canonicalUrl: 'https://jobs.example/a/1',
          salary: input.salary,
          contacts: input.contacts,
          location: input.location,
        });
        expect(Object.keys(advert)).not.toContain('snapshotId');
        expect(Object.keys(advert)).not.toContain('seenAt');
        expect(Object.keys(advert)).not.toContain('removedAt');
        expect(await store.getAdvert(advert.id)).toEqual(advert);
        expect(await store.countAdverts()).toBe(1);
        expect(await store.listAdvertVersions(advert.id)).toEqual([]);
      });

      it('hashes location.raw when given, and an absent employer as empty', async () => {
        const { advert } = await store.upsertAdvert(
          advertFixture({ employer: undefined, location: { raw: 'Rotterdam area', city: 'Rotterdam' } }),
        );
        expect(advert.contentHash).toBe(
          expectedContentHash('Warehouse forklift driver', advertFixture().text, '', 'Rotterdam area'),
        );
        expect(Object.keys(advert)).not.toContain('employer');
      });

      it('on the same content moves only lastSeenAt (to the later time) and appends the snapshot', async () => {
        const { advert: first } = await store.upsertAdvert(advertFixture());
        const later = advertFixture({
          // Only whitespace differs in the hashed fields; the rest differs but does not count.
          title: '  Warehouse   forklift\tdriver ',
          text: 'Night shifts in a large warehouse. Forklift licence required.',
          url: 'https://jobs.example/a/1?utm=2',
          salary: { raw: '€9,999', min: 9999 },
          snapshotId: sha256('body-2'),
          seenAt: '2025-03-05T10:00:00.000Z',
        });
        const second = await store.upsertAdvert(later);
        expect(second.created).toBe(false);
        expect(second.changed).toBe(false);
        expect(second.advert).toEqual({
          ...first,
          lastSeenAt: '2025-03-05T10:00:00.000Z',
          snapshotIds: [sha256('body-1'), sha256('body-2')],
        });
        expect(await store.getAdvert(first.id)).toEqual(second.advert);

        // An earlier sighting and a snapshot already listed change nothing.
        const third = await store.upsertAdvert(
          advertFixture({ snapshotId: sha256('body-1'), seenAt: '2025-02-01T00:00:00.000Z' }),
        );
        expect(third).toEqual({ advert: second.advert, created: false, changed: false });
        expect(await store.getAdvert(first.id)).toEqual(second.advert);
        expect(await store.listAdvertVersions(first.id)).toEqual([]);
        expect(await store.countAdverts()).toBe(1);
      });

      it('on changed content keeps the previous version in history and replaces the fields', async () => {
        const { advert: v1 } = await store.upsertAdvert(advertFixture());
        const changedInput = advertFixture({
          title: 'Warehouse forklift driver – free housing',
          employer: undefined,
          salary: undefined,
          sector: 'logistics',
          snapshotId: sha256('body-2'),
          seenAt: '2025-03-02T10:00:00.000Z',
        });
        const v2Result = await store.upsertAdvert(changedInput);
        expect(v2Result.created).toBe(false);
        expect(v2Result.changed).toBe(true);
        const v2 = v2Result.advert;
        expect(v2.id).toBe(v1.id);
        expect(v2.version).toBe(2);
        expect(v2.title).toBe('Warehouse forklift driver – free housing');
        expect(v2.sector).toBe('logistics');
        expect(Object.keys(v2)).not.toContain('employer');
        expect(Object.keys(v2)).not.toContain('salary');
        expect(v2.contentHash).not.toBe(v1.contentHash);
        expect(v2.firstSeenAt).toBe(v1.firstSeenAt);
        expect(v2.lastSeenAt).toBe('2025-03-02T10:00:00.000Z');
        expect(v2.snapshotIds).toEqual([sha256('body-1'), sha256('body-2')]);
        expect(await store.getAdvert(v1.id)).toEqual(v2);
        expect(await store.listAdvertVersions(v1.id)).toEqual([v1]);

        const v3Result = await store.upsertAdvert(
          advertFixture({
            text: 'Completely new text.',
            snapshotId: sha256('body-3'),
            seenAt: '2025-03-03T00:00:00.000Z',
          }),
        );
        expect(v3Result.changed).toBe(true);
        expect(v3Result.advert.version).toBe(3);
        expect(await store.listAdvertVersions(v1.id)).toEqual([v1, v2]);
        expect(await store.countAdverts()).toBe(1);
      });

      it('keys adverts by source and canonical URL', async () => {
        const a = await store.upsertAdvert(advertFixture());
        const otherUrl = await store.upsertAdvert(
          advertFixture({ canonicalUrl: 'https://jobs.example/a/2' }),
        );
        const otherSource = await store.upsertAdvert(advertFixture({ sourceId: 'board-b' }));
        expect(otherUrl.created).toBe(true);
        expect(otherSource.created).toBe(true);
        expect(new Set([a.advert.id, otherUrl.advert.id, otherSource.advert.id]).size).toBe(3);
        expect(otherSource.advert.id).toBe(expectedId('board-b', 'https://jobs.example/a/1'));
        expect(await store.countAdverts()).toBe(3);
        expect(await store.getAdvert('0000000000000000')).toBeUndefined();
      });

      it('lists adverts oldest first, by source, with limit and offset', async () => {
        const seen = ['2025-03-03T00:00:00.000Z', '2025-03-01T00:00:00.000Z', '2025-03-02T00:00:00.000Z'];
        const ids: string[] = [];
        for (const [i, seenAt] of seen.entries()) {
          const { advert } = await store.upsertAdvert(
            advertFixture({
              canonicalUrl: `https://jobs.example/a/${i}`,
              seenAt,
              sourceId: i === 1 ? 'b' : 'a',
            }),
          );
          ids.push(advert.id);
        }
        const all = await store.listAdverts();
        expect(all.map((a) => a.id)).toEqual([ids[1], ids[2], ids[0]]);
        expect((await store.listAdverts({ sourceId: 'a' })).map((a) => a.id)).toEqual([ids[2], ids[0]]);
        expect((await store.listAdverts({ limit: 1, offset: 1 })).map((a) => a.id)).toEqual([ids[2]]);
        expect(await store.listAdverts({ sourceId: 'nobody' })).toEqual([]);
        await expect(store.listAdverts({ limit: -1 })).rejects.toThrow(/limit/);
      });

      it('marks an advert removed once, keeps the first time, and keeps it through later sightings', async () => {
        const { advert } = await store.upsertAdvert(advertFixture());
        expect(await store.markAdvertRemoved(advert.id, '2025-03-05T00:00:00.000Z')).toEqual({
          removed: true,
        });
        expect((await store.getAdvert(advert.id))?.removedAt).toBe('2025-03-05T00:00:00.000Z');
        expect(await store.markAdvertRemoved(advert.id, '2025-03-09T00:00:00.000Z')).toEqual({
          removed: false,
        });
        await store.upsertAdvert(advertFixture({ seenAt: '2025-03-10T00:00:00.000Z' }));
        const after = await store.getAdvert(advert.id);
        expect(after?.removedAt).toBe('2025-03-05T00:00:00.000Z');
        expect(after?.lastSeenAt).toBe('2025-03-10T00:00:00.000Z');
        expect(after?.version).toBe(1);
        expect((await store.listAdverts())[0]?.removedAt).toBe('2025-03-05T00:00:00.000Z');
        await expect(store.markAdvertRemoved('0000000000000000', '2025-03-05T00:00:00.000Z')).rejects.toThrow(
          /markAdvertRemoved: no advert with id "0000000000000000"/,
        );
      });

      it('rejects an input without the fields it is keyed on', async () => {
        await expect(store.upsertAdvert(advertFixture({ sourceId: '' }))).rejects.toThrow(/sourceId/);
        await expect(store.upsertAdvert(advertFixture({ canonicalUrl: '' }))).rejects.toThrow(/canonicalUrl/);
        expect(await store.countAdverts()).toBe(0);
      });
    });

    describe('full-text search', () => {
      it('finds adverts by every word of the query, ignoring case and accents, and follows changes', async () => {
        const { advert: driver } = await store.upsertAdvert(
          advertFixture({ title: 'Şofer pentru camion', text: 'Lucru în Germania, cazare gratuită.' }),
        );
        const { advert: cleaner } = await store.upsertAdvert(
          advertFixture({
            canonicalUrl: 'https://jobs.example/a/2',
            title: 'Hotel cleaner',
            text: 'Work in Germania.',
          }),
        );
        expect((await store.searchAdverts('sofer')).map((a) => a.id)).toEqual([driver.id]);
        expect((await store.searchAdverts('CLEANER')).map((a) => a.id)).toEqual([cleaner.id]);
        expect((await store.searchAdverts('germania')).map((a) => a.id).sort()).toEqual(
          [driver.id, cleaner.id].sort(),
        );
        expect((await store.searchAdverts('germania hotel')).map((a) => a.id)).toEqual([cleaner.id]);
        expect(await store.searchAdverts('germania', 1)).toHaveLength(1);
        // Query syntax is not interpreted: quotes and stars are dropped, not an error.
        expect((await store.searchAdverts('"cleaner* AND (')).map((a) => a.id)).toEqual([]);
        expect((await store.searchAdverts('"cleaner*')).map((a) => a.id)).toEqual([cleaner.id]);
        expect(await store.searchAdverts('   ')).toEqual([]);

        await store.upsertAdvert(
          advertFixture({
            canonicalUrl: 'https://jobs.example/a/2',
            title: 'Hotel housekeeper',
            text: 'Work in Austria.',
            snapshotId: sha256('body-2'),
          }),
        );
        expect(await store.searchAdverts('cleaner')).toEqual([]);
        const found = await store.searchAdverts('housekeeper');
        expect(found.map((a) => a.id)).toEqual([cleaner.id]);
        expect(found[0]?.version).toBe(2);
      });
    });

    describe('assessments', () => {
      it('keeps every assessment and returns the latest by assessedAt as current', async () => {
        const { advert } = await store.upsertAdvert(advertFixture());
        expect(await store.getAssessment(advert.id)).toBeUndefined();
        const later = assessmentFixture(advert.id, {
          assessedAt: '2025-03-02T00:00:00.000Z',
          risk: { score: 72, band: 'high', reasons: ['fee + passport'] },
          classifierProbability: 0.8,
          modelVersion: 'model-2',
          hits: [
            {
              indicatorId: 'fee.recruitment',
              state: 'present',
              weight: 20,
              ruleId: 'en.fee.recruitment.1',
              evidence: [{ field: 'text', start: 3, end: 10, text: 'pay fee' }],
            },
          ],
        });
        const earlier = assessmentFixture(advert.id, { assessedAt: '2025-03-01T00:00:00.000Z' });
        await store.saveAssessment(later);
        await store.saveAssessment(earlier); // saved last, but older
        expect(await store.getAssessment(advert.id)).toEqual(later);
        expect(await store.listAssessments(advert.id)).toEqual([earlier, later]);

        const newest = assessmentFixture(advert.id, { assessedAt: '2025-03-03T00:00:00.000Z' });
        await store.saveAssessment(newest);
        expect(await store.getAssessment(advert.id)).toEqual(newest);
        expect(await store.listAssessments(advert.id)).toHaveLength(3);
      });

      it('refuses an assessment of an unknown advert', async () => {
        await expect(store.saveAssessment(assessmentFixture('ffffffffffffffff'))).rejects.toThrow(
          /ffffffffffffffff/,
        );
      });
    });

    describe('review queue', () => {
      async function advertNo(i: number, overrides: Partial<AdvertInput> = {}): Promise<string> {
        const { advert } = await store.upsertAdvert(
          advertFixture({ canonicalUrl: `https://jobs.example/q/${i}`, title: `Advert ${i}`, ...overrides }),
        );
        return advert.id;
      }

      it('enqueues once as "new", audits it, and only ever raises the priority', async () => {
        const id = await advertNo(1);
        expect(await store.getReviewItem(id)).toBeUndefined();
        expect(await store.enqueueReview(id, 40)).toEqual({ created: true });
        const item = await store.getReviewItem(id);
        expect(item).toMatchObject({ advertId: id, priority: 40, state: 'new' });
        expect(item?.createdAt).toBe(item?.updatedAt);
        expect(Number.isNaN(Date.parse(item?.createdAt ?? ''))).toBe(false);

        expect(await store.enqueueReview(id, 30)).toEqual({ created: false });
        expect(await store.getReviewItem(id)).toEqual(item);

        expect(await store.enqueueReview(id, 65)).toEqual({ created: false });
        const raised = await store.getReviewItem(id);
        expect(raised).toMatchObject({
          advertId: id,
          priority: 65,
          state: 'new',
          createdAt: item?.createdAt,
        });

        const audit = await store.listAudit(id);
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({ actor: 'system', action: 'enqueued', advertId: id, toState: 'new' });
        expect(audit[0]?.at).toBe(item?.createdAt);
        expect(await store.countQueue()).toBe(1);
      });

      it('refuses to enqueue an unknown advert', async () => {
        await expect(store.enqueueReview('eeeeeeeeeeeeeeee', 50)).rejects.toThrow(/eeeeeeeeeeeeeeee/);
        expect(await store.countQueue()).toBe(0);
      });

      it('lists by priority (highest first), then oldest first, with limit and offset', async () => {
        const ids = [await advertNo(1), await advertNo(2), await advertNo(3), await advertNo(4)];
        const priorities = [50, 80, 50, 90];
        for (const [i, id] of ids.entries()) {
          await store.enqueueReview(id, priorities[i] ?? 0);
          await nextMillisecond();
        }
        const expected = [ids[3], ids[1], ids[0], ids[2]];
        expect((await store.listQueue()).map((e) => e.advertId)).toEqual(expected);
        expect((await store.listQueue({ limit: 2 })).map((e) => e.advertId)).toEqual(expected.slice(0, 2));
        expect((await store.listQueue({ limit: 2, offset: 2 })).map((e) => e.advertId)).toEqual(
          expected.slice(2),
        );
        expect(await store.listQueue({ limit: 0 })).toEqual([]);
        expect(await store.countQueue()).toBe(4);

        // Raising a priority moves the item up.
        await store.enqueueReview(ids[2] ?? '', 95);
        expect((await store.listQueue({ limit: 1 }))[0]?.advertId).toBe(ids[2]);
      });

      it('filters by state (an absent or empty list means all states)', async () => {
        await store.enqueueReview(await advertNo(1), 10);
        await store.enqueueReview(await advertNo(2), 20);
        expect(await store.listQueue({ states: ['new'] })).toHaveLength(2);
        expect(await store.listQueue({ states: [] })).toHaveLength(2);
        expect(await store.listQueue({ states: ['closed', 'dismissed'] })).toEqual([]);
        expect(await store.countQueue(['new', 'claimed'])).toBe(2);
        expect(await store.countQueue(['closed'])).toBe(0);
        expect(await store.countQueue([])).toBe(2);
        await expect(store.countQueue(['bogus' as 'new'])).rejects.toThrow(/bogus/);
      });

      it('joins each item with its advert and current assessment', async () => {
        const assessed = await advertNo(1, {
          location: { city: 'Rotterdam', region: 'South Holland', country: 'NL' },
        });
        const raw = await advertNo(2, {
          employer: undefined,
          location: { raw: 'Near Berlin', city: 'Berlin' },
        });
        await store.saveAssessment(assessmentFixture(assessed, { assessedAt: '2025-03-01T00:00:00.000Z' }));
        await store.saveAssessment(
          assessmentFixture(assessed, {
            assessedAt: '2025-03-02T00:00:00.000Z',
            risk: { score: 81, band: 'critical', reasons: [] },
            hits: [
              { indicatorId: 'fee.recruitment', state: 'present', weight: 20, ruleId: 'r1', evidence: [] },
              { indicatorId: 'docs.passport', state: 'contradicted', weight: 0, ruleId: 'r2', evidence: [] },
              { indicatorId: 'fee.recruitment', state: 'present', weight: 20, ruleId: 'r3', evidence: [] },
              { indicatorId: 'travel.paid', state: 'present', weight: 10, ruleId: 'r4', evidence: [] },
            ],
          }),
        );
        await store.enqueueReview(assessed, 81);
        await store.enqueueReview(raw, 10);

        const [first, second] = await store.listQueue();
        expect(first).toEqual({
          ...(await store.getReviewItem(assessed)),
          title: 'Advert 1',
          sourceId: 'board-a',
          employer: 'Acme Logistics',
          location: 'Rotterdam, South Holland, NL',
          riskScore: 81,
          riskBand: 'critical',
          indicatorIds: ['fee.recruitment', 'travel.paid'],
        });
        // Not assessed yet: listed with score 0, band low, no indicators.
        expect(second).toEqual({
          ...(await store.getReviewItem(raw)),
          title: 'Advert 2',
          sourceId: 'board-a',
          location: 'Near Berlin',
          riskScore: 0,
          riskBand: 'low',
          indicatorIds: [],
        });
        expect(Object.keys(second ?? {})).not.toContain('employer');

        // The entry follows the advert's current version.
        await store.upsertAdvert(
          advertFixture({
            canonicalUrl: 'https://jobs.example/q/2',
            title: 'Advert 2, edited',
            employer: undefined,
          }),
        );
        expect((await store.listQueue())[1]?.title).toBe('Advert 2, edited');
      });
    });

    describe('audit trail', () => {
      it('returns the events of one advert in time order with their optional fields', async () => {
        await store.appendAudit({
          at: '2025-03-02T00:00:00.000Z',
          actor: 'ana',
          action: 'decided',
          advertId: 'a1',
          fromState: 'claimed',
          toState: 'confirmed',
          reason: 'fee and passport retention',
        });
        await store.appendAudit({
          at: '2025-03-01T00:00:00.000Z',
          actor: 'ana',
          action: 'claimed',
          advertId: 'a1',
        });
        await store.appendAudit({
          at: '2025-03-01T12:00:00.000Z',
          actor: 'bo',
          action: 'claimed',
          advertId: 'a2',
        });
        await store.appendAudit({ at: '2025-03-01T12:00:00.000Z', actor: 'admin', action: 'login' });

        const events = await store.listAudit('a1');
        expect(events).toEqual([
          { at: '2025-03-01T00:00:00.000Z', actor: 'ana', action: 'claimed', advertId: 'a1' },
          {
            at: '2025-03-02T00:00:00.000Z',
            actor: 'ana',
            action: 'decided',
            advertId: 'a1',
            fromState: 'claimed',
            toState: 'confirmed',
            reason: 'fee and passport retention',
          },
        ]);
        expect(await store.listAudit('none')).toEqual([]);
      });
    });

    describe('users', () => {
      const ana = {
        username: 'ana',
        passwordHash: '$argon2id$hash-1',
        role: 'analyst',
        createdAt: '2025-01-01T00:00:00.000Z',
      } as const;

      it('creates a user and refuses a second one with the same name', async () => {
        await store.createUser(ana);
        expect(await store.getUser('ana')).toEqual(ana);
        const duplicate = store.createUser({ ...ana, role: 'admin' });
        await expect(duplicate).rejects.toBeInstanceOf(DuplicateUserError);
        await expect(store.createUser({ ...ana, role: 'admin' })).rejects.toThrow(/"ana" already exists/);
        expect(await store.getUser('ana')).toEqual(ana);
        expect(await store.getUser('nobody')).toBeUndefined();
      });

      it('upserts: creates when absent, replaces when present', async () => {
        await store.upsertUser(ana);
        expect(await store.getUser('ana')).toEqual(ana);
        const replaced = { ...ana, passwordHash: '$argon2id$hash-2', role: 'supervisor' as const };
        await store.upsertUser(replaced);
        expect(await store.getUser('ana')).toEqual(replaced);
      });
    });

    describe('sessions', () => {
      const future = (): string => new Date(Date.now() + 3_600_000).toISOString();

      it('sets, replaces, gets and destroys a session', async () => {
        const session = {
          id: 's1',
          data: { user: 'ana', csrf: 'x', nested: [1, 'two'] },
          expiresAt: future(),
        };
        await store.setSession(session);
        expect(await store.getSession('s1')).toEqual(session);
        const replaced = { ...session, data: { user: 'bo' } };
        await store.setSession(replaced);
        expect(await store.getSession('s1')).toEqual(replaced);
        await store.destroySession('s1');
        expect(await store.getSession('s1')).toBeUndefined();
        await store.destroySession('s1'); // destroying twice is fine
        expect(await store.getSession('unknown')).toBeUndefined();
      });

      it('treats an expired session as absent and deletes it', async () => {
        await store.setSession({ id: 'old', data: { user: 'ana' }, expiresAt: '2000-01-01T00:00:00.000Z' });
        expect(await store.getSession('old')).toBeUndefined();
        // Setting it again with a future expiry brings it back: the expired copy left nothing behind.
        const renewed = { id: 'old', data: { user: 'bo' }, expiresAt: future() };
        await store.setSession(renewed);
        expect(await store.getSession('old')).toEqual(renewed);
      });

      it('rejects an expiry that is not a time', async () => {
        await expect(store.setSession({ id: 's', data: {}, expiresAt: 'tomorrow' })).rejects.toThrow(
          /expiresAt/,
        );
      });
    });

    describe('crawl runs', () => {
      it('starts, finishes and lists runs newest first, optionally by source', async () => {
        await store.startCrawlRun(crawlRunFixture({ id: 'r1', startedAt: '2025-03-01T00:00:00.000Z' }));
        await store.startCrawlRun(
          crawlRunFixture({ id: 'r2', sourceId: 'board-b', startedAt: '2025-03-02T00:00:00.000Z' }),
        );
        await store.startCrawlRun(crawlRunFixture({ id: 'r3', startedAt: '2025-03-03T00:00:00.000Z' }));

        expect((await store.listCrawlRuns()).map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
        expect((await store.listCrawlRuns('board-a')).map((r) => r.id)).toEqual(['r3', 'r1']);
        expect((await store.listCrawlRuns(undefined, 1)).map((r) => r.id)).toEqual(['r3']);
        expect(await store.listCrawlRuns('nobody')).toEqual([]);

        const running = (await store.listCrawlRuns('board-b'))[0];
        expect(running).toEqual(
          crawlRunFixture({ id: 'r2', sourceId: 'board-b', startedAt: '2025-03-02T00:00:00.000Z' }),
        );

        const stats = {
          ...zeroStats,
          pagesFetched: 12,
          advertsSeen: 10,
          advertsCreated: 7,
          snapshotsCreated: 12,
        };
        await store.finishCrawlRun('r1', 'done', stats);
        const done = (await store.listCrawlRuns('board-a')).find((r) => r.id === 'r1');
        expect(done).toMatchObject({ id: 'r1', status: 'done', stats });
        expect(Number.isNaN(Date.parse(done?.finishedAt ?? ''))).toBe(false);
        expect(Object.keys(done ?? {})).not.toContain('error');

        await store.finishCrawlRun('r3', 'failed', { ...zeroStats, errors: 1 }, 'listing page returned 503');
        const failed = (await store.listCrawlRuns(undefined, 1))[0];
        expect(failed).toMatchObject({ id: 'r3', status: 'failed', error: 'listing page returned 503' });
        expect(failed?.stats.errors).toBe(1);
      });

      it('refuses to finish an unknown run or start one twice', async () => {
        await expect(store.finishCrawlRun('nope', 'done', zeroStats)).rejects.toThrow(/nope/);
        await store.startCrawlRun(crawlRunFixture());
        await expect(store.startCrawlRun(crawlRunFixture())).rejects.toThrow(/run-1/);
      });
    });
  });
}
