import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { AmountUnit, CsvEncoding } from '@app/spreadsheets';
import type { ImportOptions } from './import-job-data';
import { IsFiscalYear } from '../../shared/dates';

/** Options of an import, as query parameters (the body is the file). */
export class ImportDisbursementsQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true (default): preview only, records nothing; false: record all rows or none' })
  @IsOptional() @IsIn(['true', 'false']) dryRun?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: answer when the import is finished (200 with the report) instead of 202 at once' })
  @IsOptional() @IsIn(['true', 'false']) wait?: string;

  @ApiPropertyOptional({ enum: ['元', '万元'], description: '金额单位 when the amount header does not say it ("金额（万元）"); default 元' })
  @IsOptional() @IsIn(['元', '万元', 'yuan', 'wanyuan']) amountUnit?: string;

  @ApiPropertyOptional({ enum: ['auto', 'utf8', 'gbk'], description: 'CSV encoding; auto (default) tells UTF-8 (with or without BOM) from GBK/GB18030' })
  @IsOptional() @IsIn(['auto', 'utf8', 'utf-8', 'gbk', 'gb18030']) encoding?: string;

  @ApiPropertyOptional({ example: '2023', description: '预算年度: only lines of this year (default: the year of each row\'s 支付日期)' })
  @IsOptional() @IsFiscalYear() fiscalYear?: string;
}

export function importOptions(q: ImportDisbursementsQuery): ImportOptions {
  const amountUnit: AmountUnit | undefined = q.amountUnit === '万元' || q.amountUnit === 'wanyuan' ? '万元' : q.amountUnit ? '元' : undefined;
  const encoding: CsvEncoding | undefined = q.encoding === 'utf8' || q.encoding === 'utf-8' ? 'utf-8'
    : q.encoding === 'gbk' || q.encoding === 'gb18030' ? 'gb18030' : undefined;
  return {
    dryRun: q.dryRun !== 'false',
    ...(amountUnit ? { amountUnit } : {}), ...(encoding ? { encoding } : {}),
    ...(q.fiscalYear ? { fiscalYear: Number(q.fiscalYear) } : {}),
  };
}

export class ImportRowsQuery {
  @ApiPropertyOptional({ enum: ['ok', 'error', 'already-recorded'] }) @IsOptional() @IsIn(['ok', 'error', 'already-recorded']) outcome?: string;
  @ApiPropertyOptional({ example: '0' }) @IsOptional() @Matches(/^\d{1,9}$/, { message: 'offset must be a whole number' }) offset?: string;
  @ApiPropertyOptional({ example: '100', description: 'at most 1000' }) @IsOptional() @Matches(/^\d{1,4}$/, { message: 'limit must be a whole number ≤ 1000' }) limit?: string;
}

export class CommitQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: answer when the commit is finished' })
  @IsOptional() @IsIn(['true', 'false']) wait?: string;
}
