// The cluster store: the same semantics as the SQLite store on MongoDB (official driver). Without
// multi-document transactions (a standalone server has none), every write is a single atomic
// document operation; idempotency rests on unique keys and conditional updates, retried when a
// concurrent writer got there first. Needs MongoDB 5.0 or later ($lookup with both localField and a
// pipeline).
import {
  MongoClient,
  MongoServerError,
  type Collection,
  type Db,
  type Document,
  type Filter,
  type WithId,
} from 'mongodb';
import { advertId as computeAdvertId } from '../advert-identity.ts';
import { planAdvertUpsert } from '../advert-upsert.ts';
import type { ExtendedStore } from '../extended-store.ts';
import type { AdvertInput, AdvertQuery, QueueQuery, UpsertResult } from '../ports.ts';
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

export interface MongoStoreOptions {
  /** Connection string, e.g. `mongodb://127.0.0.1:27017` or a replica-set URI. */
  uri: string;
  /** Database name. Default 'recruitwatch'. */
  dbName?: string;
}

/** Version of the collection and index layout this code writes; kept in `meta` as `{ _id: 'schema' }`. */
export const MONGO_SCHEMA_VERSION = 1;

/** Attempts at an advert upsert before giving up on a document that keeps changing under it. */
const MAX_UPSERT_ATTEMPTS = 20;

type SnapshotDoc = Snapshot & { _id: string };
type AdvertDoc = Advert & { _id: string };
interface AdvertVersionDoc {
  /** `<advertId>#<version>`: one document per replaced version, so re-recording one is a no-op. */
  _id: string;
  advertId: string;
  version: number;
  contentHash: string;
  data: Advert;
  replacedAt: string;
}
type AssessmentDoc = Assessment;
type ReviewItemDoc = ReviewItem & { _id: string };
type AuditDoc = AuditEvent;
type UserDoc = User & { _id: string };
interface SessionDoc {
  _id: string;
  /** JSON text, so session data reads back exactly as the SQLite store gives it. */
  data: string;
  expiresAt: string;
  /** The same time as a Date, for the TTL index that lets the server drop expired sessions. */
  expiresAtDate: Date;
}
type CrawlRunDoc = CrawlRun & { _id: string };
interface MetaDoc {
  _id: string;
  version: number;
}

function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === 11000;
}

/** The record without Mongo's `_id` (and any other listed fields). */
function strip<T>(doc: WithId<Document> | Document, ...extra: string[]): T {
  const record: Document = { ...doc };
  delete record._id;
  for (const field of extra) delete record[field];
  return record as T;
}

interface Collections {
  meta: Collection<MetaDoc>;
  snapshots: Collection<SnapshotDoc>;
  adverts: Collection<AdvertDoc>;
  advertVersions: Collection<AdvertVersionDoc>;
  assessments: Collection<AssessmentDoc>;
  reviewItems: Collection<ReviewItemDoc>;
  auditEvents: Collection<AuditDoc>;
  users: Collection<UserDoc>;
  sessions: Collection<SessionDoc>;
  crawlRuns: Collection<CrawlRunDoc>;
}

function collectionsOf(db: Db): Collections {
  return {
    meta: db.collection<MetaDoc>('meta'),
    snapshots: db.collection<SnapshotDoc>('snapshots'),
    adverts: db.collection<AdvertDoc>('adverts'),
    advertVersions: db.collection<AdvertVersionDoc>('advertVersions'),
    assessments: db.collection<AssessmentDoc>('assessments'),
    reviewItems: db.collection<ReviewItemDoc>('reviewItems'),
    auditEvents: db.collection<AuditDoc>('auditEvents'),
    users: db.collection<UserDoc>('users'),
    sessions: db.collection<SessionDoc>('sessions'),
    crawlRuns: db.collection<CrawlRunDoc>('crawlRuns'),
  };
}

