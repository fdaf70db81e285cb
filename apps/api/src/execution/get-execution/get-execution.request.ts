import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LineFilterRequest } from '../../read-models/read-query.request';

export const GROUP_BY = ['department', 'unit', 'project', 'line', 'functional', 'economic', 'source', 'type'] as const;

export class GetExecutionRequest extends LineFilterRequest {
  @ApiPropertyOptional({ enum: GROUP_BY, description: 'roll-up (default unit)' })
  @IsOptional() @IsIn(GROUP_BY as unknown as string[]) groupBy?: (typeof GROUP_BY)[number];

  @ApiPropertyOptional({ enum: ['1', '2', '3'], description: 'functional 类/款/项 = 1/2/3; economic 类/款 = 1/2' })
  @IsOptional() @IsIn(['1', '2', '3']) level?: '1' | '2' | '3';
}
