import type { IdempotencyKeyRef } from '../event-store.port';

/** The answer a request under a key got, kept to be answered again: HTTP status and JSON body. */
export interface StoredAnswer {
  readonly status: number;
  readonly body: string;
}

/** What claiming a key found (ADR 0017). */
export type KeyClaim =
  /** this request may run; `recorded`: an earlier attempt under the key recorded its events and lost its answer (a crash) */
  | { readonly outcome: 'claimed'; readonly recorded: boolean }
  | { readonly outcome: 'replay'; readonly answer: StoredAnswer }
  /** another request holds the key until `until` (its lease); after that the key can be retaken */
  | { readonly outcome: 'in_progress'; readonly until: Date }
  /** the key was first used for another request */
  | { readonly outcome: 'mismatch' };

/**
 * Idempotency keys where every instance sees them (ADR 0017): a table beside the events (SQLite, PostgreSQL), or
 * Redis for the KurrentDB adapter. A claim and an answer are written without waiting for the disk (no fsync): a
 * claim lost in a crash is a claim expired, an answer lost is found again by running the command once more, whose
 * ids derive from the key. What must be durable, "this key's command is recorded", is written by the append
 * itself (AppendOptions.idempotencyKey), in its own transaction.
 */
export interface IdempotencyKeys {
  /** Claims the key for `leaseMs`, or says what happened to it before. An expired claim is taken over. */
  claim(ref: IdempotencyKeyRef, now: Date, leaseMs: number): Promise<KeyClaim>;
  /** Keeps the final answer of the request that holds the claim. */
  answer(ref: IdempotencyKeyRef, answer: StoredAnswer): Promise<void>;
  /** The request failed in a way worth retrying (503, a concurrent write, a crash): frees the key, keeping what was recorded. */
  release(ref: IdempotencyKeyRef): Promise<void>;
  /** Forgets keys created before `before`, at most `limit` of them; answers how many. */
  prune(before: Date, limit: number): Promise<number>;
}

/** An event store that keeps idempotency keys beside its events. */
export interface WithIdempotencyKeys {
  idempotencyKeys(): IdempotencyKeys;
}

export function hasIdempotencyKeys(store: object): store is WithIdempotencyKeys {
  return typeof (store as Partial<WithIdempotencyKeys>).idempotencyKeys === 'function';
}
