import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { RecordedEvent } from '@app/domain';
import type { EventStore, StoredEvent, StoredEventOf } from '@app/event-store';

/** An event as the projections read it: typed by what the product records (narrow with `switch (event.type)`). */
export type RecordedStoredEvent = StoredEventOf<RecordedEvent>;
import type { Kysely } from 'kysely';
import { upsertReplace } from './bulk';
import { compiledOnce, runCompiled } from './compiled';
import type { ReadModelDb, ReadModelKysely } from './database';
import { toInt } from './fen';
import type { TableName } from './schema';
import { dropHeld, heldEvents, heldImportOf, holdEvents, settlementOf } from './projections/held-imports';

/** Metadata every stored event carries (apps/api envelope.ts): the projections need the business date most. */
export interface EventMeta {
  /** 生效日期: the business date the fact belongs to; all as-of answers are by this date */
  readonly effectiveDate: string;
  readonly recordedAt: string | null;
  readonly actor: string | null;
  readonly unit: string | null;
}

export function eventMeta(event: StoredEvent): EventMeta {
  const m = event.metadata as Record<string, unknown>;
  const effectiveDate = m.effectiveDate;
  if (typeof effectiveDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate)) {
    // a projection cannot place a fact it has no date for: fail loudly rather than guess
    throw new Error(`event ${event.id} (${event.type}, position ${event.position}) has no effectiveDate in its metadata`);
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { effectiveDate, recordedAt: text(m.recordedAt), actor: text(m.actor), unit: text(m.unit) };
}

/**
 * A projection folds events into its tables in batches: `apply` accumulates in memory (deltas merged per
 * key, so 10,000 disbursements on one line and day become one row update), `flush` writes the batch inside
 * the projector's transaction. Both must be deterministic in the event order: a rebuild must produce the
 * rows that incremental batches of any size produce.
 */
export interface Projection<B = unknown> {
  readonly name: string;
  /** event types it reads; others cost nothing */
  readonly handles: ReadonlySet<string>;
  /** the logical tables it owns */
  readonly tables: readonly TableName[];
  createBatch(): B;
  apply(batch: B, event: RecordedStoredEvent, meta: EventMeta): void;
  flush(db: ReadModelKysely, batch: B, context: FlushContext): Promise<void>;
  /** after a bulk load (context.bulk), derive what flush skipped, from the projection's own tables */
  completeBulk?(db: ReadModelKysely): Promise<void>;
}

export interface FlushContext {
  /** a rebuild's bulk load: a projection may skip derived tables and fill them in completeBulk() */
  readonly bulk: boolean;
}

export type BatchOutcome =
  /** applied; the checkpoints now stored, by projection name */
  | { readonly kind: 'applied'; readonly applied: number; readonly checkpoints: ReadonlyMap<string, number> }
  /** a checkpoint is below the batch's start (the tables were replaced by older ones): re-read from `position` */
  | { readonly kind: 'behind'; readonly position: number };

/** Checkpoints as stored, 0 for a projection that has none yet. */
export async function readCheckpoints(db: ReadModelKysely, projections: readonly Projection[]): Promise<Map<string, number>> {
  const names = projections.map((p) => p.name);
  const query = compiledOnce(db, `checkpoints ${names.length}`, () => db.selectFrom('checkpoints').select(['name', 'position']).where('name', 'in', names).compile());
  const { rows } = await runCompiled<{ name: string; position: number | string | bigint }>(db, query, names);
  const stored = new Map(rows.map((r) => [r.name, toInt(r.position)]));
  return new Map(projections.map((p) => [p.name, stored.get(p.name) ?? 0]));
}

/**
 * Applies `events` (read after position `after`) inside the caller's write transaction: reads each
 * projection's checkpoint in that transaction, applies only the events above it, writes the rows and the
 * new checkpoints together. A crash before commit leaves both untouched; an event at or below a
 * checkpoint (redelivery, or tables swapped in by a rebuild that is further ahead) is skipped.
 */
