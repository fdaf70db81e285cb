import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@app/config';
import { findOutboxFile, writeOutboxFile } from '@app/platform';

export interface Delivered {
  readonly messageId: string;
  readonly transport: 'smtp' | 'outbox';
  /** the .eml name in outbox mode */
  readonly file?: string;
}

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise the embedded default, the outbox: each e-mail
 * rendered by nodemailer's stream transport and written as one .eml under OUTBOX_DIR. Timeouts are short
 * so that a dead server fails the attempt fast and the queue's backoff takes over.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly smtp?: Transporter;
  private readonly stream: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.smtp = createTransport({ url: config.SMTP_URL, connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 30_000 });
    }
    this.stream = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  get mode(): 'smtp' | 'outbox' {
    return this.smtp ? 'smtp' : 'outbox';
  }

  async send(message: SendMailOptions, jobId: string): Promise<Delivered> {
    if (this.smtp) {
      const info = await this.smtp.sendMail(message);
      return { messageId: String(info.messageId), transport: 'smtp' };
    }
    const existing = await findOutboxFile(this.config.OUTBOX_DIR, jobId);
    if (existing) return { messageId: String(message.messageId ?? existing), transport: 'outbox', file: existing };
    const info = await this.stream.sendMail(message);
    const file = await writeOutboxFile(this.config.OUTBOX_DIR, jobId, info.message as Buffer);
    return { messageId: String(info.messageId), transport: 'outbox', file };
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}
