import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresEventStore, type PostgresEventStoreOptions } from '../postgres-event-store';

/** This machine's PostgreSQL (trust auth); EVENT_STORE_TEST_PG_URL overrides. */
export const PG_URL = process.env.EVENT_STORE_TEST_PG_URL ?? process.env.READ_MODEL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A schema of its own for one test (or one test file), so parallel test files never share tables, and
 * every store opened on it; `cleanup()` closes them and drops the schema.
 */
export function testSchema(prefix = 'es_test') {
  const schema = `${prefix}_${process.pid}_${randomUUID().slice(0, 8)}`;
  const opened: PostgresEventStore[] = [];
  const open = async (options: Partial<PostgresEventStoreOptions> = {}) => {
    const store = await PostgresEventStore.connect({ connectionString: PG_URL, schema, pollIntervalMs: 200, ...options });
    opened.push(store);
    return store;
  };
  const cleanup = async () => {
    await Promise.allSettled(opened.map((store) => store.close()));
    await withClient((client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
  };
  return { schema, open, cleanup };
}

/** A plain connection for checks from outside the store (pg_stat_activity, raw inserts). */
export async function withClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
