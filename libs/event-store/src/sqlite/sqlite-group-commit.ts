import type Database from 'better-sqlite3';
import { EventStoreError } from '../errors';
import type { AppendResult, IdempotencyKeyRef, StreamWrite } from '../event-store.port';
import { appendInTransaction } from './sqlite-append';
import { type SqliteEventIds, TransactionIds } from './sqlite-event-ids';
import type { Statements } from './sqlite-statements';
import type { SqliteStreamHeads } from './sqlite-stream-heads';
import type { UnsyncedFrom } from './unsynced-from';
import type { WalFileSync } from './wal-file-sync';

interface Queued {
  readonly writes: readonly StreamWrite[];
  /** recorded with the append's events, in its savepoint: they commit or roll back together (ADR 0017) */
  readonly key: IdempotencyKeyRef | undefined;
  readonly events: number;
  readonly resolve: (results: AppendResult[]) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly ok: true; readonly results: AppendResult[] } | { readonly ok: false; readonly error: unknown };

/**
 * A transaction runs synchronously on the event loop: a group stops growing past this many events (an append
 * bigger than that still goes alone, whole).
 */
const MAX_GROUP_EVENTS = 1000;

/**
 * Group commit (ADR 0018): the appends submitted during one turn of the event loop are written in one
 * BEGIN IMMEDIATE transaction, so they share one fsync. Each append (or appendMultiple) runs in its own
 * savepoint: a conflict (wrong expected revision, an id stored elsewhere) rolls back that append alone and
 * rejects its promise, and the others commit. Every promise settles only once the group is durable, exactly as
 * with one transaction per append: on a file, the COMMIT is written without an fsync (synchronous=NORMAL for that
 * transaction only) and the group settles when WalFileSync's fdatasync, started after it, has finished — on the
 * thread pool, so the event loop goes on with the next requests (and the next group) meanwhile; without a WAL file
 * (`:memory:`) the COMMIT itself is all there is.
 */
export class GroupCommit {
  /** committed write transactions, and the appends (or appendMultiples) they carried */
  readonly stats = { transactions: 0, appends: 0 };
  private queue: Queued[] = [];
  private flushing: Promise<void> | undefined;
  /** committed groups waiting for their WAL sync */
  private readonly syncing = new Set<Promise<void>>();
  /** the first position of each group committed or committing and not yet durable, oldest first */
  private readonly undurable: number[] = [];
  /** the connection's synchronous level around a group's transaction: NORMAL while it commits, its own after */
  private readonly modes: { readonly relaxed: Database.Statement; readonly durable: Database.Statement } | undefined;
  private readonly group: (group: readonly Queued[], storedAt: string, ids: TransactionIds, outcomes: Outcome[]) => void;
  private readonly one: (queued: Queued, storedAt: string, ids: TransactionIds) => AppendResult[];

  constructor(
    private readonly db: Database.Database,
    private readonly stmts: Statements,
    private readonly ids: SqliteEventIds,
    private readonly onCommit: () => void,
    recordKey: (key: IdempotencyKeyRef, storedAt: string) => void,
    /** where the streams stand after each commit, so that a read of their tail needs no query (issue 14) */
    private readonly heads?: SqliteStreamHeads,
    /** the WAL file's fdatasync, off the event loop; absent: the COMMIT is durable by itself */
    private readonly wal?: WalFileSync,
    /** where readers of this process stop while a group awaits its sync (with `wal`) */
    private readonly unsynced?: UnsyncedFrom,
  ) {
    if (wal) {
      const level = Number(db.pragma('synchronous', { simple: true }));
      this.modes = { relaxed: db.prepare('PRAGMA synchronous = NORMAL'), durable: db.prepare(`PRAGMA synchronous = ${level}`) };
    }
    // One append's writes and the Idempotency-Key it carries: the unit a savepoint rolls back whole.
    const writeAll = ({ writes, key }: Queued, storedAt: string, ids: TransactionIds) => {
      const results = writes.map((write) => appendInTransaction(stmts, ids, write, storedAt));
      if (key) recordKey(key, storedAt);
      return results;
    };
    // better-sqlite3 runs a transaction function called inside another one as a SAVEPOINT.
    this.one = db.transaction(writeAll);
    const group = db.transaction((queued: readonly Queued[], storedAt: string, ids: TransactionIds, outcomes: Outcome[]) => {
      this.ids.catchUp(); // under the write lock now: what other processes appended since ready() is read too
      if (queued.length === 1) {
        // Alone, an append needs no savepoint: its error rolls the transaction back and rejects it.
        outcomes.push({ ok: true, results: writeAll(queued[0], storedAt, ids) });
        ids.keep();
        return;
      }
      for (const one of queued) {
        try {
          outcomes.push({ ok: true, results: this.one(one, storedAt, ids) });
          ids.keep();
        } catch (error) {
          ids.forget();
          // An error SQLite answered by rolling back the whole transaction (disk full, I/O) fails the group.
          if (!db.inTransaction) throw error;
          outcomes.push({ ok: false, error });
        }
      }
    });
    // IMMEDIATE takes the write lock before the first revision is read, so no other process can append in between.
    this.group = (queued, storedAt, ids, outcomes) => group.immediate(queued, storedAt, ids, outcomes);
  }

