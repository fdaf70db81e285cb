import { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { ensureRedis } from '../src/redis-launcher';
import { NOTIFIER, Notifier, NotificationRequest, NOTIFICATIONS_QUEUE } from '@app/platform';
import { moneyNotification, sampleNotification } from '../apps/worker/src/notifications/testing/sample-notifications';
import { Http, TestApp, expectProblem, expectStatus, startTestApp } from './support/test-app';
import { TestSmtp, freePort, startSmtp } from './support/smtp';

/**
 * Alert e-mail end to end: subscriptions through the API, the Notifier, the `notifications` queue on a
 * real Redis (a private redis-server for this file, emptied before each test, so no other test's worker
 * takes these jobs) and a real SMTP server in-process.
 */
let redisDir: string;
let redisUrl: string;
let redis: ChildProcess | null;
const open: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  redisDir = mkdtempSync(join(tmpdir(), 'budget-mail-redis-'));
  redisUrl = `redis://127.0.0.1:${await freePort()}`;
  redis = await ensureRedis(redisUrl, redisDir, true);
});

afterAll(async () => {
  if (redis && redis.exitCode === null) {
    const exited = new Promise((resolve) => redis!.once('exit', resolve));
    redis.kill('SIGTERM');
    await exited;
  }
  rmSync(redisDir, { recursive: true, force: true });
});

beforeEach(async () => {
  const client = new Redis(redisUrl);
  await client.flushall();
  client.disconnect();
});

afterEach(async () => {
  while (open.length > 0) await open.pop()!.close();
});

async function start(env: Record<string, string>): Promise<TestApp> {
  const app = await startTestApp({ REDIS_URL: redisUrl, EMAIL_BACKOFF_MS: '50', EMAIL_ATTEMPTS: '4', PUBLIC_URL: 'https://budget.example.gov.cn', ...env });
  open.push(app);
  await app.redisReady();
  return app;
}

async function smtp(options: Parameters<typeof startSmtp>[0] = {}): Promise<TestSmtp> {
  const server = await startSmtp(options);
  open.unshift(server); // closed after the app
  return server;
}

const run = (runId: string) => ({ runId, asOf: '2023-06-30' });
const notifierOf = (app: TestApp) => app.app.get<Notifier>(NOTIFIER);
const queueOf = (app: TestApp) => app.app.get<Queue>(getQueueToken(NOTIFICATIONS_QUEUE));

