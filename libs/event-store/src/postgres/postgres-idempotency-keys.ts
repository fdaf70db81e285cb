import type { ClientBase, Pool } from 'pg';
import type { IdempotencyKeyRef } from '../event-store.port';
import type { IdempotencyKeys, KeyClaim, StoredAnswer } from '../idempotency/idempotency-keys.port';
import type { SchemaNames } from './postgres-schema';

/** `"schema".idempotency_keys`: beside the events, in the event store's schema (ADR 0017). */
export const keysTable = (names: SchemaNames) => `"${names.schema}".idempotency_keys`;

/**
 * Created beside the events on start, also in a schema whose events table predates it. `recorded_at` is set only
 * by the append that stored the key's events, in its transaction.
 */
export async function ensureKeysTable(client: ClientBase, names: SchemaNames): Promise<void> {
  const table = keysTable(names);
  if ((await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [table])).rows[0].t) return;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`budget-event-store:${names.schema}`]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${table} (
        scope         text        NOT NULL,
        key           text        NOT NULL,
        fingerprint   text        NOT NULL,
        claimed_until timestamptz,
        recorded_at   timestamptz,
        status        integer,
        body          text,
        created_at    timestamptz NOT NULL,
        CONSTRAINT idempotency_keys_pkey PRIMARY KEY (scope, key)
      );
      CREATE INDEX IF NOT EXISTS idempotency_keys_created ON ${table} (created_at);`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * The CTE an append adds to its own statement (hot path) so that the key is recorded in the same transaction as
 * the events, and only when they are written: it selects from the allocator's `moved`, empty when nothing was.
 */
export function recordKeyCte(names: SchemaNames, key: IdempotencyKeyRef, param: (value: unknown) => string, storedAt: string): string {
  return `keyed AS (
    INSERT INTO ${keysTable(names)} AS k (scope, key, fingerprint, recorded_at, created_at)
    SELECT ${param(key.scope)}::text, ${param(key.key)}::text, ${param(key.fingerprint)}::text, ${param(storedAt)}::timestamptz, ${param(storedAt)}::timestamptz FROM moved
    ON CONFLICT (scope, key) DO UPDATE SET recorded_at = EXCLUDED.recorded_at WHERE k.fingerprint = EXCLUDED.fingerprint)`;
}

/** The same record as one statement, for the careful path's explicit transaction. */
export function recordKeyStatement(names: SchemaNames, key: IdempotencyKeyRef, storedAt: string): { text: string; values: unknown[] } {
  return {
    text: `INSERT INTO ${keysTable(names)} AS k (scope, key, fingerprint, recorded_at, created_at) VALUES ($1, $2, $3, $4, $4)
           ON CONFLICT (scope, key) DO UPDATE SET recorded_at = EXCLUDED.recorded_at WHERE k.fingerprint = EXCLUDED.fingerprint`,
    values: [key.scope, key.key, key.fingerprint, storedAt],
  };
}

/** Every claim, answer and release is one statement whose commit does not wait for the WAL flush. */
const RELAXED = `relaxed AS (SELECT set_config('synchronous_commit', 'off', true) AS setting)`;

interface ClaimRow {
  readonly taken: number;
  readonly recorded: boolean | null;
  readonly fingerprint: string | null;
  readonly claimed_until: Date | null;
  readonly status: number | null;
  readonly body: string | null;
}

export class PostgresIdempotencyKeys implements IdempotencyKeys {
  private readonly table: string;

  constructor(private readonly pool: Pool, names: SchemaNames, private readonly ensureOpen: () => void) {
    this.table = keysTable(names);
  }

  async claim(ref: IdempotencyKeyRef, now: Date, leaseMs: number): Promise<KeyClaim> {
    // Takes the key when it is new, or held by nobody (released, or its lease over), else reads what holds it. The
    // read sees the statement's snapshot: a key inserted by a request committing meanwhile is not in it, so look again.
    for (let attempt = 0; ; attempt++) {
      const row = await this.one<ClaimRow>(`WITH ${RELAXED},
        taken AS (
          INSERT INTO ${this.table} AS k (scope, key, fingerprint, claimed_until, created_at)
          SELECT $1, $2, $3, $4, $5 FROM relaxed
          ON CONFLICT (scope, key) DO UPDATE SET claimed_until = EXCLUDED.claimed_until
            WHERE k.fingerprint = EXCLUDED.fingerprint AND k.status IS NULL AND (k.claimed_until IS NULL OR k.claimed_until <= $5)
          RETURNING k.recorded_at IS NOT NULL AS recorded)
        SELECT (SELECT count(*) FROM taken)::int AS taken, (SELECT recorded FROM taken) AS recorded,
               k.fingerprint, k.claimed_until, k.status, k.body
        FROM (SELECT 1) AS one LEFT JOIN ${this.table} k ON k.scope = $1 AND k.key = $2`,
      [ref.scope, ref.key, ref.fingerprint, new Date(now.getTime() + leaseMs), now]);
      if (row.taken > 0) return { outcome: 'claimed', recorded: row.recorded === true };
      if (row.fingerprint !== null) {
        if (row.fingerprint !== ref.fingerprint) return { outcome: 'mismatch' };
        if (row.status !== null) return { outcome: 'replay', answer: { status: row.status, body: row.body ?? 'null' } };
        if (row.claimed_until !== null) return { outcome: 'in_progress', until: row.claimed_until };
      }
      if (attempt >= 3) return { outcome: 'in_progress', until: new Date(now.getTime() + leaseMs) };
    }
  }

  async answer(ref: IdempotencyKeyRef, answer: StoredAnswer): Promise<void> {
    await this.run(`WITH ${RELAXED}
      UPDATE ${this.table} SET status = $4, body = $5, claimed_until = NULL
      WHERE scope = $1 AND key = $2 AND fingerprint = $3 AND (SELECT setting FROM relaxed) IS NOT NULL`,
    [ref.scope, ref.key, ref.fingerprint, answer.status, answer.body]);
  }

  async release(ref: IdempotencyKeyRef): Promise<void> {
    // the two conditions never hold for the same row: one statement deletes a bare claim or clears a recorded one
    await this.run(`WITH ${RELAXED},
      forgotten AS (DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND fingerprint = $3 AND status IS NULL AND recorded_at IS NULL
                    AND (SELECT setting FROM relaxed) IS NOT NULL)
      UPDATE ${this.table} SET claimed_until = NULL
      WHERE scope = $1 AND key = $2 AND fingerprint = $3 AND status IS NULL AND recorded_at IS NOT NULL`,
    [ref.scope, ref.key, ref.fingerprint]);
  }

  async prune(before: Date, limit: number): Promise<number> {
    const { rowCount } = await this.run(`WITH ${RELAXED}
      DELETE FROM ${this.table} WHERE (scope, key) IN (SELECT scope, key FROM ${this.table} WHERE created_at < $1 LIMIT $2)
        AND (SELECT setting FROM relaxed) IS NOT NULL`, [before, limit]);
    return rowCount ?? 0;
  }

  private async one<R extends object>(text: string, values: unknown[]): Promise<R> {
    return (await this.run<R>(text, values)).rows[0];
  }

  private run<R extends object>(text: string, values: unknown[]) {
    this.ensureOpen();
    return this.pool.query<R & import('pg').QueryResultRow>(text, values);
  }
}
