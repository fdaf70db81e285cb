import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { InjectQueue } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { Authorize } from '../../../auth/authorize';
import { EmailJob, NOTIFICATIONS_QUEUE } from '@app/platform';
import { PagingRequest, paging } from '../../outbox/paging.request';
import { DeadLetterPage } from '../../outbox/outbox.response';

export const deadLetterView = (job: Job<EmailJob>) => ({
  jobId: String(job.id),
  recipient: job.data.recipient,
  subject: job.data.subject,
  notificationIds: job.data.notifications.map((n) => n.notificationId),
  digest: job.data.digest,
  attempts: job.attemptsMade,
  lastError: job.failedReason ?? null,
  failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
});

/** 死信: e-mails that failed every attempt (or could never succeed), newest first. */
@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/notifications/dead-letters')
export class ListDeadLettersController {
  constructor(@InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue<EmailJob>) {}

  @Get()
  @Authorize('users:manage')
  @ApiOperation({ summary: '死信列表 E-mails that could not be sent (admin)' })
  @ApiOkResponse({ type: DeadLetterPage })
  async list(@Query() query: PagingRequest) {
    const { page, pageSize, start } = paging(query);
    const [jobs, total] = await Promise.all([this.queue.getFailed(start, start + pageSize - 1), this.queue.getFailedCount()]);
    return { items: jobs.filter((j): j is Job<EmailJob> => Boolean(j)).map(deadLetterView), total, page, pageSize };
  }
}
