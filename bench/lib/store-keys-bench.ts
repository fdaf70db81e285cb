import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { type NewEvent, SqliteEventStore } from '@app/event-store';
import { deterministicId } from '@app/kernel';
import { type AppendCase, type AppendCell, runInterleaved, type Variant } from './append-bench';
import { disbursementEvents } from './events';
import { median } from './stats';

/**
 * Section 8 (ADR 0018): ordered event keys and group commit in the SQLite event store, against a raw insert
 * of an ordered-key row (the position as INTEGER PRIMARY KEY and nothing else) at the same durability:
 *  - ours-empty / raw-empty: stores that start empty;
 *  - ours-large / raw-large: stores that start with `seedEvents` events on 1,000 line streams. Ours is a store of
 *    schema version 1 (a UNIQUE index on the random event ids) upgraded by opening it: the upgrade is timed,
 *    and so is the first use of its ids (the in-memory id table is read from the file).
 * Cases: batch 1 and batch 100 from one writer, and batch 1 from 16 concurrent writers (16 appends submitted
 * in the same turn, which our store commits together; the raw insert commits one by one).
 */
export type StoreKeysVariant = 'ours-empty' | 'raw-empty' | 'ours-large' | 'raw-large';
export const STORE_KEYS_CASES: readonly AppendCase[] = [{ batch: 1, writers: 1 }, { batch: 100, writers: 1 }, { batch: 1, writers: 16 }];

export interface StoreKeysSettings {
  readonly dir: string;
  readonly seedEvents: number;
  readonly rounds: number;
  readonly warmupRounds: number;
  readonly budgetMs: number;
  readonly slices: number;
  readonly streams: number;
  readonly log: (line: string) => void;
}

export interface StoreKeysResults {
  readonly cells: AppendCell<StoreKeysVariant>[];
  readonly durability: Record<StoreKeysVariant, string>;
  readonly storedEvents: Record<StoreKeysVariant, number>;
  readonly seed: { readonly events: number; readonly seconds: number };
  readonly upgrade: { readonly events: number; readonly seconds: number; readonly bytesBefore: number; readonly bytesAfter: number };
  readonly idTable: { readonly ids: number; readonly seconds: number; readonly bytes: number; readonly maxEventLoopDelayMs: number };
  /** per case `batch×writers`: medians over rounds of the per-round ratios */
  readonly ratios: Record<string, { readonly emptyOverRaw: number; readonly largeOverRaw: number; readonly oursLargeOverEmpty: number; readonly rawLargeOverEmpty: number }>;
  /** ours-empty, 16 writers ÷ one writer, batch 1 (per-round median): what group commit gives */
  readonly groupCommitGain: number;
  readonly settings: Omit<StoreKeysSettings, 'dir' | 'log'> & { readonly cases: readonly AppendCase[] };
}

/** ADR 0001's layout (schema version 1), as the adapter before ADR 0018 created it. */
const SCHEMA_V1_SQL = `CREATE TABLE events (
  position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
  type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, stored_at TEXT NOT NULL, UNIQUE (stream_id, revision));`;
/** The ceiling: an ordered-key row, nothing else to maintain. */
const RAW_SQL = `CREATE TABLE IF NOT EXISTS events (
  position INTEGER PRIMARY KEY, event_id TEXT NOT NULL, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
  type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, stored_at TEXT NOT NULL);`;
const INSERT = 'INSERT INTO events (event_id, stream_id, revision, type, data, metadata, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)';
const SEED_LINES = 1000;

const syncName = (value: number) => `${['OFF', 'NORMAL', 'FULL', 'EXTRA'][value] ?? '?'}(${value})`;
const caseKey = (c: { batch: number; writers?: number }) => `${c.batch}x${c.writers ?? 1}`;

