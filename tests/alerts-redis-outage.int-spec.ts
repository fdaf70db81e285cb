import { ChildProcess, spawn } from 'node:child_process';
import { budgetDocument } from './support/budget-document';
import { alerting, mailsTo, onlyRules, subscribe, triggersCaughtUp } from './support/alerting';
import { TestSmtp, freePort, startSmtp } from './support/smtp';
import { TestApp, expectStatus, startTestApp } from './support/test-app';

jest.setTimeout(90_000);

/** A private redis-server this test may stop and start again (the machine's Redis serves other test files). */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const ping = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      ping.stdout.on('data', (d) => { out += String(d); });
      ping.on('exit', () => resolve(out.includes('PONG')));
    });
    if (up) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not start on ${port}`);
}

const stop = (child: ChildProcess) => new Promise<void>((resolve) => {
  if (child.exitCode !== null) return resolve();
  child.once('exit', () => resolve());
  child.kill('SIGKILL');
});

describe('alerts when Redis is down for a while (e2e)', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let redis: ChildProcess;
  let port: number;
  const ZHAO = 'zhao.426006@example.gov.cn';

  beforeAll(async () => {
    smtp = await startSmtp();
    port = await freePort();
    redis = await startRedis(port);
    t = await startTestApp({
      REDIS_URL: `redis://127.0.0.1:${port}`, ALERTS_ENABLED: 'true', SMTP_URL: smtp.url, EMAIL_BACKOFF_MS: '50',
      ALERT_SETTINGS: onlyRules({ indicator_light: {} }),
    });
    await t.redisReady();
    await t.importBudget(budgetDocument(2023));
    await subscribe(await t.httpAs({ role: 'manager', units: ['426006'] }), ZHAO, ['426006']);
    await triggersCaughtUp(t);
  });
  afterAll(async () => {
    await t?.close();
    if (redis) await stop(redis);
    await smtp?.close();
  });

  it('given Redis stopped, when a case and a payment are recorded, then the commands succeed; when Redis is back, the alert due is raised and e-mailed once', async () => {
    await stop(redis);

    const reported = await t.http.post('/api/v1/wage-arrears-cases').send({ unit: '426006', employer: '某建筑劳务有限公司', workersAffected: 6, amountOwed: '18000.00', effectiveDate: '2023-06-01' });
    const paid = await t.http.post('/api/v1/lines/426001-2023-B-2080101-30101/disbursements').send({ amount: '1000.00', effectiveDate: '2023-06-02', voucherNo: '记-2023-06-0001' });

    expectStatus(reported, 201);
    expectStatus(paid, 201);
    await new Promise((r) => setTimeout(r, 1500));
    expect(alerting(t).triggers.position).toBeLessThan(await t.store.headPosition());
    expect(smtp.received).toHaveLength(0);

    redis = await startRedis(port);

    const mails = await mailsTo(smtp, ZHAO, 1, 40_000);
    expect(mails[0].subject).toMatch(/欠薪处置率/);
    expect(mails[0].body).toMatch(/0\.00%/);
    await triggersCaughtUp(t);
    expect(smtp.received).toHaveLength(1);
  });
});
