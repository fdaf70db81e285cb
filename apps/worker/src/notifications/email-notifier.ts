import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { AlertSettings } from '@app/alerting';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ALERT_SETTINGS, EvaluationRun, NotificationRequest, Notifier, EmailJob, NOTIFICATIONS_QUEUE, emailJobId, emailJobOptions } from '@app/platform';
import { planEmails } from './recipients';
import { SubscriberDirectory } from './subscriber-directory';

/** How long `notify` waits for Redis before telling the caller to try again later. */
const ENQUEUE_TIMEOUT_MS = 10_000;

/**
 * The Notifier port over the `notifications` queue: plans the e-mails from the subscriptions and enqueues
 * one job each. A repeated call enqueues nothing new (same job ids); a job that was already sent and
 * removed is skipped by the processor (the sent record), so it is safe to call twice.
 */
@Injectable()
export class EmailNotifier implements Notifier {
  constructor(
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue<EmailJob>,
    private readonly subscribers: SubscriberDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ALERT_SETTINGS) private readonly settings: AlertSettings,
  ) {}

  async notify(requests: readonly NotificationRequest[], run: EvaluationRun): Promise<void> {
    if (requests.length === 0) return;
    const planned = planEmails(requests, run, await this.subscribers.current(), { summaryAbove: this.settings.summaryAbove, routes: this.settings.routes });
    if (planned.length === 0) return;
    const jobs = planned.map((p) => ({
      name: p.jobName, data: p.data,
      opts: emailJobOptions(this.config, emailJobId(p.data.notifications.map((n) => n.notificationId), p.data.recipient.username)),
    }));
    // the connection retries forever while Redis is away; the caller must hear about it and retry later
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the ${NOTIFICATIONS_QUEUE} queue did not answer within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.queue.addBulk(jobs), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
