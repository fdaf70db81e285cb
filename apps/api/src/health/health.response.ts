import { ApiProperty } from '@nestjs/swagger';

/** GET /health */
export class HealthAnswer {
  @ApiProperty({ enum: ['up', 'degraded', 'down'] }) status!: string;
  @ApiProperty({
    type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } } },
    example: { eventStore: { status: 'up', headPosition: 1042 }, redis: { status: 'up' }, readModels: { status: 'up', position: 1042, behind: 0, lagSeconds: 0 },
      readStore: { status: 'up', dialect: 'sqlite' }, smtp: { status: 'up', mode: 'outbox' }, projector: { role: 'active', instance: 'api-1', holder: 'api-1' } },
    description: 'one entry per dependency, each with its status and figures',
  })
  checks!: Record<string, Record<string, unknown> & { status?: string }>;
}