/** Waits until no e-mail job is waiting, running or waiting for its backoff. */
async function settled(app: TestApp, timeoutMs = 30_000): Promise<void> {
  const queue = queueOf(app);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    if (Object.values(counts).every((n) => n === 0)) return;
    if (Date.now() > until) throw new Error(`e-mail jobs still pending: ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function subscribe(app: TestApp, units: readonly string[] | 'all', body: Record<string, unknown> = {}): Promise<Http & { username: string }> {
  const manager = await app.httpAs({ role: 'manager', units });
  const res = await manager.put('/api/v1/alert-subscriptions/me').send({ email: `${manager.username}@example.gov.cn`, units, ...body });
  expectStatus(res, 200);
  return manager;
}

describe('预警邮件: alert e-mail notification', () => {
  it('given managers of 426006 and 426002, when an alert of 426006 is notified twice, then only the first gets exactly one Chinese e-mail', async () => {
    const server = await smtp();
    const app = await start({ SMTP_URL: server.url });
    const first = await subscribe(app, ['426006']);
    await subscribe(app, ['426002']);
    const requests: NotificationRequest[] = [sampleNotification('raised', { deviationReason: '部分案件移交司法' })];

    await notifierOf(app).notify(requests, run('run-1'));
    await settled(app);
    await notifierOf(app).notify(requests, run('run-1'));
    await settled(app);

    expect(server.received).toHaveLength(1);
    const mail = server.received[0];
    expect(mail.to).toEqual([`${first.username}@example.gov.cn`]);
    expect(mail.subject).toBe('【预算执行预警·红灯】欠薪处置率 实际 80.00%，目标 ＝100.00%，红灯（426006 执法支队）');
    for (const part of ['目标值：100.00%', '预警时实际值（截至 2023年6月30日）：80.00%', '序时目标：50.00%', '责任单位：426006 执法支队', '亮灯：红灯', '部分案件移交司法',
      'https://budget.example.gov.cn/indicators/2023/D-08?asOf=2023-06-30']) {
      expect(mail.body).toContain(part);
    }
    // the sent record is an event of the alert's notification stream, by the notifier
    const sent = await app.store.readStream('alert-notifications-indicator_light.2023-D-08.1');
    expect(sent.map((e) => [e.type, (e.data as { username: string }).username, e.metadata.actor])).toEqual([['AlertNotificationSent.v1', first.username, 'system:notifier']]);

    // a completed job removed from the queue is still not sent again (the record is checked first)
    await queueOf(app).clean(0, 100, 'completed');
    await notifierOf(app).notify(requests, run('run-2'));
    await settled(app);
    expect(server.received).toHaveLength(1);
  });

  it('given a department-wide subscriber (grouped by default), when a run has three notifications for them, then they get one e-mail grouping them by unit', async () => {
    const server = await smtp();
    const app = await start({ SMTP_URL: server.url });
    await subscribe(app, 'all');
    await notifierOf(app).notify([sampleNotification(), moneyNotification('426002', '机关', 'P01'), moneyNotification('426006', '执法支队', 'P09')], run('run-1'));
    await settled(app);

    expect(server.received).toHaveLength(1);
    expect(server.received[0].subject).toBe('【预算执行预警】共 3 项（红灯 1 项，黄灯 2 项），涉及 2 个单位');
    expect(server.received[0].body).toContain('1,234,567.89 元（123.46 万元）');
    expect(server.received[0].body).toContain('== 426002 机关（1 项）==');
  });

  it('given an SMTP server refusing with 451 for a while, when notified, then the e-mail arrives exactly once after it recovers', async () => {
    const server = await smtp({ refuseFirst: 2 });
    const app = await start({ SMTP_URL: server.url });
    await subscribe(app, ['426006']);
    await notifierOf(app).notify([sampleNotification()], run('run-1'));
    await settled(app);

    expect(server.refusals()).toBe(2);
    expect(server.received).toHaveLength(1);
    const [job] = await queueOf(app).getCompleted();
    expect(job.attemptsMade).toBe(3);
  });

  it('given no SMTP server beyond all attempts, then a dead letter is listed for admins, and retried from the API it is delivered once', async () => {
    const port = await freePort(); // nothing listens yet
    const app = await start({ SMTP_URL: `smtp://127.0.0.1:${port}`, EMAIL_ATTEMPTS: '3' });
    const manager = await subscribe(app, ['426006']);
    await notifierOf(app).notify([sampleNotification()], run('run-1'));
    await settled(app);

    const letters = await app.http.get('/api/v1/notifications/dead-letters');
    expectStatus(letters, 200);
    expect(letters.body.total).toBe(1);
    const [letter] = letters.body.items;
    expect(letter).toMatchObject({
      recipient: { username: manager.username, email: `${manager.username}@example.gov.cn` }, attempts: 3,
      subject: '【预算执行预警·红灯】欠薪处置率 实际 80.00%，目标 ＝100.00%，红灯（426006 执法支队）',
    });
    expect(letter.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(Date.parse(letter.failedAt)).not.toBeNaN();
    expectProblem(await manager.get('/api/v1/notifications/dead-letters'), 403, 'ROLE_NOT_PERMITTED');

    const server = await smtp({ port });
    expectStatus(await app.http.post(`/api/v1/notifications/dead-letters/${letter.jobId}/retry`), 202);
    await settled(app);
    expect(server.received).toHaveLength(1);
    expect((await app.http.get('/api/v1/notifications/dead-letters')).body.total).toBe(0);
    expectProblem(await app.http.post(`/api/v1/notifications/dead-letters/${letter.jobId}/retry`), 409, 'NOT_A_DEAD_LETTER');
    expectProblem(await app.http.post('/api/v1/notifications/dead-letters/mail-unknown/retry'), 404, 'DEAD_LETTER_NOT_FOUND');
  });

  it('given a mailbox the server refuses for good (550), then the e-mail goes to the dead letters at once, without retries', async () => {
    const server = await smtp({ noSuchMailbox: ['nobox@example.gov.cn'] });
    const app = await start({ SMTP_URL: server.url });
    const manager = await app.httpAs({ role: 'manager', units: ['426006'], username: 'nobox' });
    expectStatus(await manager.put('/api/v1/alert-subscriptions/me').send({ email: 'nobox@example.gov.cn', units: ['426006'] }), 200);
    await notifierOf(app).notify([sampleNotification()], run('run-1'));
    await settled(app);

    const letters = await app.http.get('/api/v1/notifications/dead-letters');
    expect(letters.body.items).toEqual([expect.objectContaining({ attempts: 1, lastError: expect.stringMatching(/^SMTP_REJECTED/) })]);
    expect(server.received).toHaveLength(0);
  });

  it('given no SMTP_URL, then each e-mail is one .eml in the outbox, listed and downloadable through the API', async () => {
    const app = await start({});
    const first = await subscribe(app, ['426006']);
    const other = await subscribe(app, 'all');
    await notifierOf(app).notify([sampleNotification(), moneyNotification('426002', '机关', 'P01')], run('run-1'));
    await settled(app);
    await notifierOf(app).notify([sampleNotification()], run('run-1'));
    await settled(app);

    const files = readdirSync(join(app.dataDir, 'outbox'));
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(2); // first: 1; the department-wide manager: 1 grouping both
    expect(files.every((f) => f.endsWith('.eml'))).toBe(true); // no temporary file left behind

    const all = await app.http.get('/api/v1/outbox');
    expectStatus(all, 200);
    expect(all.body.total).toBe(2);
    const mine = await first.get('/api/v1/outbox');
    expect(mine.body.items).toEqual([expect.objectContaining({
      to: `${first.username}@example.gov.cn`, subject: '【预算执行预警·红灯】欠薪处置率 实际 80.00%，目标 ＝100.00%，红灯（426006 执法支队）',
    })]);
    expect(mine.body.items[0].size).toBeGreaterThan(500);
    const eml = await first.get(`/api/v1/outbox/${mine.body.items[0].file}`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expectStatus(eml, 200);
    expect(eml.headers['content-type']).toMatch(/^message\/rfc822/);
    expect(String(eml.body)).toContain('X-Budget-Recipient');
    const othersFile = (await other.get('/api/v1/outbox')).body.items[0].file as string;
    expectProblem(await first.get(`/api/v1/outbox/${othersFile}`), 404, 'OUTBOX_FILE_NOT_FOUND');
    expectProblem(await app.http.get('/api/v1/outbox/..%2F..%2Fevents.sqlite'), 404, 'OUTBOX_FILE_NOT_FOUND');
    const accountant = await app.httpAs({ role: 'accountant', units: ['426006'] });
    expectProblem(await accountant.get('/api/v1/outbox'), 403, 'ROLE_NOT_PERMITTED');
  });

  it('subscriptions: validated, kept within the caller\'s scope, for managers and admins only', async () => {
    const app = await start({});
    const manager = await app.httpAs({ role: 'manager', units: ['426002'] });
    const me = '/api/v1/alert-subscriptions/me';

    expectProblem(await manager.put(me).send({ email: 'not-an-address', units: ['426002'] }), 400, 'VALIDATION_FAILED', 'email');
    expectProblem(await manager.put(me).send({ email: 'a@example.gov.cn', minSeverity: 'orange' }), 400, 'VALIDATION_FAILED', 'minSeverity');
    expectProblem(await manager.put(me).send({ email: 'a@example.gov.cn', units: '426002' }), 400, 'VALIDATION_FAILED', 'units');
    expectProblem(await manager.put(me).send({ email: 'a@example.gov.cn', units: ['426006'] }), 403, 'UNIT_OUT_OF_SCOPE', 'units');
    expectProblem(await manager.get(me), 404, 'SUBSCRIPTION_NOT_FOUND');

    expectProblem(await manager.put(me).send({ email: 'a@example.gov.cn', delivery: 'hourly' }), 400, 'VALIDATION_FAILED', 'delivery');
    expectProblem(await manager.put(me).send({ email: 'a@example.gov.cn', delivery: 'each', digest: true }), 400, 'VALIDATION_FAILED', 'delivery');
    const set = await manager.put(me).send({ email: 'li@example.gov.cn', units: 'all', minSeverity: 'red', delivery: 'each' });
    expectStatus(set, 200);
    expect(set.body).toMatchObject({ subscription: { username: manager.username, email: 'li@example.gov.cn', units: ['426002'], minSeverity: 'red', delivery: 'each', digest: false, active: true }, changed: true });
    // an older client's digest: false means the same
    expect((await manager.put(me).send({ email: 'li@example.gov.cn', units: 'all', minSeverity: 'red', digest: false })).body.changed).toBe(false);
    expect((await manager.get(me)).body.subscription.email).toBe('li@example.gov.cn');

    const accountant = await app.httpAs({ role: 'accountant', units: ['426002'] });
    expectProblem(await accountant.put(me).send({ email: 'a@example.gov.cn' }), 403, 'ROLE_NOT_PERMITTED');
    expectProblem(await app.anonymous.get(me), 401, 'UNAUTHENTICATED');
    expectProblem(await manager.get('/api/v1/alert-subscriptions'), 403, 'ROLE_NOT_PERMITTED');

    // admins: see all, set someone's, within that user's scope
    const list = await app.http.get('/api/v1/alert-subscriptions');
    expect(list.body.subscriptions).toHaveLength(1);
    expectProblem(await app.http.put(`/api/v1/alert-subscriptions/${manager.username}`).send({ email: 'li@example.gov.cn', units: ['426006'] }), 422, 'UNIT_OUT_OF_SCOPE', 'units');
    expectProblem(await app.http.put(`/api/v1/alert-subscriptions/${accountant.username}`).send({ email: 'a@example.gov.cn' }), 422, 'ROLE_CANNOT_SUBSCRIBE');
    expectProblem(await app.http.put('/api/v1/alert-subscriptions/nobody').send({ email: 'a@example.gov.cn' }), 404, 'USER_NOT_FOUND');
    const byAdmin = await app.http.put(`/api/v1/alert-subscriptions/${manager.username}`).send({ email: 'li2@example.gov.cn', units: ['426002'] });
    expectStatus(byAdmin, 200);
    expect(byAdmin.body.subscription).toMatchObject({ email: 'li2@example.gov.cn', minSeverity: 'yellow', delivery: 'grouped', digest: true });
    expect((await app.http.get('/api/v1/alert-subscriptions')).body.subscriptions).toEqual([expect.objectContaining({ username: manager.username, displayName: manager.username, delivery: 'grouped' })]);

    expectStatus(await manager.delete(me), 204);
    expectProblem(await manager.delete(me), 404, 'SUBSCRIPTION_NOT_FOUND');
  });
});
