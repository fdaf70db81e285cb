import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DomainError, parseBusinessDate } from '@app/domain';
import { TrailFilter } from '../history/audit-trail';
import { IsBusinessDate } from '../../shared/dates';

export const HISTORY_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

export const DEFAULT_LIMIT = 200;
export const MAX_LIMIT = 1000;

const dateOption = (description: string) => ApiPropertyOptional({ example: '2023-07-01', description: `${description} (YYYY-MM-DD, Asia/Shanghai, inclusive)` });

/** Filters, page and format of an audit trail. Filters choose the entries shown, never the figures after them. */
export class GetHistoryRequest {
  @ApiPropertyOptional({ description: 'only events recorded by this user (username)' })
  @IsOptional() @IsString() @MaxLength(200) actor?: string;

  @dateOption('recorded on or after') @IsOptional() @IsBusinessDate() from?: string;
  @dateOption('recorded on or before') @IsOptional() @IsBusinessDate() to?: string;
  @dateOption('effective (business date) on or after') @IsOptional() @IsBusinessDate() effectiveFrom?: string;
  @dateOption('effective (business date) on or before') @IsOptional() @IsBusinessDate() effectiveTo?: string;

  @ApiPropertyOptional({ enum: HISTORY_FORMATS, description: 'json (default, paged), csv (UTF-8 with BOM, CRLF) or xlsx; files hold every matching entry' })
  @IsOptional() @IsIn(HISTORY_FORMATS as unknown as string[], { message: 'format must be json, csv or xlsx' }) format?: HistoryFormat;

  @ApiPropertyOptional({ example: '199', description: 'JSON pages: entries after this stream revision (the previous page\'s `next`)' })
  @IsOptional() @Matches(/^\d{1,15}$/, { message: 'after must be a stream revision (a whole number)' }) after?: string;

  @ApiPropertyOptional({ example: '200', description: `JSON pages: entries per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT})` })
  @IsOptional() @Matches(/^\d{1,4}$/, { message: `limit must be a whole number from 1 to ${MAX_LIMIT}` }) limit?: string;
}

function range(lo: string | undefined, hi: string | undefined, loField: string, hiField: string) {
  if (lo !== undefined) parseBusinessDate(lo, loField);
  if (hi !== undefined) parseBusinessDate(hi, hiField);
  if (lo !== undefined && hi !== undefined && lo > hi) {
    throw DomainError.invalid('INVALID_DATE_RANGE', loField, `${loField} ${lo} is after ${hiField} ${hi}`);
  }
}

/** The checked filter and page; reversed ranges and limits out of range are 422 (impossible dates are 400 at the DTO). */
export function historyQuery(q: GetHistoryRequest): { filter: TrailFilter; limit: number; format: HistoryFormat } {
  range(q.from, q.to, 'from', 'to');
  range(q.effectiveFrom, q.effectiveTo, 'effectiveFrom', 'effectiveTo');
  const limit = q.limit === undefined ? DEFAULT_LIMIT : Number(q.limit);
  if (limit < 1 || limit > MAX_LIMIT) throw DomainError.invalid('INVALID_LIMIT', 'limit', `limit must be from 1 to ${MAX_LIMIT}`);
  const format = q.format ?? 'json';
  const filter: TrailFilter = {
    ...(q.actor !== undefined ? { actor: q.actor } : {}),
    ...(q.from !== undefined ? { from: q.from } : {}), ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.effectiveFrom !== undefined ? { effectiveFrom: q.effectiveFrom } : {}), ...(q.effectiveTo !== undefined ? { effectiveTo: q.effectiveTo } : {}),
    // files hold the whole (filtered) trail; only JSON is paged
    ...(q.after !== undefined && format === 'json' ? { afterRevision: Number(q.after) } : {}),
  };
  return { filter, limit, format };
}

/** The filters in words, for the line under an export's title. */
export function describeFilter(f: TrailFilter): string {
  const parts = [
    f.actor !== undefined ? `操作人 ${f.actor}` : null,
    f.from !== undefined || f.to !== undefined ? `记录日期 ${f.from ?? '…'} 至 ${f.to ?? '…'}` : null,
    f.effectiveFrom !== undefined || f.effectiveTo !== undefined ? `生效日期 ${f.effectiveFrom ?? '…'} 至 ${f.effectiveTo ?? '…'}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? `筛选：${parts.join('；')}` : '筛选：全部';
}
