import { once } from 'node:events';
import { type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import type Redis from 'ioredis';
import { CommandBus } from '@nestjs/cqrs';
import { loadConfig } from '@app/config';
import { lineStreamId } from '@app/domain';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import {
  RecordDisbursementCommand,
} from '../../apps/api/src/disbursements/record-disbursement/record-disbursement.handler';
import { RecordDisbursementRequest } from '../../apps/api/src/disbursements/record-disbursement/record-disbursement.request';
import type { Appended } from '@app/kernel';
import { REDIS } from '@app/platform';
import { createApp } from '../../src/create-app';
import { ensureRedis } from '../../src/redis-launcher';
import { businessToday, disbursementData, disbursementEvents, establishedEvent, httpLikeContext, nextVoucherNo } from './events';
import { collectGarbage, mean, percentile } from './stats';
import { freePort } from './free-port';

/**
 * Record-disbursement latency through the real command path: the all-in-one Nest app built from dist
 * (createApp + init, not listening), RecordDisbursementCommand dispatched on the CommandBus. That is the
 * handler, AggregateStore (state cache + tail read), findEvent, the decider and the SQLite append with its
 * fsync; it skips HTTP, validation and the Idempotency-Key interceptor, which cost the same on any line.
 */

export interface CommandSettings {
  readonly dir: string;
  /** events already on each line before the first command, the AppropriationEstablished.v1 included */
  readonly priorEvents: readonly number[];
  readonly warmup: number;
  readonly measured: number;
  readonly seedBatch: number;
  readonly log: (line: string) => void;
}

export interface LineLatency {
  readonly lineId: string;
  readonly priorEvents: number;
  /** the first command on the line: reads and folds the whole stream, then caches the state */
  readonly coldFirstMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly maxMs: number;
  readonly samples: number;
}

export interface CommandResults {
  readonly lines: LineLatency[];
  readonly seeding: { readonly events: number; readonly seconds: number };
  readonly path: string;
  readonly settings: Omit<CommandSettings, 'log' | 'dir'>;
}

async function stopRedis(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
}

function request(lineId: string, seq: number): RecordDisbursementRequest {
  const { today, fiscalYear } = businessToday();
  const voucherNo = nextVoucherNo(fiscalYear);
  const d = disbursementData(lineId, voucherNo, fiscalYear, seq);
  return Object.assign(new RecordDisbursementRequest(), {
    amount: d.amount, effectiveDate: today, voucherNo, payee: d.payee, summary: d.summary,
    subsidyCategory: d.subsidyCategory, beneficiaries: d.beneficiaries, economic: d.economic,
  });
}

export async function runCommandBench(settings: CommandSettings): Promise<CommandResults> {
  const dataDir = join(settings.dir, 'app-data');
  // A private Redis (the app's queues need one), on a free port, its files in the work dir.
  const redisUrl = `redis://127.0.0.1:${await freePort()}`;
  const redis = await ensureRedis(redisUrl, dataDir, true);
  let app: INestApplication | undefined;
  try {
    const config = loadConfig({ ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', REDIS_URL: redisUrl, REDIS_AUTOSTART: 'false' });
    app = await createApp(config, false);
    await app.init();
    const store = app.get<EventStore>(EVENT_STORE);
    const bus = app.get(CommandBus);
    // As in production, Redis is connected before the first command arrives.
    const redisClient = app.get<Redis>(REDIS);
    if (redisClient.status !== 'ready') await once(redisClient, 'ready');

    // Seed: each line established, then prior-1 disbursements appended straight to the store in batches.
    const lineIds = settings.priorEvents.map((n) => `BENCH-${n}`);
    const seedStart = performance.now();
    let seeded = 0;
    for (const [i, lineId] of lineIds.entries()) {
      const streamId = lineStreamId(lineId);
      await store.append(streamId, establishedEvent(lineId, '900000000000.00'), 'no_stream');
      let revision = 0;
      for (let left = settings.priorEvents[i] - 1; left > 0; left -= settings.seedBatch) {
        const result = await store.append(streamId, disbursementEvents(lineId, Math.min(left, settings.seedBatch)), revision);
        revision = result.nextExpectedRevision;
        await new Promise((resolve) => setImmediate(resolve));
      }
      if ((await store.streamRevision(streamId)) !== settings.priorEvents[i] - 1) throw new Error(`seeding ${streamId} went wrong`);
      seeded += settings.priorEvents[i];
    }
    const seeding = { events: seeded, seconds: (performance.now() - seedStart) / 1000 };
    settings.log(`  seeded ${seeded} events in ${seeding.seconds.toFixed(1)} s`);

    let seq = 0;
    const run = async (lineId: string): Promise<number> => {
      // Each command gets its own turn of the event loop, as an HTTP request would (better-sqlite3 is
      // synchronous: without this, a loop of awaits never lets timers and sockets run).
      await new Promise((resolve) => setImmediate(resolve));
      const command = new RecordDisbursementCommand(lineId, request(lineId, ++seq), httpLikeContext());
      const start = performance.now();
      const result: Appended = await bus.execute(command);
      const ms = performance.now() - start;
      if (result.duplicate || result.eventIds.length !== 1) throw new Error(`unexpected command result ${JSON.stringify(result)}`);
      return ms;
    };

    const coldFirstMs = new Map<string, number>();
    for (const lineId of lineIds) coldFirstMs.set(lineId, await run(lineId));
    settings.log(`  first command (folds the line once): ${lineIds.map((l) => `${l} ${coldFirstMs.get(l)!.toFixed(1)} ms`).join(', ')}`);
    for (let i = 0; i < settings.warmup; i++) for (const lineId of lineIds) await run(lineId);

    // Interleaved, so both lines see the same machine at the same moments.
    const samples = new Map<string, number[]>(lineIds.map((l) => [l, []]));
    collectGarbage();
    for (let i = 0; i < settings.measured; i++) for (const lineId of lineIds) samples.get(lineId)!.push(await run(lineId));

    const lines = lineIds.map((lineId, i) => {
      const s = samples.get(lineId)!;
      return {
        lineId, priorEvents: settings.priorEvents[i], coldFirstMs: coldFirstMs.get(lineId)!,
        p50Ms: percentile(s, 50), p95Ms: percentile(s, 95), p99Ms: percentile(s, 99), meanMs: mean(s), maxMs: Math.max(...s), samples: s.length,
      };
    });
    for (const [i, lineId] of lineIds.entries()) {
      const expected = settings.priorEvents[i] - 1 + 1 + settings.warmup + settings.measured;
      const actual = await store.streamRevision(lineStreamId(lineId));
      if (actual !== expected) throw new Error(`${lineId}: stream at revision ${actual}, expected ${expected}`);
    }
    const { priorEvents, warmup, measured, seedBatch } = settings;
    return {
      lines, seeding,
      path: 'CommandBus.execute(RecordDisbursementCommand) in the Nest app from dist (createApp + init, not listening): handler, state cache, decider, SQLite append; no HTTP, validation pipe or idempotency interceptor',
      settings: { priorEvents, warmup, measured, seedBatch },
    };
  } finally {
    await app?.close();
    await stopRedis(redis);
  }
}
