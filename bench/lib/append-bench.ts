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

interface Variant {
  readonly name: VariantName;
  /** what durability it really runs with, read back from its connection */
  readonly durability: string;
  append(streamId: string, events: readonly NewEvent[]): Promise<void> | void;
  close(): Promise<void> | void;
  /** appends that failed and were retried (Emmett only), with the first error message */
  readonly retried: { count: number; firstError: string | null };
  /** rows its file holds now, to check that every append was really stored */
  storedRows(): number;
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

export interface AppendCell {
  readonly variant: VariantName;
  readonly batch: number;
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

/** Appends from the cursor's position for about `sliceMs` (at least one append, unless the work is used up). */
async function slice(variant: Variant, work: readonly Work[], cursor: Cursor, sliceMs: number): Promise<void> {
  const start = performance.now();
  let now = start;
  while (cursor.next < work.length && (now === start || now - start < sliceMs)) {
    const { streamId, events } = work[cursor.next++];
    await variant.append(streamId, events);
    cursor.events += events.length;
    cursor.appends++;
    now = performance.now();
  }
  cursor.ms += now - start;
}

export async function runAppendBench(settings: AppendSettings): Promise<AppendResults> {
  const variants: Variant[] = [openOurs(settings.dir), openRaw(settings.dir), await openEmmett(settings.dir, settings.emmett)];
  const samples = new Map<string, { rounds: number[]; appends: number[] }>();
  const key = (v: VariantName, b: number) => `${v}/${b}`;
  const workEvents = new Map<number, number>(settings.batchSizes.map((b) => [b, settings.maxEvents[b]]));
  const appended = new Map<VariantName, number>(variants.map((v) => [v.name, 0]));
  try {
    const total = settings.warmupRounds + settings.rounds;
    for (let round = 0; round < total; round++) {
      const warm = round < settings.warmupRounds;
      for (const batch of settings.batchSizes) {
        // Every variant appends the same pre-built work, each from its own cursor into its own file.
        const work = buildWork(batch, Math.ceil(workEvents.get(batch)! / batch), settings.streams);
        const cursors = new Map<VariantName, Cursor>(variants.map((v) => [v.name, { next: 0, events: 0, ms: 0, appends: 0 }]));
        collectGarbage();
        // Fine-grained interleaving: the round is cut into slices and in each slice every variant gets the same
        // wall time, in rotating order, so background load on a shared machine hits all of them alike.
        for (let i = 0; i < settings.slices; i++) {
          for (let j = 0; j < variants.length; j++) {
            const variant = variants[(i + j + round) % variants.length];
            await slice(variant, work, cursors.get(variant.name)!, settings.budgetMs / settings.slices);
          }
        }
        const rate = (v: Variant) => { const c = cursors.get(v.name)!; return c.events / (c.ms / 1000); };
        settings.log(`  ${warm ? 'warm-up' : `round ${round - settings.warmupRounds + 1}/${settings.rounds}`}, batch ${batch}: ` +
          variants.map((v) => `${v.name} ${Math.round(rate(v))}/s`).join(', '));
        // Size the next rounds' work so that the fastest variant does not run out of events.
        const fastest = Math.max(...variants.map(rate));
        workEvents.set(batch, Math.min(settings.maxEvents[batch] * 4, Math.max(workEvents.get(batch)!, Math.ceil(fastest * settings.budgetMs / 1000 * 1.3))));
        for (const v of variants) appended.set(v.name, appended.get(v.name)! + cursors.get(v.name)!.events);
        if (warm) continue;
        for (const v of variants) {
          const s = samples.get(key(v.name, batch)) ?? { rounds: [], appends: [] };
          s.rounds.push(rate(v));
          s.appends.push(cursors.get(v.name)!.appends);
          samples.set(key(v.name, batch), s);
        }
      }
    }
  } finally {
    for (const variant of variants) await variant.close();
  }
  for (const v of variants) {
    const rows = v.storedRows();
    if (rows !== appended.get(v.name)) throw new Error(`${v.name}: ${rows} rows stored, ${appended.get(v.name)} events appended`);
  }
  const cells: AppendCell[] = [];
  for (const variant of VARIANTS) {
    for (const batch of settings.batchSizes) {
      const s = samples.get(key(variant, batch)) ?? { rounds: [], appends: [] };
      cells.push({ variant, batch, rounds: s.rounds, appends: s.appends, median: median(s.rounds) });
    }
  }
  const durability = Object.fromEntries(variants.map((v) => [v.name, v.durability])) as Record<VariantName, string>;
  const retried = Object.fromEntries(variants.map((v) => [v.name, v.retried])) as Record<VariantName, Variant['retried']>;
  const storedEvents = Object.fromEntries(variants.map((v) => [v.name, appended.get(v.name)!])) as Record<VariantName, number>;
  const { batchSizes, rounds, warmupRounds, budgetMs, slices, maxEvents, streams } = settings;
  return {
    cells, durability, retried, storedEvents, payload: payloadBytes(disbursementEvents('B1-L0', 1)[0]),
    settings: { batchSizes, rounds, warmupRounds, budgetMs, slices, maxEvents, streams },
  };
}
