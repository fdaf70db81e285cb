import {
  BACKWARDS, END, FORWARDS, KurrentDBClient, StreamNotFoundError, eventTypeFilter, type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { StoredEvent } from '../event-store.port';
import {
  ALL_EVENTS_TYPE_REGEX, EVENT_ID_INDEX_TYPE, EventLocation, decodeLocation, eventIdStream, readPositionAfter, toStoredEvent,
  type RecordedLike,
} from './kurrentdb-mapping';

/** The server-side $all filter shared by reads and the subscription (system events and index entries out). */
export const allEventsFilter = () => eventTypeFilter({ regex: ALL_EVENTS_TYPE_REGEX });

/** Reads of one stream; a missing stream is empty rather than an error, as the port wants. */
export async function readStreamEvents(client: KurrentDBClient, streamId: string, fromRevision: number, maxCount?: number): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  try {
    const reading = client.readStream(streamId, { direction: FORWARDS, fromRevision: BigInt(fromRevision), ...(maxCount === undefined ? {} : { maxCount }) });
    for await (const resolved of reading) {
      const stored = storedFrom(resolved);
      if (stored) events.push(stored);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
}

/** The last event of a stream, or undefined when the stream does not exist. */
export async function lastEventOf(client: KurrentDBClient, streamId: string): Promise<StoredEvent | undefined> {
  try {
    for await (const resolved of client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
      return storedFrom(resolved);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return undefined;
    throw error;
  }
  return undefined;
}

export async function eventAt(client: KurrentDBClient, streamId: string, revision: number): Promise<StoredEvent | undefined> {
  const [event] = await readStreamEvents(client, streamId, revision, 1);
  return event?.revision === revision ? event : undefined;
}

/** Where an event id is stored, from its index stream; undefined when the id is unknown. */
export async function locateEventId(client: KurrentDBClient, eventId: string): Promise<EventLocation | undefined> {
  try {
    for await (const resolved of client.readStream(eventIdStream(eventId), { direction: FORWARDS, fromRevision: 0n, maxCount: 1 })) {
      if (resolved.event) return decodeLocation(resolved.event.data);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return undefined;
    throw error;
  }
  return undefined;
}

/** Application events after port position `after`, in $all order, at most `maxCount`. */
export async function readAllAfter(client: KurrentDBClient, after: number, maxCount: number): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  if (maxCount <= 0) return events;
  // +1: the read starts at the last delivered event itself (inclusive), which is then dropped
  const reading = client.readAll({ direction: FORWARDS, fromPosition: readPositionAfter(after), maxCount: maxCount + 1, filter: allEventsFilter() });
  for await (const resolved of reading) {
    const stored = storedFrom(resolved);
    if (!stored || stored.position <= after) continue;
    events.push(stored);
    if (events.length >= maxCount) break;
  }
  return events;
}

/** Port position of the newest application event, 0 for an empty store. */
export async function headPositionOf(client: KurrentDBClient): Promise<number> {
  for await (const resolved of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, filter: allEventsFilter() })) {
    const stored = storedFrom(resolved);
    if (stored) return stored.position;
  }
  return 0;
}

/** Application events only: system events and index entries that slip past a filter are dropped here too. */
export function storedFrom(resolved: ResolvedEvent): StoredEvent | undefined {
  const recorded = resolved.event as RecordedLike | undefined;
  if (!recorded || recorded.type.startsWith('$') || recorded.streamId.startsWith('$')) return undefined;
  if (recorded.type === EVENT_ID_INDEX_TYPE) return undefined;
  return toStoredEvent(recorded);
}
