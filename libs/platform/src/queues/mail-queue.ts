import { createHash } from 'node:crypto';
import type { JobsOptions, MinimalJob } from 'bullmq';
import type { AppConfig } from '@app/config';
import { NotificationRequest } from './notification';

/** The e-mail queue: one job per e-mail; its failed jobs are the dead-letter list. */
export const NOTIFICATIONS_QUEUE = 'notifications';

export interface EmailRecipient {
  readonly username: string;
  readonly email: string;
}

/** single: one notice; grouped: a run's notices by unit and rule, worst first; summary: counts and the worst few. */
export type EmailLayout = 'single' | 'grouped' | 'summary';

/** One e-mail to one recipient: a single notification, or all of a recipient's notices of one run. */
export interface EmailJob {
  readonly recipient: EmailRecipient;
  readonly notifications: readonly NotificationRequest[];
  /** more than one notice in it (older jobs carry this alone: a digest is `grouped`) */
  readonly digest: boolean;
  readonly layout?: EmailLayout;
  readonly runId: string;
  /** for the dead-letter list and the board; the e-mail itself is rendered when it is sent */
  readonly subject: string;
}

/**
 * Derived from what the e-mail is about (the notifications and the recipient), so enqueuing the same
 * e-mail twice is one job. A hash: notification ids may contain ':' and BullMQ ids must not.
 */
export function emailJobId(notificationIds: readonly string[], username: string): string {
  const key = `${username.trim().toLowerCase()}|${[...notificationIds].sort().join(',')}`;
  return `mail-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

/** Backoff type name of the e-mail jobs, computed by `fullJitterBackoff` on the worker. */
export const JITTER_BACKOFF = 'exponential-full-jitter';
/** No wait between attempts exceeds this, whatever EMAIL_BACKOFF_MS and the attempt number. */
const MAX_BACKOFF_MS = 6 * 3600_000;

export function emailJobOptions(config: Pick<AppConfig, 'EMAIL_ATTEMPTS' | 'EMAIL_BACKOFF_MS'>, jobId: string): JobsOptions {
  return {
    jobId,
    attempts: config.EMAIL_ATTEMPTS,
    backoff: { type: JITTER_BACKOFF, delay: config.EMAIL_BACKOFF_MS },
    // completed jobs only help the board; the sent record in the event store is what prevents a resend
    removeOnComplete: { age: 7 * 24 * 3600, count: 5000 },
    // failed jobs are kept: they are the dead-letter list an admin sees and retries
    removeOnFail: false,
  };
}

/**
 * Exponential from EMAIL_BACKOFF_MS with full jitter (a random wait between 0 and base·2^(n−1)): after an
 * SMTP outage the queued e-mails spread out instead of all hitting the server again at the same instant.
 */
export function fullJitterBackoff(attemptsMade: number, type?: string, _err?: Error, job?: MinimalJob): number {
  const base = (job?.opts.backoff as { delay?: number } | undefined)?.delay ?? 30_000;
  if (type !== JITTER_BACKOFF) return base;
  const ceiling = Math.min(MAX_BACKOFF_MS, base * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(Math.random() * ceiling);
}
