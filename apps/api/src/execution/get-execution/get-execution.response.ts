import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { GROUP_BY } from './get-execution.request';

export const LIGHTS = ['green', 'yellow', 'red'] as const;

/** 预算执行率 against 序时进度: percent strings with 2 decimals; null where nothing is appropriated. */
export class ExecutionColumns {
  @ApiProperty({ type: String, nullable: true, example: '46.25', description: '预算执行率 (percent); null when nothing is appropriated' }) executionRate!: string | null;
  @ApiProperty({ example: '50.00', description: '序时进度 (percent)' }) timeProgress!: string;
  @ApiProperty({ type: String, nullable: true, example: '-3.75', description: 'execution rate − 序时进度, in points; null with the rate' }) lagPoints!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '92.50', description: 'execution rate ÷ 序时进度 × 100; null with the rate' }) ratio!: string | null;
  @ApiProperty({ enum: LIGHTS, nullable: true, description: 'the light by the execution thresholds; null with the rate' }) light!: string | null;
}

/** The adjustments of a group's appropriation (元). */
export class ExecutionAdjustments {
  @ApiProperty({ example: '50000.00', description: '追加' }) increased!: string;
  @ApiProperty({ example: '0.00', description: '调减' }) decreased!: string;
  @ApiProperty({ example: '20000.00', description: '调剂 in' }) transferredIn!: string;
  @ApiProperty({ example: '0.00', description: '调剂 out' }) transferredOut!: string;
}

/** 用款计划 of a group: the cumulative plan to date (filed plans, or the default profile) and 计划执行率 against it. */
export class PlanColumns {
  @ApiProperty({ example: '600000.00', description: '累计用款计划 through asOf\'s month (元): filed plans, lines without one by their default profile' }) plannedToDate!: string;
  @ApiProperty({ type: String, nullable: true, example: '96.35', description: '计划执行率 = disbursed ÷ plannedToDate (percent); null when nothing is planned yet' }) planExecutionRate!: string | null;
  @ApiProperty({ enum: LIGHTS, nullable: true, description: 'the light of 计划执行率 (SPENDING_PLAN_SETTINGS.light); null with the rate' }) planLight!: string | null;
  @ApiProperty({ example: 3, description: 'lines of the group with a filed plan in force' }) planFiled!: number;
  @ApiProperty({ example: 0, description: 'of those, plans that no longer add up to the appropriation (计划待调整)' }) planNeedsRevision!: number;
}

export class ExecutionRowAnswer extends IntersectionType(ExecutionColumns, PlanColumns) {
  @ApiProperty({ example: '426006', description: 'the group\'s code (unit, project, line id, functional/economic prefix…); `basic` for basic lines grouped by project, \'\' for lines without an economic code' }) key!: string;
  @ApiProperty({ example: '重庆市潼南区劳动保障监察支队' }) name!: string;
  @ApiProperty({ example: '1250000.00', description: '当前预算指标 (元)' }) appropriated!: string;
  @ApiProperty({ example: '578125.00', description: '支出 net of reversals (元)' }) disbursed!: string;
  @ApiProperty({ example: '671875.00', description: '可用余额 (元)' }) balance!: string;
  @ApiProperty({ example: '1180000.00', description: '年初预算 (元)' }) initial!: string;
  @ApiProperty({ type: ExecutionAdjustments, example: { increased: '50000.00', decreased: '0.00', transferredIn: '20000.00', transferredOut: '0.00' } }) adjustments!: ExecutionAdjustments;
  @ApiProperty({ example: '580000.00', description: '支出 gross of reversals (元)' }) grossDisbursed!: string;
  @ApiProperty({ example: '1875.00', description: '冲销 (元)' }) reversed!: string;
  @ApiProperty({ example: '0.00', description: '垫付 from the revolving fund (元)' }) advanced!: string;
  @ApiProperty({ example: '0.00', description: '追偿 (元)' }) recovered!: string;
  @ApiProperty({ example: 12, description: 'appropriation lines in the group' }) lines!: number;
  @ApiProperty({ example: 87, description: 'payments recorded (gross)' }) disbursementCount!: number;
}

/** GET /execution: the rows of one roll-up as of a date. */
export class ExecutionAnswer {
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ enum: GROUP_BY }) groupBy!: string;
  @ApiProperty({ enum: [1, 2, 3], description: 'classification level (functional 类/款/项, economic 类/款)' }) level!: number;
  @ApiProperty({ example: 1042, description: 'the read models\' position the figures include' }) position!: number;
  @ApiProperty({ enum: ['month', 'day'], description: '序时进度 basis' }) basis!: string;
  @ApiProperty({ example: '50.00', description: '序时进度 on asOf (percent)' }) timeProgress!: string;
  @ApiProperty({ type: [ExecutionRowAnswer], example: [{ key: '426006', name: '重庆市潼南区劳动保障监察支队', appropriated: '1250000.00', disbursed: '578125.00', executionRate: '46.25', timeProgress: '50.00', light: 'green' }] })
  rows!: readonly ExecutionRowAnswer[];
}
