import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import supertest from 'supertest';
import type { Response } from 'supertest';
import { loadConfig } from '@app/config';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { createApp } from '../../src/create-app';
import { BudgetDocument, budgetDocument } from './budget-document';

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
    const config = loadConfig({ ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', ...env });
    app = await createApp(config, false);
    await app.init();
  } catch (error) {
    await app?.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const nest = app;
  const http = supertest(nest.getHttpServer());
  const store = nest.get<EventStore>(EVENT_STORE);
  return {
    app: nest, http, store, dataDir,
    headPosition: async () => {
      const res = await http.get('/health');
      expect(res.status).toBe(200);
      return res.body.checks.eventStore.headPosition as number;
    },
    line: async (lineId) => {
      const res = await http.get(`/api/v1/lines/${lineId}`);
      expect(res.status).toBe(200);
      return res.body as LineView;
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