  submit(writes: readonly StreamWrite[], key?: IdempotencyKeyRef): Promise<AppendResult[]> {
    return new Promise<AppendResult[]>((resolve, reject) => {
      this.queue.push({ writes, key, events: writes.reduce((n, w) => n + w.events.length, 0), resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Resolves once every append submitted so far has settled. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
    await Promise.allSettled([...this.syncing]);
  }

  private async flush(): Promise<void> {
    try {
      // Every append submitted during this turn (e.g. the requests read in the same poll) joins the group.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.queue.length > 0) {
        try {
          await this.ids.ready();
        } catch (error) {
          this.rejectAll(this.queue.splice(0), error);
          continue;
        }
        // While the last group's sync runs, the appends arriving meanwhile wait and then commit as one group: one
        // transaction writes the pages they share (the events table's last leaf, its indexes) once, not once each.
        if (this.wal?.busy) await this.wal.idle();
        const group = this.takeGroup();
        if (this.db.inTransaction) {
          this.rejectAll(group, new EventStoreError('IMPORT_IN_PROGRESS', 'an import into this store is in progress: appends are refused until it is committed or aborted'));
          continue;
        }
        this.commit(group);
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private takeGroup(): Queued[] {
    let events = this.queue[0].events;
    let count = 1;
    while (count < this.queue.length && events + this.queue[count].events <= MAX_GROUP_EVENTS) events += this.queue[count++].events;
    return this.queue.splice(0, count);
  }

  private commit(group: readonly Queued[]): void {
    const ids = new TransactionIds(this.ids);
    const outcomes: Outcome[] = [];
    // marked before the COMMIT makes the rows visible (another process may append first: then the mark is early, not late)
    const from = this.wal ? (this.stmts.head.get()?.head ?? 0) + 1 : 0;
    if (this.wal) this.awaitSync(from);
    try {
      this.modes?.relaxed.run();
      try {
        this.group(group, new Date().toISOString(), ids, outcomes);
      } finally {
        this.modes?.durable.run();
      }
    } catch (error) {
      if (this.wal) this.synced(from);
      this.rejectAll(group, error);
      return;
    }
    this.ids.committed(ids.rows());
    outcomes.forEach((outcome, i) => { if (outcome.ok) this.heads?.committed(group[i].writes, outcome.results); });
    this.stats.transactions++;
    this.stats.appends += group.length;
    if (!this.wal) return this.settle(group, outcomes);
    const synced = this.wal.sync().then(
      () => { this.synced(from); this.settle(group, outcomes); },
      (error: unknown) => { this.synced(from); this.settle(group, outcomes.map((o) => (o.ok ? { ok: false, error: notDurable(error) } : o))); },
    );
    this.syncing.add(synced);
    void synced.finally(() => this.syncing.delete(synced));
  }

  private awaitSync(from: number): void {
    this.undurable.push(from);
    if (this.undurable.length === 1) this.unsynced?.mark(from);
  }

  /** The group from `from` is durable, or was rolled back: readers may go as far as the next group still waiting. */
  private synced(from: number): void {
    const at = this.undurable.indexOf(from);
    if (at >= 0) this.undurable.splice(at, 1);
    this.unsynced?.mark(this.undurable[0] ?? 0);
  }

  /** Rings the subscriptions (after the commit: a woken one must be able to read what woke it) and answers each append. */
  private settle(group: readonly Queued[], outcomes: readonly Outcome[]): void {
    try {
      if (outcomes.some((o) => o.ok && o.results.some((r) => !r.duplicate))) this.onCommit();
    } finally {
      outcomes.forEach((outcome, i) => (outcome.ok ? group[i].resolve(outcome.results) : group[i].reject(outcome.error)));
    }
  }

  private rejectAll(group: readonly Queued[], error: unknown): void {
    for (const queued of group) queued.reject(error);
  }
}

/**
 * The group was committed but the disk did not confirm it: not acknowledged (a 500 for the request; a retry with
 * the same Idempotency-Key or natural key finds the events if they are there, ADR 0017).
 */
function notDurable(cause: unknown): Error {
  return new Error(`the append was written but the WAL file could not be synced: ${(cause as { message?: string } | undefined)?.message ?? String(cause)}`, { cause });
}