/** The same rows into the old-schema file and the raw file, fast (no fsync, one transaction per 50,000). */
function seedFiles(files: readonly { file: string; sql: string }[], events: number): void {
  const template = disbursementEvents('SEED', 1)[0];
  const dbs = files.map(({ file, sql }) => {
    const db = new Database(file);
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    db.exec(sql);
    return { db, insert: db.prepare(INSERT) };
  });
  const storedAt = new Date().toISOString();
  const chunk = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const line = i % SEED_LINES;
      const id = deterministicId(`bench/seed/${i}`);
      const data = JSON.stringify({ ...(template.data as object), disbursementId: id, lineId: `SEED-L${line}`, voucherNo: `记-SEED-${i}` });
      const metadata = JSON.stringify({ ...template.metadata, eventId: id });
      for (const { insert } of dbs) insert.run(id, `line-SEED-L${line}`, Math.floor(i / SEED_LINES), template.type, data, metadata, storedAt);
    }
  };
  for (let from = 0; from < events; from += 50_000) {
    for (const { db } of dbs) db.exec('BEGIN');
    chunk(from, Math.min(events, from + 50_000));
    for (const { db } of dbs) db.exec('COMMIT');
  }
  for (const { db } of dbs) db.close();
}

function openOurs(name: StoreKeysVariant, store: SqliteEventStore): Variant<StoreKeysVariant> {
  const d = store.diagnostics();
  const revisions = new Map<string, number>();
  return {
    name,
    durability: `journal_mode=${d.journalMode}, synchronous=${syncName(d.synchronous)}, schema ${d.schemaVersion}; appends of one event-loop turn in one BEGIN IMMEDIATE transaction, a savepoint each`,
    async append(streamId, events) {
      const result = await store.append(streamId, events, revisions.get(streamId) ?? 'no_stream');
      revisions.set(streamId, result.nextExpectedRevision);
    },
    close: () => store.close(),
    retried: { count: 0, firstError: null },
    storedRows: () => 0, // replaced below: counted against the seed
  };
}

function openRaw(name: StoreKeysVariant, file: string): Variant<StoreKeysVariant> {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(RAW_SQL);
  const insert = db.prepare<[string, string, number, string, string, string, string]>(INSERT);
  const tx = db.transaction((streamId: string, events: readonly NewEvent[], first: number, storedAt: string) => {
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      insert.run(e.id, streamId, first + i, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), storedAt);
    }
  });
  const revisions = new Map<string, number>();
  return {
    name,
    durability: `journal_mode=${db.pragma('journal_mode', { simple: true }) as string}, synchronous=${syncName(db.pragma('synchronous', { simple: true }) as number)}; ` +
      'one BEGIN IMMEDIATE transaction per append, each committed on its own',
    append(streamId, events) {
      const first = (revisions.get(streamId) ?? -1) + 1;
      tx.immediate(streamId, events, first, new Date().toISOString());
      revisions.set(streamId, first + events.length - 1);
    },
    close: () => { db.close(); },
    retried: { count: 0, firstError: null },
    storedRows: () => 0,
  };
}

