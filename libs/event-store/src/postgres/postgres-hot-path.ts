import { escapeLiteral } from 'pg';
import type { StreamWrite } from '../event-store.port';
import { beginAppend } from './postgres-rows';
import type { SchemaNames } from './postgres-schema';

/**
 * The common append, as one statement read after the allocator lock (so it sees every earlier commit): it
 * checks every expectation, inserts, moves the head and queues the NOTIFY. When an expectation does not
 * hold it writes nothing, and the caller takes the careful path (postgres-append.ts), which tells a
 * duplicate from a conflict.
 *
 * Small appends (a command's one or few events) go as ONE round trip: a multi-statement script (simple
 * query protocol) BEGIN; lock; the statement; COMMIT, as a raw autocommit INSERT also costs one. A script
 * takes no parameters, so values are inlined as literals: every string through node-postgres'
 * escapeLiteral (quotes and backslashes, E'' form), every number an integer computed here or an expected
 * revision checked to be one. Larger appends pass their values as parameters instead (BEGIN and lock, the
 * statement, COMMIT: three round trips), since PostgreSQL parses long literals more slowly than it binds
 * parameters.
 *
 * `undefined` for the writes it does not handle: several writes to one stream, or a write with no event.
 */
export interface HotPath {
  /** for small appends: BEGIN … the statement (COMMIT to be added by the caller); `statement` is its 4th result */
  readonly script?: string;
  /** for larger appends: the statement alone, with its parameters (run after beginAppend) */
  readonly statement?: { readonly text: string; readonly values: unknown[] };
}

/** Up to this many events, an append goes as one literal script. */
export const SCRIPT_MAX_EVENTS = 20;

export function hotPath(names: SchemaNames, writes: readonly StreamWrite[], storedAt: string): HotPath | undefined {
  const streams = writes.map((w) => w.streamId);
  if (new Set(streams).size !== streams.length || writes.some((w) => w.events.length === 0)) return undefined;
  const total = writes.reduce((n, w) => n + w.events.length, 0);
  if (total <= SCRIPT_MAX_EVENTS) return { script: `${beginAppend(names)}; ${statement(names, writes, storedAt, escapeLiteral)}` };
  const values: unknown[] = [];
  const text = statement(names, writes, storedAt, (value) => { values.push(value); return `$${values.length}`; });
  return { statement: { text, values } };
}

/** The statement, with each string value rendered by `value` (a literal, or a parameter placeholder). */
function statement(names: SchemaNames, writes: readonly StreamWrite[], storedAt: string, value: (text: string) => string): string {
  const conditions = writes.flatMap(({ streamId, expectedRevision }) => {
    const head = `(SELECT revision FROM h WHERE stream_id = ${value(streamId)})`;
    if (expectedRevision === 'any') return [];
    if (expectedRevision === 'no_stream' || expectedRevision === -1) return [`${head} IS NULL`];
    if (expectedRevision === 'stream_exists') return [`${head} IS NOT NULL`];
    return [`${head} = ${integer(expectedRevision)}`];
  });
  const rows: string[] = [];
  for (const { streamId, events } of writes) {
    events.forEach((event, k) => rows.push(
      `(${rows.length + 1}, ${value(event.id)}, ${value(streamId)}, ${k + 1}, ${value(event.type)}, ${value(JSON.stringify(event.data))}, ${value(JSON.stringify(event.metadata))})`,
    ));
  }
  return `WITH
  h AS (SELECT s.stream_id, (SELECT max(revision) FROM ${names.events} e WHERE e.stream_id = s.stream_id) AS revision
        FROM (VALUES ${writes.map((w) => `(${value(w.streamId)}::text)`).join(', ')}) AS s (stream_id)),
  ok AS (SELECT coalesce(${conditions.length === 0 ? 'true' : conditions.join(' AND ')}, false) AS ok),
  ins AS (
    INSERT INTO ${names.events} (position, event_id, stream_id, revision, type, data, metadata, stored_at)
    SELECT hd.position + v.i, v.id, v.stream_id, coalesce(h.revision, -1) + v.k, v.type, v.data::json, v.metadata::json, ${value(storedAt)}::timestamptz
    FROM (VALUES ${rows.join(',\n ')}) AS v (i, id, stream_id, k, type, data, metadata)
    JOIN h ON h.stream_id = v.stream_id CROSS JOIN ${names.head} hd CROSS JOIN ok
    WHERE ok.ok
    RETURNING stream_id, revision, position),
  moved AS (UPDATE ${names.head} SET position = position + (SELECT count(*) FROM ins))
SELECT stream_id, max(revision) AS revision, max(position) AS position, pg_notify(${value(names.channel)}, max(position)::text) AS notified
FROM ins GROUP BY stream_id`;
}

function integer(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`invalid expected revision: ${String(value)}`);
  return value;
}
