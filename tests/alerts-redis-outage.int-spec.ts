import { ChildProcess, spawn } from 'node:child_process';
import { budgetDocument } from './support/budget-document';
import { alerting, mailsTo, onlyRules, subscribe, triggersCaughtUp } from './support/alerting';
import { TestSmtp, freePort, startSmtp } from './support/smtp';
import { TestApp, expectStatus, product, startTestApp } from './support/test-app';

jest.setTimeout(180_000);

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
  /** the app's warnings (LOG_FORMAT=json): the alert trigger loop says when it pauses on a page Redis refused */
  const warnings: { context?: string; msg?: string }[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    port = await freePort();
    redis = await startRedis(port);
    t = await startTestApp({
      REDIS_URL: `redis://127.0.0.1:${port}`, ALERTS_ENABLED: 'true', SMTP_URL: smtp.url, EMAIL_BACKOFF_MS: '50',
      ALERT_SETTINGS: onlyRules({ indicator_light: {} }),
    });
    t.app.useLogger(product.createLogger({ LOG_FORMAT: 'json', LOG_LEVEL: 'warn' }, {
      write: (text: string) => { for (const line of text.split('\n')) if (line.trim()) warnings.push(JSON.parse(line)); },
    }));
    await t.importBudget(budgetDocument(2023));
    await subscribe(await t.httpAs({ role: 'manager', units: ['426006'] }), ZHAO, ['426006']);
    await triggersCaughtUp(t);
  });
  afterAll(async () => {
    await t?.close();
    if (redis) await stop(redis);
    await smtp?.close();
  });

  /** Until the alert trigger loop logs that it paused, retrying a page Redis refused; answers where it paused. */
  async function pausedAt(head: number, timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = warnings.find((w) => w.context === 'AlertTriggers' && /^alert triggers paused at position \d+/.test(w.msg ?? ''));
      if (line) return Number(/position (\d+)/.exec(line.msg!)![1]);
      if (Date.now() > deadline) throw new Error(`the alert triggers never paused (store at ${head}): ${JSON.stringify(warnings.slice(-5))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('given Redis stopped, when a case and a payment are recorded, then the commands succeed; when Redis is back, the alert due is raised and e-mailed once', async () => {
    await stop(redis);

    const reported = await t.http.post('/api/v1/wage-arrears-cases').send({ unit: '426006', employer: '某建筑劳务有限公司', workersAffected: 6, amountOwed: '18000.00', effectiveDate: '2023-06-01' });
    const paid = await t.http.post('/api/v1/lines/426001-2023-B-2080101-30101/disbursements').send({ amount: '1000.00', effectiveDate: '2023-06-02', voucherNo: '记-2023-06-0001' });

    expectStatus(reported, 201);
    expectStatus(paid, 201);
    // positive proof that the loop reached these events and is holding them: it says it paused before them (it
    // logs that once, when Redis first refuses a page, and only a page with events calls Redis)
    const head = await t.store.headPosition();
    const paused = await pausedAt(head);
    expect(paused).toBeLessThan(head);
    expect(alerting(t).triggers.position).toBe(paused);
    expect(smtp.received).toHaveLength(0);

    redis = await startRedis(port);

    const mails = await mailsTo(t, smtp, ZHAO, 1, 60_000); // … and alerting idle since: nothing more to come
    expect(mails[0].subject).toMatch(/欠薪处置率/);
    expect(mails[0].body).toMatch(/0\.00%/);
    expect(smtp.received).toHaveLength(1);
  });
});
