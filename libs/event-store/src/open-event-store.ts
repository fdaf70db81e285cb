import type { EventStore } from './event-store.port';

/** Which adapter, and where: what the configuration (EVENT_STORE …) selects. */
export type EventStoreSelection =
  | { readonly adapter: 'sqlite'; readonly filename: string }
  | { readonly adapter: 'postgres'; readonly connectionString: string; readonly schema: string }
  | { readonly adapter: 'kurrentdb'; readonly connectionString: string };

/** The configuration's keys (libs/config validates them: a remote adapter always comes with its URL). */
export interface EventStoreConfig {
  readonly EVENT_STORE: 'sqlite' | 'postgres' | 'kurrentdb';
  readonly EVENT_STORE_FILE: string;
  readonly EVENT_STORE_URL?: string;
  readonly EVENT_STORE_SCHEMA: string;
  readonly KURRENTDB_URL?: string;
}

export function eventStoreSelectionFor(config: EventStoreConfig): EventStoreSelection {
  switch (config.EVENT_STORE) {
    case 'postgres':
      return { adapter: 'postgres', connectionString: required(config.EVENT_STORE_URL, 'EVENT_STORE_URL'), schema: config.EVENT_STORE_SCHEMA };
    case 'kurrentdb':
      return { adapter: 'kurrentdb', connectionString: required(config.KURRENTDB_URL, 'KURRENTDB_URL') };
    case 'sqlite':
      return { adapter: 'sqlite', filename: config.EVENT_STORE_FILE };
    default: {
      const unknown: never = config.EVENT_STORE;
      throw new RangeError(`unknown event store ${String(unknown)}`);
    }
  }
}

/**
 * Opens the selected store; PostgreSQL creates its schema and tables on the first start. Only the selected
 * adapter is loaded (the projector thread starts faster without the KurrentDB client it does not use).
 */
export async function openEventStore(selection: EventStoreSelection): Promise<EventStore> {
  switch (selection.adapter) {
    case 'postgres':
      return (require('./postgres/postgres-event-store') as typeof import('./postgres/postgres-event-store')).PostgresEventStore.connect({ connectionString: selection.connectionString, schema: selection.schema });
    case 'kurrentdb':
      return (require('./kurrentdb/connect') as typeof import('./kurrentdb/connect')).connectKurrentDb({ connectionString: selection.connectionString });
    case 'sqlite':
      return (require('./sqlite/sqlite-event-store') as typeof import('./sqlite/sqlite-event-store')).SqliteEventStore.open({ filename: selection.filename });
    default: {
      const unknown: never = selection;
      throw new RangeError(`unknown event store ${JSON.stringify(unknown)}`);
    }
  }
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new RangeError(`${name} is not set`);
  return value;
}
