import { Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import { compiledOnce } from './compiled';
import { TABLE_SPECS } from './migrations';
import type { ReadModelTables, TableName } from './schema';

/**
 * Writes of a batch's accumulated rows, the hot path of a rebuild, shaped per dialect:
 * - SQLite runs in-process, so one cached prepared statement executed per row is the cheapest (about twice
 *   as fast as any multi-row form, see README); the connection caches statements by SQL text (database.ts).
 * - PostgreSQL pays a round trip per statement, so the rows travel column-wise as ONE typed array parameter
 *   per column, unpacked by `unnest($1::text[], $2::bigint[], …)`: short constant statement text, a parameter
 *   count bounded by the columns, and no per-row JSON parsing on the server (the former one-JSON-parameter
 *   form re-scanned each row's JSON text once per column with `->>`).
 * Integers (分 as bigint) stay exact: bound as bigint, or written as decimal integer text.
 * Rows of one call must have unique keys: PostgreSQL refuses an ON CONFLICT DO UPDATE that touches the same
 * row twice, so the projections merge per key first.
 */
type Row = object;
const ROWS_PER_STATEMENT = 5000;
const PG_TYPES: Record<string, string> = { text: 'text', int: 'integer', int8: 'bigint', fen: 'bigint' };

/** Plain INSERT: a duplicate key is a bug upstream (an event applied twice) and must fail the batch. */
export async function insertRows(db: Kysely<ReadModelTables>, table: TableName, rows: readonly Row[]): Promise<void> {
  await write(db, table, rows, 'insert', () => sql``);
}

/** INSERT … ON CONFLICT (keys) DO UPDATE SET c = table.c + excluded.c for each additive column. */
export async function upsertAdd(
  db: Kysely<ReadModelTables>, table: TableName, keys: readonly string[], additive: readonly string[], rows: readonly Row[],
): Promise<void> {
  await write(db, table, rows, `add ${keys} ${additive}`, () => onConflict(keys, additive.map((c) => sql`${sql.id(c)} = ${sql.ref(`${table}.${c}`)} + excluded.${sql.id(c)}`)));
}

/** INSERT … ON CONFLICT (keys) DO UPDATE SET c = excluded.c for every other column: the latest fact wins. */
export async function upsertReplace(db: Kysely<ReadModelTables>, table: TableName, keys: readonly string[], rows: readonly Row[]): Promise<void> {
  await write(db, table, rows, `replace ${keys}`, (columns) => onConflict(keys, columns.filter((c) => !keys.includes(c)).map((c) => sql`${sql.id(c)} = excluded.${sql.id(c)}`)));
}

function onConflict(keys: readonly string[], set: RawBuilder<unknown>[]): RawBuilder<unknown> {
  const target = sql.join(keys.map((k) => sql.id(k)));
  return set.length === 0 ? sql`on conflict (${target}) do nothing` : sql`on conflict (${target}) do update set ${sql.join(set)}`;
}

/** One value as a PostgreSQL array element's text: bigint and integer numbers as exact integer literals. */
function encode(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`read-model columns hold integers only, got ${value}`);
    return String(value);
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function write(db: Kysely<ReadModelTables>, table: TableName, rows: readonly Row[], kind: string, conflict: (columns: string[]) => RawBuilder<unknown>) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const into = sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.id(c)))})`;
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    const statement = compiledOnce(db, `${kind} ${table} ${columns}`, () => sql`${into} values (${sql.join(columns.map(() => sql.val(null)))}) ${conflict(columns)}`.compile(db));
    for (const row of rows) {
      await db.executeQuery({ ...statement, parameters: columns.map((c) => (row as Record<string, unknown>)[c]) });
    }
    return;
  }
  const types = new Map(TABLE_SPECS[table].columns.map((c) => c.split(' ')).map(([name, type]) => [name, PG_TYPES[type.replace('?', '')]]));
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT) as Record<string, unknown>[];
    const arrays = columns.map((c) => sql`${chunk.map((r) => encode(r[c]))}::${sql.raw(`${types.get(c) ?? 'text'}[]`)}`);
    await sql`${into} select * from unnest(${sql.join(arrays)}) ${conflict(columns)}`.execute(db);
  }
}
