import type { IdempotencyKeyRef, StreamWrite } from '../event-store.port';
import { recordKeyCte } from './postgres-idempotency-keys';
import type { SchemaNames } from './postgres-schema';

/** Up to this many events an append is one statement (4 parameters each, below PostgreSQL's 65,535). */
export const STATEMENT_MAX_EVENTS = 15_000;

/**
 * The common append as ONE statement, run on its own (autocommit: one round trip, as a raw INSERT), or
 * inside BEGIN … COMMIT when a test holds the transaction open:
 *
 * - `set_config('synchronous_commit', 'on', true)`: COMMIT waits for the WAL flush (and synchronous standbys)
 *   whatever the server, role or connection string say; local to this transaction.
 * - `UPDATE head … RETURNING`: the allocator. It waits for the append before it to commit and then reads the
 *   head that one left, so positions are handed out in commit order without gaps (ADR 0011); the row lock is
 *   held until this statement's transaction commits.
 * - The expectations are checked, and new revisions computed, from the stream heads of the statement's
 *   snapshot, which was taken before any wait on the allocator: when a concurrent append to the same stream
 *   committed meanwhile, the INSERT hits `UNIQUE(stream_id, revision)` and the caller takes the careful path,
 *   which locks first and reads afresh. When an expectation does not hold, nothing is written (the UPDATE
 *   matches no row, so the head does not move) and the caller takes the careful path too, to tell a duplicate
 *   from a conflict.
 *
 * - `keyed` (when the request came with an Idempotency-Key): the key recorded in the same transaction, only if the
 *   events are written (ADR 0017).
 *
 * `undefined` for the appends it does not handle: several writes to one stream, a write with no event,
 * more than STATEMENT_MAX_EVENTS events.
 */
export function hotPathStatement(names: SchemaNames, writes: readonly StreamWrite[], storedAt: string, key?: IdempotencyKeyRef): { text: string; values: unknown[] } | undefined {
  const streams = writes.map((w) => w.streamId);
  const total = writes.reduce((n, w) => n + w.events.length, 0);
  if (new Set(streams).size !== streams.length || writes.some((w) => w.events.length === 0) || total > STATEMENT_MAX_EVENTS) return undefined;
  const values: unknown[] = [];
  const param = (value: unknown) => { values.push(value); return `$${values.length}`; };
  const heads = writes.map((w, n) => `(${n}, ${param(w.streamId)}::text)`);
  const conditions = writes.flatMap(({ expectedRevision }, n) => {
    const head = `(SELECT revision FROM h WHERE n = ${n})`;
    if (expectedRevision === 'any') return [];
    if (expectedRevision === 'no_stream' || expectedRevision === -1) return [`${head} IS NULL`];
    if (expectedRevision === 'stream_exists') return [`${head} IS NOT NULL`];
    return [`${head} = ${integer(expectedRevision)}`];
  });
  const rows: string[] = [];
  writes.forEach(({ events }, n) => events.forEach((event, k) => rows.push(
    `(${rows.length + 1}, ${param(event.id)}::text, ${n}, ${k + 1}, ${param(event.type)}::text, ${param(JSON.stringify(event.data))}::text, ${param(JSON.stringify(event.metadata))}::text)`,
  )));
  const text = `WITH
  durable AS (SELECT set_config('synchronous_commit', 'on', true) AS setting),
  h AS (SELECT s.n, s.stream_id, (SELECT max(revision) FROM ${names.events} e WHERE e.stream_id = s.stream_id) AS revision
        FROM (VALUES ${heads.join(', ')}) AS s (n, stream_id)),
  ok AS (SELECT coalesce(${conditions.length === 0 ? 'true' : conditions.join(' AND ')}, false) AS ok),
  moved AS (
    UPDATE ${names.head} SET position = position + ${total}
    WHERE (SELECT ok FROM ok) AND (SELECT setting FROM durable) = 'on'
    RETURNING position - ${total} AS start),
  ins AS (
    INSERT INTO ${names.events} (position, event_id, stream_id, revision, type, data, metadata, stored_at)
    SELECT m.start + v.i, v.id, h.stream_id, coalesce(h.revision, -1) + v.k, v.type, v.data::json, v.metadata::json, ${param(storedAt)}::timestamptz
    FROM (VALUES ${rows.join(', ')}) AS v (i, id, n, k, type, data, metadata)
    JOIN h ON h.n = v.n CROSS JOIN moved m
    RETURNING stream_id, revision, position)${key ? `,
  ${recordKeyCte(names, key, param, storedAt)}` : ''}
SELECT stream_id, max(revision) AS revision, max(position) AS position, pg_notify(${param(names.channel)}, max(position)::text) AS notified
FROM ins GROUP BY stream_id`;
  return { text, values };
}

function integer(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`invalid expected revision: ${String(value)}`);
  return value;
}
