import { ApiProperty } from '@nestjs/swagger';
import { RULE_IDS } from '@app/alerting';
import { PERSON_EXAMPLE, PersonName, UnitName } from '../shared/dto';

const SUBJECT_KINDS = ['indicator', 'line', 'project', 'unit', 'department', 'fund', 'advance'];
const SEVERITIES = ['yellow', 'red'];

/** One further fact of an alert, as label and text. */
export class AlertDetailAnswer {
  @ApiProperty({ example: '案件' }) label!: string;
  @ApiProperty({ example: '报告 3 件，已处置 2 件，未处置 1 件' }) value!: string;
}

/** An alert's figures at one evaluation. */
export class AlertFiguresAnswer {
  @ApiProperty({ example: '欠薪处置率 66.67%，低于目标 100%', description: 'one Chinese sentence: what is wrong' }) summary!: string;
  @ApiProperty({ type: String, nullable: true, example: '100' }) target!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '66.67' }) actual!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '100' }) expected!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '%' }) measureUnit!: string | null;
  @ApiProperty({ example: '2023-06-30', description: 'the business date the evaluation stood at' }) asOf!: string;
  @ApiProperty({ type: [AlertDetailAnswer], example: [{ label: '案件', value: '报告 3 件，已处置 2 件，未处置 1 件' }] }) details!: readonly AlertDetailAnswer[];
}
const FIGURES_EXAMPLE = { summary: '欠薪处置率 66.67%，低于目标 100%', target: '100', actual: '66.67', expected: '100', measureUnit: '%', asOf: '2023-06-30', details: [] };

/** The figures now, with whether the rule's condition still holds. */
export class NowFiguresAnswer extends AlertFiguresAnswer {
  @ApiProperty({ example: true, description: 'the condition still holds' }) holds!: boolean;
  @ApiProperty({ enum: SEVERITIES, nullable: true, description: 'its light now; null when it no longer holds' }) severity!: string | null;
}

export class AlertSilencedBy {
  @ApiProperty({ example: '3f2e1d0c-9b8a-5c7d-8e6f-5a4b3c2d1e0f' }) silenceId!: string;
  @ApiProperty({ example: '2023-07-31T16:00:00.000Z', description: 'the instant the silence ends' }) endsAt!: string;
  @ApiProperty({ example: '项目调整已报批，8月起恢复支付' }) reason!: string;
  @ApiProperty({ type: PersonName, nullable: true, example: PERSON_EXAMPLE }) by!: PersonName | null;
}

export class AlertInhibitedBy {
  @ApiProperty({ example: 'execution_lag.unit-2023-426006.1' }) alertId!: string;
  @ApiProperty({ example: '重庆市潼南区劳动保障监察支队' }) subjectName!: string;
}

