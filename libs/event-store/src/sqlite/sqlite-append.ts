import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import type { AppendResult, ExpectedRevision, NewEvent, StreamWrite } from '../event-store.port';
import type { EventRow, Statements } from './sqlite-statements';
import { revisionMatches } from '../expected-revision';

/**
 * Writes one stream's events. Must run inside a BEGIN IMMEDIATE transaction: holding the write lock
 * from the first read makes "check revision, then insert" atomic across connections and processes.
 *
 * Hot path: one index lookup for the stream head, then the inserts. The idempotency analysis (looking
 * up every event id) only runs on the cold paths where a duplicate is possible: a revision mismatch
 * (typical retry with the old expected revision) or an event_id unique violation (retry with 'any').
 */
export function appendInTransaction(stmts: Statements, write: StreamWrite, storedAt: string): AppendResult {
  const { streamId, events, expectedRevision } = write;
  const head = stmts.streamHead.get(streamId);
  const current = head ? head.revision : -1;

  if (!revisionMatches(expectedRevision, current)) {
    const duplicate = findDuplicate(stmts, streamId, events);
    if (duplicate) return duplicate;
    throw new WrongExpectedRevisionError(streamId, String(expectedRevision), current);
  }
  if (events.length === 0) {
    return { nextExpectedRevision: current, position: head ? head.position : 0, duplicate: false };
  }

  let position = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    try {
      const info = stmts.insert.run(
        event.id, streamId, current + 1 + i, event.type,
        JSON.stringify(event.data), JSON.stringify(event.metadata), storedAt,
      );
      position = Number(info.lastInsertRowid);
    } catch (error) {
      if (isUniqueViolation(error, 'events.event_id')) {
        // A failed INSERT only aborts its own statement, so when the very first one fails nothing of
        // this write is stored yet and a whole-batch duplicate can still be answered as such.
        const duplicate = i === 0 ? findDuplicate(stmts, streamId, events) : undefined;
        if (duplicate) return duplicate;
        throw duplicateIdError(stmts, event.id, streamId);
      }
      if (isUniqueViolation(error, 'events.stream_id')) {
        // Unreachable while every writer uses this adapter (the lock is held since the head read),
        // but a foreign writer must still surface as a concurrency conflict, not a crash.
        throw new WrongExpectedRevisionError(streamId, String(expectedRevision), current);
      }
      throw error;
    }
  }
  return { nextExpectedRevision: current + events.length, position, duplicate: false };
}

/**
 * `undefined` when none of the ids is stored; the earlier result when all of them are stored in
 * this stream as one consecutive run in the same order; otherwise a DuplicateEventIdError.
 */
function findDuplicate(stmts: Statements, streamId: string, events: readonly NewEvent[]): AppendResult | undefined {
  const rows = events.map((event) => stmts.byId.get(event.id));
  const firstStored = rows.findIndex((row) => row !== undefined);
  if (firstStored === -1) return undefined;

  const foreign = rows.find((row) => row !== undefined && row.stream_id !== streamId);
  if (foreign) throw new DuplicateEventIdError(foreign.event_id, foreign.stream_id);
  if (rows.some((row) => row === undefined)) throw new DuplicateEventIdError(events[firstStored].id, streamId);

  const stored = rows as EventRow[];
  const consecutive = stored.every((row, i) => row.revision === stored[0].revision + i);
  if (!consecutive) throw new DuplicateEventIdError(events[0].id, streamId);

  const last = stored[stored.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, duplicate: true };
}

function duplicateIdError(stmts: Statements, eventId: string, streamId: string): DuplicateEventIdError {
  // Name the stream that holds the id when it is another one: that is what the caller needs to see.
  return new DuplicateEventIdError(eventId, stmts.byId.get(eventId)?.stream_id ?? streamId);
}

function isUniqueViolation(error: unknown, column: string): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof e.message === 'string' && e.message.includes(column);
}
