import type { ClientBase } from 'pg';

/** The default schema: beside the read models' `budget_read` in the same database, never clashing with it. */
export const DEFAULT_EVENT_STORE_SCHEMA = 'budget_events';

/** Lower-case SQL identifier, short enough that `<schema>_appended` is still a valid NOTIFY channel (63 bytes). */
export const EVENT_STORE_SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,49}$/;

export function assertSchemaName(schema: string): void {
  if (!EVENT_STORE_SCHEMA_PATTERN.test(schema)) {
    throw new RangeError(`invalid event-store schema name ${JSON.stringify(schema)}: lower-case letters, digits and _, at most 50`);
  }
}

/** Names inside one schema, quoted once here; every statement is built from these. */
export interface SchemaNames {
  readonly schema: string;
  /** `"schema".events` */
  readonly events: string;
  /** `"schema".head`: the one-row position allocator */
  readonly head: string;
  /** NOTIFY channel woken after every commit that wrote events */
  readonly channel: string;
}

export function namesOf(schema: string): SchemaNames {
  assertSchemaName(schema);
  return { schema, events: `"${schema}".events`, head: `"${schema}".head`, channel: `${schema}_appended` };
}

/**
 * Two tables. `events` holds every event once: the position is assigned by the allocator (not a sequence),
 * so positions are gapless and commit-ordered (ADR 0011). `data` and `metadata` are `json`, not `jsonb`:
 * the text is kept as written (key order included), is cheaper to write, and nothing queries inside it
 * here — the read models do. The two UNIQUE constraints are the last line of defence behind the checks
 * the append makes under the allocator lock, and the only indexes the reads need.
 *
 * `head` is one row: the last position handed out. Every append locks it first (SELECT … FOR UPDATE /
 * UPDATE) and keeps the lock until its commit, so appends commit one at a time in position order.
 */
function ddl(n: SchemaNames): string {
  return `
CREATE SCHEMA IF NOT EXISTS "${n.schema}";
CREATE TABLE IF NOT EXISTS ${n.events} (
  position  bigint      NOT NULL,
  event_id  text        NOT NULL,
  stream_id text        NOT NULL,
  revision  bigint      NOT NULL,
  type      text        NOT NULL,
  data      json        NOT NULL,
  metadata  json        NOT NULL,
  stored_at timestamptz NOT NULL,
  CONSTRAINT events_pkey PRIMARY KEY (position),
  CONSTRAINT events_event_id_key UNIQUE (event_id),
  CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision),
  CONSTRAINT events_position_check CHECK (position > 0),
  CONSTRAINT events_revision_check CHECK (revision >= 0)
);
CREATE TABLE IF NOT EXISTS ${n.head} (
  singleton boolean NOT NULL DEFAULT true,
  position  bigint  NOT NULL,
  CONSTRAINT head_pkey PRIMARY KEY (singleton),
  CONSTRAINT head_singleton_check CHECK (singleton)
);
INSERT INTO ${n.head} (singleton, position)
  SELECT true, (SELECT coalesce(max(position), 0) FROM ${n.events})
  WHERE NOT EXISTS (SELECT 1 FROM ${n.head});`;
}

/**
 * Creates the schema and tables unless they exist. Several processes starting at once must not fail:
 * `CREATE … IF NOT EXISTS` alone races in PostgreSQL (two sessions can both see "missing" and one then
 * fails on the catalog's unique index), so the DDL runs in one transaction under a transaction-level
 * advisory lock keyed by the schema name. When the tables are already there, nothing is locked or
 * created, so a role without CREATE rights works on tables a DBA prepared.
 */
export async function ensureSchema(client: ClientBase, names: SchemaNames): Promise<void> {
  const existing = await client.query<{ events: string | null; head: string | null }>(
    'SELECT to_regclass($1) AS events, to_regclass($2) AS head', [names.events, names.head],
  );
  if (existing.rows[0].events && existing.rows[0].head) return;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`budget-event-store:${names.schema}`]);
    await client.query(ddl(names));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
