import Database from 'better-sqlite3';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type NewEvent, SqliteEventStore } from '@app/event-store';
import { SCHEMA_SQL } from '@app/event-store/sqlite/sqlite-schema';
import type { LoadedEmmett } from './emmett';
import { disbursementEvents, payloadBytes } from './events';
import { collectGarbage, median } from './stats';

/**
 * Append throughput, three ways, on real files in one work dir:
 *  - ours:   SqliteEventStore.append (WAL, synchronous=FULL, one BEGIN IMMEDIATE per append, revision check)
 *  - raw:    better-sqlite3 inserting the same rows into the same table with the same pragmas, one
 *            IMMEDIATE transaction per batch, revisions tracked in JS: the ceiling on this machine
 *  - emmett: Emmett's getSQLiteEventStore().appendToStream with an expected stream version
 * Every variant appends the very same pre-built events (same ids, data, metadata) to its own file.
 */

export type VariantName = 'ours' | 'raw' | 'emmett';
export const VARIANTS: readonly VariantName[] = ['ours', 'raw', 'emmett'];

/** One way of appending, measured side by side with the others (SQLite here; PostgreSQL in pg-append-bench.ts). */
export interface Variant<N extends string = VariantName> {
  readonly name: N;
  /** what durability it really runs with, read back from its connection */
  readonly durability: string;
  append(streamId: string, events: readonly NewEvent[]): Promise<void> | void;
  close(): Promise<void> | void;
  /** appends that failed and were retried (Emmett only), with the first error message */
  readonly retried: { count: number; firstError: string | null };
  /** rows its file (or schema) holds now, to check that every append was really stored */
  storedRows(): number | Promise<number>;
}

export interface AppendSettings {
  readonly dir: string;
  readonly batchSizes: readonly number[];
  readonly rounds: number;
  readonly warmupRounds: number;
  /** wall time each variant appends in one round (per batch size) */
  readonly budgetMs: number;
  /** a round is cut into this many slices; each variant gets budgetMs/slices in every slice */
  readonly slices: number;
  /** events pre-built for the warm-up round; later rounds size this from the fastest variant (at most ×4) */
  readonly maxEvents: Readonly<Record<number, number>>;
  readonly streams: number;
  readonly emmett: LoadedEmmett;
  readonly log: (line: string) => void;
}

export interface AppendCell<N extends string = VariantName> {
  readonly variant: N;
  readonly batch: number;
  /** concurrent writers (each on its own streams); 1 unless said otherwise */
  readonly writers?: number;
  /** events/s of each measured round, in round order */
  readonly rounds: number[];
  /** appends done in each measured round */
  readonly appends: number[];
  readonly median: number;
}

export interface AppendResults {
  readonly cells: AppendCell[];
  readonly durability: Record<VariantName, string>;
  readonly retried: Record<VariantName, { count: number; firstError: string | null }>;
  /** events appended by each variant over the whole run, warm-up included, checked against the rows in its file */
  readonly storedEvents: Record<VariantName, number>;
  readonly payload: ReturnType<typeof payloadBytes>;
  readonly settings: Omit<AppendSettings, 'emmett' | 'log' | 'dir'>;
}

type Track<R> = Map<string, R>;

function openOurs(dir: string): Variant {
  const store = SqliteEventStore.open({ filename: join(dir, 'ours.sqlite') });
  const diagnostics = store.diagnostics();
  const revisions: Track<number> = new Map();
  return {
    name: 'ours',
    durability: `journal_mode=${diagnostics.journalMode}, synchronous=${syncName(diagnostics.synchronous)}, one BEGIN IMMEDIATE transaction per append`,
    async append(streamId, events) {
      const result = await store.append(streamId, events, revisions.get(streamId) ?? 'no_stream');
      revisions.set(streamId, result.nextExpectedRevision);
    },
    close: () => store.close(),
    retried: { count: 0, firstError: null },
    storedRows: () => countRows(join(dir, 'ours.sqlite'), 'events'),
  };
}

function openRaw(dir: string): Variant {
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA_SQL);
  const insert = db.prepare<[string, string, number, string, string, string, string]>(
    'INSERT INTO events (event_id, stream_id, revision, type, data, metadata, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const tx = db.transaction((streamId: string, events: readonly NewEvent[], first: number, storedAt: string) => {
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      insert.run(e.id, streamId, first + i, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), storedAt);
    }
  });
  const revisions: Track<number> = new Map();
  const journal = db.pragma('journal_mode', { simple: true }) as string;
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  return {
    name: 'raw',
    durability: `journal_mode=${journal}, synchronous=${syncName(synchronous)}, one BEGIN IMMEDIATE transaction per batch`,
    append(streamId, events) {
      const first = (revisions.get(streamId) ?? -1) + 1;
      tx.immediate(streamId, events, first, new Date().toISOString());
      revisions.set(streamId, first + events.length - 1);
    },
    close: () => { db.close(); },
    retried: { count: 0, firstError: null },
    storedRows: () => countRows(join(dir, 'raw.sqlite'), 'events'),
  };
}

