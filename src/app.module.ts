import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ApiModule } from '../apps/api/src/api.module';
import { InfrastructureModule } from '../apps/api/src/infrastructure.module';
import { WorkerModule } from '../apps/worker/src/worker.module';

/** The all-in-one product: API, projector and worker in one process (npm start). */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [InfrastructureModule.register(config), ApiModule, WorkerModule.register(config)] };
  }
}
