import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ReadQueryRequest } from '../read-models/read-query.request';
import { AmountUnit } from './sheet/amounts';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `yuan` / `wanyuan` spare clients from percent-encoding 元 / 万元 in a URL. */
const AMOUNT_UNITS = ['元', '万元', 'yuan', 'wanyuan'] as const;

/** Query parameters of every export: the read scope (asOf, fiscalYear, minPosition, basis) plus the file's shape. */
export class ExportRequest extends ReadQueryRequest {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'xlsx (default) or csv (UTF-8 with BOM, CRLF)' })
  @IsOptional() @IsIn(EXPORT_FORMATS as unknown as string[], { message: 'format must be xlsx or csv' })
  format?: ExportFormat;

  @ApiPropertyOptional({ example: '426002', description: 'one budget unit (must be in the caller\'s scope); default: every unit in scope' })
  @IsOptional() @Matches(/^\d{6}$/, { message: 'unit must be a 6-digit unit code' })
  unit?: string;

  @ApiPropertyOptional({ enum: AMOUNT_UNITS, description: '金额单位: 元 (default, exact) or 万元 (2 decimals, as budget documents print)' })
  @IsOptional() @IsIn(AMOUNT_UNITS as unknown as string[], { message: 'amountUnit must be 元 or 万元' })
  amountUnit?: (typeof AMOUNT_UNITS)[number];
}

export function amountUnitOf(q: ExportRequest): AmountUnit {
  return q.amountUnit === '万元' || q.amountUnit === 'wanyuan' ? '万元' : '元';
}
