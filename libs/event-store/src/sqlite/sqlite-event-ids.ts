import { EventIdTable } from './event-id-table';
import type { EventRow, Statements } from './sqlite-statements';

/** Ids read per step while loading: a step takes a few ms, then the event loop gets a turn. */
const LOAD_STEP = 20_000;

/** Where an event id is stored: what the append checks need to know. */
export type IdHolder = Pick<EventRow, 'event_id' | 'stream_id' | 'revision' | 'position'>;

/** Where to find an event by id: the stored events, plus what the open transaction wrote so far. */
export interface IdLookup {
  find(eventId: string): IdHolder | undefined;
}

/**
 * Every stored event id, kept in memory per process (EventIdTable) and read from the events in position order:
 * appends check ids here instead of through a unique index (ADR 0018). It is built on first use and follows
 * the file by reading the ids after the last position it has seen, so appends committed by other processes
 * are seen too; inside a write transaction (which holds SQLite's write lock) that makes the check exact.
 */
export class SqliteEventIds implements IdLookup {
  private readonly table = new EventIdTable();
  /** highest position whose id is in the table */
  private checkpoint = 0;

  constructor(private readonly stmts: Statements) {}

  /** Catches up in steps that yield to the event loop: the first use reads every id in the file. */
  async ready(): Promise<void> {
    while (this.readStep(LOAD_STEP) === LOAD_STEP) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Catches up at once; in a write transaction only what other processes appended since ready() is left. */
  catchUp(): void {
    while (this.readStep(LOAD_STEP) === LOAD_STEP);
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

  private readStep(limit: number): number {
    const rows = this.stmts.idsAfter.all(this.checkpoint, limit);
    this.committed(rows);
    return rows.length;
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
