import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { EmailJob, NOTIFICATIONS_QUEUE, fullJitterBackoff } from './mail-queue';
import { EmailSender, SendOutcome } from './email-sender';

/** Takes e-mail jobs off the `notifications` queue; retries and backoff are the queue's, sending is EmailSender's. */
@Processor(NOTIFICATIONS_QUEUE, { concurrency: 2, settings: { backoffStrategy: fullJitterBackoff } })
export class EmailProcessor extends WorkerHost {
  constructor(private readonly sender: EmailSender) {
    super();
  }

  process(job: Job<EmailJob>): Promise<SendOutcome> {
    return this.sender.send(job.data, String(job.id));
  }
}
