import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { LineFilterRequest } from '../../read-models/read-query.request';
import { IsFiscalYear } from '../../shared/dates';

export class CompareExecutionRequest extends LineFilterRequest {
  @ApiPropertyOptional({ example: '2023,2024', description: 'fiscal years to compare, comma-separated (default: the year of asOf and the one before)' })
  @IsOptional() @Matches(/^\d{4}(,\d{4}){0,9}$/, { message: 'years must be up to 10 four-digit years separated by commas, such as 2023,2024' }) @IsFiscalYear({ list: true })
  years?: string;

  @ApiPropertyOptional({ example: '426001-2024-B-2080101-30101', description: 'a line of any of the years: followed across years by its id without the year, with the 上年结转 line carried from it' })
  @IsOptional() @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'line must be a line id' })
  line?: string;
}
