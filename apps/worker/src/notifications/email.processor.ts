import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Optional } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { Metrics, EmailJob, NOTIFICATIONS_QUEUE, fullJitterBackoff } from '@app/platform';
import { EmailSender, SendOutcome } from './email-sender';

/** Takes e-mail jobs off the `notifications` queue; retries and backoff are the queue's, sending is EmailSender's. */
@Processor(NOTIFICATIONS_QUEUE, { concurrency: 2, settings: { backoffStrategy: fullJitterBackoff } })
export class EmailProcessor extends WorkerHost {
  constructor(private readonly sender: EmailSender, @Optional() private readonly metrics?: Metrics) {
    super();
  }

  async process(job: Job<EmailJob>): Promise<SendOutcome> {
    try {
      const outcome = await this.sender.send(job.data, String(job.id));
      if (outcome.status === 'sent') this.metrics?.emailSent();
      return outcome;
    } catch (error) {
      // final: refused for good, or the last attempt (the job goes to the dead-letter list)
      this.metrics?.emailFailed(error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
      throw error;
    }
  }
}
