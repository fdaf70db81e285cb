import type { StoredEvent } from '@app/event-store';
import { upsertReplace } from '../bulk';
import type { ReadModelKysely } from '../database';
import { toInt } from '../fen';

/**
 * 批量导入 recorded in chunks (ADR 0022): the events of a pending disbursement import carry its id in
 * `metadata.disbursementImport` and are held here, out of every projection, until the import's last event:
 * `DisbursementsImported.v1` applies them all in the same transaction (the user sees the whole file at once),
 * `DisbursementImportAbandoned.v1` drops them (nothing of it was ever shown).
 */
export const heldImportOf = (event: StoredEvent): string | null => {
  const id = (event.metadata as Record<string, unknown>).disbursementImport;
  return typeof id === 'string' ? id : null;
};

/** The import an event settles, and how; null for any other event. */
export function settlementOf(event: StoredEvent): { importId: string; applies: boolean } | null {
  if (event.type !== 'DisbursementsImported.v1' && event.type !== 'DisbursementImportAbandoned.v1') return null;
  const importId = (event.data as { importId?: unknown }).importId;
  return typeof importId === 'string' ? { importId, applies: event.type === 'DisbursementsImported.v1' } : null;
}

/** Keeps a batch's held events (a re-read batch holds them again: the key makes that a no-op). */
export async function holdEvents(db: ReadModelKysely, events: readonly StoredEvent[]): Promise<void> {
  const rows = events.flatMap((e) => {
    const importId = heldImportOf(e);
    return importId ? [{ import_id: importId, position: e.position, event: JSON.stringify(e) }] : [];
  });
  await upsertReplace(db, 'import_held_events', ['import_id', 'position'], rows);
}

/** A completed import's held events, in position order, a page at a time (100,000 rows are never all in memory). */
export async function* heldEvents(db: ReadModelKysely, importId: string, pageSize = 1000): AsyncGenerator<StoredEvent[]> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('import_held_events').select(['position', 'event'])
      .where('import_id', '=', importId).where('position', '>', after).orderBy('position').limit(pageSize).execute();
    if (rows.length === 0) return;
    after = toInt(rows[rows.length - 1].position);
    yield rows.map((r) => JSON.parse(r.event) as StoredEvent);
  }
}

export async function dropHeld(db: ReadModelKysely, importId: string): Promise<void> {
  await db.deleteFrom('import_held_events').where('import_id', '=', importId).execute();
}