function countRows(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Rows appended during the run = rows now − rows seeded. */
function counted(variant: Variant<StoreKeysVariant>, file: string, seeded: number): Variant<StoreKeysVariant> {
  return { ...variant, storedRows: () => countRows(file) - seeded };
}

/** The settings `npm run bench` and `npm run bench:store-keys` use (BENCH_ROUNDS, BENCH_BUDGET_MS, BENCH_STORE_SEED override). */
export function storeKeysSettings(dir: string, log: (line: string) => void): StoreKeysSettings {
  const env = (name: string, fallback: number) => (/^\d+$/.test(process.env[name] ?? '') ? Number(process.env[name]) : fallback);
  return { dir, log, seedEvents: env('BENCH_STORE_SEED', 1_000_000), rounds: env('BENCH_ROUNDS', 7), warmupRounds: 1, budgetMs: env('BENCH_BUDGET_MS', 1000), slices: 10, streams: 16 };
}

export async function runStoreKeysBench(settings: StoreKeysSettings): Promise<StoreKeysResults> {
  const { dir, log, seedEvents } = settings;
  const files: Record<StoreKeysVariant, string> = {
    'ours-empty': join(dir, 'ours-empty.sqlite'), 'raw-empty': join(dir, 'raw-empty.sqlite'),
    'ours-large': join(dir, 'ours-large.sqlite'), 'raw-large': join(dir, 'raw-large.sqlite'),
  };
  log(`  seeding ${seedEvents.toLocaleString('en')} events into a schema-1 store and a raw ordered-key file`);
  let t = performance.now();
  seedFiles([{ file: files['ours-large'], sql: SCHEMA_V1_SQL }, { file: files['raw-large'], sql: RAW_SQL }], seedEvents);
  const seed = { events: seedEvents, seconds: (performance.now() - t) / 1000 };

  log('  opening the schema-1 store: upgrade to schema 2');
  const bytesBefore = statSync(files['ours-large']).size;
  t = performance.now();
  const large = SqliteEventStore.open({ filename: files['ours-large'] });
  const upgrade = { events: large.schemaUpgrade?.events ?? 0, seconds: (performance.now() - t) / 1000, bytesBefore, bytesAfter: statSync(files['ours-large']).size };
  if (upgrade.events !== seedEvents) throw new Error(`upgrade reported ${upgrade.events} events, ${seedEvents} seeded`);

  log('  first use of the upgraded store: reading its ids into memory');
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  t = performance.now();
  if (await large.findEvent(deterministicId('bench/not-stored'))) throw new Error('an id never stored was found');
  const idSeconds = (performance.now() - t) / 1000;
  delay.disable();
  const idTable = { ...large.idStats(), seconds: idSeconds, maxEventLoopDelayMs: delay.max / 1e6 };

  const variants = [
    counted(openOurs('ours-empty', SqliteEventStore.open({ filename: files['ours-empty'] })), files['ours-empty'], 0),
    counted(openRaw('raw-empty', files['raw-empty']), files['raw-empty'], 0),
    counted(openOurs('ours-large', large), files['ours-large'], seedEvents),
    counted(openRaw('raw-large', files['raw-large']), files['raw-large'], seedEvents),
  ];
  const measured = await runInterleaved(variants, {
    cases: STORE_KEYS_CASES, rounds: settings.rounds, warmupRounds: settings.warmupRounds, budgetMs: settings.budgetMs,
    slices: settings.slices, streams: settings.streams, log,
    maxEvents: (c) => (c.batch === 100 ? 40_000 : c.writers > 1 ? 16_000 : 8000),
  });

  const rounds = (v: StoreKeysVariant, c: AppendCase) => measured.cells.find((x) => x.variant === v && caseKey(x) === caseKey(c))!.rounds;
  const perRound = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]));
  const ratios = Object.fromEntries(STORE_KEYS_CASES.map((c) => [caseKey(c), {
    emptyOverRaw: perRound(rounds('ours-empty', c), rounds('raw-empty', c)),
    largeOverRaw: perRound(rounds('ours-large', c), rounds('raw-large', c)),
    oursLargeOverEmpty: perRound(rounds('ours-large', c), rounds('ours-empty', c)),
    rawLargeOverEmpty: perRound(rounds('raw-large', c), rounds('raw-empty', c)),
  }]));
  const groupCommitGain = perRound(rounds('ours-empty', STORE_KEYS_CASES[2]), rounds('ours-empty', STORE_KEYS_CASES[0]));
  return {
    cells: measured.cells, durability: measured.durability, storedEvents: measured.storedEvents, seed, upgrade, idTable, ratios, groupCommitGain,
    settings: { seedEvents, rounds: settings.rounds, warmupRounds: settings.warmupRounds, budgetMs: settings.budgetMs, slices: settings.slices, streams: settings.streams, cases: STORE_KEYS_CASES },
  };
}

