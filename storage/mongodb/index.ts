// The MongoDB adapter's public surface.
export { MONGO_SCHEMA_VERSION, openMongoStore, type MongoStoreOptions } from './mongodb-store.ts';
