/**
 * How far the read models are from the store right after a start: the live tables are either caught up
 * with the head this instance saw when it started, or catching up, which queries answer as 503
 * READ_MODEL_BEHIND with this progress rather than with figures that are missing most of the year.
 */
export interface CatchUpProgress {
  /** `rebuilding`: new tables are built aside (cold start far behind, or an upgrade changed a table's shape); `catching-up`: page by page */
  readonly phase: 'rebuilding' | 'catching-up';
  /** the position reached (while rebuilding: the aside tables') */
  readonly position: number;
  /** the head of the store when this instance started: caught up once the live read models include it */
  readonly target: number;
  /** position ÷ target, 0–100 with one decimal; below 100 until caught up */
  readonly percent: number;
  /** recent speed, when known */
  readonly eventsPerSecond: number | null;
}

export type ProjectorRole = 'active' | 'standby';

/**
 * The read models' progress as the API, health and alert evaluation see it, wherever the projector runs: in
 * this thread (`Projector`, tests and tools) or in a worker thread of its own (`ProjectorThread`, the app).
 */
export abstract class LiveProjector {
  /** Global position every projection has committed. */
  abstract get position(): number;
  /** Whether this process writes the read models ('active') or follows another's checkpoint ('standby'). */
  abstract get role(): ProjectorRole;
  /** The last batch failure, cleared by the next successful batch (for health pages). */
  abstract get lastError(): unknown;
  /** Set from a start until the live read models include the head seen at that start (and have today's shape). */
  abstract get catchingUp(): CatchUpProgress | undefined;
  /** Read-your-writes: true once the live read models include `position` (and are not being replaced by a rebuild), false after `timeoutMs`. */
  abstract waitFor(position: number, timeoutMs: number): Promise<boolean>;
  /** Something was appended up to `head` (a hint: it only hurries the projector). */
  abstract ring(head: number): void;
  /** Starts following the store; resolves without waiting for the read models to catch up. */
  abstract start(): Promise<void>;

  /** Finishes the batch in flight, then stops; pending and later waitFor() calls answer false (until start()). */
  abstract stop(): Promise<void>;
}

/** position ÷ target as a percentage with one decimal, never 100 before the target is reached. */
export function percentOf(position: number, target: number): number {
  if (target <= 0 || position >= target) return 100;
  return Math.min(99.9, Math.floor((position / target) * 1000) / 10);
}
