import { ApiProperty } from '@nestjs/swagger';

/** GET /lines/{lineId}: a line's attributes and its current figures, as its own stream folds them. */
export class LineAnswer {
  @ApiProperty({ example: '426006-2023-P09' }) lineId!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: '426' }) department!: string;
  @ApiProperty({ example: '426006' }) unit!: string;
  @ApiProperty({ enum: ['basic', 'project'] }) type!: string;
  @ApiProperty({ type: String, nullable: true, example: 'P09' }) project!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '农民工工资应急周转金' }) projectName!: string | null;
  @ApiProperty({ enum: ['personnel', 'operating'], nullable: true, description: '基本支出: 人员经费 or 公用经费' }) basicKind!: string | null;
  @ApiProperty({ example: '2080799', description: '功能分类 code' }) functional!: string;
  @ApiProperty({ type: String, nullable: true, example: '30299', description: '经济分类 code' }) economic!: string | null;
  @ApiProperty({ example: '一般公共预算拨款' }) fundingSource!: string;
  @ApiProperty({ example: '500000.00', description: '年初预算 as established (元)' }) amount!: string;
  @ApiProperty({ enum: ['block', 'warn'], description: 'a payment beyond the balance is refused (block) or recorded with a warning (warn)' }) overspendPolicy!: string;
  @ApiProperty({ example: true, description: '农民工工资应急周转金: advances and recoveries are recorded on it' }) revolvingFund!: boolean;
  @ApiProperty({ example: 'import-426-2023-initial' }) importId!: string;
  @ApiProperty({ type: [String], example: ['overspendPolicy'], description: 'attributes the import inferred rather than read' }) inferred!: readonly string[];
  @ApiProperty({ example: 12, description: 'the line stream\'s revision (send it as If-Match)' }) revision!: number;
  @ApiProperty({ example: '500000.00', description: '当前预算指标 (元)' }) appropriated!: string;
  @ApiProperty({ example: '120000.00', description: 'disbursed net of reversals (元)' }) disbursed!: string;
  @ApiProperty({ example: '30000.00', description: '垫付 not yet recovered (元)' }) advancesOutstanding!: string;
  @ApiProperty({ example: '350000.00', description: '可用余额 (元)' }) available!: string;
  @ApiProperty({ example: 14, description: 'payments recorded' }) disbursements!: number;
}
