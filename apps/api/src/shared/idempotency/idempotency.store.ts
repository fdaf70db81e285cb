import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface StoredResponse { readonly status: number; readonly body: string }

export type Claim =
  | { readonly outcome: 'claimed' }
  | { readonly outcome: 'replay'; readonly response: StoredResponse }
  | { readonly outcome: 'in_progress' }
  | { readonly outcome: 'mismatch' };

/**
 * Remembers the response to each Idempotency-Key (per actor) so that a retried request gets the first
 * answer and records nothing twice. Kept in its own SQLite file beside the event store.
 */
export class IdempotencyStore {
  private readonly db: Database.Database;

  constructor(filename: string) {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
      status INTEGER, body TEXT, created_at TEXT NOT NULL, PRIMARY KEY (scope, key))`);
  }

  /** Claims the key for this request, or tells what happened to it before. */
  claim(scope: string, key: string, fingerprint: string, now: Date): Claim {
    return this.db.transaction((): Claim => {
      const row = this.db.prepare('SELECT fingerprint, status, body FROM idempotency_keys WHERE scope = ? AND key = ?')
        .get(scope, key) as { fingerprint: string; status: number | null; body: string | null } | undefined;
      if (!row) {
        this.db.prepare('INSERT INTO idempotency_keys (scope, key, fingerprint, created_at) VALUES (?, ?, ?, ?)').run(scope, key, fingerprint, now.toISOString());
        return { outcome: 'claimed' };
      }
      if (row.fingerprint !== fingerprint) return { outcome: 'mismatch' };
      if (row.status === null) return { outcome: 'in_progress' };
      return { outcome: 'replay', response: { status: row.status, body: row.body ?? '' } };
    }).immediate();
  }

  complete(scope: string, key: string, response: StoredResponse): void {
    this.db.prepare('UPDATE idempotency_keys SET status = ?, body = ? WHERE scope = ? AND key = ?').run(response.status, response.body, scope, key);
  }

  /** The request failed in a way worth retrying (e.g. a crash or 5xx): free the key. */
  release(scope: string, key: string): void {
    this.db.prepare('DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND status IS NULL').run(scope, key);
  }

  /** Nest calls it once the app stops taking requests. */
  onApplicationShutdown(): void {
    this.close();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
