import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Response } from 'supertest';
import type { IdempotencyKeys } from '@app/event-store';
import { WrongExpectedRevisionError } from '@app/event-store';
import { requestFingerprint } from '../apps/api/src/shared/idempotency/idempotency.interceptor';
import { budgetDocument, lineIds } from './support/budget-document';
import { TestApp, expectProblem, expectStatus, product, startTestApp } from './support/test-app';

/**
 * ADR 0017, end to end on both event stores: every command has an identity (its 文号, or its Idempotency-Key), the
 * key is kept beside the events and recorded in the append's own transaction, a claim left by a request cut off is
 * taken over after its lease, and answers that say "try again" are never kept.
 */
const PG_URL = process.env.EVENT_STORE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const LEASE_MS = 1000;
const ids = lineIds(2023);
const date = '2023-04-10';

interface KeyRow { readonly recorded: boolean; readonly answered: boolean }

const topologies = [
  ['SQLite', () => ({})],
  ['PostgreSQL', () => ({ EVENT_STORE: 'postgres', EVENT_STORE_URL: PG_URL, EVENT_STORE_SCHEMA: `idem_test_${process.pid}_${randomUUID().slice(0, 8)}` })],
] as const;

describe.each(topologies)('Idempotency-Key and command identity on %s (e2e)', (name, envOf) => {
  let t: TestApp;
  let keys: IdempotencyKeys;
  let env: Record<string, string>;

  /** The key's row as the event store holds it, read from outside the app. */
  const keyRow = async (key: string): Promise<KeyRow | undefined> => {
    if (name === 'SQLite') {
      const db = new Database(join(t.dataDir, 'events.sqlite'), { readonly: true });
      try {
        const row = db.prepare('SELECT recorded_at, status FROM idempotency_keys WHERE key = ?').get(key) as { recorded_at: number | null; status: number | null } | undefined;
        return row && { recorded: row.recorded_at !== null, answered: row.status !== null };
      } finally {
        db.close();
      }
    }
    const client = new Client({ connectionString: PG_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT recorded_at, status FROM "${env.EVENT_STORE_SCHEMA}".idempotency_keys WHERE key = $1`, [key]);
      return rows[0] && { recorded: rows[0].recorded_at !== null, answered: rows[0].status !== null };
    } finally {
      await client.end();
    }
  };

  /** The key's row once the answer written beside the response has landed (PostgreSQL: a round trip later). */
  const settledKeyRow = async (key: string, expected: KeyRow | undefined): Promise<KeyRow | undefined> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const row = await keyRow(key);
      if (JSON.stringify(row) === JSON.stringify(expected) || Date.now() > deadline) return row;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  /**
   * Makes the store's appends fail (each of append and appendMultiple `times` times, then as before); returns the undo.
   * Set on the store itself, as other tests wrap it: the head doorbell's proxy answers such a property as it is
   * (jest.spyOn would get the proxy's bound copy back, not its mock).
   */
  const failAppends = (fail: () => Promise<never>, times = Number.POSITIVE_INFINITY): (() => void) => {
    const store = t.store as unknown as Record<'append' | 'appendMultiple', (...args: unknown[]) => Promise<unknown>>;
    for (const method of ['append', 'appendMultiple'] as const) {
      const original = store[method];
      let left = times;
      store[method] = (...args: unknown[]) => (left-- > 0 ? fail() : original.apply(t.store, args));
    }
    return () => {
      Reflect.deleteProperty(t.store, 'append'); // back to the store's own (ringing) methods
      Reflect.deleteProperty(t.store, 'appendMultiple');
    };
  };

  beforeAll(async () => {
    env = { ...envOf(), IDEMPOTENCY_LEASE_MS: String(LEASE_MS) } as Record<string, string>;
    t = await startTestApp(env);
    keys = t.app.get<IdempotencyKeys>(product.IDEMPOTENCY_KEYS);
    await t.importBudget(budgetDocument(2023));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (env?.EVENT_STORE_SCHEMA) {
      const client = new Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${env.EVENT_STORE_SCHEMA}" CASCADE`).finally(() => client.end());
    }
  }, 60_000);
  afterEach(() => {
    jest.restoreAllMocks();
    // appends a failed test left failing (failAppends) are the store's own again
    for (const method of ['append', 'appendMultiple']) if (t) Reflect.deleteProperty(t.store, method);
  });

  const transfer = (body: Record<string, unknown>, key?: string) => {
    const req = t.http.post('/api/v1/transfers');
    return (key ? req.set('Idempotency-Key', key) : req).send({ fromLineId: ids.personnel, toLineId: ids.fund, effectiveDate: date, reason: '调剂用于应急周转', ...body });
  };
  const pay = (lineId: string, body: Record<string, unknown>, key: string) =>
    t.http.post(`/api/v1/lines/${lineId}/disbursements`).set('Idempotency-Key', key).send({ effectiveDate: date, ...body });
  /** Retries while the key is held (409 IDEMPOTENCY_KEY_IN_PROGRESS), as a client would: a condition, not a sleep. */
  const retryWhileHeld = async (send: () => Promise<Response>, deadlineMs = 20_000): Promise<{ res: Response; held: number }> => {
    const deadline = Date.now() + deadlineMs;
    for (let held = 0; ; held++) {
      const res = await send();
      if (res.status !== 409 || res.body.code !== 'IDEMPOTENCY_KEY_IN_PROGRESS') return { res, held };
      if (Date.now() > deadline) throw new Error(`the key was still held after ${deadlineMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  describe('a crash between recording and answering', () => {
    it('given a transfer whose events were recorded under a key and whose answer was lost, when retried under the key, then it waits for the lease and answers the recorded transfer, recording nothing again', async () => {
      // the process "dies" after the append: the answer is never kept, the claim stays
      jest.spyOn(keys, 'answer').mockRejectedValueOnce(new Error('killed before the answer was written'));
      const key = `crash-${randomUUID()}`;
      const body = { amount: '1000.00', documentNo: null };
      const first = await transfer(body, key);
      expectStatus(first, 201);
      expect(await keyRow(key)).toEqual({ recorded: true, answered: false });
      const head = await t.headPosition();

      const { res: again } = await retryWhileHeld(() => transfer(body, key));

      expectStatus(again, 201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual({ ...first.body, from: { ...first.body.from, replayed: true }, to: { ...first.body.to, replayed: true } });
      expect(await t.headPosition()).toBe(head);
      expect(await settledKeyRow(key, { recorded: true, answered: true })).toEqual({ recorded: true, answered: true });
    });

    it('given a key claimed by a request cut off before it recorded anything, when retried within the lease, then 409 IDEMPOTENCY_KEY_IN_PROGRESS; after it, the request runs once', async () => {
      const key = `cut-${randomUUID()}`;
      const body = { amount: '10.00', voucherNo: `记-${randomUUID().slice(0, 8)}` };
      await keys.claim({ scope: 'admin', key, fingerprint: requestFingerprint('POST', `/api/v1/lines/${ids.operating}/disbursements`, { effectiveDate: date, ...body }) }, new Date(), LEASE_MS);
      const before = await t.line(ids.operating);

      const held = await pay(ids.operating, body, key);
      expectProblem(held, 409, 'IDEMPOTENCY_KEY_IN_PROGRESS', 'Idempotency-Key');
      const { res } = await retryWhileHeld(() => pay(ids.operating, body, key));

      expectStatus(res, 201);
      expect(res.headers['idempotent-replayed']).toBeUndefined();
      expect(await t.line(ids.operating)).toMatchObject({ disbursements: before.disbursements + 1 });
    });
  });

  describe('the natural key of a 调剂 and a 追加 (文号)', () => {
    it('given a transfer under 文号 A, when the same transfer is sent under a new key, then nothing new is recorded and the original is answered; with another amount, 409 DOCUMENT_NO_ALREADY_USED', async () => {
      const documentNo = `潼人社发〔2023〕${randomUUID().slice(0, 6)}号`;
      const first = await transfer({ amount: '200.00', documentNo }, `k1-${randomUUID()}`);
      expectStatus(first, 201);
      const head = await t.headPosition();

      const again = await transfer({ amount: '200.00', documentNo }, `k2-${randomUUID()}`);
      const unkeyed = await transfer({ amount: '200.00', documentNo });
      const other = await transfer({ amount: '201.00', documentNo }, `k3-${randomUUID()}`);

      for (const res of [again, unkeyed]) {
        expectStatus(res, 201);
        expect(res.body).toEqual({ transferId: first.body.transferId, from: { ...first.body.from, replayed: true }, to: { ...first.body.to, replayed: true } });
      }
      expectProblem(other, 409, 'DOCUMENT_NO_ALREADY_USED', 'documentNo');
      expect(other.body.details).toEqual({ recorded: { amount: '200.00', effectiveDate: date } });
      expect(await t.headPosition()).toBe(head);
    });

    it('given two transfers under one 文号 with different amounts sent at once, then exactly one is recorded and the other is refused DOCUMENT_NO_ALREADY_USED', async () => {
      const documentNo = `潼人社发〔2023〕${randomUUID().slice(0, 6)}号`;
      const head = await t.headPosition();

      const answers = await Promise.all(['300.00', '301.00'].map((amount) => transfer({ amount, documentNo }, `race-${randomUUID()}`)));

      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(answers.find((r) => r.status === 409)?.body.code).toBe('DOCUMENT_NO_ALREADY_USED');
      expect(await t.headPosition()).toBe(head + 2);
    });

    it('given a 追加 under 文号 B, when sent again under a new key, then it is answered as recorded; a 调减 under the same 文号 is another adjustment', async () => {
      const documentNo = `潼财社〔2023〕${randomUUID().slice(0, 6)}号`;
      const increase = (key: string) => t.http.post(`/api/v1/lines/${ids.employment}/increases`).set('Idempotency-Key', key)
        .send({ amount: '500.00', effectiveDate: date, reason: '追加', documentNo });
      const first = await increase(`a1-${randomUUID()}`);
      expectStatus(first, 201);
      const head = await t.headPosition();

      const again = await increase(`a2-${randomUUID()}`);

      expectStatus(again, 201);
      expect(again.body).toEqual({ ...first.body, replayed: true });
      expect(await t.headPosition()).toBe(head);
      expectStatus(await t.http.post(`/api/v1/lines/${ids.employment}/decreases`).send({ amount: '500.00', effectiveDate: date, reason: '调减', documentNo }), 201);
    });
  });

  describe('answers that say "try again" are not kept', () => {
    it('given a request answered 409 CONCURRENT_MODIFICATION, when retried under the same key, then it runs and records once', async () => {
      const fail = () => Promise.reject(new WrongExpectedRevisionError(`line-${ids.operating}`, '0', 1));
      const restore = failAppends(fail);
      const key = `busy-${randomUUID()}`;
      const body = { amount: '20.00', voucherNo: `记-${randomUUID().slice(0, 8)}` };
      const before = await t.line(ids.operating);

      expectProblem(await pay(ids.operating, body, key), 409, 'CONCURRENT_MODIFICATION');
      expect(await settledKeyRow(key, undefined)).toBeUndefined();
      restore();
      const retry = await pay(ids.operating, body, key);

      expectStatus(retry, 201);
      expect(retry.headers['idempotent-replayed']).toBeUndefined();
      expect(await t.line(ids.operating)).toMatchObject({ disbursements: before.disbursements + 1 });
    });

    it('given a request answered 412 (a stale If-Match), when retried under the same key with the current revision, then it runs', async () => {
      const key = `stale-${randomUUID()}`;
      const body = { amount: '30.00', voucherNo: `记-${randomUUID().slice(0, 8)}` };
      const { revision } = await t.line(ids.operating);

      expectProblem(await pay(ids.operating, body, key).set('If-Match', String(revision - 1)), 412, 'REVISION_MISMATCH', 'If-Match');
      const retry = await pay(ids.operating, body, key).set('If-Match', String(revision));

      expectStatus(retry, 201);
    });

    it('given a business rejection (409 OVERSPEND_BLOCKED), when retried under the same key, then the kept rejection is answered again', async () => {
      const key = `refused-${randomUUID()}`;
      const body = { amount: '99999999.00', voucherNo: `记-${randomUUID().slice(0, 8)}` };
      const first = await pay(ids.operating, body, key);
      expectProblem(first, 409, 'OVERSPEND_BLOCKED', 'amount');

      const again = await pay(ids.operating, body, key);

      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      // its OverspendBlocked fact, and the rejection
      expect(await settledKeyRow(key, { recorded: true, answered: true })).toEqual({ recorded: true, answered: true });
    });
  });

  describe('the key and the events commit together', () => {
    it('given an append that fails, then no key row is left, and the same request under the key runs again', async () => {
      const restore = failAppends(() => Promise.reject(new Error('disk full')), 1);
      const key = `failed-${randomUUID()}`;
      const body = { amount: '40.00', voucherNo: `记-${randomUUID().slice(0, 8)}` };

      expectProblem(await pay(ids.operating, body, key), 500, 'INTERNAL_ERROR');
      expect(await settledKeyRow(key, undefined)).toBeUndefined();
      restore();

      expectStatus(await pay(ids.operating, body, key), 201);
      expect(await settledKeyRow(key, { recorded: true, answered: true })).toEqual({ recorded: true, answered: true });
    });
  });

  describe('垫付 and 欠薪案件 under a key', () => {
    it('given a case reported and an advance paid under keys whose answers were lost, when both are retried after the case was resolved, then each answers its first result and nothing is recorded again', async () => {
      jest.spyOn(keys, 'answer').mockRejectedValue(new Error('killed before the answer was written'));
      const caseKey = `case-${randomUUID()}`;
      const report = { unit: '426006', employer: `重庆某劳务公司 ${randomUUID().slice(0, 4)}`, workersAffected: 3, amountOwed: '9000.00', effectiveDate: date };
      const reported = await t.http.post('/api/v1/wage-arrears-cases').set('Idempotency-Key', caseKey).send(report);
      expectStatus(reported, 201);
      const advanceKey = `advance-${randomUUID()}`;
      const advance = { caseId: reported.body.caseId, amount: '9000.00', workers: 3, effectiveDate: date };
      const paid = await t.http.post(`/api/v1/lines/${ids.fund}/fund-advances`).set('Idempotency-Key', advanceKey).send(advance);
      expectStatus(paid, 201);
      jest.restoreAllMocks();
      expectStatus(await t.http.post(`/api/v1/wage-arrears-cases/${reported.body.caseId}/resolution`)
        .send({ resolution: 'fund_advance', effectiveDate: date }), 201);
      const head = await t.headPosition();

      const { res: caseAgain } = await retryWhileHeld(() => t.http.post('/api/v1/wage-arrears-cases').set('Idempotency-Key', caseKey).send(report));
      const { res: advanceAgain } = await retryWhileHeld(() => t.http.post(`/api/v1/lines/${ids.fund}/fund-advances`).set('Idempotency-Key', advanceKey).send(advance));

      expectStatus(caseAgain, 201);
      expect(caseAgain.body).toEqual({ ...reported.body, replayed: true });
      expectStatus(advanceAgain, 201);
      expect(advanceAgain.body).toEqual({ ...paid.body, replayed: true });
      expect(await t.headPosition()).toBe(head);
    });
  });
});
