import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics (`GET /metrics`). A registry per application, not prom-client's global
 * one, so that several apps in one process (tests) do not collide. Counters and histograms are updated
 * where things happen (commands, e-mails); gauges of state are read at scrape time (see scrape-collectors).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  /** 命令: commands by type (the use case) and outcome (`ok` or the problem code) */
  readonly commands = new Counter({
    name: 'budget_commands_total', help: 'Commands handled, by type and outcome (ok or the problem code)',
    labelNames: ['command', 'outcome'] as const, registers: [this.registry],
  });

  readonly commandSeconds = new Histogram({
    name: 'budget_command_duration_seconds', help: 'Command latency from the handler being reached to the answer, by type and outcome',
    labelNames: ['command', 'outcome'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly emailsSent = new Counter({
    name: 'budget_emails_sent_total', help: 'Alert e-mails accepted by the SMTP server or written to the outbox (and recorded as sent)',
    registers: [this.registry],
  });

  readonly emailFailures = new Counter({
    name: 'budget_email_failures_total', help: 'Failed e-mail attempts; final="true" when the e-mail goes to the dead-letter list',
    labelNames: ['final'] as const, registers: [this.registry],
  });

  private readonly preparers: (() => Promise<void>)[] = [];

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'budget_process_' });
  }

  /** Work done once per scrape before the gauges are read (one measurement shared by several gauges). */
  beforeScrape(prepare: () => Promise<void>): void {
    this.preparers.push(prepare);
  }

  /** The exposition text of everything registered, measured now. */
  async scrape(): Promise<string> {
    await Promise.all(this.preparers.map((p) => p().catch(() => undefined)));
    return this.registry.metrics();
  }

  command(command: string, outcome: string, seconds: number): void {
    this.commands.inc({ command, outcome });
    this.commandSeconds.observe({ command, outcome }, seconds);
  }

  /** the e-mail processor's report: one message sent (not an already-sent repeat) */
  emailSent(): void {
    this.emailsSent.inc();
  }

  emailFailed(final: boolean): void {
    this.emailFailures.inc({ final: String(final) });
  }
}
