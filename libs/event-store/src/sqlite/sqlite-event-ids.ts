import { performance } from 'node:perf_hooks';
import { EventIdTable } from './event-id-table';
import type { EventRow, Statements } from './sqlite-statements';

/** Ids read per query while catching up. */
const STEP = 1000;
/** How long catching up may hold the event loop before it yields a turn (the first use reads every id). */
const SLICE_MS = 10;

/** Where an event id is stored: what the append checks need to know. */
export type IdHolder = Pick<EventRow, 'event_id' | 'stream_id' | 'revision' | 'position'>;

/** Where to find an event by id: the stored events, plus what the open transaction wrote so far. */
export interface IdLookup {
  find(eventId: string): IdHolder | undefined;
}

/**
 * Every stored event id, kept in memory per process (EventIdTable) and read from the events in position order:
 * appends check ids here instead of through a unique index (ADR 0018). It is built on first use and follows
 * the file by reading the ids after the last position it has seen whenever another connection has committed
 * (`PRAGMA data_version`), so appends of other processes count too; inside a write transaction (which holds
 * SQLite's write lock) that makes the check exact. This connection's own appends are added as they commit.
 */
export class SqliteEventIds implements IdLookup {
  private readonly table = new EventIdTable();
  /** highest position whose id is in the table */
  private checkpoint = 0;
  /** data_version when the table was last caught up; undefined: never, or an import was committed through this connection */
  private seenVersion: number | undefined;
  private loading: Promise<void> | undefined;

  constructor(private readonly stmts: Statements) {}

  /** Catches up in slices that yield to the event loop: the first use reads every id in the file. */
  async ready(): Promise<void> {
    while (this.loading) await this.loading;
    if (!this.stale()) return;
    this.loading = this.load();
    try {
      await this.loading;
    } finally {
      this.loading = undefined;
    }
  }

  /** Catches up at once; in a write transaction only what other processes appended since ready() is left. */
  catchUp(): void {
    // A load in flight has already marked the version as seen, but has not read everything yet.
    if (this.loading || this.stale()) while (this.readStep());
  }

  /** Rows were committed through this connection without passing through committed() (an import). */
  invalidate(): void {
    this.seenVersion = undefined;
  }

  find(eventId: string): EventRow | undefined {
    for (const position of this.table.candidates(eventId)) {
      const row = this.stmts.atPosition.get(position);
      if (row?.event_id === eventId) return row;
    }
    return undefined;
  }

  /** Adds what this process has just committed; positions must continue from the checkpoint. */
  committed(rows: Iterable<{ readonly event_id: string; readonly position: number }>): void {
    for (const row of rows) {
      if (row.position <= this.checkpoint) continue;
      this.table.add(row.event_id, row.position);
      this.checkpoint = row.position;
    }
  }

  diagnostics(): { ids: number; bytes: number; checkpoint: number } {
    return { ids: this.table.size, bytes: this.table.bytes, checkpoint: this.checkpoint };
  }

  private async load(): Promise<void> {
    if (this.checkpoint === 0) this.table.reserve(this.stmts.head.get()?.head ?? 0);
    for (;;) {
      const until = performance.now() + SLICE_MS;
      let full: boolean;
      do full = this.readStep(); while (full && performance.now() < until);
      if (!full) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Whether another connection committed since the last catch-up; marks the current version as seen. */
  private stale(): boolean {
    const version = this.stmts.dataVersion.get() as number;
    if (version === this.seenVersion) return false;
    this.seenVersion = version; // before reading: a commit during the read changes the version again
    return true;
  }

  /** Reads the next ids; true when there may be more. */
  private readStep(): boolean {
    const rows = this.stmts.idsAfter.all(this.checkpoint, STEP);
    for (const [position, eventId] of rows) this.table.add(eventId, position);
    if (rows.length > 0) this.checkpoint = rows[rows.length - 1][0];
    return rows.length === STEP;
  }
}

/**
 * The ids written by one group-commit transaction, over the stored ones: an append that fails is rolled back
 * to its savepoint and forgets its own; the others' become stored ids once the transaction has committed.
 */
export class TransactionIds implements IdLookup {
  private readonly earlier = new Map<string, IdHolder>();
  private current = new Map<string, IdHolder>();

  constructor(private readonly stored: IdLookup) {}

  find(eventId: string): IdHolder | undefined {
    return this.current.get(eventId) ?? this.earlier.get(eventId) ?? this.stored.find(eventId);
  }

  written(row: IdHolder): void {
    this.current.set(row.event_id, row);
  }

  /** The current append succeeded (its savepoint was released). */
  keep(): void {
    for (const [id, row] of this.current) this.earlier.set(id, row);
    this.current = new Map();
  }

  /** The current append was rolled back to its savepoint. */
  forget(): void {
    this.current = new Map();
  }

  /** What the transaction wrote, in position order. */
  rows(): IdHolder[] {
    return [...this.earlier.values()].sort((a, b) => a.position - b.position);
  }
}
