import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Unauthenticated } from '@app/kernel';
import { Public } from '../auth/authorize';
import { Metrics } from '@app/platform';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Prometheus scrape endpoint. Public by default (scraped on an internal network, like /health); with
 * METRICS_TOKEN set it answers only `Authorization: Bearer <METRICS_TOKEN>` (401 problem otherwise).
 */
@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOperation({ summary: 'Prometheus metrics: commands, projection lag, queues, e-mails (text exposition format)' })
  @ApiProduces('text/plain')
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const token = this.config.METRICS_TOKEN;
    if (token !== undefined) {
      const given = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '';
      // compared as digests: equal length, constant time
      if (!timingSafeEqual(digest(given), digest(token))) throw new Unauthenticated('METRICS_TOKEN_REQUIRED', 'send `Authorization: Bearer <METRICS_TOKEN>` to read the metrics');
    }
    res.type(this.metrics.registry.contentType);
    return this.metrics.scrape();
  }
}
