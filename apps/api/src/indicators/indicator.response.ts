import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DERIVED_METRICS } from '@app/domain';

export const INDICATOR_LIGHTS = ['green', 'yellow', 'red', 'blue'] as const;
export const GRADES = ['达成', '部分达成', '未达成'] as const;

/** One progress report (填报) of an indicator. */
export class IndicatorReportAnswer {
  @ApiProperty({ example: '2023-06-30', description: 'the date the value stands at' }) asOf!: string;
  @ApiProperty({ type: String, nullable: true, example: '86.5', description: 'the value reported; null for a 定性 indicator' }) value!: string | null;
  @ApiProperty({ enum: GRADES, nullable: true, description: 'the grade of a 定性 indicator' }) grade!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '二季度集中开工，支付滞后', description: '偏差原因' }) deviationReason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '据项目台账' }) note!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-07-03T02:15:00.000Z' }) recordedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'kuaiji426002', description: 'who reported it (user name)' }) actor!: string | null;
  @ApiProperty({ example: 2051, description: 'global position of the report' }) position!: number;
}

/** A report in GET /indicators, with the reporter's display name. */
export class IndicatorReportWithName extends IndicatorReportAnswer {
  @ApiProperty({ type: String, nullable: true, example: '张会计', description: 'the reporter\'s display name' }) actorName!: string | null;
}

const REPORT_EXAMPLE = { asOf: '2023-06-30', value: '86.5', grade: null, deviationReason: null, note: null, recordedAt: '2023-07-03T02:15:00.000Z', actor: 'kuaiji426002', position: 2051 };

/** 绩效指标 as of a date: the target in force, the actual (reported or derived), completion, expected by now, light. */
class IndicatorFigures {
  @ApiProperty({ example: '2023-P37-03' }) indicatorId!: string;
  @ApiProperty({ enum: ['department', 'project'] }) scope!: string;
  @ApiProperty({ type: String, nullable: true, example: 'P37', description: 'the project (null for a department indicator)' }) project!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '426006' }) unit!: string | null;
  @ApiProperty({ example: '产出指标', description: '一级指标' }) level1!: string;
  @ApiProperty({ example: '数量指标', description: '二级指标' }) level2!: string;
  @ApiProperty({ example: '公益性岗位补贴人数', description: '三级指标' }) name!: string;
  @ApiProperty({ enum: ['eq', 'ge', 'le', 'qualitative'], description: '指标性质' }) comparator!: string;
  @ApiProperty({ example: '≥', description: '指标性质 as printed: ＝ ≥ ≤ 定性' }) comparatorSymbol!: string;
  @ApiProperty({ enum: ['cumulative', 'level', 'qualitative'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true, example: '人', description: '度量单位' }) measureUnit!: string | null;
  @ApiProperty({ example: '10', description: '权重' }) weight!: string;
  @ApiProperty({ type: String, nullable: true, example: '120', description: '指标值 in force (null for 定性)' }) target!: string | null;
  @ApiProperty({ example: '≥120人', description: 'the target as written on the form' }) targetText!: string;
  @ApiProperty({ enum: DERIVED_METRICS, nullable: true, description: 'the metric an indicator is derived from (never typed in)' }) metric!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '公益性岗位补贴', description: '补助类别 of a subsidy_beneficiaries indicator' }) subsidyCategory!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '86.00', description: '实际完成值 (null: not reported)' }) actual!: string | null;
  @ApiProperty({ enum: GRADES, nullable: true, description: 'the grade of a 定性 indicator' }) grade!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-06-30', description: 'the date the actual stands at' }) actualAsOf!: string | null;
  @ApiProperty({ example: false, description: 'the actual is derived from recorded events' }) derived!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '尚无欠薪案件', description: 'why a derived actual is missing' }) derivedNote!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '71.67', description: 'completion (percent)' }) completion!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '60.00', description: 'expected by now (序时 share of the target)' }) expectedByNow!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '119.44', description: 'actual ÷ expected by now × 100, where it decides the light' }) ratio!: string | null;
  @ApiProperty({ enum: INDICATOR_LIGHTS, nullable: true, description: 'null while not reported' }) light!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '未填报', description: '未填报 while not reported, else null' }) status!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '二季度集中开工，支付滞后', description: 'the latest report\'s 偏差原因' }) deviationReason!: string | null;
}

