import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ExecutionColumns } from '../get-execution/get-execution.response';

/** One funding source (资金来源) of a year in a comparison: 上年结转 apart from the year's own money. */
export class CompareSourceAnswer {
  @ApiProperty({ example: '上年结转', description: '资金来源' }) source!: string;
  @ApiProperty({ example: 1, description: 'appropriation lines' }) lines!: number;
  @ApiProperty({ example: '491544.00', description: '当前预算指标 (元)' }) appropriated!: string;
  @ApiProperty({ example: '3000.00', description: '支出 net of reversals (元)' }) disbursed!: string;
  @ApiProperty({ type: String, nullable: true, example: '0.61', description: '预算执行率 (percent); null when nothing is appropriated' }) executionRate!: string | null;
}

/** One year of a comparison, as of the same day of that year. */
export class CompareYearAnswer extends ExecutionColumns {
  @ApiProperty({ example: 2024 }) fiscalYear!: number;
  @ApiProperty({ example: '2024-06-30', description: 'the same month and day in this year (29 February becomes the 28th in a common year)' }) asOf!: string;
  @ApiProperty({ example: 2, description: 'appropriation lines' }) lines!: number;
  @ApiProperty({ type: [String], nullable: true, example: ['426002-2024-P29', '426002-2024-JZ-P29'], description: 'the lines followed (with `line`): the counterpart and the 上年结转 line carried from last year\'s; null otherwise' })
  lineIds!: readonly string[] | null;
  @ApiProperty({ example: '1100000.00', description: '年初预算 (元)' }) initial!: string;
  @ApiProperty({ example: '1591544.00', description: '当前预算指标 (元)' }) appropriated!: string;
  @ApiProperty({ example: '3000.00', description: '支出 net of reversals (元)' }) disbursed!: string;
  @ApiProperty({ example: '1588544.00', description: '可用余额 (元)' }) balance!: string;
  @ApiProperty({ type: [CompareSourceAnswer], example: [{ source: '上年结转', lines: 1, appropriated: '491544.00', disbursed: '3000.00', executionRate: '0.61' }] })
  bySource!: readonly CompareSourceAnswer[];
}

/** How one year differs from the year before it in the comparison. */
export class CompareChangeAnswer {
  @ApiProperty({ example: 2023 }) from!: number;
  @ApiProperty({ example: 2024 }) to!: number;
  @ApiProperty({ example: '976544.00', description: 'appropriation of `to` − that of `from` (元)' }) appropriated!: string;
  @ApiProperty({ example: '-120456.00', description: 'disbursed of `to` − that of `from` (元)' }) disbursed!: string;
  @ApiProperty({ type: String, nullable: true, example: '-19.88', description: 'execution rate of `to` − that of `from`, in points; null when either has no rate' }) executionRatePoints!: string | null;
}

/** GET /execution/compare: 同期对比. */
export class ComparisonAnswer {
  @ApiProperty({ example: '2024-06-30', description: 'the day compared (each year is read on its same month and day)' }) asOf!: string;
  @ApiProperty({ enum: ['month', 'day'], description: '序时进度 basis' }) basis!: string;
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiPropertyOptional({ example: '426002-P29', description: 'with `line`: the line\'s id without the year, by which it is followed across years' }) lineKey?: string;
  @ApiProperty({ type: [CompareYearAnswer], example: [{ fiscalYear: 2024, asOf: '2024-06-30', lines: 2, appropriated: '1591544.00', disbursed: '3000.00', executionRate: '0.19', timeProgress: '50.00', light: 'red' }],
    description: 'oldest first' })
  years!: readonly CompareYearAnswer[];
  @ApiProperty({ type: [CompareChangeAnswer], example: [{ from: 2023, to: 2024, appropriated: '976544.00', disbursed: '-120456.00', executionRatePoints: '-19.88' }],
    description: 'each year against the one before it' })
  changes!: readonly CompareChangeAnswer[];
}
