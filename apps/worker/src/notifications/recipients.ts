import { AlertSubscription, UnitScope, subscriptionCovers } from '@app/domain';
import { EvaluationRun, NotificationRequest } from './notification';
import { EmailJob } from './mail-queue';
import { renderDigest, renderSingle } from './render';

/** A subscription as it reaches today: units narrowed to the subscriber's current account scope. */
export interface Subscriber {
  readonly subscription: AlertSubscription;
  readonly units: UnitScope;
}

export interface PlannedEmail {
  readonly jobName: 'alert-email' | 'alert-digest';
  readonly data: EmailJob;
}

/**
 * Who gets which e-mail for these notifications: each matching subscriber one e-mail per notification,
 * or, with the digest option, one e-mail for all of theirs in this run. Pure; the same input always
 * plans the same e-mails (the job ids derive from them).
 */
export function planEmails(requests: readonly NotificationRequest[], run: EvaluationRun, subscribers: readonly Subscriber[], publicUrl: string): PlannedEmail[] {
  const unique = [...new Map(requests.map((r) => [r.notificationId, r])).values()].sort((a, b) => a.notificationId.localeCompare(b.notificationId));
  const planned: PlannedEmail[] = [];
  for (const { subscription, units } of subscribers) {
    const mine = unique.filter((r) => subscriptionCovers(subscription, units, { unit: r.alert.unit, severity: r.alert.severity }));
    if (mine.length === 0) continue;
    const recipient = { username: subscription.username, email: subscription.email };
    if (subscription.digest) {
      planned.push({ jobName: 'alert-digest', data: { recipient, notifications: mine, digest: true, runId: run.runId, subject: renderDigest(mine, publicUrl).subject } });
    } else {
      for (const n of mine) {
        planned.push({ jobName: 'alert-email', data: { recipient, notifications: [n], digest: false, runId: run.runId, subject: renderSingle(n, publicUrl).subject } });
      }
    }
  }
  return planned;
}
