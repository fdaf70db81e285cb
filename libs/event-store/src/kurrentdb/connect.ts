import type { EventStore } from '../event-store.port';
import type { KurrentDbEventStoreOptions } from './kurrentdb-event-store';

/**
 * Opens the KurrentDB adapter, loading the client only now: it pulls in gRPC and a native bridge at
 * require time (~150 ms), which the embedded SQLite default (every office machine) never needs.
 */
export function connectKurrentDb(options: KurrentDbEventStoreOptions): EventStore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { KurrentDbEventStore } = require('./kurrentdb-event-store') as typeof import('./kurrentdb-event-store');
  return KurrentDbEventStore.connect(options);
}
