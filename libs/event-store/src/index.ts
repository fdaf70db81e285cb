export * from './event-store.port';
export * from './errors';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
// the KurrentDB adapter is loaded on demand (connectKurrentDb): importing this index must not load its client
export { connectKurrentDb } from './kurrentdb/connect';
export type { KurrentDbEventStore, KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
export * from './typed';
