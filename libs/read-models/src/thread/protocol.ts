import type { ResourceLimits } from 'node:worker_threads';
import type { EventStoreSelection } from '@app/event-store';
import type { ReadModelOptions } from '../database';
import type { CatchUpProgress, ProjectorRole } from '../live-projector';

/** What the projector thread opens and how it projects (plain data: it crosses to the thread as workerData). */
export interface ProjectorThreadOptions {
  readonly store: EventStoreSelection;
  readonly readModels: ReadModelOptions;
  /** several processes: the lease the thread must hold to write (lease.ts); absent: it always writes */
  readonly lease?: { readonly name: string; readonly holder: string; readonly ttlMs: number; readonly renewMs: number };
  readonly batchSize?: number;
  readonly rebuildBacklog?: number;
  readonly rebuildBatchSize?: number;
  readonly rebuildCacheKiB?: number;
  readonly pollIntervalMs?: number;
  readonly retryDelayMs?: number;
  /** report every batch's correlation ids to the main thread (debug logs) */
  readonly reportBatches?: boolean;
  /** V8 heap limits of the thread (it has its own isolate and heap) */
  readonly resourceLimits?: ResourceLimits;
}

/** The thread's state, sent after every change and once a second. */
export interface ThreadState {
  readonly position: number;
  readonly role: ProjectorRole;
  readonly catchingUp: CatchUpProgress | null;
  /** the live tables are outdated and about to be replaced by a rebuild: no position is reached */
  readonly replacing: boolean;
  readonly lastError: string | null;
}

export type ToThread =
  /** open the connections and start projecting (the thread loads its code first and waits for this) */
  | { readonly type: 'start' }
  /** something was appended up to `head` in this process: the doorbell */
  | { readonly type: 'ring'; readonly head: number }
  /** a caller waits for `position` (a standby looks more often meanwhile) */
  | { readonly type: 'wait'; readonly position: number; readonly timeoutMs: number }
  | { readonly type: 'stop' };

export type FromThread =
  /** the thread's code is loaded: from now on it must be stopped, not terminated (it may hold the lease) */
  | { readonly type: 'loaded' }
  | { readonly type: 'state'; readonly state: ThreadState; readonly ready?: boolean }
  | { readonly type: 'batch'; readonly events: number; readonly applied: number; readonly position: number; readonly correlationIds: readonly string[] }
  | { readonly type: 'log'; readonly level: 'debug' | 'log' | 'warn' | 'error'; readonly message: string }
  | { readonly type: 'failed'; readonly error: string }
  | { readonly type: 'stopped' };
