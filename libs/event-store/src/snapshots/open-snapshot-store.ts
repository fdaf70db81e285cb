import type { EventStoreSelection } from '../open-event-store';
import { PostgresSnapshotStore } from './postgres-snapshot-store';
import type { SnapshotStore } from './snapshot-store.port';
import { SqliteSnapshotStore } from './sqlite-snapshot-store';

/** Snapshots live beside the selected event store (its SQLite file, its PostgreSQL schema); KurrentDB: none, every load folds. */
export async function openSnapshotStore(selection: EventStoreSelection): Promise<SnapshotStore | null> {
  switch (selection.adapter) {
    case 'sqlite': return SqliteSnapshotStore.open({ filename: selection.filename });
    case 'postgres': return PostgresSnapshotStore.connect({ connectionString: selection.connectionString, schema: selection.schema });
    case 'kurrentdb': return null;
    default: {
      const unknown: never = selection;
      throw new RangeError(`unknown event store ${JSON.stringify(unknown)}`);
    }
  }
}
