import { Pool } from 'pg';
import { type NewEvent, PostgresEventStore } from '@app/event-store';
import { type AppendCase, type AppendCell, runInterleaved, type Variant } from './append-bench';
import type { LoadedEmmettPostgres } from './emmett-postgresql';

/**
 * Append throughput on PostgreSQL, the SQLite bench's method (runInterleaved) on the same PostgreSQL server:
 *  - ours:   PostgresEventStore.append (allocator lock, synchronous commit, revision check), its own schema
 *  - raw:    node-postgres inserting the same rows into a table of the same shape (identity position, the
 *            same two unique indexes), one autocommit multi-row INSERT per batch: the ceiling at this durability
 *  - emmett: Emmett's getPostgreSQLEventStore().appendToStream with an expected stream version
 * Batch 1 and 100 from one client, and batch 1 from 8 concurrent clients (where the allocator serializes
 * our commits and the others' can share a WAL flush).
 */
export type PgVariantName = 'ours' | 'raw' | 'emmett';
export const PG_CASES: readonly AppendCase[] = [{ batch: 1, writers: 1 }, { batch: 100, writers: 1 }, { batch: 1, writers: 8 }];

export interface PgAppendSettings {
  readonly pgUrl: string;
  readonly rounds: number;
  readonly warmupRounds: number;
  readonly budgetMs: number;
  readonly slices: number;
  readonly streams: number;
  readonly emmett: LoadedEmmettPostgres | { readonly error: string };
  readonly log: (line: string) => void;
}

export interface PgAppendResults {
  readonly cells: AppendCell<PgVariantName>[];
  readonly durability: Partial<Record<PgVariantName, string>>;
  readonly storedEvents: Partial<Record<PgVariantName, number>>;
  readonly retried: Partial<Record<PgVariantName, { count: number; firstError: string | null }>>;
  readonly server: string;
  readonly skipped: string[];
  readonly settings: Omit<PgAppendSettings, 'emmett' | 'log' | 'pgUrl'> & { readonly cases: readonly AppendCase[] };
}

const schemaOf = (variant: PgVariantName) => `bench_${variant}_${process.pid}`;
const withSearchPath = (url: string, schema: string) => `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

async function openOurs(url: string, admin: Pool): Promise<Variant<PgVariantName>> {
  const store = await PostgresEventStore.connect({ connectionString: url, schema: schemaOf('ours'), poolSize: 8 });
  const d = await store.diagnostics();
  const revisions = new Map<string, number>();
  return {
    name: 'ours',
    durability: `synchronous_commit=${d.synchronousCommit} (set for each append transaction), fsync=${d.fsync}, one statement per append in its own transaction, holding the position allocator's row lock until COMMIT`,
    async append(streamId, events) {
      const result = await store.append(streamId, events, revisions.get(streamId) ?? 'no_stream');
      revisions.set(streamId, result.nextExpectedRevision);
    },
    close: () => store.close(),
    retried: { count: 0, firstError: null },
    storedRows: async () => Number((await admin.query<{ n: string }>(`SELECT count(*) AS n FROM "${schemaOf('ours')}".events`)).rows[0].n),
  };
}

async function openRaw(url: string, admin: Pool): Promise<Variant<PgVariantName>> {
  const schema = schemaOf('raw');
  await admin.query(`CREATE SCHEMA "${schema}";
    CREATE TABLE "${schema}".events (
      position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id text NOT NULL UNIQUE, stream_id text NOT NULL, revision bigint NOT NULL,
      type text NOT NULL, data json NOT NULL, metadata json NOT NULL, stored_at timestamptz NOT NULL, UNIQUE (stream_id, revision))`);
  const pool = new Pool({ connectionString: url, max: 8 });
  const setting = (await pool.query<{ s: string; f: string }>(`SELECT current_setting('synchronous_commit') AS s, current_setting('fsync') AS f`)).rows[0];
  const revisions = new Map<string, number>();
  return {
    name: 'raw',
    durability: `synchronous_commit=${setting.s} (server default), fsync=${setting.f}, one autocommit multi-row INSERT per batch`,
    async append(streamId, events) {
      const first = (revisions.get(streamId) ?? -1) + 1;
      revisions.set(streamId, first + events.length - 1);
      const storedAt = new Date().toISOString();
      const values: unknown[] = [];
      const tuples = events.map((e, i) => {
        const at = values.length;
        values.push(e.id, streamId, first + i, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), storedAt);
        return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7})`;
      });
      await pool.query(`INSERT INTO "${schema}".events (event_id, stream_id, revision, type, data, metadata, stored_at) VALUES ${tuples.join(', ')}`, values);
    },
    close: () => pool.end(),
    retried: { count: 0, firstError: null },
    storedRows: async () => Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".events`)).rows[0].n),
  };
}

async function openEmmett(url: string, admin: Pool, emmett: LoadedEmmettPostgres): Promise<Variant<PgVariantName>> {
  const schema = schemaOf('emmett');
  await admin.query(`CREATE SCHEMA "${schema}"`);
  const store = emmett.module.getPostgreSQLEventStore(withSearchPath(url, schema));
  await store.appendToStream('probe', [{ type: 'Probe', data: {} }]); // creates Emmett's tables and functions, outside the measurement
  const setting = (await admin.query<{ s: string; f: string }>(`SELECT current_setting('synchronous_commit') AS s, current_setting('fsync') AS f`)).rows[0];
  const versions = new Map<string, bigint>();
  return {
    name: 'emmett',
    durability: `synchronous_commit=${setting.s} (server default: Emmett sets none), fsync=${setting.f}, one transaction per append (BEGIN, its emt_append_to_stream function with the values inlined, COMMIT), data and metadata as jsonb`,
    async append(streamId, events) {
      const result = await store.appendToStream(streamId, events as NewEvent[], { expectedStreamVersion: versions.get(streamId) ?? 0n });
      versions.set(streamId, result.nextExpectedStreamVersion);
    },
    close: () => store.close(),
    retried: { count: 0, firstError: null },
    storedRows: async () => Number((await admin.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".emt_messages`)).rows[0].n) - 1,
  };
}

export async function runPgAppendBench(settings: PgAppendSettings): Promise<PgAppendResults> {
  const admin = new Pool({ connectionString: settings.pgUrl, max: 1 });
  const skipped: string[] = [];
  const schemas = (['ours', 'raw', 'emmett'] as const).map(schemaOf);
  try {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    const server = (await admin.query<{ v: string }>('SHOW server_version')).rows[0].v;
    const variants = [await openOurs(settings.pgUrl, admin), await openRaw(settings.pgUrl, admin)];
    if ('error' in settings.emmett) skipped.push(settings.emmett.error);
    else variants.push(await openEmmett(settings.pgUrl, admin, settings.emmett));
    const { rounds, warmupRounds, budgetMs, slices, streams } = settings;
    const measured = await runInterleaved(variants, {
      cases: PG_CASES, rounds, warmupRounds, budgetMs, slices, streams, log: settings.log,
      maxEvents: (c) => (c.batch === 1 ? 3000 * c.writers : 30_000),
    });
    return { ...measured, server, skipped, settings: { rounds, warmupRounds, budgetMs, slices, streams, cases: PG_CASES } };
  } finally {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await admin.end();
  }
}
