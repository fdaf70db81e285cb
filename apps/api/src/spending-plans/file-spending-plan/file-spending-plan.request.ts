import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsBusinessDate } from '../../shared/dates';

export const EXAMPLE_MONTHS = ['30000.00', '30000.00', '60000.00', '30000.00', '30000.00', '60000.00', '30000.00', '30000.00', '60000.00', '30000.00', '30000.00', '60000.00'];

/**
 * 用款计划: the shape is checked here (twelve strings); each month's value (0 or more, at most 2 decimals) and the sum
 * (the line's current appropriation) by the decider, which names the field (`months.3` is April).
 */
export class FileSpendingPlanRequest {
  @ApiProperty({
    type: [String], minItems: 12, maxItems: 12, example: EXAMPLE_MONTHS,
    description: '1–12 月计划用款（元）: twelve 元 decimal strings, January first, 0 or more, adding up to the line\'s current appropriation',
  })
  @IsArray({ message: 'months 须为 1–12 月共 12 个金额（元） / months must be a list of twelve 元 amounts, January first' })
  @ArrayMinSize(12, { message: 'months 须为 1–12 月共 12 个金额，少了 / months must have twelve amounts' })
  @ArrayMaxSize(12, { message: 'months 须为 1–12 月共 12 个金额，多了 / months must have twelve amounts' })
  @IsString({ each: true, message: 'months 每月金额须为字符串，如 "1234.56" / each month must be a decimal string such as "1234.56"' })
  @MaxLength(32, { each: true })
  months!: string[];

  @ApiPropertyOptional({ type: String, example: '2023-06-20', description: '生效日期: the plan is in force from this business date (YYYY-MM-DD; default today, Asia/Shanghai); not before the plan in force' })
  @IsOptional() @IsString() @IsBusinessDate()
  effectiveDate?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: '项目招标推迟，三季度集中支付', description: '调整原因 (optional)' })
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(500)
  reason?: string | null;
}
