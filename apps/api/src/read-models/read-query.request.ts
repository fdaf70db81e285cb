import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsBusinessDate, IsFiscalYear } from '../shared/dates';

/** Query parameters every read endpoint accepts: the date, the fiscal year and read-your-writes. */
export class ReadQueryRequest {
  @ApiPropertyOptional({ example: '2023-06-30', description: '截至日期: figures as of this business date (default: today, Asia/Shanghai)' })
  @IsOptional() @IsBusinessDate()
  asOf?: string;

  @ApiPropertyOptional({ example: '2023', description: 'fiscal year (default: the year of asOf)' })
  @IsOptional() @IsFiscalYear()
  fiscalYear?: string;

  @ApiPropertyOptional({ example: '1234', description: 'wait until the read models include this global position (a command\'s answer)' })
  @IsOptional() @Matches(/^\d{1,15}$/, { message: 'minPosition must be a whole number' })
  minPosition?: string;

  @ApiPropertyOptional({ enum: ['month', 'day'], description: '序时进度 basis (default from TIME_PROGRESS_BASIS)' })
  @IsOptional() @IsIn(['month', 'day'])
  basis?: 'month' | 'day';
}

export class LineFilterRequest extends ReadQueryRequest {
  @ApiPropertyOptional({ example: '426002' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit unit code' }) unit?: string;
  @ApiPropertyOptional({ example: 'P37' }) @IsOptional() @Matches(/^[A-Za-z0-9]{1,16}$/, { message: 'project must be a project code' }) project?: string;
  @ApiPropertyOptional({ enum: ['basic', 'project'] }) @IsOptional() @IsIn(['basic', 'project']) type?: 'basic' | 'project';
  @ApiPropertyOptional({ example: '20807', description: 'functional code prefix (类 3, 款 5, 项 7 digits)' })
  @IsOptional() @Matches(/^(\d{3}|\d{5}|\d{7})$/, { message: 'functional must be a 3, 5 or 7-digit code' }) functional?: string;
  @ApiPropertyOptional({ example: '301', description: 'economic code prefix (类 3, 款 5 digits)' })
  @IsOptional() @Matches(/^(\d{3}|\d{5})$/, { message: 'economic must be a 3 or 5-digit code' }) economic?: string;
}
