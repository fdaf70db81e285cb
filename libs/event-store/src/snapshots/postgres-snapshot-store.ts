import { Pool } from 'pg';
import { DEFAULT_EVENT_STORE_SCHEMA, assertSchemaName } from '../postgres/postgres-schema';
import type { Snapshot, SnapshotStore } from './snapshot-store.port';

interface SnapshotRow { readonly stream_id: string; readonly fold: string; readonly version: number; readonly revision: string; readonly state: string }

/**
 * `snapshots` in the event store's schema, on a small pool of its own. A lost snapshot only costs a longer load,
 * so its commits do not wait for the WAL flush (synchronous_commit off) and never queue behind appends.
 */
export class PostgresSnapshotStore implements SnapshotStore {
  private constructor(private readonly pool: Pool, private readonly table: string) {}

  static async connect(options: { readonly connectionString: string; readonly schema?: string }): Promise<PostgresSnapshotStore> {
    const schema = options.schema ?? DEFAULT_EVENT_STORE_SCHEMA;
    assertSchemaName(schema);
    const table = `"${schema}".snapshots`;
    const pool = new Pool({ connectionString: options.connectionString, application_name: 'budget-snapshots', max: 2, options: '-c synchronous_commit=off' });
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        const exists = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [table]);
        if (exists.rows[0].t) return new PostgresSnapshotStore(pool, table);
        // several processes may start at once: CREATE … IF NOT EXISTS races, so under a lock (as the event store's DDL)
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`budget-event-store:${schema}`]);
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}";
          CREATE TABLE IF NOT EXISTS ${table} (
            stream_id text NOT NULL, fold text NOT NULL, version integer NOT NULL, revision bigint NOT NULL, state text NOT NULL,
            stored_at timestamptz NOT NULL, CONSTRAINT snapshots_pkey PRIMARY KEY (stream_id, fold))`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresSnapshotStore(pool, table);
  }

  async read(streamId: string, fold: string): Promise<Snapshot | undefined> {
    const { rows } = await this.pool.query<SnapshotRow>(`SELECT stream_id, fold, version, revision, state FROM ${this.table} WHERE stream_id = $1 AND fold = $2`, [streamId, fold]);
    const row = rows[0];
    return row && { streamId: row.stream_id, fold: row.fold, version: row.version, revision: Number(row.revision), state: row.state };
  }

  async write(s: Snapshot): Promise<void> {
    await this.pool.query(`INSERT INTO ${this.table} AS t (stream_id, fold, version, revision, state, stored_at) VALUES ($1, $2, $3, $4, $5, now())
      ON CONFLICT (stream_id, fold) DO UPDATE SET version = excluded.version, revision = excluded.revision, state = excluded.state, stored_at = excluded.stored_at
      WHERE excluded.version <> t.version OR excluded.revision > t.revision`, [s.streamId, s.fold, s.version, s.revision, s.state]);
  }

  async clear(fold?: string): Promise<number> {
    const result = fold === undefined ? await this.pool.query(`DELETE FROM ${this.table}`) : await this.pool.query(`DELETE FROM ${this.table} WHERE fold = $1`, [fold]);
    return result.rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
