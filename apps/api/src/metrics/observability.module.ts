import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { HealthChecks } from '../health/health-checks';
import { SmtpProbe } from '../health/smtp-probe';
import { RequestInterceptor } from './request.interceptor';
import { Metrics } from '@app/platform';
import { MetricsController } from './metrics.controller';
import { ScrapeCollectors } from './scrape-collectors';

/**
 * Health checks, Prometheus metrics and the log context of requests, for whatever the process runs (API,
 * worker, or both). Global: the health controller and the e-mail processor find `HealthChecks` and
 * `Metrics` wherever they are declared.
 */
@Global()
@Module({
  imports: [TerminusModule.forRoot()],
  controllers: [MetricsController],
  providers: [
    Metrics, ScrapeCollectors, HealthChecks, SmtpProbe,
    { provide: APP_INTERCEPTOR, useClass: RequestInterceptor },
  ],
  exports: [Metrics, HealthChecks],
})
export class ObservabilityModule {}

@Module({})
class ObservedModule {}

/** The application module with observability beside it (src/create-app.ts). */
export function withObservability(app: DynamicModule): DynamicModule {
  return { module: ObservedModule, imports: [app, ObservabilityModule] };
}