/** An indicator with its progress reports. */
export class IndicatorAnswer extends IndicatorFigures {
  @ApiProperty({ type: [IndicatorReportAnswer], example: [REPORT_EXAMPLE], description: 'reports up to asOf, oldest first' }) history!: readonly IndicatorReportAnswer[];
}

/** An indicator in GET /indicators: its history names who reported. */
export class ListedIndicator extends IndicatorFigures {
  @ApiProperty({ type: [IndicatorReportWithName], example: [{ ...REPORT_EXAMPLE, actorName: '张会计' }], description: 'reports up to asOf, oldest first' })
  history!: readonly IndicatorReportWithName[];
}

/** GET /indicators */
export class IndicatorList {
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ type: [ListedIndicator], example: [{ indicatorId: '2023-P37-03', name: '公益性岗位补贴人数', target: '120', actual: '86.00', light: 'yellow' }] }) indicators!: readonly ListedIndicator[];
}

/** An indicator on a scorecard, with the points it scores. */
export class ScoredIndicatorAnswer extends IndicatorAnswer {
  @ApiProperty({ example: '7.17', description: '得分' }) points!: string;
}

/** How execution scores on a scorecard. */
export class ScorecardExecution {
  @ApiProperty({ type: String, nullable: true, example: '46.25', description: '预算执行率 (percent); null when nothing is appropriated' }) rate!: string | null;
  @ApiProperty({ example: '10.00', description: 'its weight' }) weight!: string;
  @ApiProperty({ example: '4.63', description: 'its points' }) points!: string;
  @ApiProperty({ example: true, description: 'below full points (a 偏差原因 is owed)' }) short!: boolean;
  @ApiProperty({ example: false, description: 'no rate to score' }) missing!: boolean;
}

/** 绩效自评: goal light, score, grade, and the indicators with their points. */
export class ScorecardAnswer {
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ enum: INDICATOR_LIGHTS, nullable: true, description: 'the worst indicator light; null when none is lit' }) goalLight!: string | null;
  @ApiProperty({ example: '78.40', description: '总分' }) score!: string;
  @ApiProperty({ example: '100.00', description: 'the sum of the weights' }) outOf!: string;
  @ApiProperty({ enum: ['优', '良', '中', '差'], description: '自评等级' }) grade!: string;
  @ApiProperty({ type: ScorecardExecution, example: { rate: '46.25', weight: '10.00', points: '4.63', short: true, missing: false } }) execution!: ScorecardExecution;
  @ApiProperty({ type: [String], example: ['2023-P37-05'], description: 'indicators not reported yet (未填报)' }) missing!: readonly string[];
  @ApiProperty({ type: [String], example: ['2023-P37-03'], description: 'reported indicators short of full points without a 偏差原因' }) needDeviationReason!: readonly string[];
  @ApiProperty({ type: [ScoredIndicatorAnswer], example: [{ indicatorId: '2023-P37-03', name: '公益性岗位补贴人数', weight: '10', points: '7.17' }] }) indicators!: readonly ScoredIndicatorAnswer[];
}

/** GET /projects/{code}/scorecard (表十二) */
export class ProjectScorecardAnswer extends ScorecardAnswer {
  @ApiProperty({ example: 'P37' }) project!: string;
  @ApiProperty({ example: '就业补助资金' }) name!: string;
}

/** GET /departments/{code}/scorecard (表十一) */
export class DepartmentScorecardAnswer extends ScorecardAnswer {
  @ApiProperty({ example: '426' }) department!: string;
  @ApiProperty({ type: String, nullable: true, example: '2023-D-01', description: 'the indicator standing for execution (基本支出执行率), scored as execution' }) executionIndicator!: string | null;
}
