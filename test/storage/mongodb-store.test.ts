// Runs the store contract against a real MongoDB server when MONGODB_URI points at one
// (e.g. mongodb://127.0.0.1:27017). Each test gets its own database, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { openMongoStore } from '../../storage/mongodb/index.ts';
import { SchemaVersionError } from '../../storage/store-errors.ts';
import { describeStoreContract } from './store-contract.ts';

const uri = process.env.MONGODB_URI;
const SKIP_MESSAGE = 'skipped: no MongoDB (set MONGODB_URI to run the MongoDB contract suite)';

function freshDbName(): string {
  return `recruitwatch_test_${randomBytes(6).toString('hex')}`;
}

async function dropDatabase(mongoUri: string, dbName: string): Promise<void> {
  const client = new MongoClient(mongoUri);
  try {
    await client.connect();
    await client.db(dbName).dropDatabase();
  } finally {
    await client.close();
  }
}

if (uri === undefined || uri === '') {
  console.warn(`\n*** MongoDB store: ${SKIP_MESSAGE} ***\n`);
  it.skip(SKIP_MESSAGE, () => {});
} else {
  const mongoUri = uri;
  describeStoreContract('MongoDB', async () => {
    const dbName = freshDbName();
    const store = await openMongoStore({ uri: mongoUri, dbName });
    return {
      store,
      async cleanup() {
        await store.close();
        await dropDatabase(mongoUri, dbName);
      },
    };
  });

  describe('MongoDB store database', () => {
    it('refuses a database laid out by a newer version', async () => {
      const dbName = freshDbName();
      const client = new MongoClient(mongoUri);
      try {
        await client.connect();
        await client.db(dbName).collection<{ _id: string; version: number }>('meta').insertOne({
          _id: 'schema',
          version: 99,
        });
        await expect(openMongoStore({ uri: mongoUri, dbName })).rejects.toBeInstanceOf(SchemaVersionError);
      } finally {
        await client.db(dbName).dropDatabase();
        await client.close();
      }
    });

    it('rejects a URI that is not a MongoDB connection string', async () => {
      await expect(openMongoStore({ uri: 'http://127.0.0.1' })).rejects.toThrow(/mongodb:\/\//);
    });
  });
}
