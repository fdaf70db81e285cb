import { Inject, Injectable } from '@nestjs/common';
import { AlertNotificationSent } from '@app/domain';
import { DuplicateEventIdError, EVENT_STORE, EventStore, StreamWrite } from '@app/event-store';
import { systemContext, deterministicId, envelope } from '@app/kernel';
import { NotificationRequest, EmailRecipient } from '@app/platform';

export const NOTIFIER_ACTOR = 'system:notifier';

export const alertNotificationsStream = (alertId: string) => `alert-notifications-${alertId}`;

/** One id per notification × recipient: whichever job or process records it, it is the same event. */
export const sentEventId = (notificationId: string, username: string) =>
  deterministicId(`AlertNotificationSent|${notificationId}|${username.trim().toLowerCase()}`);

/** The sent records, one stream per alert (`alert-notifications-{alertId}`), so the alert's history shows who was told. */
@Injectable()
export class SentNotifications {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The notifications not yet sent to this recipient. */
  async unsent(notifications: readonly NotificationRequest[], username: string): Promise<NotificationRequest[]> {
    const found = await Promise.all(notifications.map((n) => this.store.findEvent(sentEventId(n.notificationId, username))));
    return notifications.filter((_, i) => found[i] === undefined);
  }

  async record(notifications: readonly NotificationRequest[], recipient: EmailRecipient, sent: { jobId: string; messageId: string; transport: 'smtp' | 'outbox'; digest: boolean; runId: string }): Promise<void> {
    const ctx = { ...systemContext(NOTIFIER_ACTOR), correlationId: sent.runId, causationId: sent.jobId };
    const byAlert = new Map<string, NotificationRequest[]>();
    for (const n of notifications) byAlert.set(n.alert.alertId, [...(byAlert.get(n.alert.alertId) ?? []), n]);
    const writes: StreamWrite[] = [...byAlert].map(([alertId, ns]) => ({
      streamId: alertNotificationsStream(alertId),
      expectedRevision: 'any',
      events: envelope(ns.map((n): AlertNotificationSent => ({
        type: 'AlertNotificationSent.v1', effectiveDate: n.alert.asOf,
        data: { notificationId: n.notificationId, alertId, kind: n.kind, username: recipient.username, email: recipient.email,
          digest: sent.digest, jobId: sent.jobId, messageId: sent.messageId, transport: sent.transport },
      })), ctx, ns[0].alert.unit, ns.map((n) => sentEventId(n.notificationId, recipient.username))),
    }));
    try {
      await this.store.appendMultiple(writes);
    } catch (e) {
      if (!(e instanceof DuplicateEventIdError)) throw e;
      // another delivery of the same job recorded some of them first: record the rest one by one
      for (const w of writes) for (const event of w.events) await this.store.append(w.streamId, [event], 'any').catch(ignoreDuplicate);
    }
  }
}

const ignoreDuplicate = (e: unknown) => {
  if (!(e instanceof DuplicateEventIdError)) throw e;
};
