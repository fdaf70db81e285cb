import type { StoredEvent } from '../event-store.port';

/**
 * An empty store being filled by a copy (the event-store:migrate command): one transaction that writes
 * events verbatim (positions, revisions, ids, stored-at) and keeps every other writer out until commit.
 * `beginImport()` refuses a store that already holds an event (EventStoreError TARGET_NOT_EMPTY).
 */
export interface ImportSession {
  /** events in position order, as the source's readAll returns them */
  write(events: readonly StoredEvent[]): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export interface ImportTarget {
  beginImport(): Promise<ImportSession>;
}
