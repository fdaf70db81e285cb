import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { AlertEvaluation } from '../../apps/worker/src/alerts/evaluation/alert-evaluation';
import { ALERT_EVALUATIONS, NOTIFICATIONS_QUEUE } from '@app/platform';
import { AlertEvaluationProcessor } from '../../apps/worker/src/alerts/alert-evaluation.processor';
import { AlertTriggers } from '../../apps/worker/src/alerts/triggers/alert-triggers';
import type { TestSmtp, ReceivedMail } from './smtp';
import { Http, TestApp, expectStatus } from './test-app';

/** ALERT_SETTINGS with only these rules on, so a scenario sees only the alerts it is about. */
export function onlyRules(rules: Record<string, object>): string {
  const all = ['indicator_light', 'indicator_ceiling', 'execution_lag', 'fund_balance_low', 'fund_advance_overdue', 'indicator_stale', 'overspend', 'sangong_cap', 'plan_behind', 'plan_exceeded'];
  return JSON.stringify({ rules: Object.fromEntries(all.map((r) => [r, rules[r] ? { enabled: true, ...rules[r] } : { enabled: false }])) });
}

export const alerting = (t: TestApp) => ({
  evaluation: t.app.get(AlertEvaluation),
  triggers: t.app.get(AlertTriggers),
  /** the BullMQ worker of the evaluation queue: paused, only explicit runs evaluate */
  worker: () => t.app.get(AlertEvaluationProcessor).worker,
});

/** Until the alert trigger loop has handed everything stored so far to the queues and the notifier. */
export async function triggersCaughtUp(t: TestApp, timeoutMs = 30_000): Promise<void> {
  const head = await t.store.headPosition();
  const deadline = Date.now() + timeoutMs;
  while (t.app.get(AlertTriggers).position < head) {
    if (Date.now() > deadline) throw new Error(`alert triggers at ${t.app.get(AlertTriggers).position}, store at ${head}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until `count` e-mails to `to` arrived, then until alerting is idle (alertingIdle: nothing left that could
 * send another), so that the list answered is final: a later e-mail would have been sent before idle.
 */
export async function mailsTo(t: TestApp, smtp: TestSmtp, to: string, count: number, timeoutMs = 30_000): Promise<ReceivedMail[]> {
  const mine = () => smtp.received.filter((m) => m.to.includes(to));
  const deadline = Date.now() + timeoutMs;
  while (mine().length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} e-mail(s) to ${to}, got ${mine().length}: ${mine().map((m) => m.subject).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await alertingIdle(t);
  return mine();
}

export async function subscribe(user: Http, email: string, units: 'all' | string[], extra: Record<string, unknown> = {}): Promise<void> {
  expectStatus(await user.put('/api/v1/alert-subscriptions/me').send({ email, units, minSeverity: 'yellow', digest: false, ...extra }), 200);
}

/**
 * Until alerting has nothing left to do: the trigger loop has handed on everything stored, and no evaluation or
 * e-mail job is waiting, running or delayed, twice in a row with the store's head unchanged. A positive signal
 * that every e-mail the events call for has been sent, so that a count of the e-mails received is final. With
 * the evaluation worker paused (a test that runs evaluations itself), queued evaluations wait by design and
 * only a running one counts. The daily evaluation's scheduler always keeps its next run delayed: not work in progress.
 */
export async function alertingIdle(t: TestApp, timeoutMs = 60_000): Promise<void> {
  const [evaluations, mail] = [ALERT_EVALUATIONS, NOTIFICATIONS_QUEUE].map((name) => t.app.get<Queue>(getQueueToken(name)));
  const paused = alerting(t).worker().isPaused();
  const deadline = Date.now() + timeoutMs;
  let quietAt: number | undefined;
  for (;;) {
    await triggersCaughtUp(t, Math.max(1000, deadline - Date.now()));
    const head = await t.store.headPosition();
    const counts = await Promise.all([
      paused ? evaluations.getJobCounts('active') : pending(evaluations),
      pending(mail),
    ]);
    const busy = counts.some((c) => Object.values(c).some((n) => n > 0));
    if (!busy && quietAt === head && t.app.get(AlertTriggers).position >= head) return;
    quietAt = busy ? undefined : head;
    if (Date.now() > deadline) throw new Error(`alerting still busy: ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Jobs waiting, running or delayed in a queue, but for a job scheduler's next run. */
async function pending(queue: Queue): Promise<Record<string, number>> {
  const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
  return { ...counts, delayed: (await queue.getDelayed()).filter((job) => !job.repeatJobKey).length };
}
