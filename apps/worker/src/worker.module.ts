import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { AppConfig } from '@app/config';
import { bullConnection } from './redis-connection';

/**
 * BullMQ on Redis and the queue board. The processors (rule evaluation, e-mail) arrive with the alerting
 * capability; they register their queues here with BullModule.registerQueue and BullBoardModule.forFeature.
 */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        BullModule.forRoot({ connection: bullConnection(config.REDIS_URL), prefix: 'budget' }),
        BullBoardModule.forRoot({ route: '/admin/queues', adapter: ExpressAdapter }),
      ],
    };
  }
}
