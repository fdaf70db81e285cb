import { Module } from '@nestjs/common';
import { ChartImages } from './chart-images';
import { DemoYears } from './demo-years';
import { EmailNotifier } from './email-notifier';
import { NotificationHolds } from './notification-holds';
import { EmailProcessor } from './email.processor';
import { EmailSender } from './email-sender';
import { MailQueueModule, NOTIFIER } from '@app/platform';
import { MailTransport } from './mail-transport';
import { SentNotifications } from './sent-notifications';
import { SubscriberDirectory } from './subscriber-directory';

/**
 * E-mail notification of alerts: the Notifier (NOTIFIER), the `notifications` queue and its processor,
 * SMTP or outbox transport. The HTTP side (subscriptions, outbox, dead letters) is the API's.
 */
@Module({
  imports: [MailQueueModule],
  providers: [MailTransport, SentNotifications, SubscriberDirectory, NotificationHolds, ChartImages, DemoYears, EmailSender, EmailProcessor, EmailNotifier, { provide: NOTIFIER, useExisting: EmailNotifier }],
  exports: [NOTIFIER],
})
export class NotificationsModule {}
