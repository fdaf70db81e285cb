import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DomainError } from '@app/domain';
import { Authorize } from '../../../auth/authorize';
import { EmailJob, NOTIFICATIONS_QUEUE } from '@app/platform';
import { DeadLetterRetried } from '../../outbox/outbox.response';

/**
 * Puts a dead letter back on the queue with its attempts reset (e.g. after the SMTP server or its
 * configuration was fixed). It is still sent at most once: the processor checks the sent record first.
 */
@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/notifications/dead-letters')
export class RetryDeadLetterController {
  constructor(@InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue<EmailJob>) {}

  @Post(':jobId/retry')
  @HttpCode(202)
  @Authorize('users:manage')
  @ApiOperation({ summary: '重发 Retry a dead letter (admin)' })
  @ApiResponse({ status: 202, type: DeadLetterRetried })
  @ApiResponse({ status: 404, description: 'DEAD_LETTER_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'NOT_A_DEAD_LETTER: the job is waiting, running or already sent' })
  async retry(@Param('jobId') jobId: string) {
    const job = /^mail-[0-9a-f]{40}$/.test(jobId) ? await this.queue.getJob(jobId) : undefined;
    if (!job) throw DomainError.notFound('DEAD_LETTER_NOT_FOUND', 'jobId', `no e-mail job ${jobId}`);
    const state = await job.getState();
    if (state !== 'failed') throw DomainError.conflict('NOT_A_DEAD_LETTER', 'jobId', `the e-mail job is ${state}, not failed`, { state });
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return { jobId, state: 'waiting' };
  }
}
