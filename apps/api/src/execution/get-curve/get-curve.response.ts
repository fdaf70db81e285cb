import { ApiProperty } from '@nestjs/swagger';
import { ExecutionColumns } from '../get-execution/get-execution.response';

/** One month of the 执行进度曲线: cumulative figures at the month end (or asOf in its month). */
export class CurvePointAnswer extends ExecutionColumns {
  @ApiProperty({ example: '2023-06' }) month!: string;
  @ApiProperty({ example: '2023-06-30', description: 'the date the figures are at: the month end, or asOf for the month containing it' }) through!: string;
  @ApiProperty({ example: '1250000.00', description: 'appropriation at that date (元)' }) appropriated!: string;
  @ApiProperty({ example: '580000.00', description: 'disbursed gross of reversals (元)' }) disbursed!: string;
  @ApiProperty({ example: '1875.00', description: '冲销 (元)' }) reversed!: string;
  @ApiProperty({ example: '578125.00', description: 'disbursed net of reversals (元)' }) netDisbursed!: string;
  @ApiProperty({ example: '600000.00', description: '累计用款计划 at that date (元): filed plans, lines without one by their default profile' }) plannedToDate!: string;
  @ApiProperty({ type: String, nullable: true, example: '48.00', description: '计划进度 = plannedToDate ÷ appropriated (percent), the curve\'s third series; null when nothing is appropriated' }) planProgress!: string | null;
}

/** GET /execution/curve */
export class CurveAnswer {
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ type: [CurvePointAnswer], example: [{ month: '2023-01', through: '2023-01-31', appropriated: '1250000.00', netDisbursed: '80000.00', executionRate: '6.40', timeProgress: '8.33' }] })
  points!: readonly CurvePointAnswer[];
}
