import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { NOTIFIER, Notifier, NOTIFICATIONS_QUEUE } from '@app/platform';
import { sampleNotification } from '../apps/worker/src/notifications/testing/sample-notifications';
import { budgetDocument, lineIds } from './support/budget-document';
import { TestSmtp, startSmtp } from './support/smtp';
import { TestApp, expectProblem, expectStatus, product, startTestApp } from './support/test-app';

jest.setTimeout(120_000);

/** One sample's value from the Prometheus text format, by name and labels (undefined when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2] ? match[2].split(/,(?=[a-zA-Z_]+=")/) : [];
    if (wanted.length === have.length && wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return undefined;
}

async function until(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('GET /metrics (Prometheus)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  const ids = lineIds(2023);
  const scrape = async () => {
    const res = await t.anonymous.get('/metrics');
    expectStatus(res, 200);
    return res.text;
  };

  beforeAll(async () => {
    smtp = await startSmtp({ refuseFirst: 1, noSuchMailbox: ['gone@example.gov.cn'] });
    t = await startTestApp({ SMTP_URL: smtp.url, EMAIL_BACKOFF_MS: '50', EMAIL_ATTEMPTS: '3' });
    await t.redisReady();
    await t.importBudget(budgetDocument(2023));
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('given commands accepted and refused, when scraped without credentials, then counts and latencies by command type and outcome (the problem code)', async () => {
    const pay = (voucherNo: string, amount = '10.00') => t.http.post(`/api/v1/lines/${ids.personnel}/disbursements`).send({ amount, effectiveDate: '2023-03-01', voucherNo });
    expectStatus(await pay('M-1'), 201);
    expectStatus(await pay('M-2'), 201);
    const refused = await pay('M-3', '1.001');
    expectStatus(refused, 422);

    const res = await t.anonymous.get('/metrics');

    expectStatus(res, 200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(sample(res.text, 'budget_commands_total', { command: 'ImportBudget', outcome: 'ok' })).toBe(1);
    expect(sample(res.text, 'budget_commands_total', { command: 'RecordDisbursement', outcome: 'ok' })).toBe(2);
    expect(sample(res.text, 'budget_commands_total', { command: 'RecordDisbursement', outcome: refused.body.code })).toBe(1);
    expect(sample(res.text, 'budget_command_duration_seconds_count', { command: 'RecordDisbursement', outcome: 'ok' })).toBe(2);
    expect(sample(res.text, 'budget_command_duration_seconds_sum', { command: 'RecordDisbursement', outcome: 'ok' })).toBeGreaterThan(0);
    // queries are not commands
    await t.http.get(`/api/v1/lines/${ids.personnel}`);
    expect(await scrape()).not.toMatch(/command="GetLine"/);
  });

  it('given the read models caught up, then the projection lag is 0 events and 0 seconds and this instance is the projector', async () => {
    const head = await t.store.headPosition();
    await t.app.get(product.Projector).waitFor(head, 30_000);

    const text = await scrape();

    expect(sample(text, 'budget_event_store_head_position')).toBe(head);
    expect(sample(text, 'budget_projection_position')).toBe(head);
    expect(sample(text, 'budget_projection_lag_events')).toBe(0);
    expect(sample(text, 'budget_projection_lag_seconds')).toBe(0);
    expect(sample(text, 'budget_projector_active')).toBe(1);
  });

  it('given the projector halted and a command recorded, then the lag shows one event', async () => {
    const projector = t.app.get(product.Projector);
    await projector.stop();
    try {
      expectStatus(await t.http.post(`/api/v1/lines/${ids.personnel}/disbursements`).send({ amount: '1.00', effectiveDate: '2023-03-01', voucherNo: 'M-LAG' }), 201);

      const text = await scrape();

      expect(sample(text, 'budget_projection_lag_events')).toBe(1);
      expect(sample(text, 'budget_projection_lag_seconds')).toBeGreaterThanOrEqual(0);
    } finally {
      await projector.start();
    }
  });

  it('given e-mails sent, retried and refused for good, then the e-mail counters and the queue depths say so', async () => {
    const manager = await t.httpAs({ role: 'manager', units: ['426006'] });
    expectStatus(await manager.put('/api/v1/alert-subscriptions/me').send({ email: 'zhang@example.gov.cn', units: ['426006'] }), 200);
    const gone = await t.httpAs({ role: 'manager', units: ['426006'] });
    expectStatus(await gone.put('/api/v1/alert-subscriptions/me').send({ email: 'gone@example.gov.cn', units: ['426006'] }), 200);
    const queue = t.app.get<Queue>(getQueueToken(NOTIFICATIONS_QUEUE));

    await t.app.get<Notifier>(NOTIFIER).notify([sampleNotification()], { runId: 'metrics-run', asOf: '2023-06-30' });
    await until(async () => (await queue.getJobCounts('completed')).completed === 1 && (await queue.getJobCounts('failed')).failed === 1);

    const text = await scrape();
    expect(smtp.received.map((m) => m.to)).toEqual([['zhang@example.gov.cn']]);
    expect(sample(text, 'budget_emails_sent_total')).toBe(1);
    expect(sample(text, 'budget_email_failures_total', { final: 'false' })).toBe(1); // the 451, retried
    expect(sample(text, 'budget_email_failures_total', { final: 'true' })).toBe(1); // the 550: dead letter
    expect(sample(text, 'budget_queue_jobs', { queue: NOTIFICATIONS_QUEUE, state: 'failed' })).toBe(1);
    expect(sample(text, 'budget_queue_jobs', { queue: NOTIFICATIONS_QUEUE, state: 'waiting' })).toBe(0);
    expect(sample(text, 'budget_queue_jobs', { queue: 'alert-evaluations', state: 'active' })).toBeDefined();
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  const TOKEN = 'scrape-token-0123456789';
  beforeAll(async () => { t = await startTestApp({ METRICS_TOKEN: TOKEN }); });
  afterAll(async () => { await t?.close(); });

  it('given no token or a wrong one, then 401 METRICS_TOKEN_REQUIRED; given the token, then the metrics', async () => {
    expectProblem(await t.anonymous.get('/metrics'), 401, 'METRICS_TOKEN_REQUIRED');
    expectProblem(await t.anonymous.get('/metrics').set('Authorization', 'Bearer wrong-token-0123456789'), 401, 'METRICS_TOKEN_REQUIRED');
    // a user's session is not the scrape token either
    expectProblem(await t.http.get('/metrics'), 401, 'METRICS_TOKEN_REQUIRED');

    const res = await t.anonymous.get('/metrics').set('Authorization', `Bearer ${TOKEN}`);

    expectStatus(res, 200);
    expect(res.text).toContain('# TYPE budget_commands_total counter');
  });
});
