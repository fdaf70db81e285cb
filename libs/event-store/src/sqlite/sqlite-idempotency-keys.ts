import type Database from 'better-sqlite3';
import type { IdempotencyKeyRef } from '../event-store.port';
import type { IdempotencyKeys, KeyClaim, StoredAnswer } from '../idempotency/idempotency-keys.port';

/**
 * Idempotency keys in the event store's own file (ADR 0017), so every process sharing the file sees them and an
 * append records its key in its own transaction. Times are epoch milliseconds; `recorded_at` is set only by the
 * append that stored the key's events.
 */
const KEYS_SQL = `
CREATE TABLE IF NOT EXISTS idempotency_keys (
  scope         TEXT    NOT NULL,
  key           TEXT    NOT NULL,
  fingerprint   TEXT    NOT NULL,
  claimed_until INTEGER,
  recorded_at   INTEGER,
  status        INTEGER,
  body          TEXT,
  created_at    INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX IF NOT EXISTS idempotency_keys_created ON idempotency_keys (created_at);`;

interface KeyRow {
  readonly fingerprint: string;
  readonly claimed_until: number | null;
  readonly recorded_at: number | null;
  readonly status: number | null;
  readonly body: string | null;
}

function prepare(db: Database.Database) {
  return {
    get: db.prepare<[string, string], KeyRow>('SELECT fingerprint, claimed_until, recorded_at, status, body FROM idempotency_keys WHERE scope = ? AND key = ?'),
    insertClaim: db.prepare<[string, string, string, number, number]>(
      'INSERT INTO idempotency_keys (scope, key, fingerprint, claimed_until, created_at) VALUES (?, ?, ?, ?, ?)'),
    retake: db.prepare<[number, string, string]>('UPDATE idempotency_keys SET claimed_until = ? WHERE scope = ? AND key = ?'),
    record: db.prepare<[string, string, string, number, number]>(
      `INSERT INTO idempotency_keys (scope, key, fingerprint, recorded_at, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (scope, key) DO UPDATE SET recorded_at = excluded.recorded_at WHERE idempotency_keys.fingerprint = excluded.fingerprint`),
    answer: db.prepare<[number, string, string, string, string]>(
      'UPDATE idempotency_keys SET status = ?, body = ?, claimed_until = NULL WHERE scope = ? AND key = ? AND fingerprint = ?'),
    forgetUnrecorded: db.prepare<[string, string, string]>(
      'DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND fingerprint = ? AND status IS NULL AND recorded_at IS NULL'),
    unclaim: db.prepare<[string, string, string]>(
      'UPDATE idempotency_keys SET claimed_until = NULL WHERE scope = ? AND key = ? AND fingerprint = ? AND status IS NULL'),
    prune: db.prepare<[number, number]>(
      'DELETE FROM idempotency_keys WHERE rowid IN (SELECT rowid FROM idempotency_keys WHERE created_at < ? LIMIT ?)'),
  };
}

export class SqliteIdempotencyKeys implements IdempotencyKeys {
  private readonly stmts: ReturnType<typeof prepare>;
  private readonly relaxedMode: Database.Statement;
  private readonly durableMode: Database.Statement;

  constructor(private readonly db: Database.Database, private readonly ensureOpen: () => void) {
    db.exec(KEYS_SQL);
    this.stmts = prepare(db);
    // the connection's own setting (FULL) comes back after each relaxed write
    const durable = Number(db.pragma('synchronous', { simple: true }));
    this.relaxedMode = db.prepare('PRAGMA synchronous = NORMAL');
    this.durableMode = db.prepare(`PRAGMA synchronous = ${durable}`);
  }

  /** Inside the append's transaction: the key's command is recorded, committed with its events. */
  recordInTransaction(ref: IdempotencyKeyRef, storedAt: string): void {
    const at = Date.parse(storedAt);
    this.stmts.record.run(ref.scope, ref.key, ref.fingerprint, at, at);
  }

  async claim(ref: IdempotencyKeyRef, now: Date, leaseMs: number): Promise<KeyClaim> {
    return this.relaxed((): KeyClaim => {
      const row = this.stmts.get.get(ref.scope, ref.key);
      const until = now.getTime() + leaseMs;
      if (!row) {
        this.stmts.insertClaim.run(ref.scope, ref.key, ref.fingerprint, until, now.getTime());
        return { outcome: 'claimed', recorded: false };
      }
      if (row.fingerprint !== ref.fingerprint) return { outcome: 'mismatch' };
      if (row.status !== null) return { outcome: 'replay', answer: { status: row.status, body: row.body ?? 'null' } };
      if (row.claimed_until !== null && row.claimed_until > now.getTime()) return { outcome: 'in_progress', until: new Date(row.claimed_until) };
      this.stmts.retake.run(until, ref.scope, ref.key);
      return { outcome: 'claimed', recorded: row.recorded_at !== null };
    });
  }

  async answer(ref: IdempotencyKeyRef, answer: StoredAnswer): Promise<void> {
    this.relaxed(() => this.stmts.answer.run(answer.status, answer.body, ref.scope, ref.key, ref.fingerprint));
  }

  async release(ref: IdempotencyKeyRef): Promise<void> {
    this.relaxed(() => {
      this.stmts.forgetUnrecorded.run(ref.scope, ref.key, ref.fingerprint);
      this.stmts.unclaim.run(ref.scope, ref.key, ref.fingerprint);
    });
  }

  async prune(before: Date, limit: number): Promise<number> {
    return this.relaxed(() => this.stmts.prune.run(before.getTime(), limit).changes);
  }

  /**
   * One IMMEDIATE transaction committed with synchronous=NORMAL: in WAL mode the commit does not fsync (the next
   * durable commit's fsync carries it), and checkpoints still sync, so nothing acknowledged before is put at risk.
   */
  private relaxed<T>(write: () => T): T {
    this.ensureOpen();
    this.relaxedMode.run();
    try {
      return this.db.transaction(write).immediate();
    } finally {
      this.durableMode.run();
    }
  }
}
