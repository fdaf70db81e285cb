import 'reflect-metadata';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@app/config';
import { lineStreamId } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { SCHEMA_SQL } from '@app/event-store/sqlite/sqlite-schema';
import { createApp } from '../../src/create-app';
import { applyServerMemoryPolicy } from '../../src/memory-policy';
import { establishedEvent } from './events';

/**
 * One server of section 8, in a process of its own so that the load generator (the parent) does not share its
 * event loop: `ours` is the all-in-one app from dist on the embedded topology; `bare` is a Fastify route doing
 * the same durable insert as a command's append (one row, WAL, synchronous=FULL, one BEGIN IMMEDIATE) and
 * nothing else. The parent asks for `cpu` (this process's CPU time so far) around each measured slice.
 */
export interface ServerReady { readonly port: number; readonly token?: string }
export type ServerRequest = { readonly cpu: true } | { readonly stop: true };

interface Setup { readonly kind: 'ours' | 'bare'; readonly dir: string; readonly port: number; readonly redisUrl: string; readonly lineIds: readonly string[] }

const send = (message: unknown) => process.send?.(message);

async function ours(setup: Setup): Promise<{ ready: ServerReady; close(): Promise<void> }> {
  const password = 'Budget-Bench-2023!';
  const config = loadConfig({
    ...process.env, DATA_DIR: setup.dir, DEMO_DATA: 'false', LOG_LEVEL: 'error', REDIS_URL: setup.redisUrl, REDIS_AUTOSTART: 'false',
    ALERTS_ENABLED: 'false', ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: password, HOST: '127.0.0.1', PORT: String(setup.port),
  });
  applyServerMemoryPolicy(config); // as npm start runs the server
  const app: INestApplication = await createApp(config, false);
  await app.listen(setup.port, '127.0.0.1');
  const store = app.get<EventStore>(EVENT_STORE);
  for (const lineId of setup.lineIds) await store.append(lineStreamId(lineId), establishedEvent(lineId, '900000000000.00'), 'no_stream');
  const login = await fetch(`http://127.0.0.1:${setup.port}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }),
  });
  const { token } = (await login.json()) as { token: string };
  return { ready: { port: setup.port, token }, close: () => app.close() };
}

/** The seven metadata fields the API's envelope writes, so that the row is as large as a command's. */
const metadata = (eventId: string) => JSON.stringify({
  eventId, actor: 'admin', unit: '426001', correlationId: eventId, causationId: null, recordedAt: new Date().toISOString(), effectiveDate: new Date().toISOString().slice(0, 10),
});

async function bare(setup: Setup): Promise<{ ready: ServerReady; close(): Promise<void> }> {
  const { default: Fastify } = await import('fastify');
  const db = new Database(join(setup.dir, 'bare-route.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA_SQL);
  const insert = db.prepare('INSERT INTO events (event_id, stream_id, revision, type, data, metadata, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const append = db.transaction((values: readonly unknown[]) => insert.run(...values).lastInsertRowid);
  const revisions = new Map<string, number>();
  const app = Fastify({ logger: false });
  app.post<{ Params: { lineId: string }; Body: Record<string, unknown> }>('/api/v1/lines/:lineId/disbursements', async (req, reply) => {
    const lineId = req.params.lineId;
    const revision = (revisions.get(lineId) ?? -1) + 1;
    revisions.set(lineId, revision);
    const eventId = `${lineId}-${revision}-${process.hrtime.bigint()}`;
    const position = append.immediate([eventId, lineStreamId(lineId), revision, 'DisbursementRecorded.v1', JSON.stringify({ lineId, ...req.body }), metadata(eventId), new Date().toISOString()]);
    return reply.code(201).send({ disbursementId: eventId, lineId, revision, position: Number(position) });
  });
  await app.listen({ port: setup.port, host: '127.0.0.1' });
  return { ready: { port: setup.port }, close: async () => { await app.close(); db.close(); } };
}

/**
 * BENCH_ALLOC_PROF=file: a sampling profile of every allocation of the main thread while serving (collected objects
 * included, unlike `--heap-prof`), written when the server stops; open it in Chrome's DevTools (Memory tab).
 */
async function profileAllocations(file: string | undefined): Promise<() => Promise<void>> {
  if (!file) return async () => undefined;
  const { Session } = await import('node:inspector');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async () => {
    const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: unknown };
    writeFileSync(file, JSON.stringify(profile));
  };
}

process.once('message', (setup: Setup) => {
  (setup.kind === 'ours' ? ours(setup) : bare(setup)).then(async ({ ready, close }) => {
    const profiled = await profileAllocations(setup.kind === 'ours' ? process.env.BENCH_ALLOC_PROF : undefined);
    process.on('message', (request: ServerRequest) => {
      if ('cpu' in request) { const { user, system } = process.cpuUsage(); send({ cpuMicros: user + system }); }
      if ('stop' in request) void profiled().then(close).finally(() => process.exit(0));
    });
    send(ready);
  }, (error: unknown) => {
    process.stderr.write(`bench server ${setup.kind} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
});
