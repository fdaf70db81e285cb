import type { StoredEvent } from '@app/event-store';
import { budgetDocument, indicatorIds, lineIds } from './support/budget-document';
import { TestApp, expectStatus, startTestApp } from './support/test-app';

/**
 * What the commands leave in the event store, read through the app's own EVENT_STORE provider:
 * versioned event types and the metadata envelope (who, for which unit, as part of what, when, effective when).
 */
describe('stored events (e2e)', () => {
  let t: TestApp;
  const ids = lineIds(2023);
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t?.close(); });

  const stream = (streamId: string) => t.store.readStream(streamId);

  it('given an import by the admin with X-Correlation-Id (and a spoofed X-Actor), when recorded, then the document, line and indicator events carry the logged-in admin and the correlation id with effectiveDate 1 January', async () => {
    const before = new Date().toISOString();
    const res = await t.http.post('/api/v1/budget-imports?dryRun=false')
      .set('X-Actor', 'finance-office').set('X-Correlation-Id', 'corr-import-2023').send(budgetDocument(2023));
    expectStatus(res, 200);
    const after = new Date().toISOString();

    const [document] = await stream('budget-426-2023');
    const [personnel] = await stream(`line-${ids.personnel}`);
    const [fund] = await stream(`line-${ids.fund}`);
    const [indicator] = await stream(`indicator-2023-${indicatorIds.disposalRate}`);

    expect(document).toMatchObject({ type: 'BudgetDocumentImported.v1', data: { importId: res.body.importId, kind: 'initial' } });
    expect(personnel).toMatchObject({ type: 'AppropriationEstablished.v1', data: { lineId: ids.personnel, amount: '500000.00', unit: '426001' } });
    expect(fund.type).toBe('AppropriationEstablished.v1');
    expect(indicator).toMatchObject({ type: 'IndicatorDefined.v1', data: { indicatorId: indicatorIds.disposalRate, metric: 'wage_arrears_disposal_rate', unit: '426006' } });
    for (const [event, unit] of [[document, null], [personnel, '426001'], [fund, '426006'], [indicator, '426006']] as const) {
      expect(event.metadata).toEqual({
        eventId: event.id, actor: 'admin', unit, correlationId: 'corr-import-2023', causationId: null,
        recordedAt: expect.stringMatching(ISO_INSTANT), effectiveDate: '2023-01-01',
      });
      const recordedAt = String(event.metadata.recordedAt);
      expect(recordedAt >= before && recordedAt <= after).toBe(true);
    }
    // one import, one instant
    expect(new Set([document, personnel, fund, indicator].map((e) => e.metadata.recordedAt)).size).toBe(1);
  });

  it('given a disbursement by an accountant with X-Correlation-Id and Idempotency-Key, when recorded, then its event carries the accountant, the correlation id, and the key as causation', async () => {
    const accountant = await t.httpAs({ role: 'accountant', units: ['426001'], username: 'accountant-426001' });
    const res = await accountant.post(`/api/v1/lines/${ids.personnel}/disbursements`)
      .set('X-Actor', 'someone-else').set('X-Correlation-Id', 'corr-pay-0001').set('Idempotency-Key', 'idem-pay-0001')
      .send({ amount: '2500.00', effectiveDate: '2023-03-05', voucherNo: '记-2023-03-0001', payee: '张三', subsidyCategory: '公益性岗位补贴', beneficiaries: 1 });
    expectStatus(res, 201);

    const events = await stream(`line-${ids.personnel}`);
    const recorded = events.at(-1) as StoredEvent;

    expect(recorded).toMatchObject({
      id: res.body.eventIds[0], type: 'DisbursementRecorded.v1', revision: res.body.revision, position: res.body.position,
      data: { disbursementId: res.body.eventIds[0], lineId: ids.personnel, amount: '2500.00', voucherNo: '记-2023-03-0001', beneficiaries: 1 },
    });
    expect(recorded.metadata).toEqual({
      eventId: res.body.eventIds[0], actor: 'accountant-426001', unit: '426001', correlationId: 'corr-pay-0001', causationId: 'idem-pay-0001',
      recordedAt: expect.stringMatching(ISO_INSTANT), effectiveDate: '2023-03-05',
    });
  });

  it('given requests without X-Correlation-Id, when recorded, then the actor is the logged-in user and each request gets its own correlation id', async () => {
    const pay = (voucherNo: string) => t.http.post(`/api/v1/lines/${ids.operating}/disbursements`).send({ amount: '10.00', effectiveDate: '2023-04-01', voucherNo });
    expectStatus(await pay('记-2023-04-0001'), 201);
    expectStatus(await pay('记-2023-04-0002'), 201);

    const [first, second] = (await stream(`line-${ids.operating}`)).slice(-2);

    for (const event of [first, second]) {
      expect(event.metadata).toMatchObject({ actor: 'admin', causationId: null, correlationId: expect.stringMatching(UUID), effectiveDate: '2023-04-01' });
    }
    expect(first.metadata.correlationId).not.toBe(second.metadata.correlationId);
  });

  it('given a transfer, when recorded, then both sides share the correlation id and each names its own unit', async () => {
    const res = await t.http.post('/api/v1/transfers').set('X-Actor', 'finance-office').set('X-Correlation-Id', 'corr-transfer-1')
      .send({ fromLineId: ids.personnel, toLineId: ids.fund, amount: '1000.00', effectiveDate: '2023-05-01', reason: '调剂' });
    expectStatus(res, 201);

    const out = (await stream(`line-${ids.personnel}`)).at(-1) as StoredEvent;
    const into = (await stream(`line-${ids.fund}`)).at(-1) as StoredEvent;

    expect(out).toMatchObject({ type: 'AppropriationTransferredOut.v1', data: { transferId: res.body.transferId, toLineId: ids.fund }, metadata: { unit: '426001', correlationId: 'corr-transfer-1', effectiveDate: '2023-05-01' } });
    expect(into).toMatchObject({ type: 'AppropriationTransferredIn.v1', data: { transferId: res.body.transferId, fromLineId: ids.personnel }, metadata: { unit: '426006', correlationId: 'corr-transfer-1', effectiveDate: '2023-05-01' } });
  });

  it('given everything recorded so far, then every event has a versioned type name and the full metadata envelope', async () => {
    const inspector = await t.httpAs({ role: 'accountant', units: ['426006'], username: 'inspector' });
    const caseRes = await inspector.post('/api/v1/wage-arrears-cases')
      .send({ unit: '426006', employer: '某劳务公司', workersAffected: 3, amountOwed: '9000.00', effectiveDate: '2023-06-01' });
    expectStatus(caseRes, 201);
    expectStatus(await t.http.post(`/api/v1/indicators/2023/${indicatorIds.subsidised}/progress-reports`).send({ asOf: '2023-06-30', value: '40' }), 201);

    const all = await t.store.readAll();

    expect(all.length).toBeGreaterThan(10);
    for (const event of all) {
      expect({ type: event.type, versioned: /^[A-Z][A-Za-z]+\.v[1-9]\d*$/.test(event.type) }).toEqual({ type: event.type, versioned: true });
      expect(Object.keys(event.metadata).sort()).toEqual(['actor', 'causationId', 'correlationId', 'effectiveDate', 'eventId', 'recordedAt', 'unit']);
      expect(event.metadata.eventId).toBe(event.id);
      expect(event.metadata.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(all.map((e) => e.type))).toEqual(new Set([
      'BudgetDocumentImported.v1', 'AppropriationEstablished.v1', 'IndicatorDefined.v1', 'DisbursementRecorded.v1',
      'AppropriationTransferredOut.v1', 'AppropriationTransferredIn.v1', 'WageArrearsCaseReported.v1', 'IndicatorProgressReported.v1',
      'UserRegistered.v1',
    ]));
    const reported = all.find((e) => e.type === 'WageArrearsCaseReported.v1') as StoredEvent;
    expect(reported.metadata).toMatchObject({ actor: 'inspector', unit: '426006', effectiveDate: '2023-06-01' });
  });
});
