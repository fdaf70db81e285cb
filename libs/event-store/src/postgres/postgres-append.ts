import type { ClientBase, QueryResult } from 'pg';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import type { AppendResult, IdempotencyKeyRef, NewEvent, StreamWrite } from '../event-store.port';
import { recordKeyStatement } from './postgres-idempotency-keys';
import { revisionMatches } from '../expected-revision';
import { hotPathStatement } from './postgres-hot-path';
import { beginAppend, COLUMNS, type EventRow, headsStatement, INSERT_CHUNK, insertStatement, type PlannedRow } from './postgres-rows';
import type { SchemaNames } from './postgres-schema';

interface StreamHead { revision: number; position: number }
interface Plan { readonly results: AppendResult[]; readonly rows: PlannedRow[] }

/** Called after the rows are inserted and before COMMIT, still holding the allocator lock (tests hold it open). */
export type BeforeCommit = (transaction: { readonly first: number; readonly last: number; readonly client: ClientBase }) => Promise<void> | void;

/**
 * Appends `writes` in one transaction on `client`; returns one result per write and the new head
 * position when something was written.
 *
 * Every append first takes the allocator lock (`SELECT … FROM head FOR UPDATE`, held until COMMIT): each
 * waits for the one before it to commit, so positions are handed out, and become visible, in commit order
 * without gaps, and a reader can never see position n+1 before n (ADR 0011). The heads of the streams are
 * read after the lock (READ COMMITTED: a fresh snapshot per statement).
 *
 * Hot path (postgres-hot-path.ts): the whole append as one statement, one round trip. Careful path, when
 * it wrote nothing (an expectation did not hold) or hit a unique violation (an id already stored, or a
 * concurrent append to the same stream): a transaction that locks first, looks every id up and decides write
 * by write, as the SQLite adapter does, whether it is a duplicate or a conflict.
 */
export async function appendInTransaction(
  client: ClientBase, names: SchemaNames, writes: readonly StreamWrite[], beforeCommit?: BeforeCommit, key?: IdempotencyKeyRef,
): Promise<{ results: AppendResult[]; head: number | undefined }> {
  for (const write of writes) revisionMatches(write.expectedRevision, -1); // RangeError on a malformed expectation, before any I/O
  const storedAt = new Date().toISOString();
  const statement = hotPathStatement(names, writes, storedAt, key);
  const hot = statement && await appendOnHotPath(client, statement, writes, beforeCommit);
  return hot ?? appendCarefully(client, names, writes, storedAt, beforeCommit, key);
}

/** `undefined`: nothing was written, and the careful path must decide. */
async function appendOnHotPath(
  client: ClientBase, statement: { text: string; values: unknown[] }, writes: readonly StreamWrite[], beforeCommit: BeforeCommit | undefined,
): Promise<{ results: AppendResult[]; head: number } | undefined> {
  // alone it is its own transaction (autocommit); a beforeCommit hook (tests) holds the same statement's transaction open
  if (beforeCommit) await client.query('BEGIN');
  try {
    const { rows } = await client.query<HeadRow>(statement.text, statement.values);
    if (rows.length === 0) {
      if (beforeCommit) await client.query('ROLLBACK');
      return undefined;
    }
    const byStream = new Map(rows.map((r) => [r.stream_id, { revision: Number(r.revision), position: Number(r.position) }]));
    const last = Math.max(...[...byStream.values()].map((h) => h.position));
    if (beforeCommit) {
      const total = writes.reduce((n, w) => n + w.events.length, 0);
      await beforeCommit({ first: last - total + 1, last, client });
      await client.query('COMMIT');
    }
    return {
      results: writes.map((w) => ({ nextExpectedRevision: byStream.get(w.streamId)!.revision, position: byStream.get(w.streamId)!.position, duplicate: false })),
      head: last,
    };
  } catch (error) {
    if (beforeCommit) await client.query('ROLLBACK').catch(() => undefined);
    // an id already stored, or a concurrent append to the same stream read stale: the careful path decides
    if (uniqueViolation(error)) return undefined;
    throw error;
  }
}

interface HeadRow { stream_id: string; revision: string; position: string }

/** The cold path: parameterized statements, every id looked up, the SQLite adapter's decisions. */
async function appendCarefully(
  client: ClientBase, names: SchemaNames, writes: readonly StreamWrite[], storedAt: string, beforeCommit?: BeforeCommit, key?: IdempotencyKeyRef,
): Promise<{ results: AppendResult[]; head: number | undefined }> {
  try {
    const [, , locked] = await client.query(beginAppend(names)) as unknown as [unknown, unknown, { rows: { position: string }[] }];
    const start = Number(locked.rows[0].position);
    const heads = await readHeads(client, names, writes);
    const plan = await planCarefully(client, names, writes, heads, start, storedAt);
    if (plan.rows.length === 0) {
      await client.query('ROLLBACK');
      return { results: plan.results, head: undefined };
    }
    const last = plan.rows[plan.rows.length - 1].position;
    await insertRows(client, names, plan.rows, last);
    if (key) await client.query(recordKeyStatement(names, key, storedAt));
    await beforeCommit?.({ first: plan.rows[0].position, last, client });
    await client.query('COMMIT');
    return { results: plan.results, head: last };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    const violated = uniqueViolation(error);
    // the ids were looked up under the lock: a violation now is an id repeated within this very batch
    if (violated === 'event_id') throw new DuplicateEventIdError(duplicateKey(error) ?? writes[0].events[0]?.id ?? '', streamOfId(writes, duplicateKey(error)));
    // Unreachable while every writer takes the allocator lock; a foreign writer must still look like a conflict.
    if (violated === 'stream_revision') throw new WrongExpectedRevisionError(writes[0].streamId, String(writes[0].expectedRevision), -1);
    throw error;
  }
}

