import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import supertest from 'supertest';
import type { Response } from 'supertest';
import type { EventStore } from '@app/event-store';
import { BudgetDocument, budgetDocument } from './budget-document';

import * as config from '@app/config';
import * as eventStore from '@app/event-store';
import * as createApp from '../../src/create-app';
import * as demoBudget from '../../src/demo-budget';
import * as infrastructure from '../../apps/api/src/infrastructure.module';
import { Projector } from '@app/read-models';

/** The product's entry points and provider tokens, in one place for the end-to-end tests. */
export const product = { ...createApp, ...config, ...eventStore, ...infrastructure, ...demoBudget, Projector };

export type Http = ReturnType<typeof supertest>;

export interface TestApp {
  readonly app: INestApplication;
  readonly http: Http;
  readonly store: EventStore;
  readonly dataDir: string;
  /** global position of the newest stored event: unchanged means nothing was recorded */
  headPosition(): Promise<number>;
  /** GET /api/v1/lines/:id, asserting 200 */
  line(lineId: string): Promise<LineView>;
  /** resolves once the app's Redis client is ready (it connects in the background after init) */
  redisReady(timeoutMs?: number): Promise<void>;
  /** imports a budget document with dryRun=false, asserting 200 and that it was recorded */
  importBudget(document?: BudgetDocument): Promise<Record<string, unknown>>;
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
  let app: INestApplication | undefined;
  try {
    const config = product.loadConfig({ ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', ...env });
    app = await product.createApp(config, false);
    await app.init();
  } catch (error) {
    await app?.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const nest = app;
  const http = supertest(nest.getHttpServer());
  const store = nest.get<EventStore>(product.EVENT_STORE);
  return {
    app: nest, http, store, dataDir,
    headPosition: async () => {
      const res = await http.get('/health');
      expectStatus(res, 200);
      return res.body.checks.eventStore.headPosition as number;
    },
    line: async (lineId) => {
      const res = await http.get(`/api/v1/lines/${lineId}`);
      expectStatus(res, 200);
      return res.body as LineView;
    },
    redisReady: async (timeoutMs = 5000) => {
      const redis = nest.get<{ status: string; once(event: 'ready', listener: () => void): unknown }>(product.REDIS);
      if (redis.status === 'ready') return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Redis not ready within ${timeoutMs} ms (status ${redis.status})`)), timeoutMs);
        redis.once('ready', () => { clearTimeout(timer); resolve(); });
      });
    },
    importBudget: async (document = budgetDocument()) => {
      const res = await http.post('/api/v1/budget-imports?dryRun=false').send(document);
      expectStatus(res, 200);
      expect(res.body.recorded).toBe(true);
      return res.body as Record<string, unknown>;
    },
    close: async () => {
      try {
        await nest.close();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
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
