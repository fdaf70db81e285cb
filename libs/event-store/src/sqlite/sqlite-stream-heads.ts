import type Database from 'better-sqlite3';
import type { AppendResult, StreamWrite } from '../event-store.port';
import type { Statements } from './sqlite-statements';

/** Streams remembered at most; past that the map starts again (it is a cache: a miss is one read). */
const MAX_STREAMS = 100_000;

/**
 * The last revision of the streams this connection has written, or read to their end, so that a read of a tail
 * known to be empty is answered without a query: a command loads its cached line again after deciding, and the
 * fiscal-year and procurement streams it checks usually do not exist (issue 14: after each commit such a read
 * costs about 0.1 ms of SQLite, four of them per record-disbursement). Valid while no other connection has
 * committed to the file (`PRAGMA data_version`; the same test as SqliteEventIds): another process's append, or
 * one through another connection of this process, empties the map before it is used. The version is asked once
 * per turn of the event loop, not once per read: under load each ask took 5–10 µs (a WAL read lock), 4 % of the
 * request thread at 16 clients. So a commit of another process is seen from the next turn on; a command that
 * decided on the tail before it fails its append's revision check (made under the write lock, never from here)
 * and is retried on the new tail. Not used inside an open transaction of this connection (an import in progress
 * sees its own uncommitted rows).
 */
export class SqliteStreamHeads {
  private readonly heads = new Map<string, number>();
  /** data_version the heads were taken under; undefined: none yet, or invalidated */
  private version: number | undefined;
  /** the version was asked during this turn of the event loop (cleared by the next setImmediate) */
  private askedThisTurn = false;
  private readonly nextTurn = () => { this.askedThisTurn = false; };

  constructor(private readonly db: Database.Database, private readonly stmts: Statements) {}

  /**
   * Whether the heads can be used and added to now: no transaction open here, and nothing committed by another
   * connection since they were taken (otherwise they are dropped, and this version is the new start).
   */
  usable(): boolean {
    if (this.db.inTransaction) return false;
    if (this.askedThisTurn && this.version !== undefined) return true;
    this.askedThisTurn = true;
    setImmediate(this.nextTurn);
    const version = this.stmts.dataVersion.get() as number;
    if (version === this.version) return true;
    this.heads.clear();
    this.version = version;
    return true;
  }

  /** The stream is known to hold nothing at `fromRevision` or after (call after usable() answered true). */
  endsBefore(streamId: string, fromRevision: number): boolean {
    return this.heads.get(streamId) === fromRevision - 1;
  }

  /** A read from `fromRevision` answered `revisions` and nothing more was there (fewer rows than asked for). */
  readToEnd(streamId: string, fromRevision: number, lastRevision: number | undefined): void {
    if (lastRevision !== undefined) this.set(streamId, lastRevision);
    else if (fromRevision === 0) this.set(streamId, -1); // no such stream
  }

  /** A group's transaction committed: each write that was not a duplicate left its stream at its next expected revision. */
  committed(writes: readonly StreamWrite[], results: readonly AppendResult[]): void {
    if (this.version === undefined) return;
    writes.forEach((write, i) => {
      if (results[i] && !results[i].duplicate) this.set(write.streamId, results[i].nextExpectedRevision);
    });
  }

  /** Rows were committed through this connection outside the group commit (an import): forget everything. */
  invalidate(): void {
    this.heads.clear();
    this.version = undefined;
  }

  private set(streamId: string, revision: number): void {
    if (this.heads.size >= MAX_STREAMS && !this.heads.has(streamId)) this.heads.clear();
    this.heads.set(streamId, revision);
  }
}
