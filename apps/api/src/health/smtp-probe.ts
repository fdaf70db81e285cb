import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@app/config';

export type SmtpState = { readonly status: 'up'; readonly mode: 'smtp' | 'outbox' } | { readonly status: 'down'; readonly mode: 'smtp'; readonly error: string };

/** a probe every few seconds must not become an SMTP session every few seconds */
const CACHE_MS = 30_000;

/**
 * Whether alert e-mails can leave: with SMTP_URL, the server greets and accepts the login (nodemailer's
 * verify, cached for 30 s); without it the outbox (files under DATA_DIR/outbox) is always available.
 */
@Injectable()
export class SmtpProbe implements OnModuleDestroy {
  private readonly transport?: Transporter;
  private last: { until: number; state: Promise<SmtpState> } | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.SMTP_URL) this.transport = createTransport({ url: config.SMTP_URL, connectionTimeout: 3000, greetingTimeout: 3000, socketTimeout: 5000 });
  }

  check(): Promise<SmtpState> {
    const transport = this.transport;
    if (!transport) return Promise.resolve({ status: 'up', mode: 'outbox' });
    if (!this.last || Date.now() > this.last.until) {
      const entry = { until: Date.now() + CACHE_MS, state: Promise.resolve<SmtpState>({ status: 'up', mode: 'smtp' }) };
      entry.state = transport.verify().then((): SmtpState => ({ status: 'up', mode: 'smtp' }), (e: Error): SmtpState => {
        entry.until = Date.now() + 5000; // a server in trouble is looked at again soon
        return { status: 'down', mode: 'smtp', error: e.message };
      });
      this.last = entry;
    }
    return this.last.state;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
