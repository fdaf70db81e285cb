import { Module } from '@nestjs/common';
import { AlertMailApiModule } from '../../../api/src/alerts/alert-mail-api.module';
import { ChartImages } from './chart-images';
import { DemoYears } from './demo-years';
import { EmailNotifier } from './email-notifier';
import { NotificationHolds } from './notification-holds';
import { EmailProcessor } from './email.processor';
import { EmailSender } from './email-sender';
import { MailQueueModule } from './mail-queue.module';
import { MailTransport } from './mail-transport';
import { NOTIFIER } from './notification';
import { SentNotifications } from './sent-notifications';
import { SubscriberDirectory } from './subscriber-directory';

/**
 * E-mail notification of alerts: the Notifier (NOTIFIER), the `notifications` queue and its processor,
 * SMTP or outbox transport, and the HTTP side (subscriptions, outbox, dead letters).
 */
@Module({
  imports: [MailQueueModule, AlertMailApiModule],
  providers: [MailTransport, SentNotifications, SubscriberDirectory, NotificationHolds, ChartImages, DemoYears, EmailSender, EmailProcessor, EmailNotifier, { provide: NOTIFIER, useExisting: EmailNotifier }],
  exports: [NOTIFIER],
})
export class NotificationsModule {}
