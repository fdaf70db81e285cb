import { KurrentDBClient, NO_STREAM, WrongExpectedVersionError, jsonEvent, type AppendStreamRequest } from '@kurrent/kurrentdb-client';
import { DuplicateEventIdError, EventStoreError, WrongExpectedRevisionError } from '../errors';
import type { AppendResult, NewEvent, StreamWrite } from '../event-store.port';
import {
  EVENT_ID_INDEX_TYPE, encodeLocation, encodeMetadata, eventIdStream, revisionMatches, streamStateFor,
} from './kurrentdb-mapping';
import { eventAt, lastEventOf, locateEventId } from './kurrentdb-reads';

/** Writes lost to a concurrent writer are retried this many times when the caller's expectation allows it. */
const MAX_ATTEMPTS = 5;

/**
 * All writes in one atomic multi-stream append (KurrentDB 25.1+), each event joined by an entry in its
 * own event-id index stream written with NO_STREAM: the server then refuses an id stored anywhere,
 * atomically with the revision checks, which gives the port's cross-stream id uniqueness and findEvent.
 *
 * Each stream's head is read first and sent as the exact expected revision ('any' and 'stream_exists'
 * included), so the index can name every event's revision. A failed append is analysed like the SQLite
 * adapter does: a retried batch already stored as one consecutive run of its stream is a duplicate;
 * a partial or foreign id is DuplicateEventIdError; otherwise WrongExpectedRevisionError with the head.
 */
export async function appendWrites(client: KurrentDBClient, writes: readonly StreamWrite[]): Promise<AppendResult[]> {
  for (let attempt = 0; ; attempt++) {
    const heads = await Promise.all(writes.map((w) => lastEventOf(client, w.streamId)));
    const results: (AppendResult | undefined)[] = [];
    const pending: number[] = [];
    for (const [i, write] of writes.entries()) {
      const head = heads[i]?.revision ?? -1;
      const matches = revisionMatches(write.expectedRevision, head);
      // the id analysis is the cold path: a stale expectation (typical retry) or a failed attempt
      if (!matches || attempt > 0) {
        const duplicate = await findDuplicate(client, write.streamId, write.events);
        if (duplicate) { results[i] = duplicate; continue; }
        if (!matches) throw new WrongExpectedRevisionError(write.streamId, String(write.expectedRevision), head);
      }
      if (write.events.length === 0) {
        results[i] = { nextExpectedRevision: head, position: heads[i]?.position ?? 0, duplicate: false };
        continue;
      }
      pending.push(i);
    }
    if (pending.length === 0) return results as AppendResult[];

    try {
      // index entries first, data last: the newest records of the log are application events (cheap head reads)
      const requests = pending.map((i) => requestsFor(writes[i], heads[i]?.revision ?? -1));
      await client.multiStreamAppend([...requests.flatMap((r) => r.index), ...requests.map((r) => r.data)]);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt + 1 >= MAX_ATTEMPTS) {
        const write = writes.find((w) => w.streamId === error.streamName) ?? writes[pending[0]];
        const actual = (await lastEventOf(client, write.streamId))?.revision ?? -1;
        throw new WrongExpectedRevisionError(write.streamId, String(write.expectedRevision), actual);
      }
      continue; // re-read the heads and analyse: a concurrent writer, a duplicate, or a foreign id
    }
    for (const i of pending) results[i] = await writtenResult(client, writes[i], heads[i]?.revision ?? -1);
    return results as AppendResult[];
  }
}

function requestsFor(write: StreamWrite, head: number): { data: AppendStreamRequest; index: AppendStreamRequest[] } {
  const data: AppendStreamRequest = {
    streamName: write.streamId,
    expectedState: streamStateFor(head),
    events: write.events.map((event) => jsonEvent({
      id: event.id, type: event.type, data: event.data as never, metadata: encodeMetadata(event.metadata),
    })),
  };
  const index = write.events.map((event, offset): AppendStreamRequest => ({
    streamName: eventIdStream(event.id),
    expectedState: NO_STREAM,
    events: [jsonEvent({ type: EVENT_ID_INDEX_TYPE, data: encodeLocation({ streamId: write.streamId, revision: head + 1 + offset }) })],
  }));
  return { data, index };
}

/** The position of a write is its last event's, read back: the multi-append answers one position for all. */
async function writtenResult(client: KurrentDBClient, write: StreamWrite, head: number): Promise<AppendResult> {
  const last = head + write.events.length;
  const stored = await eventAt(client, write.streamId, last);
  if (!stored || stored.id !== write.events[write.events.length - 1].id) {
    throw new EventStoreError('APPEND_NOT_FOUND', `stream ${write.streamId}: revision ${last} is not the event just written`);
  }
  return { nextExpectedRevision: last, position: stored.position, duplicate: false };
}

/**
 * `undefined` when none of the ids is stored; the earlier result when all of them are stored in this
 * stream as one consecutive run in the same order; otherwise a DuplicateEventIdError.
 */
async function findDuplicate(client: KurrentDBClient, streamId: string, events: readonly NewEvent[]): Promise<AppendResult | undefined> {
  const locations = await Promise.all(events.map((event) => locateEventId(client, event.id)));
  const firstStored = locations.findIndex((l) => l !== undefined);
  if (firstStored === -1) return undefined;

  const foreign = locations.findIndex((l) => l !== undefined && l.streamId !== streamId);
  if (foreign !== -1) throw new DuplicateEventIdError(events[foreign].id, locations[foreign]!.streamId);
  if (locations.some((l) => l === undefined)) throw new DuplicateEventIdError(events[firstStored].id, streamId);

  const revisions = locations.map((l) => l!.revision);
  if (!revisions.every((r, i) => r === revisions[0] + i)) throw new DuplicateEventIdError(events[0].id, streamId);

  const last = await eventAt(client, streamId, revisions[revisions.length - 1]);
  if (!last) throw new EventStoreError('CORRUPT_EVENT_ID_INDEX', `event ${events[events.length - 1].id} is indexed but not in ${streamId}`);
  return { nextExpectedRevision: last.revision, position: last.position, duplicate: true };
}
