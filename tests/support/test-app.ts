import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import Redis from 'ioredis';
import supertest from 'supertest';
import type { Response } from 'supertest';
import type { EventStore } from '@app/event-store';
import { BudgetDocument, budgetDocument } from './budget-document';

import * as config from '@app/config';
import * as eventStore from '@app/event-store';
import * as createApp from '../../src/create-app';
import * as demoBudget from '../../src/demo-budget';
import * as infrastructure from '@app/platform';
import { LiveProjector } from '@app/read-models';

/** The product's entry points and provider tokens, in one place for the end-to-end tests. */
export const product = { ...createApp, ...config, ...eventStore, ...infrastructure, ...demoBudget, Projector: LiveProjector };

export type Http = ReturnType<typeof supertest>;

/** The first admin of every test app (ADMIN_USERNAME / ADMIN_PASSWORD). */
export const TEST_ADMIN = { username: 'admin', password: 'Budget-Office-2023!' } as const;
export const TEST_PASSWORD = 'Ledger-Secret-2023';

export interface UserSpec {
  readonly role: 'admin' | 'accountant' | 'manager' | 'auditor';
  readonly units?: 'all' | readonly string[];
  readonly username?: string;
  readonly displayName?: string;
}

export interface TestApp {
  readonly app: INestApplication;
  /** authenticated as the first admin (bearer token) */
  readonly http: Http;
  /** no credentials at all */
  readonly anonymous: Http;
  /** registers a fresh user (password TEST_PASSWORD) and answers an agent logged in as them (bearer token) */
  httpAs(user: UserSpec): Promise<Http & { readonly username: string }>;
  /** POST /api/v1/auth/login, asserting 200; answers the token */
  login(username: string, password?: string): Promise<string>;
  readonly store: EventStore;
  readonly dataDir: string;
  /** global position of the newest stored event: unchanged means nothing was recorded */
  headPosition(): Promise<number>;
  /** GET /api/v1/lines/:id, asserting 200 */
  line(lineId: string): Promise<LineView>;
  /** resolves once the app's Redis client is ready (startTestApp already waited for it; after a Redis restart, call again) */
  redisReady(timeoutMs?: number): Promise<void>;
  /** imports a budget document with dryRun=false, asserting 200 and that it was recorded; resolves once the read models include it */
  importBudget(document?: BudgetDocument): Promise<Record<string, unknown>>;
  /** resolves once the read models include every event stored so far (the projector has passed the store's head) */
  readModelsCaughtUp(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface LineView {
  lineId: string;
  unit: string;
  revision: number;
  appropriated: string;
  disbursed: string;
  advancesOutstanding: string;
  available: string;
  disbursements: number;
  overspendPolicy: 'block' | 'warn';
  revolvingFund: boolean;
  [key: string]: unknown;
}

/**
 * The whole product (API + worker module) on a fresh data directory: SQLite event store and idempotency
 * keys in a temp dir, Redis at REDIS_URL (127.0.0.1:6379 by default), no demo data, errors-only logging.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'budget-e2e-'));
  const queuePrefix = env.QUEUE_PREFIX ?? `budget-test-${randomUUID().slice(0, 8)}`;
  let app: INestApplication | undefined;
  let redisUrl = 'redis://127.0.0.1:6379';
  try {
    const config = product.loadConfig({
      ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password,
      // each app its own queues: apps of parallel test files must not take each other's jobs
      QUEUE_PREFIX: queuePrefix,
      // alert evaluation records events in the background: off unless a test is about alerts, so "nothing recorded" stays exact
      ALERTS_ENABLED: 'false',
      // a read with minPosition waits for the projector (a positive signal), bounded generously: on a busy machine the
      // read models may trail by seconds, and the config's 5 s default would answer 503 to a test that did nothing wrong
      READ_WAIT_TIMEOUT_MS: '60000', ...env,
    });
    redisUrl = config.REDIS_URL;
    app = await product.createApp(config, false);
    await app.init();
    // ready means ready: the Redis client connects in the background after init, and queues, the login limiter and
    // /health need it. Every test app has a Redis at start (a test that stops it does so later).
    await untilRedisReady(app, 30_000);
  } catch (error) {
    await app?.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const nest = app;
  const server = nest.getHttpServer();
  const anonymous = supertest(server);
  const login = async (username: string, password = TEST_PASSWORD) => {
    const res = await anonymous.post('/api/v1/auth/login').send({ username, password });
    expectStatus(res, 200);
    return res.body.token as string;
  };
  const agentFor = (token: string) => supertest.agent(server).set('Authorization', `Bearer ${token}`) as unknown as Http;
  const http = agentFor(await login(TEST_ADMIN.username, TEST_ADMIN.password));
  const store = nest.get<EventStore>(product.EVENT_STORE);
  const projected = async (position: number, timeoutMs = 60_000) => {
    const projector = nest.get(product.Projector);
    if (!(await projector.waitFor(position, timeoutMs))) throw new Error(`read models at ${projector.position}, not at ${position} within ${timeoutMs} ms`);
  };
  let users = 0;
  return {
    app: nest, http, anonymous, store, dataDir, login,
    httpAs: async (user) => {
      const username = user.username ?? `${user.role}${++users}`;
      const res = await http.post('/api/v1/users').send({
        username, displayName: user.displayName ?? username, role: user.role, password: TEST_PASSWORD,
        units: user.units ?? (user.role === 'admin' || user.role === 'auditor' ? 'all' : ['426002']),
      });
      expectStatus(res, 201);
      return Object.assign(agentFor(await login(username)), { username });
    },
    headPosition: async () => {
      const res = await anonymous.get('/health');
      expectStatus(res, 200);
      return res.body.checks.eventStore.headPosition as number;
    },
    line: async (lineId) => {
      const res = await http.get(`/api/v1/lines/${lineId}`);
      expectStatus(res, 200);
      return res.body as LineView;
    },
    redisReady: (timeoutMs = 30_000) => untilRedisReady(nest, timeoutMs),
    importBudget: async (document = budgetDocument()) => {
      const res = await http.post('/api/v1/budget-imports?dryRun=false').send(document);
      expectStatus(res, 200);
      expect(res.body.recorded).toBe(true);
      await projected(res.body.position);
      return res.body as Record<string, unknown>;
    },
    readModelsCaughtUp: async (timeoutMs) => projected(await store.headPosition(), timeoutMs),
    close: async () => {
      try {
        await nest.close();
        await forgetQueues(redisUrl, queuePrefix);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Resolves on the app's Redis client reporting `ready` (a positive signal), or fails after `timeoutMs`. */
async function untilRedisReady(app: INestApplication, timeoutMs: number): Promise<void> {
  const redis = app.get<{ status: string; once(event: 'ready', listener: () => void): unknown; off(event: 'ready', listener: () => void): unknown }>(product.REDIS);
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const ready = () => { clearTimeout(timer); resolve(); };
    const timer = setTimeout(() => { redis.off('ready', ready); reject(new Error(`Redis not ready within ${timeoutMs} ms (status ${redis.status})`)); }, timeoutMs);
    redis.once('ready', ready);
  });
}

/** Asserts the status, showing the body when it differs (a problem's code and detail say why). */
export function expectStatus(res: Response, status: number): void {
  if (res.status !== status) throw new Error(`expected HTTP ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
}

/** Asserts an RFC 9457 problem response: status, media type, stable code and (when given) the field. */
export function expectProblem(res: Response, status: number, code: string, field?: string): void {
  expectStatus(res, status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code });
  expect(typeof res.body.type).toBe('string');
  expect(typeof res.body.title).toBe('string');
  expect(typeof res.body.detail).toBe('string');
  if (field !== undefined) expect(res.body.field).toBe(field);
}

/** Removes a closed test app's queues (jobs, schedulers) from the shared Redis, so test runs leave nothing behind. */
async function forgetQueues(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Redis gone (a test stopped it): nothing to clean
  } finally {
    redis.disconnect();
  }
}
