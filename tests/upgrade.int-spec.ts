import Database from 'better-sqlite3';
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import supertest from 'supertest';
import { budgetDocument, indicatorIds, lineIds } from './support/budget-document';
import { TEST_ADMIN, expectProblem, expectStatus, product } from './support/test-app';

/**
 * Upgrading over an existing DATA_DIR whose read models have an older shape (read models have no ALTERs):
 * the app notices at start and rebuilds them from the event store instead of failing queries.
 */
describe('start over read models of an older version (e2e)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'budget-upgrade-'));
  const env = {
    ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', ALERTS_ENABLED: 'false', QUEUE_PREFIX: `budget-test-upgrade-${process.pid}`,
    ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password,
  };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(): Promise<{ app: INestApplication; http: ReturnType<typeof supertest.agent> }> {
    const app = await product.createApp(product.loadConfig(env), false);
    await app.init();
    const login = await supertest(app.getHttpServer()).post('/api/v1/auth/login').send(TEST_ADMIN);
    expectStatus(login, 200);
    return { app, http: supertest.agent(app.getHttpServer()).set('Authorization', `Bearer ${login.body.token}`) };
  }

  it('given indicator reports stored in the old table shape, when the app starts, then it rebuilds and the reports read as before', async () => {
    const first = await start();
    expectStatus(await first.http.post('/api/v1/budget-imports?dryRun=false').send(budgetDocument(2023)), 200);
    const reported = await first.http.post(`/api/v1/indicators/2023/${indicatorIds.subsidised}/progress-reports`).send({ asOf: '2023-06-30', value: '48' });
    expectStatus(reported, 201);
    expectStatus(await first.http.get(`/api/v1/indicators?fiscalYear=2023&asOf=2023-06-30&minPosition=${reported.body.position}`), 200);
    await first.app.close();

    const file = new Database(join(dataDir, 'read-models.sqlite'));
    file.exec(`drop table rm_indicator_reports;
      create table rm_indicator_reports (indicator_id text, position bigint, as_of text, value text, grade text, deviation_reason text,
        note text, recorded_at text, actor text, primary key (indicator_id, position))`);
    file.close();

    const second = await start();
    try {
      const res = await second.http.get(`/api/v1/indicators?fiscalYear=2023&asOf=2023-06-30&minPosition=${reported.body.position}`);
      expectStatus(res, 200);
      expect(res.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === indicatorIds.subsidised)).toMatchObject({ actual: '48.00' });
    } finally {
      await second.app.close();
    }
  });
});

/**
 * Upgrading over a DATA_DIR whose event store file has the layout of schema version 1 (ADR 0001: a UNIQUE index on
 * the event ids): the store upgrades it on opening (ADR 0018) and the ids keep every retry idempotent.
 */
describe('start over an event store file of schema version 1 (e2e)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'budget-upgrade-store-'));
  const env = {
    ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', ALERTS_ENABLED: 'false', QUEUE_PREFIX: `budget-test-upgrade-store-${process.pid}`,
    ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password,
  };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(): Promise<{ app: INestApplication; http: ReturnType<typeof supertest.agent> }> {
    const app = await product.createApp(product.loadConfig(env), false);
    await app.init();
    const login = await supertest(app.getHttpServer()).post('/api/v1/auth/login').send(TEST_ADMIN);
    expectStatus(login, 200);
    return { app, http: supertest.agent(app.getHttpServer()).set('Authorization', `Bearer ${login.body.token}`) };
  }

  /** Rewrites the file into the schema-1 layout, as the adapter before ADR 0018 created it (same rows, same positions). */
  function toSchemaVersion1(file: string): void {
    const db = new Database(file);
    db.transaction(() => {
      db.exec(`ALTER TABLE events RENAME TO events_v2;
        CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
          type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, stored_at TEXT NOT NULL, UNIQUE (stream_id, revision));
        INSERT INTO events SELECT position, event_id, stream_id, revision, type, data, metadata, stored_at FROM events_v2 ORDER BY position;
        DROP TABLE events_v2;`);
      db.pragma('user_version = 0');
    })();
    db.close();
  }

  it('given budget and payments stored in the old layout, when the app starts, then the file is upgraded, lines read as before and vouchers stay unique', async () => {
    const ids = lineIds(2023);
    const payment = { amount: '1234.56', effectiveDate: '2023-03-05', voucherNo: '记-2023-03-000123', payee: '张三', summary: '公益性岗位补贴', subsidyCategory: '公益性岗位补贴', beneficiaries: 2 };
    const first = await start();
    expectStatus(await first.http.post('/api/v1/budget-imports?dryRun=false').send(budgetDocument(2023)), 200);
    const recorded = await first.http.post(`/api/v1/lines/${ids.personnel}/disbursements`).send(payment);
    expectStatus(recorded, 201);
    const line = await first.http.get(`/api/v1/lines/${ids.personnel}?minPosition=${recorded.body.position}`);
    expectStatus(line, 200);
    await first.app.close();
    const file = join(dataDir, 'events.sqlite');
    toSchemaVersion1(file);

    const second = await start();
    try {
      const reread = await second.http.get(`/api/v1/lines/${ids.personnel}?minPosition=${recorded.body.position}`);
      const again = await second.http.post(`/api/v1/lines/${ids.personnel}/disbursements`).send(payment);
      const elsewhere = await second.http.post(`/api/v1/lines/${ids.operating}/disbursements`).send(payment);
      const next = await second.http.post(`/api/v1/lines/${ids.personnel}/disbursements`).send({ ...payment, voucherNo: '记-2023-03-000124' });

      expectStatus(reread, 200);
      expect(reread.body).toEqual(line.body);
      expectStatus(again, 201);
      expect(again.body).toEqual({ ...recorded.body, replayed: true });
      expectProblem(elsewhere, 409, 'VOUCHER_ALREADY_USED', 'voucherNo');
      expectStatus(next, 201);
      expect(next.body.position).toBe(recorded.body.position + 1);
    } finally {
      await second.app.close();
    }
    const upgraded = new Database(file, { readonly: true });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(2);
    upgraded.close();
  }, 60_000);
});
