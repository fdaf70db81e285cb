import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { isEmail } from 'class-validator';
import type { Attachment } from 'nodemailer/lib/mailer';
import { AlertFigures, LiveFigures, liveAsOf } from '@app/alerting';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ChartImages } from './chart-images';
import { DemoYears } from './demo-years';
import { EmailJob, NotificationRequest } from '@app/platform';
import { MailTransport } from './mail-transport';
import { NotificationHolds } from './notification-holds';
import { RenderContext, renderEmail, worstFirst } from './render';
import { SentNotifications } from './sent-notifications';

export interface SendOutcome {
  /** held-back: every notice was silenced or inhibited, nothing to send */
  readonly status: 'sent' | 'already-sent' | 'held-back';
  readonly notifications: number;
  readonly heldBack?: number;
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
    private readonly holds: NotificationHolds,
    private readonly figures: AlertFigures,
    private readonly charts: ChartImages,
    private readonly demoYears: DemoYears,
  ) {}

  async send(job: EmailJob, jobId: string): Promise<SendOutcome> {
    if (!isEmail(job.recipient.email)) throw new UnrecoverableError(`INVALID_ADDRESS: ${JSON.stringify(job.recipient.email)} is not an e-mail address`);
    if (job.notifications.length === 0) throw new UnrecoverableError('EMPTY_EMAIL: the job names no notification');
    const unsent = await this.sent.unsent(job.notifications, job.recipient.username);
    if (unsent.length === 0) return { status: 'already-sent', notifications: 0 };
    const now = new Date();
    const held = await this.holds.heldBack(unsent, now);
    const pending = unsent.filter((n) => !held.has(n.notificationId));
    if (pending.length === 0) return { status: 'held-back', notifications: 0, heldBack: held.size };
    const { context, attachments } = await this.prepare(pending, now);
    const mail = renderEmail(job.layout ?? (job.digest ? 'grouped' : 'single'), pending, context);
    let delivered;
    try {
      delivered = await this.transport.send({
        from: this.config.MAIL_FROM, to: job.recipient.email, subject: mail.subject, text: mail.text, html: mail.html, attachments,
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
    return { status: 'sent', notifications: pending.length, heldBack: held.size, messageId: delivered.messageId };
  }

  /** What the e-mail shows beyond its notices: the figures now, whether they are demo data, and the worst subject's chart. */
  private async prepare(pending: readonly NotificationRequest[], now: Date): Promise<{ context: RenderContext; attachments: Attachment[] }> {
    const live = await this.figures.current(pending.map((n) => n.alert), now).catch((error: unknown): Map<string, LiveFigures> => {
      // the figures now are a help, not a condition: without the read store the e-mail still goes out with the recorded ones
      this.logger.warn(`live figures unavailable, sending the recorded ones: ${error instanceof Error ? error.message : String(error)}`);
      return new Map();
    });
    const demo = await this.demoYears.anySimulated(pending.map((n) => n.alert.fiscalYear));
    // the worst subject that has a chart to draw (a derived indicator without cases yet has none)
    const charted = [...pending].sort(worstFirst).filter((n) => n.alert.chart).slice(0, 3);
    let png: Buffer | null = null;
    let worst: NotificationRequest | undefined;
    for (const n of charted) {
      png = await this.charts.render(n.alert.chart!, n.alert.fiscalYear, liveAsOf(n.alert.fiscalYear, now), n.alert.subjectName);
      if (png) { worst = n; break; }
    }
    if (!worst || !png) return { context: { publicUrl: this.config.PUBLIC_URL, live, demo }, attachments: [] };
    const caption = `${worst.alert.subjectName}：${worst.alert.chart!.kind === 'execution' ? '月度执行曲线（实线为执行率，虚线为序时进度）' : '数值变化（虚线为目标值）'}`;
    const cid = `chart-${createHash('sha256').update(worst.notificationId).digest('hex').slice(0, 16)}@budget-tracker`;
    return {
      context: { publicUrl: this.config.PUBLIC_URL, live, demo, chart: { cid, caption } },
      attachments: [{ filename: 'chart.png', content: png, contentType: 'image/png', cid, contentDisposition: 'inline' }],
    };
  }
}
