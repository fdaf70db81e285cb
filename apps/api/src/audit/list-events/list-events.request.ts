import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Paging and filters of the raw event log (原始事件日志). */
export class ListEventsRequest {
  @ApiPropertyOptional({ example: '0', description: 'events with a global position after this one (the previous page\'s `next`)' })
  @IsOptional() @Matches(/^\d{1,15}$/, { message: 'after must be a global position (a whole number)' }) after?: string;

  @ApiPropertyOptional({ example: '200', description: 'events per page, 1–1000 (default 200)' })
  @IsOptional() @Matches(/^\d{1,4}$/, { message: 'limit must be a whole number from 1 to 1000' }) limit?: string;

  @ApiPropertyOptional({ example: 'line-426001-2023-P01', description: 'only this stream' })
  @IsOptional() @IsString() @MaxLength(300) stream?: string;

  @ApiPropertyOptional({ example: 'DisbursementRecorded.v1', description: 'only this event type' })
  @IsOptional() @IsString() @MaxLength(100) type?: string;

  @ApiPropertyOptional({ description: 'only events recorded by this user' })
  @IsOptional() @IsString() @MaxLength(200) actor?: string;
}
