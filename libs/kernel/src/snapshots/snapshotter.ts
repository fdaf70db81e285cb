import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SnapshotStore } from '@app/event-store';
import { decodeState, encodeState } from './state-codec';

/** Declared beside a decider: which fold, and its version — bumped whenever what the fold computes changes (ADR 0020). */
export interface SnapshotSpec {
  readonly fold: string;
  readonly version: number;
  /**
   * Whether a state is worth writing down now (default: always). A state carrying in-flight work that is large and
   * about to end (a line's staged import payments) is skipped: encoding it after every chunk cost time growing with the
   * import; the next snapshot comes `every` events later, once the import has settled.
   */
  readonly worthKeeping?: (state: never) => boolean;
}

/** When a folded state is worth writing down (SNAPSHOT_EVERY, SNAPSHOT_FOLD_BUDGET_MS). */
export interface SnapshotPolicy {
  /** a snapshot once this many events were folded past the last one; 0 writes none */
  readonly every: number;
  /** …or sooner, when a load took this long (a slow store, a slow fold) and folded at least a few events */
  readonly foldBudgetMs: number;
}

/** A load that took longer than the budget writes a snapshot only when it folded at least this many events (or `every`, if fewer). */
const BUDGET_MIN_EVENTS = 50;

interface Pending { readonly streamId: string; readonly spec: SnapshotSpec; readonly state: unknown; readonly revision: number }

/**
 * Reads snapshots for cold loads and writes them off the command's critical path: a due snapshot is queued and
 * written on a later turn of the event loop, after the command has answered, one at a time, the newest state per
 * stream winning. A snapshot that cannot be read or written is a cache miss, reported and otherwise ignored.
 */
export class Snapshotter {
  private readonly pending = new Map<string, Pending>();
  private draining: Promise<void> | null = null;

  constructor(private readonly store: SnapshotStore, readonly policy: SnapshotPolicy, private readonly onError: (error: unknown, streamId: string) => void) {}

  async read<S>(streamId: string, spec: SnapshotSpec): Promise<{ readonly state: S; readonly revision: number } | undefined> {
    try {
      const snapshot = await this.store.read(streamId, spec.fold);
      // another version of the fold wrote it: the fold changed, so the snapshot says nothing about this one
      if (!snapshot || snapshot.version !== spec.version) return undefined;
      return { state: decodeState<S>(snapshot.state), revision: snapshot.revision };
    } catch (error) {
      this.onError(error, streamId);
      return undefined;
    }
  }

  /** After a load to `revision` that folded `folded` events in `ms`, from a snapshot at `snapshotRevision` (-1: none). */
  isDue(revision: number, snapshotRevision: number, folded: number, ms: number): boolean {
    const { every, foldBudgetMs } = this.policy;
    if (every <= 0 || revision <= snapshotRevision) return false;
    return revision - snapshotRevision >= every || (ms >= foldBudgetMs && folded >= Math.min(BUDGET_MIN_EVENTS, every));
  }

  schedule(streamId: string, spec: SnapshotSpec, state: unknown, revision: number): void {
    if (spec.worthKeeping && !spec.worthKeeping(state as never)) return;
    const key = `${streamId}\u0000${spec.fold}`;
    const queued = this.pending.get(key);
    if (!queued || queued.revision < revision) this.pending.set(key, { streamId, spec, state, revision });
    this.draining ??= this.drain();
  }

  /** Resolves once every queued snapshot is written (shutdown, tests, the bench). */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.size > 0) {
        // a later turn: the command that made the snapshot due has answered by then
        await nextTurn();
        const [key, next] = this.pending.entries().next().value as [string, Pending];
        this.pending.delete(key);
        try {
          await this.store.write({ streamId: next.streamId, fold: next.spec.fold, version: next.spec.version, revision: next.revision, state: encodeState(next.state) });
        } catch (error) {
          this.onError(error, next.streamId);
        }
      }
    } finally {
      this.draining = null;
    }
  }
}
