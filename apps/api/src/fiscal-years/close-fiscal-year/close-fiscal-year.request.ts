import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { TextField } from '../../shared/dto';

const FATES = ['carry', 'lapse'];
const FATE_TEXT = '"carry" (结转 into the next year) or "lapse" (结余, returned)';

/** What becomes of unspent balances; the most specific rule wins: lines, projects, carriedIn, kinds, then project / basic. */
export class CloseRulesRequest {
  @ApiPropertyOptional({ enum: ['lapse'], description: '基本支出: always 结余; "carry" is refused (BASIC_LINE_CANNOT_CARRY)' })
  @IsOptional() @IsIn(FATES, { message: `basic must be ${FATE_TEXT}` }) basic?: 'carry' | 'lapse';

  @ApiPropertyOptional({ enum: FATES, description: '项目支出 not otherwise ruled (default carry)' })
  @IsOptional() @IsIn(FATES, { message: `project must be ${FATE_TEXT}` }) project?: 'carry' | 'lapse';

  @ApiPropertyOptional({ enum: FATES, description: 'lines that are themselves 上年结转 (default lapse: carried one year only)' })
  @IsOptional() @IsIn(FATES, { message: `carriedIn must be ${FATE_TEXT}` }) carriedIn?: 'carry' | 'lapse';

  @ApiPropertyOptional({ type: 'object', additionalProperties: { enum: FATES }, example: { 上级专项: 'carry', 年初特定目标: 'lapse' },
    description: 'by project kind: 表十 category or sub-category (the sub-category wins)' })
  @IsOptional() @IsObject() kinds?: Record<string, 'carry' | 'lapse'>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { enum: FATES }, example: { P09: 'carry' }, description: 'by project code' })
  @IsOptional() @IsObject() projects?: Record<string, 'carry' | 'lapse'>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { enum: FATES }, example: { '426001-2023-P01': 'lapse' }, description: 'by line id' })
  @IsOptional() @IsObject() lines?: Record<string, 'carry' | 'lapse'>;
}

export class CloseFiscalYearRequest {
  @TextField('why the year is closed (recorded with who and when)', 500, '2023 年度年终结账') reason!: string;

  @ApiPropertyOptional({ type: Boolean, example: false, description: 'close before 31 December has passed (refused otherwise: FISCAL_YEAR_NOT_ENDED)' })
  @IsOptional() @IsBoolean({ message: 'force must be true or false' }) force?: boolean;

  @ApiProperty({ type: CloseRulesRequest, required: false, example: { project: 'carry', kinds: { 结转项目: 'lapse' }, projects: { P05: 'lapse' } } })
  @IsOptional() @ValidateNested() @Type(() => CloseRulesRequest) rules?: CloseRulesRequest;
}