async function readHeads(client: ClientBase, names: SchemaNames, writes: readonly StreamWrite[]): Promise<Map<string, StreamHead>> {
  const streams = [...new Set(writes.map((w) => w.streamId))];
  const { rows } = await client.query<{ stream_id: string; revision: string; position: string }>(headsStatement(names, streams));
  return new Map(rows.map((r) => [r.stream_id, { revision: Number(r.revision), position: Number(r.position) }]));
}

/** The SQLite adapter's semantics, write by write: a mismatch or a stored id is a duplicate or an error. */
async function planCarefully(
  client: ClientBase, names: SchemaNames, writes: readonly StreamWrite[], heads: Map<string, StreamHead>, start: number, storedAt: string,
): Promise<Plan> {
  const stored = await storedById(client, names, writes.flatMap((w) => w.events.map((e) => e.id)));
  const current = new Map(heads);
  const rows: PlannedRow[] = [];
  const results: AppendResult[] = [];
  for (const { streamId, events, expectedRevision } of writes) {
    const head = current.get(streamId);
    const matches = revisionMatches(expectedRevision, head?.revision ?? -1);
    const firstStored = events.findIndex((e) => stored.has(e.id));
    if (!matches || firstStored === 0) {
      const duplicate = duplicateOf(streamId, events, stored);
      if (duplicate) { results.push(duplicate); continue; }
      if (!matches) throw new WrongExpectedRevisionError(streamId, String(expectedRevision), head?.revision ?? -1);
    }
    if (firstStored >= 0) {
      const holder = stored.get(events[firstStored].id);
      throw new DuplicateEventIdError(events[firstStored].id, holder?.stream_id ?? streamId);
    }
    results.push(planWrite(streamId, events, head, start + rows.length, storedAt, rows, current));
  }
  return { results, rows };
}

function planWrite(
  streamId: string, events: readonly NewEvent[], head: StreamHead | undefined, after: number, storedAt: string,
  rows: PlannedRow[], current: Map<string, StreamHead>,
): AppendResult {
  const revision = head?.revision ?? -1;
  if (events.length === 0) return { nextExpectedRevision: revision, position: head?.position ?? 0, duplicate: false };
  events.forEach((event, i) => rows.push({ position: after + 1 + i, streamId, revision: revision + 1 + i, event, storedAt }));
  const last = { revision: revision + events.length, position: after + events.length };
  current.set(streamId, last);
  return { nextExpectedRevision: last.revision, position: last.position, duplicate: false };
}

/**
 * `undefined` when none of the ids is stored; the earlier result when all of them are stored in this
 * stream as one consecutive run in the same order; otherwise a DuplicateEventIdError (as SQLite decides).
 */
function duplicateOf(streamId: string, events: readonly NewEvent[], stored: Map<string, EventRow>): AppendResult | undefined {
  const rows = events.map((event) => stored.get(event.id));
  const firstStored = rows.findIndex((row) => row !== undefined);
  if (firstStored === -1) return undefined;
  const foreign = rows.find((row) => row !== undefined && row.stream_id !== streamId);
  if (foreign) throw new DuplicateEventIdError(foreign.event_id, foreign.stream_id);
  if (rows.some((row) => row === undefined)) throw new DuplicateEventIdError(events[firstStored].id, streamId);
  const revisions = (rows as EventRow[]).map((row) => Number(row.revision));
  if (!revisions.every((r, i) => r === revisions[0] + i)) throw new DuplicateEventIdError(events[0].id, streamId);
  const last = rows[rows.length - 1] as EventRow;
  return { nextExpectedRevision: Number(last.revision), position: Number(last.position), duplicate: true };
}

async function storedById(client: ClientBase, names: SchemaNames, ids: readonly string[]): Promise<Map<string, EventRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await client.query<EventRow>(`SELECT ${COLUMNS} FROM ${names.events} WHERE event_id = ANY($1)`, [ids]);
  return new Map(rows.map((row) => [row.event_id, row]));
}

/** INSERT in chunks; the last chunk also moves the head and queues the NOTIFY (delivered at COMMIT). */
async function insertRows(client: ClientBase, names: SchemaNames, rows: readonly PlannedRow[], last: number): Promise<void> {
  for (let offset = 0; offset < rows.length; offset += INSERT_CHUNK) {
    const chunk = rows.slice(offset, offset + INSERT_CHUNK);
    const insert = insertStatement(names, chunk);
    if (offset + INSERT_CHUNK < rows.length) {
      await client.query(insert);
      continue;
    }
    const n = insert.values.length;
    await client.query({
      text: `WITH inserted AS (${insert.text} RETURNING 1), moved AS (UPDATE ${names.head} SET position = $${n + 1})
             SELECT pg_notify($${n + 2}, $${n + 3})`,
      values: [...insert.values, last, names.channel, String(last)],
    });
  }
}

function uniqueViolation(error: unknown): 'event_id' | 'stream_revision' | undefined {
  const e = error as { code?: unknown; constraint?: unknown };
  if (e?.code !== '23505') return undefined;
  return e.constraint === 'events_event_id_key' ? 'event_id' : e.constraint === 'events_stream_revision_key' ? 'stream_revision' : undefined;
}

/** The id in `Key (event_id)=(…) already exists.` */
function duplicateKey(error: unknown): string | undefined {
  const detail = (error as { detail?: unknown }).detail;
  return typeof detail === 'string' ? /^Key \(event_id\)=\((.*)\) already exists\.$/.exec(detail)?.[1] : undefined;
}

function streamOfId(writes: readonly StreamWrite[], id: string | undefined): string {
  return writes.find((w) => w.events.some((e) => e.id === id))?.streamId ?? writes[0].streamId;
}
