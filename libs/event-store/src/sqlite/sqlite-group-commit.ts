import type Database from 'better-sqlite3';
import { EventStoreError } from '../errors';
import type { AppendResult, IdempotencyKeyRef, StreamWrite } from '../event-store.port';
import { appendInTransaction } from './sqlite-append';
import { type SqliteEventIds, TransactionIds } from './sqlite-event-ids';
import type { Statements } from './sqlite-statements';
import type { SqliteStreamHeads } from './sqlite-stream-heads';

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
 * rejects its promise, and the others commit. Every promise settles only after the COMMIT returned, so an
 * acknowledged append is durable (synchronous=FULL), exactly as with one transaction per append.
 */
export class GroupCommit {
  /** committed write transactions, and the appends (or appendMultiples) they carried */
  readonly stats = { transactions: 0, appends: 0 };
  private queue: Queued[] = [];
  private flushing: Promise<void> | undefined;
  private readonly group: (group: readonly Queued[], storedAt: string, ids: TransactionIds, outcomes: Outcome[]) => void;
  private readonly one: (queued: Queued, storedAt: string, ids: TransactionIds) => AppendResult[];

  constructor(
    private readonly db: Database.Database,
    stmts: Statements,
    private readonly ids: SqliteEventIds,
    private readonly onCommit: () => void,
    recordKey: (key: IdempotencyKeyRef, storedAt: string) => void,
    /** where the streams stand after each commit, so that a read of their tail needs no query (issue 14) */
    private readonly heads?: SqliteStreamHeads,
  ) {
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
    try {
      this.group(group, new Date().toISOString(), ids, outcomes);
    } catch (error) {
      this.rejectAll(group, error);
      return;
    }
    this.ids.committed(ids.rows());
    outcomes.forEach((outcome, i) => { if (outcome.ok) this.heads?.committed(group[i].writes, outcome.results); });
    this.stats.transactions++;
    this.stats.appends += group.length;
    try {
      // Only after the commit: a woken subscription must be able to read what woke it.
      if (outcomes.some((o) => o.ok && o.results.some((r) => !r.duplicate))) this.onCommit();
    } finally {
      outcomes.forEach((outcome, i) => (outcome.ok ? group[i].resolve(outcome.results) : group[i].reject(outcome.error)));
    }
  }

  private rejectAll(group: readonly Queued[], error: unknown): void {
    for (const queued of group) queued.reject(error);
  }
}
