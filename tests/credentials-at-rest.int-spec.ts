import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { TEST_ADMIN, TestApp, expectStatus, startTestApp } from './support/test-app';

/**
 * Issue 12 §3: a generated password sent back under an Idempotency-Key was kept verbatim in api.sqlite (which the
 * deploy docs say to back up). Generated passwords and session tokens are answered once and never written down.
 * The keys are now kept beside the events (ADR 0017): in events.sqlite on the embedded topology.
 */
describe('credentials are never kept in the idempotency store (beside the events)', () => {
  let t: TestApp;

  beforeAll(async () => { t = await startTestApp(); }, 120_000);
  afterAll(async () => { await t?.close(); });

  /** Every byte the idempotency store has written: the event store's database and its write-ahead log. */
  const storedBytes = (): string => ['events.sqlite', 'events.sqlite-wal']
    .map((f) => join(t.dataDir, f)).filter((f) => existsSync(f)).map((f) => readFileSync(f).toString('latin1')).join('');

  it('given POST /users without a password under an Idempotency-Key, then the password is answered once, a replay withholds it, and the store never holds it', async () => {
    const key = randomUUID();
    const body = { username: `kj-${randomUUID().slice(0, 8)}`, displayName: '赵会计', role: 'accountant', units: ['426004'] };

    const first = await t.http.post('/api/v1/users').set('Idempotency-Key', key).send(body);
    const replay = await t.http.post('/api/v1/users').set('Idempotency-Key', key).send(body);

    expectStatus(first, 201);
    expect(first.body).toMatchObject({ username: body.username, generatedPassword: expect.stringMatching(/^\S{20}$/), passwordWithheld: false });
    expectStatus(replay, 201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual({ ...first.body, generatedPassword: null, passwordWithheld: true });
    expect(storedBytes()).toContain(key); // the file read is the one the replay came from
    expect(storedBytes()).not.toContain(first.body.generatedPassword);
    expectStatus(await t.anonymous.post('/api/v1/auth/login').send({ username: body.username, password: first.body.generatedPassword }), 200);
  });

  it('given a password reset under an Idempotency-Key, then a replay answers without the password and does not reset again; the store never holds it', async () => {
    const user = await t.httpAs({ role: 'manager', units: 'all' });
    const key = randomUUID();
    const url = `/api/v1/users/${user.username}/password-reset`;

    const first = await t.http.post(url).set('Idempotency-Key', key).send({});
    const replay = await t.http.post(url).set('Idempotency-Key', key).send({});

    expectStatus(first, 200);
    expect(first.body).toEqual({ username: user.username, generatedPassword: expect.stringMatching(/^\S{20}$/), passwordWithheld: false });
    expectStatus(replay, 200);
    expect(replay.body).toEqual({ username: user.username, generatedPassword: null, passwordWithheld: true });
    expect(storedBytes()).toContain(key);
    expect(storedBytes()).not.toContain(first.body.generatedPassword);
    // the replay reset nothing: the password of the first answer still logs in
    expectStatus(await t.anonymous.post('/api/v1/auth/login').send({ username: user.username, password: first.body.generatedPassword }), 200);
  });

  it('given a login under an Idempotency-Key, then the session token is not kept: the key is released and a retry logs in afresh', async () => {
    const key = randomUUID();
    const first = await t.anonymous.post('/api/v1/auth/login').set('Idempotency-Key', key).send(TEST_ADMIN);
    const retry = await t.anonymous.post('/api/v1/auth/login').set('Idempotency-Key', key).send(TEST_ADMIN);

    expectStatus(first, 200);
    expectStatus(retry, 200);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(storedBytes()).not.toContain(first.body.token);
    expect(storedBytes()).not.toContain(retry.body.token);
  });
});
