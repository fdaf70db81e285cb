import type { EventStore } from '@app/event-store';
import { sql } from 'kysely';
import { BUILD_PREFIX, LIVE_PREFIX, OLD_PREFIX, type ReadModelDb } from './database';
import { dropTables, migrate, TABLE_NAMES } from './migrations';
import { type Projection, projectNext } from './projection';
import { ALL_PROJECTIONS } from './projections/index';

export interface RebuildProgress {
  readonly phase: 'building' | 'swapping' | 'done';
  /** position the aside tables have reached */
  readonly position: number;
  /** head of the store when this page was planned */
  readonly head: number;
  readonly events: number;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
}

export interface RebuildOptions {
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** events per batch transaction while building aside (default 5000) */
  readonly batchSize?: number;
  readonly projections?: readonly Projection[];
  /** stops the rebuild between pages (the live tables stay as they are; the next rebuild drops the aside ones) */
  readonly signal?: AbortSignal;
  /** SQLite page cache while building aside, KiB (default 64 MiB; less memory, somewhat slower) */
  readonly cacheKiB?: number;
}

export type RebuildResult = Omit<RebuildProgress, 'phase' | 'head'>;

/**
 * Rebuilds every read model from position 0 without taking the live tables away:
 * 1. build `rmb_*` aside with the same projections as the live projector, while `rm_*` keep answering and
 *    the live projector keeps writing them: in bulk mode (derived tables such as the `line_days` running
 *    totals are computed once at the end, set-based), then in normal mode;
 * 2. catch up to the head, again while the head moves;
 * 3. in one write transaction holding the projectors' lock (SQLite's write lock, PostgreSQL's EXCLUSIVE lock
 *    on the live checkpoints), apply what arrived meanwhile, then rename live → `rmo_*` and `rmb_*` → live;
 * 4. drop `rmo_*`.
 * The live projector re-reads the checkpoint in each batch transaction, so it simply continues from the new
 * tables' checkpoint. Run one rebuild at a time per database: a second one would drop the first's tables.
 */
export async function rebuild(store: EventStore, rm: ReadModelDb, options: RebuildOptions = {}): Promise<RebuildResult> {
  const projections = options.projections ?? ALL_PROJECTIONS;
  const batchSize = options.batchSize ?? 5000;
  const started = performance.now();
  let position = 0;
  let events = 0;
  let head = 0;
  const progress = (phase: RebuildProgress['phase']): RebuildProgress => {
    const elapsedMs = performance.now() - started;
    return { phase, position, head, events, elapsedMs, eventsPerSecond: elapsedMs > 0 ? (events * 1000) / elapsedMs : 0 };
  };
  const step = async (conn?: Parameters<typeof projectNext>[3], bulk = false) => {
    const next = await projectNext(store, rm, { projections, prefix: BUILD_PREFIX, after: position, batchSize, bulk }, conn);
    events += next.read;
    position = next.position;
    return next.read;
  };
  const catchUp = async (bulk: boolean) => {
    while (position < (head = await store.headPosition())) {
      while (position < head && (await step(undefined, bulk)) > 0) {
        options.signal?.throwIfAborted();
        options.onProgress?.(progress('building'));
      }
    }
  };

  await dropTables(rm, OLD_PREFIX); // leftovers of a swap that crashed before its cleanup
  await dropTables(rm, BUILD_PREFIX); // an abandoned rebuild
  await migrate(rm, BUILD_PREFIX);
  const restore = await tuneForBuild(rm, options.cacheKiB ?? BUILD_CACHE_KIB);
  try {
    await catchUp(true); // bulk: derived tables are skipped per batch…
    await rm.writeTransaction([`${BUILD_PREFIX}checkpoints`], async (conn) => { // …and computed once, set-based
      for (const projection of projections) await projection.completeBulk?.(rm.tables(BUILD_PREFIX, conn));
    });
    await catchUp(false);
  } finally {
    await restore(); // before the swap: its transaction runs with the connection's usual settings
  }
  // fresh tables have no planner statistics yet: without them PostgreSQL may pick poor plans right after the swap
  if (rm.dialect === 'postgres') for (const name of TABLE_NAMES) await sql`analyze ${sql.id(BUILD_PREFIX + name)}`.execute(rm.raw);

  options.signal?.throwIfAborted();
  options.onProgress?.(progress('swapping'));
  const liveTables = new Set(await rm.listTables());
  const locks = [`${BUILD_PREFIX}checkpoints`];
  if (liveTables.has(`${LIVE_PREFIX}checkpoints`)) locks.unshift(`${LIVE_PREFIX}checkpoints`);
  await rm.writeTransaction(locks, async (conn) => {
    // nothing can commit to the live tables now: after this final catch-up the new checkpoint is at or
    // beyond anything the live projector ever committed
    while ((await step(conn)) > 0) { /* next page */ }
    for (const name of TABLE_NAMES) {
      if (liveTables.has(LIVE_PREFIX + name)) await conn.schema.alterTable(LIVE_PREFIX + name).renameTo(OLD_PREFIX + name).execute();
      await conn.schema.alterTable(BUILD_PREFIX + name).renameTo(LIVE_PREFIX + name).execute();
    }
  });
  await dropTables(rm, OLD_PREFIX);
  const done = progress('done');
  options.onProgress?.(done);
  const { phase: _phase, head: _head, ...result } = done;
  return result;
}

/** Page cache while building aside (KiB, negative = size in KiB for SQLite's cache_size). */
const BUILD_CACHE_KIB = 64 * 1024;
/** WAL pages before an automatic checkpoint while building aside (SQLite's default is 1000). */
const BUILD_WAL_AUTOCHECKPOINT = 25_000;

/**
 * SQLite: the aside tables (above all `subsidy_disbursements`, keyed by random ids) take inserts all over
 * their B-trees, so each batch dirties thousands of pages. With the default 2 MiB page cache most inserts
 * miss the cache, and with the default autocheckpoint (1000 pages) nearly every batch commit also
 * checkpoints, copying the same pages into the database file again and again. While building aside, this
 * connection gets a larger cache and checkpoints less often (the WAL stays bounded: about 100 MiB).
 * Durability is untouched: `synchronous` and `journal_mode` stay as they are, every commit is still atomic;
 * both settings are restored before the swap (the next commit then checkpoints as usual). PostgreSQL: no-op.
 */
async function tuneForBuild(rm: ReadModelDb, cacheKiB: number): Promise<() => Promise<void>> {
  if (rm.dialect !== 'sqlite') return async () => undefined;
  const read = async (name: string) => {
    const { rows } = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(rm.raw);
    return Number(Object.values(rows[0] ?? {})[0]);
  };
  const cacheSize = await read('cache_size');
  const autocheckpoint = await read('wal_autocheckpoint');
  await sql.raw(`pragma cache_size = ${-Math.round(cacheKiB)}`).execute(rm.raw);
  await sql.raw(`pragma wal_autocheckpoint = ${BUILD_WAL_AUTOCHECKPOINT}`).execute(rm.raw);
  return async () => {
    if (Number.isInteger(cacheSize)) await sql.raw(`pragma cache_size = ${cacheSize}`).execute(rm.raw);
    if (Number.isInteger(autocheckpoint)) await sql.raw(`pragma wal_autocheckpoint = ${autocheckpoint}`).execute(rm.raw);
  };
}
