import type { PoolClient } from 'pg';
import type { ImportSession } from '../copy/import-session';
import { EventStoreError } from '../errors';
import { beginAppend, INSERT_CHUNK, insertStatement } from './postgres-rows';
import type { SchemaNames } from './postgres-schema';

/**
 * The copy target on PostgreSQL: one transaction holding the allocator lock from the emptiness check to
 * COMMIT (no append can slip in), rows inserted verbatim in chunks, the head set to the last position.
 * The session may sit idle between source pages, so the 30 s idle-in-transaction limit is lifted for it.
 */
export async function beginPostgresImport(client: PoolClient, names: SchemaNames, onCommit: () => void): Promise<ImportSession> {
  let last = 0;
  let released = false;
  const finish = async (sql: string) => {
    if (released) return;
    try {
      await client.query(sql);
    } finally {
      released = true;
      client.release();
    }
  };
  try {
    await client.query(`${beginAppend(names)}; SET LOCAL idle_in_transaction_session_timeout = 0`);
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${names.events}`);
    if (Number(rows[0].n) > 0) throw new EventStoreError('TARGET_NOT_EMPTY', `the target already holds ${rows[0].n} events: copy into an empty store`);
  } catch (error) {
    await finish('ROLLBACK');
    throw error;
  }
  return {
    write: async (events) => {
      for (let offset = 0; offset < events.length; offset += INSERT_CHUNK) {
        const chunk = events.slice(offset, offset + INSERT_CHUNK)
          .map((event) => ({ position: event.position, streamId: event.streamId, revision: event.revision, event, storedAt: event.storedAt }));
        await client.query(insertStatement(names, chunk));
      }
      if (events.length > 0) last = events[events.length - 1].position;
    },
    commit: async () => {
      await client.query(`UPDATE ${names.head} SET position = $1`, [last]);
      await finish('COMMIT');
      onCommit();
    },
    abort: () => finish('ROLLBACK'),
  };
}
