import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { type DomainEvent, lineStreamId } from '@app/domain';
import { envelope, systemContext } from '@app/kernel';
import { budgetDocument, lineIds } from './support/budget-document';
import { alertingIdle, onlyRules, triggersCaughtUp } from './support/alerting';
import { TestApp, product, startTestApp } from './support/test-app';

/**
 * The alert trigger loop never rereads history it is not responsible for (issue 14, ADR 19): with no checkpoint
 * stored (a new read-model database beside a store that has a history) it starts at the head with one full
 * evaluation; after a restart it resumes from its stored checkpoint. The loop turns each page of 500 events
 * into evaluation jobs, a `unit` job per unit touched by payments: rereading the history would queue them.
 */
describe('alert trigger loop: from its checkpoint, never through seen history', () => {
  const ids = lineIds(2023);
  const apps: TestApp[] = [];
  afterAll(async () => { for (const app of apps.reverse()) await app.close(); });

  /** `count` payments of 1.00 on `lineId`, appended to the store as the record-disbursement handler would. */
  async function pay(t: TestApp, lineId: string, unit: string, count: number): Promise<void> {
    const ctx = systemContext('clerk', new Date('2023-07-01T02:00:00Z'));
    const events: DomainEvent[] = Array.from({ length: count }, () => {
      const id = randomUUID();
      return {
        type: 'DisbursementRecorded.v1', effectiveDate: '2023-06-30',
        data: { disbursementId: id, lineId, amount: '1.00', voucherNo: `R-${id}`, payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null },
      };
    });
    for (let i = 0; i < events.length; i += 100) await t.store.append(lineStreamId(lineId), envelope(events.slice(i, i + 100), ctx, unit), 'any');
  }

  /** The names and units of every evaluation job the app's queue has run. */
  async function evaluationsRun(t: TestApp): Promise<string[]> {
    const queue = t.app.get<Queue>(getQueueToken(product.ALERT_EVALUATIONS));
    const jobs = await queue.getJobs(['completed', 'failed']);
    return jobs.map((j) => (j.name === 'unit' ? `unit ${j.data.unit}` : j.name)).sort();
  }

  it('given a history beyond one page and no trigger checkpoint, starts at the head with one full evaluation; restarted, it resumes from its checkpoint', async () => {
    // the history: written by an instance without alerting, so no trigger checkpoint is stored
    const writer = await startTestApp();
    apps.push(writer);
    await writer.importBudget(budgetDocument(2023));
    await pay(writer, ids.personnel, '426001', 400);
    await pay(writer, ids.fund, '426006', 400);
    const history = await writer.store.headPosition();
    expect(history).toBeGreaterThan(500); // the loop reads pages of 500: rereading would queue `unit` jobs for the second page

    const first = await startTestApp({ DATA_DIR: writer.dataDir, ALERTS_ENABLED: 'true', ALERT_SETTINGS: onlyRules({}) });
    apps.push(first);
    await alertingIdle(first);
    expect(await evaluationsRun(first)).toEqual(['full']);
    await first.close();
    apps.splice(apps.indexOf(first), 1);

    // new payments of one unit while no loop runs, then a restart: only they are triggered
    await pay(writer, ids.fund, '426006', 3);
    const second = await startTestApp({ DATA_DIR: writer.dataDir, ALERTS_ENABLED: 'true', ALERT_SETTINGS: onlyRules({}) });
    apps.push(second);
    await triggersCaughtUp(second);
    await alertingIdle(second);
    expect(await evaluationsRun(second)).toEqual(['unit 426006']);
  });
});
