import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { BullBoardModule } from '@bull-board/nestjs';
import { AppConfig } from '@app/config';
import { AlertingCoreModule, ReadModelsModule, bullConnection } from '@app/platform';
import { NotificationsModule } from './notifications/notifications.module';
import { AlertsModule } from './alerts/alerts.module';

/**
 * BullMQ on Redis and the queue board (admins only, at /admin/queues): alert evaluations (scheduled and
 * event-triggered) and the e-mails they call for.
 */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        BullModule.forRoot({ connection: bullConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX }),
        BullBoardModule.forRoot({ route: '/admin/queues', adapter: BullBoardFastifyAdapter }),
        ReadModelsModule,
        AlertingCoreModule,
        NotificationsModule,
        AlertsModule,
      ],
    };
  }
}
