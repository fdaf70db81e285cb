import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@app/config';
import { DomainError } from '@app/domain';
import { IdempotencyKeyRef, IdempotencyKeys, StoredAnswer } from '@app/event-store';
import { IDEMPOTENCY_KEYS } from '@app/platform';
import type { Problem } from '../problem-details.filter';

/** What a request under a key does: run (`recorded`: a first attempt recorded its events and lost its answer), or answer again. */
export type Begun =
  | { readonly run: true; readonly recorded: boolean }
  | { readonly run: false; readonly answer: StoredAnswer };

/** Answers that say "try again" are never kept as final: a retry under the same key must run (ADR 0017). */
const RETRYABLE_CODES = new Set([
  'CONCURRENT_MODIFICATION', 'REVISION_MISMATCH', 'WRONG_EXPECTED_REVISION', 'STORE_CLOSED', 'READ_MODEL_BEHIND', 'SHUTTING_DOWN', 'IDEMPOTENCY_KEY_IN_PROGRESS',
]);
const RETRYABLE_STATUS = new Set([408, 412, 425, 429]);

export const isRetryable = (problem: Pick<Problem, 'status' | 'code'>): boolean =>
  problem.status >= 500 || RETRYABLE_STATUS.has(problem.status) || RETRYABLE_CODES.has(problem.code);

const PRUNE_EVERY_MS = 60 * 60 * 1000;
const idOf = (ref: IdempotencyKeyRef) => `${ref.scope.length}:${ref.scope}:${ref.key}`;
const PRUNE_BATCH = 1000;

/**
 * Idempotency-Key (ADR 0017): claims a key for a request (for IDEMPOTENCY_LEASE_MS, after which a request cut off
 * by a crash no longer holds it), keeps the final answer, frees the key after an answer worth retrying, and prunes
 * keys older than IDEMPOTENCY_RETENTION_DAYS in batches. The keys live where every instance sees them
 * (IDEMPOTENCY_KEYS: beside the events, or Redis).
 */
@Injectable()
export class IdempotencyService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private timer: NodeJS.Timeout | undefined;
  private pruning: Promise<void> | undefined;
  /** answers being written, by key: the answer goes out without waiting for them, a claim of the same key here waits */
  private readonly writing = new Map<string, Promise<void>>();

  constructor(@Inject(IDEMPOTENCY_KEYS) private readonly keys: IdempotencyKeys, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async begin(ref: IdempotencyKeyRef, now = new Date()): Promise<Begun> {
    await this.writing.get(idOf(ref));
    const claim = await this.keys.claim(ref, now, this.config.IDEMPOTENCY_LEASE_MS);
    switch (claim.outcome) {
      case 'claimed': return { run: true, recorded: claim.recorded };
      case 'replay': return { run: false, answer: claim.answer };
      case 'mismatch': throw DomainError.invalid('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key', 'this Idempotency-Key was used for a different request');
      case 'in_progress':
        throw DomainError.conflict('IDEMPOTENCY_KEY_IN_PROGRESS', 'Idempotency-Key', 'a request with this Idempotency-Key is still being processed',
          { until: claim.until.toISOString(), retryAfterSeconds: Math.max(1, Math.ceil((claim.until.getTime() - now.getTime()) / 1000)) });
      default: {
        const unknown: never = claim;
        throw new Error(`unknown claim ${JSON.stringify(unknown)}`);
      }
    }
  }

  /**
   * The request ended: keep its answer, or free the key when the answer says to try again. The answer goes out
   * without waiting for this write (a round trip on PostgreSQL); a request under the same key in this process waits
   * for it, one on another instance meanwhile is told the key is in progress. A key that cannot be written (the
   * store closing) is left to its lease: a retry then finds the events by the command's identity.
   */
  end(ref: IdempotencyKeyRef, answer: StoredAnswer & { readonly code?: string }): Promise<void> {
    const retry = answer.status >= 400 && isRetryable({ status: answer.status, code: answer.code ?? '' });
    return this.write(ref, () => (retry ? this.keys.release(ref) : this.keys.answer(ref, { status: answer.status, body: answer.body })));
  }

  /** An answer never kept (it carries a secret): the key is freed, and a retry runs again. */
  release(ref: IdempotencyKeyRef): Promise<void> {
    return this.write(ref, () => this.keys.release(ref));
  }

  private write(ref: IdempotencyKeyRef, step: () => Promise<void>): Promise<void> {
    const id = idOf(ref);
    const write = (async () => {
      await this.writing.get(id);
      try {
        await step();
      } catch (error) {
        this.logger.warn(`the answer under an Idempotency-Key was not kept (${error instanceof Error ? error.message : String(error)}); a retry after the lease runs again`);
      }
    })().finally(() => { if (this.writing.get(id) === write) this.writing.delete(id); });
    this.writing.set(id, write);
    return write;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.prune(), PRUNE_EVERY_MS);
    this.timer.unref();
    void this.prune();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([this.pruning, ...this.writing.values()]);
  }

  /** Forgets keys older than the retention, a batch at a time, letting requests run between batches. */
  prune(now = new Date()): Promise<void> {
    this.pruning ??= (async () => {
      const before = new Date(now.getTime() - this.config.IDEMPOTENCY_RETENTION_DAYS * 86_400_000);
      try {
        while ((await this.keys.prune(before, PRUNE_BATCH)) === PRUNE_BATCH) await new Promise((resolve) => setImmediate(resolve));
      } catch (error) {
        this.logger.warn(`pruning Idempotency-Keys failed (${error instanceof Error ? error.message : String(error)}); next try in an hour`);
      } finally {
        this.pruning = undefined;
      }
    })();
    return this.pruning;
  }
}
