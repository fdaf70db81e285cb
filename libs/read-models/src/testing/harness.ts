import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { budgetStreamId, caseStreamId, type DomainEvent, fiscalYearStreamId, indicatorStreamId, lineStreamId } from '@app/domain';
import { type EventStore, type NewEvent, SqliteEventStore, type StreamWrite } from '@app/event-store';
import { LIVE_PREFIX, openReadModels, type ReadModelDb, type ReadModelOptions } from '../database';
import { TABLE_NAMES, TABLE_SPECS } from '../migrations';

/** Both dialects every projection suite runs against: `describe.each(DIALECTS)`. */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof DIALECTS)[number];
export const PG_URL = process.env.READ_MODEL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A SqliteEventStore in a temp dir, plus fresh read models: an SQLite file beside it or a fresh pg schema. */
export interface TestBed {
  readonly store: SqliteEventStore;
  readonly rm: ReadModelDb;
  readonly dir: string;
  /** the event store's file, for a second connection (another process) */
  readonly storeFile: string;
  /** how the read models were opened (for a child process) */
  readonly options: ReadModelOptions;
  /** empties the event store (a new file) and every live read-model table */
  reset(): Promise<void>;
  /** opens a second connection set to the same read models (another process, for the swap tests) */
  openAnother(): Promise<ReadModelDb>;
  close(): Promise<void>;
}

export async function openTestBed(dialect: TestDialect): Promise<TestBed> {
  const dir = mkdtempSync(join(tmpdir(), 'read-models-'));
  const schema = `rm_test_${process.pid}_${randomUUID().slice(0, 8)}`;
  const options = dialect === 'sqlite'
    ? { dialect, filename: join(dir, 'read-models.sqlite') } as const
    : { dialect, connectionString: PG_URL, schema } as const;
  const others: ReadModelDb[] = [];
  let generation = 0;
  const bed = {
    dir, options,
    get storeFile() { return join(dir, `events-${generation}.sqlite`); },
    store: SqliteEventStore.open({ filename: join(dir, 'events-0.sqlite'), pollIntervalMs: 20 }),
    rm: await openReadModels(options),
    async reset() {
      await bed.store.close();
      bed.store = SqliteEventStore.open({ filename: join(dir, `events-${++generation}.sqlite`), pollIntervalMs: 20 });
      for (const name of TABLE_NAMES) await bed.rm.raw.deleteFrom(LIVE_PREFIX + name).execute();
    },
    async openAnother() {
      const rm = await openReadModels(options);
      others.push(rm);
      return rm;
    },
    async close() {
      await bed.store.close();
      for (const rm of others) await rm.close();
      if (dialect === 'postgres') await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(bed.rm.raw);
      await bed.rm.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return bed;
}

/** The stream a domain event belongs to, as the API's command handlers choose it. */
export function streamOf(event: DomainEvent): string {
  const data = event.data as Record<string, unknown>;
  if (event.type.startsWith('WageArrears')) return caseStreamId(String(data.caseId));
  // the API names the year in the URL; here a definition carries it and later events belong to their effective year
  if (event.type.startsWith('Indicator')) return indicatorStreamId(Number(data.fiscalYear ?? event.effectiveDate.slice(0, 4)), String(data.indicatorId));
  if (event.type.startsWith('FiscalYear')) return fiscalYearStreamId(Number(data.fiscalYear));
  if (event.type === 'BudgetDocumentImported.v1') return budgetStreamId((data.department as { code: string }).code, Number(data.fiscalYear));
  return lineStreamId(String(data.lineId));
}

/** Wraps a domain event the way apps/api's envelope() does: effectiveDate, recordedAt, unit, actor in metadata. */
export function toNewEvent(event: DomainEvent, recordedAt = new Date().toISOString()): NewEvent {
  const id = randomUUID();
  const unit = (event.data as { unit?: string }).unit ?? null;
  return {
    id, type: event.type, data: event.data,
    metadata: { eventId: id, actor: 'test', unit, correlationId: id, causationId: null, recordedAt, effectiveDate: event.effectiveDate },
  };
}

/** Appends events in order, in one atomic write (consecutive events of a stream share a write). Returns the last position. */
export async function appendAll(store: EventStore, events: readonly DomainEvent[]): Promise<number> {
  const writes: { streamId: string; events: NewEvent[]; expectedRevision: 'any' }[] = [];
  for (const event of events) {
    const streamId = streamOf(event);
    const last = writes[writes.length - 1];
    if (last && last.streamId === streamId) last.events.push(toNewEvent(event));
    else writes.push({ streamId, events: [toNewEvent(event)], expectedRevision: 'any' });
  }
  if (writes.length === 0) return store.headPosition();
  const results = await store.appendMultiple(writes as StreamWrite[]);
  return results[results.length - 1].position;
}

/** Every live table, rows sorted by primary key and values as strings: for row-by-row equality across runs. */
export async function dumpTables(rm: ReadModelDb, prefix = LIVE_PREFIX): Promise<Record<string, (string | null)[][]>> {
  const out: Record<string, (string | null)[][]> = {};
  for (const name of TABLE_NAMES) {
    const { primaryKey, columns } = TABLE_SPECS[name];
    const names = columns.map((c) => c.split(' ')[0]);
    let q = rm.raw.selectFrom(prefix + name).select(names);
    for (const k of primaryKey) q = q.orderBy(k);
    const rows = await q.execute();
    out[name] = rows.map((r: Record<string, unknown>) => names.map((c) => (r[c] === null ? null : String(r[c]))));
  }
  return out;
}
