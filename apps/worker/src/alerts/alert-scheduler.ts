import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ALERT_EVALUATIONS } from '@app/platform';

export const FULL_EVALUATION_SCHEDULER = 'alert-full-evaluation';

/**
 * The daily full evaluation (ALERT_SCHEDULE, default 08:30 Beijing time) as a BullMQ job scheduler: one
 * schedule in Redis however many processes upsert it. Registered in the background so that a start while
 * Redis is away is not held up; it is retried until Redis answers.
 */
@Injectable()
export class AlertScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('AlertScheduler');
  constructor(@InjectQueue(ALERT_EVALUATIONS) private readonly queue: Queue, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    if (this.config.ALERTS_ENABLED) void this.register(1000);
  }

  private async register(retryMs: number): Promise<void> {
    try {
      await this.queue.upsertJobScheduler(FULL_EVALUATION_SCHEDULER, { pattern: this.config.ALERT_SCHEDULE, tz: this.config.ALERT_TIMEZONE }, {
        name: 'full', data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      });
      this.logger.log(`full alert evaluation scheduled: "${this.config.ALERT_SCHEDULE}" (${this.config.ALERT_TIMEZONE})`);
    } catch (error) {
      if (String(error).includes('Connection is closed')) return; // shutting down
      setTimeout(() => void this.register(Math.min(retryMs * 2, 60_000)), retryMs).unref();
    }
  }
}
