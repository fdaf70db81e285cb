/**
 * Snapshots of folded aggregate states (ADR 0020): a cache beside the event store, never a source of truth.
 * Deleting every snapshot changes nothing but how long the next load of each stream takes.
 */
export interface Snapshot {
  readonly streamId: string;
  /** which fold produced it (e.g. `line`): one stream may be folded by several reducers */
  readonly fold: string;
  /** the fold's version when it was written: a snapshot of another version is ignored and overwritten */
  readonly version: number;
  /** the stream revision the state was folded to (the last event it includes) */
  readonly revision: number;
  /** the state, encoded by the kernel's state codec (exact decimals) */
  readonly state: string;
}

export interface SnapshotStore {
  read(streamId: string, fold: string): Promise<Snapshot | undefined>;
  /** Keeps the newest: a write never replaces a snapshot of the same version at a later revision. */
  write(snapshot: Snapshot): Promise<void>;
  /** Deletes every snapshot (or those of one fold); answers how many. */
  clear(fold?: string): Promise<number>;
  close(): Promise<void>;
}

export const SNAPSHOT_STORE = Symbol('SNAPSHOT_STORE');