async function openEmmett(dir: string, emmett: LoadedEmmett): Promise<Variant> {
  const fileName = join(dir, 'emmett.sqlite');
  // Probe with a second store object on the same file: which pragmas does the connection that commits an append have?
  const seen = new Set<object>();
  let journal = '?';
  let synchronous = -1;
  const probe = emmett.module.getSQLiteEventStore({
    fileName,
    hooks: {
      onBeforeCommit: async (_messages, { connection }) => {
        seen.add(connection);
        journal = (await connection.querySingle<{ journal_mode: string }>('PRAGMA journal_mode'))?.journal_mode ?? '?';
        synchronous = (await connection.querySingle<{ synchronous: number }>('PRAGMA synchronous'))?.synchronous ?? -1;
      },
    },
  });
  for (let i = 0; i < 3; i++) await retryBusy(() => probe.appendToStream('probe-durability', [{ type: 'Probe', data: { i } }]));
  const connections = seen.size >= 3 ? 'a new sqlite3 connection opened and closed for every append (its getSQLiteEventStore design)' : `${seen.size} connection(s) for 3 appends`;

  const store = emmett.module.getSQLiteEventStore({ fileName });
  const versions: Track<bigint> = new Map();
  const retried = { count: 0, firstError: null as string | null };
  return {
    name: 'emmett',
    durability: `journal_mode=${journal} (set by Emmett), synchronous=${syncName(synchronous)} (SQLite ${emmett.versions.sqlite} build default: its options expose no pragma), one BEGIN IMMEDIATE transaction per append, ${connections}`,
    async append(streamId, events) {
      // Emmett 0.38.5 sometimes fails its COMMIT with "SQLITE_BUSY: cannot commit transaction - SQL statements in
      // progress" (a statement of its own connection not finalized yet) and rolls back: the append is retried,
      // the time it cost stays in Emmett's measurement, and the count is reported.
      // NewEvent already has Emmett's {type, data, metadata} shape; Emmett ignores `id` and adds its own message id.
      const result = await retryBusy(
        () => store.appendToStream(streamId, events as NewEvent[], { expectedStreamVersion: versions.get(streamId) ?? 0n }),
        (error) => { retried.count++; retried.firstError ??= error.message; },
      );
      versions.set(streamId, result.nextExpectedStreamVersion);
    },
    close: () => undefined,
    retried,
    storedRows: () => countRows(fileName, 'emt_messages') - 3 /* the durability probe's */,
  };
}

/** Emmett's occasional SQLITE_BUSY at COMMIT (see its variant's append) rolls back cleanly: try again. */
async function retryBusy<T>(attempt: () => Promise<T>, onRetry: (error: Error) => void = () => undefined): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || i >= 5) throw error;
      onRetry(error as Error);
    }
  }
}

