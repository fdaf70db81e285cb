import Database from 'better-sqlite3';
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import supertest from 'supertest';
import { budgetDocument, indicatorIds } from './support/budget-document';
import { TEST_ADMIN, expectStatus, product } from './support/test-app';

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
