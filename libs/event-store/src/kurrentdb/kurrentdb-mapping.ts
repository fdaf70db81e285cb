import { NO_STREAM, START, type AppendStreamState, type Position, type ReadPosition } from '@kurrent/kurrentdb-client';
import { EventStoreError } from '../errors';
import type { EventMetadata, ExpectedRevision, StoredEvent } from '../event-store.port';

/**
 * Pure translations between the port (JS numbers, plain JSON) and the KurrentDB client (bigint revisions
 * and $all positions, string-only metadata on multi-stream appends). No I/O here, so all of it is
 * unit-tested without a server.
 */

/** The property that carries the port's metadata as one JSON string (multi-stream appends take string values only). */
export const METADATA_PROPERTY = 'budget.metadata';

/** Stream holding the single index entry of an event id: KurrentDB has no lookup by event id. */
export const EVENT_ID_INDEX_PREFIX = 'event-id-';
/** Type of an index entry; excluded from $all reads and subscriptions by the server-side filter. */
export const EVENT_ID_INDEX_TYPE = 'EventIdIndexed';

export const eventIdStream = (eventId: string): string => `${EVENT_ID_INDEX_PREFIX}${eventId}`;

/** What an index entry records: where the event with that id lives. */
export interface EventLocation {
  readonly streamId: string;
  readonly revision: number;
}

export { revisionMatches } from '../expected-revision';

/**
 * The stream state sent with the write. The adapter always knows the exact head it checked (it reads
 * it first, so the index entries can name each event's revision); -1 is the client's NO_STREAM.
 */
export function streamStateFor(head: number): AppendStreamState {
  if (!Number.isSafeInteger(head) || head < -1) throw new RangeError(`invalid stream head: ${head}`);
  return head === -1 ? NO_STREAM : BigInt(head);
}

/** A bigint revision from the client as a port revision (a count of events in one stream, far below 2^53). */
export function toRevision(revision: bigint): number {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new EventStoreError('REVISION_OUT_OF_RANGE', `stream revision ${revision} does not fit a JS number`);
  }
  return Number(revision);
}

/**
 * The port's 1-based global position: the event's commit position in the transaction log plus one.
 * KurrentDB's gRPC-era writes commit every event implicitly, so commit = prepare and it is unique and
 * strictly increasing in $all order; a pair with commit ≠ prepare (an explicit TCP transaction written
 * by old tooling) has no safe single-number form and is refused instead of being silently misordered.
 * Byte offsets reach 2^53 only after 8 PiB of log, but it is checked, never assumed.
 */
export function toPortPosition(position: Position): number {
  const { commit, prepare } = position;
  if (commit !== prepare) {
    throw new EventStoreError('UNSUPPORTED_POSITION', `event at commit ${commit} / prepare ${prepare} belongs to an explicit transaction; the adapter needs commit = prepare`);
  }
  if (commit < 0n || commit >= BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new EventStoreError('POSITION_OUT_OF_RANGE', `commit position ${commit} does not fit a JS number`);
  }
  return Number(commit) + 1;
}

/**
 * Where a forward $all read starts to deliver events strictly after port position `after`. KurrentDB
 * starts inclusive at an exact record, so the read begins at the last delivered event itself (commit =
 * prepare = after − 1) and the caller drops events at or below `after`.
 */
export function readPositionAfter(after: number): ReadPosition {
  if (!Number.isSafeInteger(after) || after < 0) throw new RangeError(`invalid position: ${after}`);
  if (after === 0) return START;
  const offset = BigInt(after - 1);
  return { commit: offset, prepare: offset };
}

/** The port's metadata as string-valued properties, the only form a multi-stream append accepts. */
export function encodeMetadata(metadata: EventMetadata): Record<string, string> {
  return { [METADATA_PROPERTY]: JSON.stringify(metadata) };
}

/**
 * Back from what a read returns: the JSON object of properties (or its bytes). Events written by other
 * tools (no METADATA_PROPERTY) keep their JSON object minus the server's `$`-prefixed keys.
 */
export function decodeMetadata(raw: unknown): EventMetadata {
  let value = raw;
  if (value instanceof Uint8Array) {
    if (value.length === 0) return {};
    try {
      value = JSON.parse(Buffer.from(value).toString('utf8'));
    } catch {
      return {};
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const encoded = record[METADATA_PROPERTY];
  if (typeof encoded === 'string') return JSON.parse(encoded) as EventMetadata;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('$')));
}

export function encodeLocation(location: EventLocation): { streamId: string; revision: string } {
  return { streamId: location.streamId, revision: String(location.revision) };
}

export function decodeLocation(data: unknown): EventLocation {
  const d = data as { streamId?: unknown; revision?: unknown } | null;
  const revision = Number(d?.revision);
  if (typeof d?.streamId !== 'string' || !Number.isSafeInteger(revision) || revision < 0) {
    throw new EventStoreError('CORRUPT_EVENT_ID_INDEX', `unreadable event-id index entry: ${JSON.stringify(data)}`);
  }
  return { streamId: d.streamId, revision };
}

/**
 * Server-side filter of $all (event types): drops system events (types starting with `$`, as
 * excludeSystemEvents() does) and this adapter's event-id index entries.
 */
export const ALL_EVENTS_TYPE_REGEX = `^(?!\\$)(?!${EVENT_ID_INDEX_TYPE}$)`;

/** The subset of a client RecordedEvent this adapter reads. */
export interface RecordedLike {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly created: Date;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: Position;
}

export function toStoredEvent(recorded: RecordedLike): StoredEvent {
  if (!recorded.position) {
    throw new EventStoreError('POSITION_MISSING', `the server returned no log position for ${recorded.streamId}@${recorded.revision} (KurrentDB 22.6 or later is required)`);
  }
  return {
    id: recorded.id,
    type: recorded.type,
    data: recorded.data,
    metadata: decodeMetadata(recorded.metadata),
    streamId: recorded.streamId,
    revision: toRevision(recorded.revision),
    position: toPortPosition(recorded.position),
    storedAt: recorded.created.toISOString(),
  };
}
