import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import type { AppendResult, NewEvent, StreamWrite } from '../event-store.port';
import type { Statements } from './sqlite-statements';
import type { IdHolder, TransactionIds } from './sqlite-event-ids';
import { revisionMatches } from '../expected-revision';

/**
 * Writes one stream's events. Must run inside a BEGIN IMMEDIATE transaction: holding the write lock
 * from the first read makes "check revision and ids, then insert" atomic across connections and processes.
 *
 * Hot path: one index lookup for the stream head, an in-memory check of the ids (ADR 0018), then the
 * inserts. Every check runs before the first insert, so a refused write has written nothing.
 */
export function appendInTransaction(stmts: Statements, ids: TransactionIds, write: StreamWrite, storedAt: string): AppendResult {
  const { streamId, events, expectedRevision } = write;
  const head = stmts.streamHead.get(streamId);
  const current = head ? head.revision : -1;

  if (!revisionMatches(expectedRevision, current)) {
    const duplicate = findDuplicate(ids, streamId, events);
    if (duplicate) return duplicate;
    throw new WrongExpectedRevisionError(streamId, String(expectedRevision), current);
  }
  if (events.length === 0) {
    return { nextExpectedRevision: current, position: head ? head.position : 0, duplicate: false };
  }
  if (events.some((event) => ids.find(event.id) !== undefined)) {
    // typically a retry with 'any', or with the revision the stream has now: the same batch again answers as before
    const duplicate = findDuplicate(ids, streamId, events);
    if (duplicate) return duplicate;
  }
  const inBatch = new Set<string>();
  for (const event of events) {
    if (inBatch.has(event.id)) throw new DuplicateEventIdError(event.id, streamId);
    inBatch.add(event.id);
  }

  let position = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const revision = current + 1 + i;
    try {
      const info = stmts.insert.run(
        event.id, streamId, revision, event.type,
        JSON.stringify(event.data), JSON.stringify(event.metadata), storedAt,
      );
      position = Number(info.lastInsertRowid);
    } catch (error) {
      if (isUniqueViolation(error, 'events.stream_id')) {
        // Unreachable while every writer uses this adapter (the lock is held since the head read),
        // but a foreign writer must still surface as a concurrency conflict, not a crash.
        throw new WrongExpectedRevisionError(streamId, String(expectedRevision), current);
      }
      throw error;
    }
    ids.written({ event_id: event.id, stream_id: streamId, revision, position });
  }
  return { nextExpectedRevision: current + events.length, position, duplicate: false };
}

/**
 * `undefined` when none of the ids is stored; the earlier result when all of them are stored in
 * this stream as one consecutive run in the same order; otherwise a DuplicateEventIdError.
 */
function findDuplicate(ids: TransactionIds, streamId: string, events: readonly NewEvent[]): AppendResult | undefined {
  const rows = events.map((event) => ids.find(event.id));
  const firstStored = rows.findIndex((row) => row !== undefined);
  if (firstStored === -1) return undefined;

  const foreign = rows.find((row) => row !== undefined && row.stream_id !== streamId);
  if (foreign) throw new DuplicateEventIdError(foreign.event_id, foreign.stream_id);
  if (rows.some((row) => row === undefined)) throw new DuplicateEventIdError(events[firstStored].id, streamId);

  const stored = rows as IdHolder[];
  const consecutive = stored.every((row, i) => row.revision === stored[0].revision + i);
  if (!consecutive) throw new DuplicateEventIdError(events[0].id, streamId);

  const last = stored[stored.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, duplicate: true };
}

function isUniqueViolation(error: unknown, column: string): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof e.message === 'string' && e.message.includes(column);
}