function countRows(filename: string, table: string): number {
  const db = new Database(filename, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function syncName(value: number): string {
  return `${['OFF', 'NORMAL', 'FULL', 'EXTRA'][value] ?? '?'}(${value})`;
}

/** Pre-built appends for one round: stream i % streams gets batch i, so every variant writes the same rows. */
interface Work { readonly streamId: string; readonly events: NewEvent[] }

function buildWork(batch: number, appends: number, streams: number): Work[] {
  const work: Work[] = [];
  for (let i = 0; i < appends; i++) {
    const lineId = `B${batch}-L${i % streams}`;
    work.push({ streamId: `line-${lineId}`, events: disbursementEvents(lineId, batch) });
  }
  return work;
}

interface Cursor { next: number; events: number; ms: number; appends: number }

/**
 * Appends from the cursor's position for about `sliceMs` (at least one step, unless the work is used up).
 * With `writers` > 1, each step runs that many consecutive appends at once (different streams, since
 * writers ≤ streams), as that many concurrent clients would.
 */
async function slice<N extends string>(variant: Variant<N>, work: readonly Work[], cursor: Cursor, sliceMs: number, writers: number): Promise<void> {
  const start = performance.now();
  let now = start;
  while (cursor.next < work.length && (now === start || now - start < sliceMs)) {
    const step = work.slice(cursor.next, cursor.next + writers);
    cursor.next += step.length;
    await Promise.all(step.map(({ streamId, events }) => variant.append(streamId, events)));
    cursor.events += step.reduce((n, w) => n + w.events.length, 0);
    cursor.appends += step.length;
    now = performance.now();
  }
  cursor.ms += now - start;
}

/** One measured case: events per append, and how many clients append at once. */
export interface AppendCase { readonly batch: number; readonly writers: number }

export interface InterleaveSettings {
  readonly cases: readonly AppendCase[];
  readonly rounds: number;
  readonly warmupRounds: number;
  readonly budgetMs: number;
  readonly slices: number;
  /** events pre-built for the warm-up round, per case; later rounds size this from the fastest variant (at most ×4) */
  readonly maxEvents: (c: AppendCase) => number;
  readonly streams: number;
  readonly log: (line: string) => void;
}

export interface InterleaveResults<N extends string> {
  readonly cells: AppendCell<N>[];
  readonly durability: Record<N, string>;
  readonly retried: Record<N, { count: number; firstError: string | null }>;
  readonly storedEvents: Record<N, number>;
}

/**
 * The method shared by the SQLite and PostgreSQL append benches: every round, for every case, the variants
 * take turns slice by slice in rotating order (load from other processes hits them alike), each appending
 * the same pre-built work from its own cursor; afterwards every variant's stored rows are counted.
 */
export async function runInterleaved<N extends string>(variants: readonly Variant<N>[], settings: InterleaveSettings): Promise<InterleaveResults<N>> {
  const samples = new Map<string, { rounds: number[]; appends: number[] }>();
  const key = (v: N, c: AppendCase) => `${v}/${c.batch}x${c.writers}`;
  const workEvents = new Map<AppendCase, number>(settings.cases.map((c) => [c, settings.maxEvents(c)]));
  const appended = new Map<N, number>(variants.map((v) => [v.name, 0]));
  try {
    const total = settings.warmupRounds + settings.rounds;
    for (let round = 0; round < total; round++) {
      const warm = round < settings.warmupRounds;
      for (const c of settings.cases) {
        const work = buildWork(c.batch, Math.ceil(workEvents.get(c)! / c.batch), settings.streams);
        const cursors = new Map<N, Cursor>(variants.map((v) => [v.name, { next: 0, events: 0, ms: 0, appends: 0 }]));
        collectGarbage();
        for (let i = 0; i < settings.slices; i++) {
          for (let j = 0; j < variants.length; j++) {
            const variant = variants[(i + j + round) % variants.length];
            await slice(variant, work, cursors.get(variant.name)!, settings.budgetMs / settings.slices, c.writers);
          }
        }
        const rate = (v: Variant<N>) => { const cur = cursors.get(v.name)!; return cur.events / (cur.ms / 1000); };
        settings.log(`  ${warm ? 'warm-up' : `round ${round - settings.warmupRounds + 1}/${settings.rounds}`}, batch ${c.batch}${c.writers > 1 ? ` × ${c.writers} writers` : ''}: ` +
          variants.map((v) => `${v.name} ${Math.round(rate(v))}/s`).join(', '));
        // Size the next rounds' work so that the fastest variant does not run out of events.
        const fastest = Math.max(...variants.map(rate));
        workEvents.set(c, Math.min(settings.maxEvents(c) * 4, Math.max(workEvents.get(c)!, Math.ceil(fastest * settings.budgetMs / 1000 * 1.3))));
        for (const v of variants) appended.set(v.name, appended.get(v.name)! + cursors.get(v.name)!.events);
        if (warm) continue;
        for (const v of variants) {
          const sample = samples.get(key(v.name, c)) ?? { rounds: [], appends: [] };
          sample.rounds.push(rate(v));
          sample.appends.push(cursors.get(v.name)!.appends);
          samples.set(key(v.name, c), sample);
        }
      }
    }
    for (const v of variants) {
      const rows = await v.storedRows();
      if (rows !== appended.get(v.name)) throw new Error(`${v.name}: ${rows} rows stored, ${appended.get(v.name)} events appended`);
    }
  } finally {
    for (const variant of variants) await variant.close();
  }
  const cells: AppendCell<N>[] = [];
  for (const v of variants) {
    for (const c of settings.cases) {
      const sample = samples.get(key(v.name, c)) ?? { rounds: [], appends: [] };
      cells.push({ variant: v.name, batch: c.batch, ...(c.writers > 1 ? { writers: c.writers } : {}), rounds: sample.rounds, appends: sample.appends, median: median(sample.rounds) });
    }
  }
  return {
    cells,
    durability: Object.fromEntries(variants.map((v) => [v.name, v.durability])) as Record<N, string>,
    retried: Object.fromEntries(variants.map((v) => [v.name, v.retried])) as Record<N, Variant<N>['retried']>,
    storedEvents: Object.fromEntries(variants.map((v) => [v.name, appended.get(v.name)!])) as Record<N, number>,
  };
}

export async function runAppendBench(settings: AppendSettings): Promise<AppendResults> {
  const variants: Variant[] = [openOurs(settings.dir), openRaw(settings.dir), await openEmmett(settings.dir, settings.emmett)];
  const { batchSizes, rounds, warmupRounds, budgetMs, slices, maxEvents, streams } = settings;
  const measured = await runInterleaved(variants, {
    cases: batchSizes.map((batch) => ({ batch, writers: 1 })), rounds, warmupRounds, budgetMs, slices, streams,
    maxEvents: (c) => maxEvents[c.batch], log: settings.log,
  });
  // cells in the order the report expects: variant by variant, batch by batch
  const cells = VARIANTS.flatMap((v) => measured.cells.filter((c) => c.variant === v));
  return {
    ...measured, cells, payload: payloadBytes(disbursementEvents('B1-L0', 1)[0]),
    settings: { batchSizes, rounds, warmupRounds, budgetMs, slices, maxEvents, streams },
  };
}
