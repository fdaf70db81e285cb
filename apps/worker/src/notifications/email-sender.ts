import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { isEmail } from 'class-validator';
import { APP_CONFIG, AppConfig } from '@app/config';
import { EmailJob } from './mail-queue';
import { MailTransport } from './mail-transport';
import { renderDigest, renderSingle } from './render';
import { SentNotifications } from './sent-notifications';

export interface SendOutcome {
  readonly status: 'sent' | 'already-sent';
  readonly notifications: number;
  readonly messageId?: string;
}

/** An SMTP reply 5xx to the envelope or the data is permanent (no such mailbox, refused): retrying cannot help. */
const permanent = (e: unknown) => {
  const { responseCode, code } = e as { responseCode?: number; code?: string };
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600 && code !== 'EAUTH';
};

/**
 * Sends one e-mail job exactly once per notification × recipient, as far as a mail protocol allows:
 * 1. the notifications already recorded as sent to this recipient are dropped (all of them: nothing to do);
 * 2. the rest are rendered and handed to SMTP (or the outbox);
 * 3. once the server has accepted it, `AlertNotificationSent.v1` is recorded for each.
 * The remaining window: a crash (or a lost connection to the event store) after the server accepted the
 * message and before step 3 is recorded sends it again on the next attempt. The Message-ID is the job's,
 * so the duplicate is recognisable; the outbox closes the window itself (the job's file is found again).
 */
@Injectable()
export class EmailSender {
  private readonly logger = new Logger('EmailSender');

  constructor(
    private readonly transport: MailTransport,
    private readonly sent: SentNotifications,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(job: EmailJob, jobId: string): Promise<SendOutcome> {
    if (!isEmail(job.recipient.email)) throw new UnrecoverableError(`INVALID_ADDRESS: ${JSON.stringify(job.recipient.email)} is not an e-mail address`);
    if (job.notifications.length === 0) throw new UnrecoverableError('EMPTY_EMAIL: the job names no notification');
    const pending = await this.sent.unsent(job.notifications, job.recipient.username);
    if (pending.length === 0) return { status: 'already-sent', notifications: 0 };
    const mail = job.digest ? renderDigest(pending, this.config.PUBLIC_URL) : renderSingle(pending[0], this.config.PUBLIC_URL);
    let delivered;
    try {
      delivered = await this.transport.send({
        from: this.config.MAIL_FROM, to: job.recipient.email, subject: mail.subject, text: mail.text, html: mail.html,
        messageId: `<${jobId}@budget-tracker>`,
        headers: { 'X-Budget-Recipient': job.recipient.username, 'X-Budget-Notifications': pending.map((n) => n.notificationId).join(', ') },
      }, jobId);
    } catch (e) {
      if (permanent(e)) throw new UnrecoverableError(`SMTP_REJECTED: ${(e as Error).message}`);
      throw e;
    }
    // ── the window: accepted by the server, not yet recorded (see above) ──
    await this.sent.record(pending, job.recipient, { jobId, messageId: delivered.messageId, transport: delivered.transport, digest: job.digest, runId: job.runId });
    this.logger.debug(`sent ${jobId} to ${job.recipient.username} (${pending.length} notification(s), ${delivered.transport})`);
    return { status: 'sent', notifications: pending.length, messageId: delivered.messageId };
  }
}
