export * from './event-store.port';
export * from './errors';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
export { PostgresEventStore, type PostgresEventStoreOptions, type PostgresDiagnostics } from './postgres/postgres-event-store';
export { DEFAULT_EVENT_STORE_SCHEMA, EVENT_STORE_SCHEMA_PATTERN } from './postgres/postgres-schema';
export { openEventStore, eventStoreSelectionFor, type EventStoreSelection, type EventStoreConfig } from './open-event-store';
// the KurrentDB adapter is loaded on demand (connectKurrentDb): importing this index must not load its client
export { connectKurrentDb } from './kurrentdb/connect';
export type { KurrentDbEventStore, KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
export * from './typed';
export { copyEventStore, compareStores, type CopyReport, type CopyProgress, type CopyDifference, type CopyOptions } from './copy/copy-event-store';
export type { ImportSession, ImportTarget } from './copy/import-session';
export { readStreamPages, DEFAULT_STREAM_PAGE_SIZE, type StreamPagesOptions } from './read-pages';
export * from './snapshots/snapshot-store.port';
export { SqliteSnapshotStore } from './snapshots/sqlite-snapshot-store';
export { PostgresSnapshotStore } from './snapshots/postgres-snapshot-store';
export { openSnapshotStore } from './snapshots/open-snapshot-store';