/** Checks the stored layout version and creates the indexes (a no-op when they exist). */
async function prepare(c: Collections, dbName: string): Promise<void> {
  const meta = await c.meta.findOne({ _id: 'schema' });
  if (meta && meta.version > MONGO_SCHEMA_VERSION) {
    throw new SchemaVersionError(`MongoDB database "${dbName}"`, meta.version, MONGO_SCHEMA_VERSION);
  }
  await Promise.all([
    c.adverts.createIndexes([
      { key: { sourceId: 1, canonicalUrl: 1 }, unique: true, name: 'source_canonical_url' },
      { key: { firstSeenAt: 1, _id: 1 }, name: 'first_seen' },
      { key: { sourceId: 1, firstSeenAt: 1, _id: 1 }, name: 'source_first_seen' },
      // language_override names a field adverts never have: the default, "language", holds
      // codes such as 'und' that the server would reject as text-search languages.
      {
        key: { title: 'text', text: 'text' },
        name: 'title_text',
        default_language: 'none',
        language_override: 'textSearchLanguage',
      },
    ]),
    c.advertVersions.createIndex({ advertId: 1, version: 1 }, { unique: true, name: 'advert_version' }),
    c.assessments.createIndex({ advertId: 1, assessedAt: -1, _id: -1 }, { name: 'current' }),
    c.reviewItems.createIndexes([
      { key: { priority: -1, createdAt: 1, _id: 1 }, name: 'queue' },
      { key: { state: 1, priority: -1, createdAt: 1, _id: 1 }, name: 'state_queue' },
    ]),
    c.auditEvents.createIndex({ advertId: 1, at: 1, _id: 1 }, { name: 'advert_at' }),
    c.sessions.createIndex({ expiresAtDate: 1 }, { expireAfterSeconds: 0, name: 'expiry_ttl' }),
    c.crawlRuns.createIndexes([
      { key: { startedAt: -1, _id: -1 }, name: 'started' },
      { key: { sourceId: 1, startedAt: -1, _id: -1 }, name: 'source_started' },
    ]),
  ]);
  if (!meta) {
    await c.meta.updateOne(
      { _id: 'schema' },
      { $setOnInsert: { version: MONGO_SCHEMA_VERSION } },
      { upsert: true },
    );
  }
}

