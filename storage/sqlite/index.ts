// The SQLite adapter's public surface.
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.ts';
export { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersionOf, type Migration } from './migrations.ts';
