import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { Public } from '../auth/authorize';
import { HealthChecks } from './health-checks';
import { HealthAnswer } from './health.response';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly checks: HealthChecks) {}

  /** 200 when the event store answers (commands work); everything else is reported but only degrades. */
  @Get()
  @ApiOperation({ summary: 'State of the event store, read store, projection lag, Redis, SMTP, and this instance\'s projector role' })
  @ApiOkResponse({
    type: HealthAnswer,
    description: '{ status: up|degraded, checks: { eventStore: {status, headPosition}, redis: {status}, readModels: {status: up|catching-up|lagging, position, behind, lagSeconds, '
      + 'catchUp while catching up after a start: {phase: rebuilding|catching-up, position, target, percent, eventsPerSecond}}, '
      + 'readStore: {status, dialect}, smtp: {status, mode: smtp|outbox}, projector: {role: active|standby, instance, holder} } }',
  })
  @ApiResponse({ status: 503, description: 'the event store does not answer (status down)' })
  async health(@Res({ passthrough: true }) res: Response) {
    const report = await this.checks.report();
    res.status(report.status === 'down' ? 503 : 200);
    return report;
  }
}
