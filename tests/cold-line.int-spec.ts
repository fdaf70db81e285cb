import type { Response } from 'supertest';
import { DomainEvent, lineStreamId } from '@app/domain';
import { AggregateStore, envelope, systemContext } from '@app/kernel';
import { budgetDocument, lineIds } from './support/budget-document';
import { TestApp, expectStatus, startTestApp } from './support/test-app';

/**
 * A line folded cold (no state in memory, no snapshot) is read in pages (ADR 0020): other requests are answered
 * between its pages instead of waiting for the whole stream. Here the app keeps no state in memory
 * (STATE_CACHE_SIZE=0), writes no snapshots and reads pages of 10 events, so that a payment on a line of 61
 * events folds it in 7 pages; the test stops the fold after its second page, asks /health, and lets it go on.
 */
describe('a cold line over HTTP (e2e)', () => {
  let t: TestApp;
  const lineId = lineIds(2023).personnel;
  const stream = lineStreamId(lineId);

  beforeAll(async () => {
    t = await startTestApp({ STATE_CACHE_SIZE: '0', SNAPSHOT_EVERY: '0', STREAM_PAGE_SIZE: '10' });
    await t.importBudget(budgetDocument(2023));
    // 60 payments of 100.00 recorded earlier (appended straight to the store, as a committed import would)
    const ctx = systemContext('accountant', new Date('2023-06-30T02:00:00Z'));
    const paid = (n: number): DomainEvent => ({
      type: 'DisbursementRecorded.v1', effectiveDate: '2023-06-01',
      data: { disbursementId: `seed-${n}`, lineId, amount: '100.00', voucherNo: `S-${n}`, payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null },
    });
    await t.store.append(stream, envelope(Array.from({ length: 60 }, (_, n) => paid(n)), ctx, '426001'), 'any');
  }, 60_000);
  afterAll(async () => { await t?.close(); });

  it('given a command folding the line, when /health is asked between two of its pages, then /health answers and the command then records the payment on the full balance', async () => {
    const aggregates = t.app.get(AggregateStore);
    const folded: number[] = [];
    let health: Response | undefined;
    let commandDone = false;
    const stop = aggregates.observePages(async (page) => {
      if (page.streamId !== stream) return;
      folded.push(page.revision);
      if (page.page === 1 && health === undefined) {
        health = await t.anonymous.get('/health');
        // answered while the command is still folding: it has not finished, and pages remain
        expect(commandDone).toBe(false);
      }
    });
    try {
      const command = t.http.post(`/api/v1/lines/${lineId}/disbursements`)
        .send({ amount: '1000.00', effectiveDate: '2023-06-30', voucherNo: 'COLD-1' })
        .then((res) => { commandDone = true; return res; });
      const res = await command;

      expectStatus(health!, 200);
      expect(health!.body.checks.eventStore.status).toBe('up');
      expect(folded.slice(0, 3)).toEqual([9, 19, 29]);
      expect(folded).toContain(60);
      expectStatus(res, 201);
      expect(res.body.revision).toBe(61);
    } finally {
      stop();
    }
    expect(await t.line(lineId)).toMatchObject({ revision: 61, disbursed: '7000.00', available: '493000.00', disbursements: 61 });
  });
});