/** 预警 as the dashboard shows it: names rather than ids, the figures at raise and now, silence and inhibition. */
export class AlertAnswer {
  @ApiProperty({ example: 'indicator_light.2023-D-08.1' }) alertId!: string;
  @ApiProperty({ enum: RULE_IDS }) rule!: string;
  @ApiProperty({ example: '绩效指标亮灯' }) ruleName!: string;
  @ApiProperty({ example: '2023-D-08' }) subjectKey!: string;
  @ApiProperty({ enum: SUBJECT_KINDS }) subjectKind!: string;
  @ApiProperty({ example: '欠薪处置率' }) subjectName!: string;
  @ApiProperty({ type: String, nullable: true, example: '426006', description: 'the responsible unit; null for the department' }) unit!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '重庆市潼南区劳动保障监察支队' }) unitName!: string | null;
  @ApiProperty({ type: [UnitName], example: [{ code: '426006', name: '重庆市潼南区劳动保障监察支队' }], description: 'the other units whose records drive the figure' }) drivingUnits!: readonly UnitName[];
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ enum: SEVERITIES }) severity!: string;
  @ApiProperty({ enum: ['open', 'resolved'] }) status!: string;
  @ApiProperty({ example: false }) acknowledged!: boolean;
  @ApiProperty({ type: PersonName, nullable: true, example: PERSON_EXAMPLE }) acknowledgedBy!: PersonName | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-07-02T01:30:00.000Z' }) acknowledgedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '已督促单位加快支付' }) acknowledgementNote!: string | null;
  @ApiProperty({ example: '2023-07-01T00:30:00.000Z' }) raisedAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2023-07-15T00:30:00.000Z', description: 'when it turned red' }) escalatedAt!: string | null;
  @ApiProperty({ example: '2023-07-01T00:30:00.000Z' }) lastNotifiedAt!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) resolvedAt!: string | null;
  @ApiProperty({ enum: ['cleared', 'acknowledged'], nullable: true, description: 'cleared: the condition no longer holds; acknowledged: closed by acknowledgement' }) resolvedHow!: string | null;
  @ApiProperty({ example: '/indicators/2023-D-08?asOf=2023-06-30', description: 'the dashboard path of the subject' }) link!: string;
  @ApiProperty({ type: String, nullable: true, example: '二季度案件集中，处置周期较长' }) deviationReason!: string | null;
  @ApiProperty({ example: '欠薪处置率 66.67%，低于目标 100%', description: 'the figures last recorded with the alert' }) summary!: string;
  @ApiProperty({ type: String, nullable: true, example: '100' }) target!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '66.67' }) actual!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '100' }) expected!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '%' }) measureUnit!: string | null;
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ type: AlertFiguresAnswer, example: FIGURES_EXAMPLE, description: 'the figures when it was raised' }) atRaise!: AlertFiguresAnswer;
  @ApiProperty({ type: NowFiguresAnswer, nullable: true, example: { ...FIGURES_EXAMPLE, holds: true, severity: 'red' }, description: 'the figures now; null when the rule cannot evaluate the subject any more' }) now!: NowFiguresAnswer | null;
  @ApiProperty({ type: AlertSilencedBy, nullable: true, example: null, description: 'the silence in force' }) silencedBy!: AlertSilencedBy | null;
  @ApiProperty({ type: AlertInhibitedBy, nullable: true, example: null, description: 'the open alert that makes this one redundant' }) inhibitedBy!: AlertInhibitedBy | null;
}

export class OpenCounts {
  @ApiProperty({ example: 3 }) red!: number;
  @ApiProperty({ example: 7 }) yellow!: number;
}

export class RuleOpenCounts extends OpenCounts {
  @ApiProperty({ enum: RULE_IDS }) rule!: string;
  @ApiProperty({ example: '预算执行进度滞后' }) ruleName!: string;
}

export class RuleNameAnswer {
  @ApiProperty({ enum: RULE_IDS }) rule!: string;
  @ApiProperty({ example: '预算执行进度滞后' }) ruleName!: string;
}

/** GET /alerts */
export class AlertList {
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ example: 10, description: 'alerts matching the filters' }) total!: number;
  @ApiProperty({ example: 50 }) limit!: number;
  @ApiProperty({ example: 0 }) offset!: number;
  @ApiProperty({ type: OpenCounts, example: { red: 3, yellow: 7 }, description: 'open alerts in scope by light (whatever the rule and light filters)' }) open!: OpenCounts;
  @ApiProperty({ type: [RuleOpenCounts], example: [{ rule: 'execution_lag', ruleName: '预算执行进度滞后', red: 1, yellow: 4 }] }) openByRule!: readonly RuleOpenCounts[];
  @ApiProperty({ type: [RuleNameAnswer], example: [{ rule: 'execution_lag', ruleName: '预算执行进度滞后' }], description: 'every rule, for the filter' }) rules!: readonly RuleNameAnswer[];
  @ApiProperty({ type: [AlertAnswer], example: [{ alertId: 'indicator_light.2023-D-08.1', rule: 'indicator_light', ruleName: '绩效指标亮灯', severity: 'red', status: 'open' }] }) alerts!: readonly AlertAnswer[];
}

export class AcknowledgeSkipped {
  @ApiProperty({ example: 'execution_lag.project-2023-P07.1' }) alertId!: string;
  @ApiProperty({ example: 'ALERT_ALREADY_ACKNOWLEDGED' }) code!: string;
}

/** POST /alerts/acknowledgements */
export class AcknowledgeResult {
  @ApiProperty({ type: [String], example: ['indicator_light.2023-D-08.1'] }) acknowledged!: readonly string[];
  @ApiProperty({ type: [AcknowledgeSkipped], example: [{ alertId: 'execution_lag.project-2023-P07.1', code: 'ALERT_ALREADY_ACKNOWLEDGED' }], description: 'already acknowledged' }) skipped!: readonly AcknowledgeSkipped[];
  @ApiProperty({ example: 1042, description: 'global position of the last event (0 when nothing was recorded)' }) position!: number;
}