export async function applyBatch(
  db: ReadModelKysely, projections: readonly Projection[], events: readonly StoredEvent[], after: number, context: FlushContext = { bulk: false },
): Promise<BatchOutcome> {
  const checkpoints = await readCheckpoints(db, projections);
  const lowest = Math.min(...checkpoints.values());
  if (lowest < after) return { kind: 'behind', position: lowest };
  const last = events.length > 0 ? events[events.length - 1].position : after;
  // weak: a held import's pages are read anew for every projection, and 100,000 events kept alive by their metas
  // were 100 MB of the projector thread's heap (bench section 9)
  const metas = new WeakMap<StoredEvent, EventMeta>();
  const metaOf = (e: StoredEvent) => metas.get(e) ?? metas.set(e, eventMeta(e)).get(e)!;
  let applied = 0;
  // a pending disbursement import's events wait in import_held_events until its last event (held-imports.ts)
  await holdEvents(db, events);
  const settled = events.map(settlementOf).filter((s) => s !== null);
  for (const projection of projections) {
    const checkpoint = checkpoints.get(projection.name)!;
    if (checkpoint >= last) continue;
    let batch = projection.createBatch();
    const applyOne = (event: StoredEvent) => {
      if (!projection.handles.has(event.type)) return;
      // the store holds what this product wrote, under the types of RecordedEvent: the one place that is assumed
      projection.apply(batch, event as RecordedStoredEvent, metaOf(event));
      applied++;
    };
    for (const event of events) {
      if (event.position <= checkpoint || heldImportOf(event) !== null) continue;
      const settles = settlementOf(event);
      if (settles?.applies) {
        // the whole import at once, in this transaction: flushed page by page (projections are additive)
        await projection.flush(db, batch, context);
        for await (const page of heldEvents(db, settles.importId)) {
          batch = projection.createBatch();
          page.forEach(applyOne);
          await projection.flush(db, batch, context);
          await new Promise((resolve) => setImmediate(resolve)); // 100,000 held rows must not hold the event loop
        }
        batch = projection.createBatch();
      }
      applyOne(event);
    }
    await projection.flush(db, batch, context);
    checkpoints.set(projection.name, last);
  }
  for (const s of settled) await dropHeld(db, s.importId);
  await upsertReplace(db, 'checkpoints', ['name'], [...checkpoints].map(([name, position]) => ({ name, position })));
  return { kind: 'applied', applied, checkpoints };
}

export interface ProjectStep {
  readonly projections: readonly Projection[]; readonly prefix: string; readonly after: number; readonly batchSize: number;
  /** a rebuild's bulk load (see FlushContext) */
  readonly bulk?: boolean;
}

/**
 * Reads one page after `after` and applies it to the `prefix` tables in one write transaction (or inside
 * `conn`, a transaction the caller already holds). Returns how many events were read (0: caught up) and
 * the position the tables are now at, which may jump ahead (a swapped-in rebuild) or back (re-read).
 */
export async function projectNext(store: EventStore, rm: ReadModelDb, step: ProjectStep, conn?: Kysely<any>): Promise<{ read: number; position: number; applied: number; events: readonly StoredEvent[] }> {
  // SQLite answers synchronously, so page after page would run as one unbroken chain of microtasks: timers (the
  // lease's heartbeat) and messages (stop, the doorbell) would wait for the whole catch-up. One turn per page.
  await yieldToEventLoop();
  const events = await store.readAll({ after: step.after, maxCount: step.batchSize });
  if (events.length === 0) return { read: 0, position: step.after, applied: 0, events };
  const run = (c: Kysely<any>) => applyBatch(rm.tables(step.prefix, c), step.projections, events, step.after, { bulk: step.bulk ?? false });
  const outcome = conn ? await run(conn) : await rm.writeTransaction([`${step.prefix}checkpoints`], run);
  if (outcome.kind === 'behind') return { read: events.length, position: outcome.position, applied: 0, events };
  return { read: events.length, position: Math.min(...outcome.checkpoints.values()), applied: outcome.applied, events };
}
