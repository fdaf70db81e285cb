import type { EventStore, StoredEvent } from '../event-store.port';
import type { ImportTarget } from './import-session';

export interface CopyProgress {
  readonly phase: 'copying' | 'verifying';
  /** events copied (or compared) so far */
  readonly events: number;
  /** position reached in the source */
  readonly position: number;
  /** the source's head position when the copy started */
  readonly head: number;
}

export interface CopyOptions {
  /** events per source page and per import write; default 5000 */
  readonly batchSize?: number;
  readonly onProgress?: (progress: CopyProgress) => void;
}

/** One event that is not the same on both sides, by position (`undefined`: missing on that side). */
export interface CopyDifference {
  readonly position: number;
  /** the fields that differ, or `missing in target` / `missing in source` */
  readonly fields: readonly string[];
}

export interface CopyReport {
  readonly copied: number;
  readonly compared: number;
  readonly streams: number;
  readonly firstPosition: number;
  readonly lastPosition: number;
  readonly sourceHead: number;
  readonly targetHead: number;
  /** the first 20 differences */
  readonly differences: readonly CopyDifference[];
  readonly differenceCount: number;
  readonly elapsedMs: number;
}

const FIELDS = ['id', 'streamId', 'revision', 'type', 'data', 'metadata', 'storedAt'] as const;

/**
 * Copies every event of `source` into the empty `target` in one import transaction (all or nothing),
 * keeping positions, stream ids, revisions, event ids, types, data, metadata and stored-at, then reads
 * both back and compares them event by event. The source must not be written meanwhile: events appended
 * during the copy show up as differences (missing in target).
 */
export async function copyEventStore(source: EventStore, target: EventStore & ImportTarget, options: CopyOptions = {}): Promise<CopyReport> {
  const started = Date.now();
  const batchSize = Math.max(1, options.batchSize ?? 5000);
  const head = await source.headPosition();
  const session = await target.beginImport();
  let copied = 0;
  let after = 0;
  try {
    for (;;) {
      const page = await source.readAll({ after, maxCount: batchSize });
      if (page.length === 0) break;
      await session.write(page);
      copied += page.length;
      after = page[page.length - 1].position;
      options.onProgress?.({ phase: 'copying', events: copied, position: after, head });
    }
    await session.commit();
  } catch (error) {
    await session.abort().catch(() => undefined);
    throw error;
  }
  const verified = await compareStores(source, target, batchSize, (events, position) => options.onProgress?.({ phase: 'verifying', events, position, head }));
  return { copied, ...verified, sourceHead: await source.headPosition(), targetHead: await target.headPosition(), elapsedMs: Date.now() - started };
}

/** Reads both stores page by page in position order and compares every event, field by field. */
export async function compareStores(
  source: EventStore, target: EventStore, batchSize: number, onPage?: (compared: number, position: number) => void,
): Promise<Pick<CopyReport, 'compared' | 'streams' | 'firstPosition' | 'lastPosition' | 'differences' | 'differenceCount'>> {
  const streams = new Set<string>();
  const differences: CopyDifference[] = [];
  let differenceCount = 0;
  let compared = 0;
  let firstPosition = 0;
  let lastPosition = 0;
  const note = (difference: CopyDifference) => {
    differenceCount++;
    if (differences.length < 20) differences.push(difference);
  };
  let [left, right]: StoredEvent[][] = [[], []];
  let [afterLeft, afterRight] = [0, 0];
  for (;;) {
    if (left.length === 0) left = [...await source.readAll({ after: afterLeft, maxCount: batchSize })];
    if (right.length === 0) right = [...await target.readAll({ after: afterRight, maxCount: batchSize })];
    if (left.length === 0 && right.length === 0) break;
    const a = left[0];
    const b = right[0];
    if (a && (!b || a.position < b.position)) {
      note({ position: a.position, fields: ['missing in target'] });
      afterLeft = left.shift()!.position;
      continue;
    }
    if (b && (!a || b.position < a.position)) {
      note({ position: b.position, fields: ['missing in source'] });
      afterRight = right.shift()!.position;
      continue;
    }
    const fields = FIELDS.filter((field) => canonical(a[field]) !== canonical(b[field]));
    if (fields.length > 0) note({ position: a.position, fields });
    streams.add(a.streamId);
    compared++;
    if (firstPosition === 0) firstPosition = a.position;
    lastPosition = a.position;
    afterLeft = left.shift()!.position;
    afterRight = right.shift()!.position;
    if (left.length === 0) onPage?.(compared, lastPosition);
  }
  return { compared, streams: streams.size, firstPosition, lastPosition, differences, differenceCount };
}

/** JSON text as both adapters write it (JSON.stringify of the parsed value: key order counts). */
const canonical = (value: unknown) => JSON.stringify(value);
