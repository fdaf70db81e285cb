import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { BullBoardModule } from '@bull-board/nestjs';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { AppConfig } from '@app/config';
import { ApiModule } from '../apps/api/src/api.module';
import { InfrastructureModule, ALERT_EVALUATIONS, bullConnection } from '@app/platform';
import { WorkerModule } from '../apps/worker/src/worker.module';

/**
 * The queues as an API process sees them: producers only (dead-letter retry, the admin board), no BullMQ
 * worker, no alert schedule, no trigger loop.
 */
@Module({})
class ApiQueuesModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ApiQueuesModule,
      imports: [
        BullModule.forRoot({ connection: bullConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX }),
        BullBoardModule.forRoot({ route: '/admin/queues', adapter: BullBoardFastifyAdapter }),
        BullModule.registerQueue({ name: ALERT_EVALUATIONS }),
        BullBoardModule.forFeature({ name: ALERT_EVALUATIONS, adapter: BullMQAdapter }),
      ],
    };
  }
}

/**
 * What a process runs, by ROLE (docs/adr/0008-production-topology.md):
 * - `all` (default, npm start): API, projector, queue workers and alert evaluation in one process.
 * - `api`: HTTP API and projector; queues as producer only. Scale it behind the load balancer.
 * - `worker`: queue workers (alert evaluations, e-mail), the alert schedule and trigger loop, and the
 *   projector. It loads the API modules too — the alert rules read the read models and the indicator
 *   evaluator that live there — and its HTTP port serves /health to the orchestrator; it is not published.
 */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    const infrastructure = InfrastructureModule.register(config);
    const queues = config.ROLE === 'api' ? ApiQueuesModule.register(config) : WorkerModule.register(config);
    return { module: AppModule, imports: [infrastructure, ApiModule, queues] };
  }
}