/** Connects to MongoDB, prepares the collections and returns the store. */
export async function openMongoStore(options: MongoStoreOptions): Promise<ExtendedStore> {
  const { uri } = options;
  const dbName = options.dbName ?? 'recruitwatch';
  if (typeof uri !== 'string' || !/^mongodb(\+srv)?:\/\//.test(uri)) {
    throw new TypeError(
      'openMongoStore: options.uri must be a mongodb:// or mongodb+srv:// connection string',
    );
  }
  // ignoreUndefined: an optional field left undefined is omitted, as the SQLite store stores NULL.
  const client = new MongoClient(uri, { ignoreUndefined: true });
  try {
    await client.connect();
  } catch (error) {
    // The URI may hold a password, so the message names only the database.
    throw new Error(`cannot connect to MongoDB for database "${dbName}"; check options.uri`, {
      cause: error,
    });
  }
  const c = collectionsOf(client.db(dbName));
  try {
    await prepare(c, dbName);
  } catch (error) {
    await client.close();
    throw error;
  }

  const now = (): string => new Date().toISOString();

  async function requireAdvert(method: string, id: string): Promise<void> {
    const found = await c.adverts.findOne({ _id: id }, { projection: { _id: 1 } });
    if (!found) throw new Error(`${method}: no advert with id "${id}"; store the advert first`);
  }

  async function upsertAdvert(input: AdvertInput): Promise<UpsertResult> {
    const id = computeAdvertId(input.sourceId, input.canonicalUrl);
    for (let attempt = 0; attempt < MAX_UPSERT_ATTEMPTS; attempt++) {
      const stored = await c.adverts.findOne({ _id: id });
      const existing = stored ? strip<Advert>(stored) : undefined;
      const plan = planAdvertUpsert(existing, input);

      if (!existing) {
        try {
          await c.adverts.insertOne({ _id: id, ...plan.advert });
          return { advert: plan.advert, created: true, changed: false };
        } catch (error) {
          if (isDuplicateKey(error)) continue; // inserted concurrently: start over as an update
          throw error;
        }
      }
      if (!plan.write) return { advert: plan.advert, created: false, changed: false };

      if (!plan.changed) {
        // Same content: $max and $addToSet commute, so concurrent sightings never lose each other.
        const after = await c.adverts.findOneAndUpdate(
          { _id: id, contentHash: existing.contentHash },
          { $max: { lastSeenAt: input.seenAt }, $addToSet: { snapshotIds: input.snapshotId } },
          { returnDocument: 'after' },
        );
        if (!after) continue; // the content changed meanwhile
        return { advert: strip<Advert>(after), created: false, changed: false };
      }

      const previous = plan.previous ?? existing;
      try {
        await c.advertVersions.insertOne({
          _id: `${id}#${previous.version}`,
          advertId: id,
          version: previous.version,
          contentHash: previous.contentHash,
          data: previous,
          replacedAt: input.seenAt,
        });
      } catch (error) {
        // A version number names one content, so an existing copy (from a retried or concurrent
        // upsert) is the same version: keep it.
        if (!isDuplicateKey(error)) throw error;
      }
      // Replace only the document we read; anything else means another writer moved it.
      const guard: Filter<AdvertDoc> = {
        _id: id,
        version: existing.version,
        lastSeenAt: existing.lastSeenAt,
        snapshotIds: existing.snapshotIds,
      };
      const replaced = await c.adverts.findOneAndReplace(guard, plan.advert, { returnDocument: 'after' });
      if (!replaced) continue;
      return { advert: plan.advert, created: false, changed: true };
    }
    throw new Error(
      `upsertAdvert: advert ${id} kept changing under ${MAX_UPSERT_ATTEMPTS} attempts; try again later`,
    );
  }

  async function enqueueReview(advertId: string, priority: number): Promise<{ created: boolean }> {
    if (!Number.isFinite(priority)) {
      throw new RangeError(`enqueueReview: priority must be a finite number, got ${priority}`);
    }
    await requireAdvert('enqueueReview', advertId);
    const at = now();
    try {
      const result = await c.reviewItems.updateOne(
        { _id: advertId },
        { $setOnInsert: { advertId, priority, state: 'new', createdAt: at, updatedAt: at } },
        { upsert: true },
      );
      if (result.upsertedCount === 1) {
        await c.auditEvents.insertOne({ at, actor: 'system', action: 'enqueued', advertId, toState: 'new' });
        return { created: true };
      }
    } catch (error) {
      // Two upserts of a new _id can race; the loser sees a duplicate key and the item exists.
      if (!isDuplicateKey(error)) throw error;
    }
    await c.reviewItems.updateOne(
      { _id: advertId, priority: { $lt: priority } },
      { $set: { priority, updatedAt: at } },
    );
    return { created: false };
  }

  async function listQueue(query?: QueueQuery): Promise<QueueEntry[]> {
    const { states, limit, offset } = queueSelectionOf(query);
    if (limit === 0) return []; // $limit must be positive
    const pipeline: Document[] = [
      ...(states ? [{ $match: { state: { $in: states } } }] : []),
      { $sort: { priority: -1, createdAt: 1, _id: 1 } },
      { $skip: offset },
      { $limit: limit },
      {
        $lookup: {
          from: 'adverts',
          localField: '_id',
          foreignField: '_id',
          pipeline: [{ $project: { title: 1, sourceId: 1, employer: 1, location: 1 } }],
          as: 'advert',
        },
      },
      { $unwind: '$advert' },
      {
        $lookup: {
          from: 'assessments',
          localField: '_id',
          foreignField: 'advertId',
          pipeline: [{ $sort: { assessedAt: -1, _id: -1 } }, { $limit: 1 }],
          as: 'assessment',
        },
      },
    ];
    const rows = await c.reviewItems.aggregate(pipeline).toArray();
    return rows.map((row) => {
      const item = strip<ReviewItem>(row, 'advert', 'assessment');
      const advert = strip<Pick<Advert, 'title' | 'sourceId' | 'employer' | 'location'>>(
        row.advert as Document,
      );
      const assessments = row.assessment as Document[];
      const assessment = assessments[0] ? strip<Assessment>(assessments[0]) : undefined;
      return toQueueEntry(item, advert, assessment);
    });
  }

  return {
    async recordSnapshot(snapshot) {
      try {
        await c.snapshots.insertOne({ _id: snapshot.sha256, ...snapshot });
        return { created: true };
      } catch (error) {
        if (isDuplicateKey(error)) return { created: false };
        throw error;
      }
    },
    async getSnapshot(sha256) {
      const doc = await c.snapshots.findOne({ _id: sha256 });
      return doc ? strip<Snapshot>(doc) : undefined;
    },
    async countSnapshots() {
      return c.snapshots.countDocuments();
    },

    upsertAdvert,
    async getAdvert(id) {
      const doc = await c.adverts.findOne({ _id: id });
      return doc ? strip<Advert>(doc) : undefined;
    },
    async listAdverts(query?: AdvertQuery) {
      const { limit, offset } = pageOf('listAdverts', query, 50);
      if (limit === 0) return [];
      const filter: Filter<AdvertDoc> = query?.sourceId === undefined ? {} : { sourceId: query.sourceId };
      const docs = await c.adverts
        .find(filter)
        .sort({ firstSeenAt: 1, _id: 1 })
        .skip(offset)
        .limit(limit)
        .toArray();
      return docs.map((doc) => strip<Advert>(doc));
    },
    async countAdverts() {
      return c.adverts.countDocuments();
    },
    async markAdvertRemoved(id, at) {
      const result = await c.adverts.updateOne(
        { _id: id, removedAt: { $exists: false } },
        { $set: { removedAt: at } },
      );
      if (result.matchedCount === 0) await requireAdvert('markAdvertRemoved', id);
      return { removed: result.modifiedCount > 0 };
    },
    async listAdvertVersions(advertId) {
      const docs = await c.advertVersions.find({ advertId }).sort({ version: 1 }).toArray();
      return docs.map((doc) => doc.data);
    },
    async searchAdverts(query, limit = 20) {
      const { limit: max } = pageOf('searchAdverts', { limit }, 20);
      const terms = searchTerms(query);
      if (terms.length === 0 || max === 0) return [];
      // Each word as a quoted phrase: phrases are ANDed, like the SQLite store's terms.
      const search = terms.map((term) => `"${term}"`).join(' ');
      const docs = await c.adverts
        .find({ $text: { $search: search } }, { projection: { score: { $meta: 'textScore' } } })
        .sort({ score: { $meta: 'textScore' }, _id: 1 })
        .limit(max)
        .toArray();
      return docs.map((doc) => strip<Advert>(doc, 'score'));
    },

    async saveAssessment(assessment) {
      await requireAdvert('saveAssessment', assessment.advertId);
      // A copy: insertOne adds _id to the object it is given.
      await c.assessments.insertOne(structuredClone(assessment));
    },
    async getAssessment(advertId) {
      const doc = await c.assessments.findOne({ advertId }, { sort: { assessedAt: -1, _id: -1 } });
      return doc ? strip<Assessment>(doc) : undefined;
    },
    async listAssessments(advertId) {
      const docs = await c.assessments.find({ advertId }).sort({ assessedAt: 1, _id: 1 }).toArray();
      return docs.map((doc) => strip<Assessment>(doc));
    },

    enqueueReview,
    async getReviewItem(advertId) {
      const doc = await c.reviewItems.findOne({ _id: advertId });
      return doc ? strip<ReviewItem>(doc) : undefined;
    },
    listQueue,
    async countQueue(states?: ReviewState[]) {
      const selected = statesOf('countQueue', states);
      return c.reviewItems.countDocuments(selected ? { state: { $in: selected } } : {});
    },

    async appendAudit(event) {
      await c.auditEvents.insertOne(structuredClone(event));
    },
    async listAudit(advertId) {
      const docs = await c.auditEvents.find({ advertId }).sort({ at: 1, _id: 1 }).toArray();
      return docs.map((doc) => strip<AuditEvent>(doc));
    },

    async createUser(user) {
      try {
        await c.users.insertOne({ _id: user.username, ...user });
      } catch (error) {
        if (isDuplicateKey(error)) throw new DuplicateUserError(user.username);
        throw error;
      }
    },
    async upsertUser(user) {
      await c.users.replaceOne({ _id: user.username }, { ...user }, { upsert: true });
    },
    async getUser(username) {
      const doc = await c.users.findOne({ _id: username });
      return doc ? strip<User>(doc) : undefined;
    },

    async getSession(id) {
      const doc = await c.sessions.findOne({ _id: id });
      if (!doc) return undefined;
      // The TTL monitor runs about once a minute, so expiry is checked here as well.
      if (Date.parse(doc.expiresAt) <= Date.now()) {
        await c.sessions.deleteOne({ _id: id });
        return undefined;
      }
      return { id, data: JSON.parse(doc.data) as unknown, expiresAt: doc.expiresAt };
    },
    async setSession(session) {
      const expires = Date.parse(session.expiresAt);
      if (Number.isNaN(expires)) {
        throw new TypeError(`setSession: expiresAt must be an ISO-8601 time, got "${session.expiresAt}"`);
      }
      await c.sessions.replaceOne(
        { _id: session.id },
        {
          data: JSON.stringify(session.data) ?? 'null',
          expiresAt: session.expiresAt,
          expiresAtDate: new Date(expires),
        },
        { upsert: true },
      );
    },
    async destroySession(id) {
      await c.sessions.deleteOne({ _id: id });
    },

    async startCrawlRun(run) {
      try {
        await c.crawlRuns.insertOne({ _id: run.id, ...structuredClone(run) });
      } catch (error) {
        if (isDuplicateKey(error)) {
          throw new Error(`startCrawlRun: a crawl run with id "${run.id}" already exists`, { cause: error });
        }
        throw error;
      }
    },
    async finishCrawlRun(id: string, status: CrawlRun['status'], stats: CrawlRunStats, error?: string) {
      const update =
        error === undefined
          ? { $set: { status, stats, finishedAt: now() }, $unset: { error: '' as const } }
          : { $set: { status, stats, finishedAt: now(), error } };
      const result = await c.crawlRuns.updateOne({ _id: id }, update);
      if (result.matchedCount === 0) throw new Error(`finishCrawlRun: no crawl run with id "${id}"`);
    },
    async listCrawlRuns(sourceId?: string, limit = 50) {
      const { limit: max } = pageOf('listCrawlRuns', { limit }, 50);
      if (max === 0) return [];
      const filter: Filter<CrawlRunDoc> = sourceId === undefined ? {} : { sourceId };
      const docs = await c.crawlRuns.find(filter).sort({ startedAt: -1, _id: -1 }).limit(max).toArray();
      return docs.map((doc) => strip<CrawlRun>(doc));
    },

    async close() {
      await client.close();
    },
  };
}
