import type { EventStore } from '@app/event-store';
import { LIVE_PREFIX, type ReadModelDb } from './database';
import { type CatchUpProgress, percentOf } from './live-projector';
import { outdatedTables } from './migrations';
import { type Projection, readCheckpoints } from './projection';
import { ALL_PROJECTIONS } from './projections/index';

/** Where the live read models stand against the store: what a start has to catch up with. */
export interface StartingPoint {
  /** the lowest checkpoint of the projections */
  readonly position: number;
  readonly head: number;
  /** a live table has an older shape: a rebuild must replace them */
  readonly outdated: boolean;
}

export async function startingPoint(store: EventStore, rm: ReadModelDb, projections: readonly Projection[] = ALL_PROJECTIONS): Promise<StartingPoint> {
  const position = Math.min(...(await readCheckpoints(rm.db, projections)).values());
  return { position, head: await store.headPosition(), outdated: (await outdatedTables(rm, LIVE_PREFIX)).length > 0 };
}

/** The progress right after a start, before a page is projected. */
export function progressAtStart(point: StartingPoint): CatchUpProgress | undefined {
  if (point.outdated) return { phase: 'rebuilding', position: 0, target: point.head, percent: 0, eventsPerSecond: null };
  if (point.head <= point.position) return undefined;
  return { phase: 'catching-up', position: point.position, target: point.head, percent: percentOf(point.position, point.head), eventsPerSecond: null };
}
