import { ApiProperty } from '@nestjs/swagger';
import { EXAMPLE_MONTHS } from '../file-spending-plan/file-spending-plan.request';

/** The answer of GET /lines/{lineId}/spending-plan, for the OpenAPI document (amounts 元 strings, rates percent strings). */
export class PlanPerson {
  @ApiProperty({ example: 'kuaiji.wang' }) username!: string;
  @ApiProperty({ type: String, nullable: true, example: '王会计' }) displayName!: string | null;
}

export class PlanRevisionView {
  @ApiProperty({ example: 2, description: '版本: 1 the first plan, then each revision' }) revision!: number;
  @ApiProperty({ example: '2023-06-20', description: 'in force from this business date' }) effectiveDate!: string;
  @ApiProperty({ type: [String], example: EXAMPLE_MONTHS, description: 'twelve months as filed, January first' }) months!: string[];
  @ApiProperty({ example: '480000.00', description: 'the appropriation the plan added up to when filed' }) total!: string;
  @ApiProperty({ type: String, nullable: true, example: '项目招标推迟，三季度集中支付' }) reason!: string | null;
  @ApiProperty({ type: PlanPerson, nullable: true, example: { username: 'kuaiji.wang', displayName: '王会计' }, description: '报送人' }) filedBy!: PlanPerson | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-06-20T02:15:00.000Z', description: 'when it was recorded' }) recordedAt!: string | null;
  @ApiProperty({ example: true, description: 'the revision in force on asOf' }) inForce!: boolean;
}

export class PlanMonthView {
  @ApiProperty({ example: '2023-06' }) month!: string;
  @ApiProperty({ type: String, nullable: true, example: '60000.00', description: 'as filed in the plan in force (null: no plan, the default profile applies)' }) filed!: string | null;
  @ApiProperty({ example: '60000.00', description: 'the month the line is measured against: as filed, plus its share of appropriation the plan no longer covers' }) planned!: string;
  @ApiProperty({ example: '240000.00', description: '累计计划 through this month' }) cumulativePlanned!: string;
  @ApiProperty({ example: '52000.00', description: 'net paid in the month (on or before asOf)' }) paid!: string;
  @ApiProperty({ example: '231000.00' }) cumulativePaid!: string;
}

export class PlanExceedanceView {
  @ApiProperty({ example: '9b2f0c4e-5d1a-5e8b-9c3f-2a1d4e6f7a8b' }) disbursementId!: string;
  @ApiProperty({ example: '2023-06-28' }) date!: string;
  @ApiProperty({ example: '2023-06' }) month!: string;
  @ApiProperty({ example: '240000.00' }) plannedToDate!: string;
  @ApiProperty({ example: '231000.00' }) paidToDate!: string;
  @ApiProperty({ example: '15000.00' }) requested!: string;
  @ApiProperty({ example: '6000.00' }) excess!: string;
}

export class DefaultProfileView {
  @ApiProperty({ enum: ['personnel', 'operating', 'subsidy', 'project'], description: 'the line\'s kind: 人员经费, 日常公用经费, 补助, 项目' }) kind!: string;
  @ApiProperty({ enum: ['seasonal', 'even'] }) profile!: string;
  @ApiProperty({ type: [Number], example: [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1], description: 'twelve weights, January first' }) weights!: number[];
}

export class SpendingPlanView {
  @ApiProperty({ example: '426002-2023-P12' }) lineId!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ example: 1042, description: 'the read models\' position the answer reflects' }) position!: number;
  @ApiProperty({ enum: ['filed', 'default'], description: 'the plan measured against: the filed plan in force, or the default profile' }) source!: string;
  @ApiProperty({ example: '480000.00', description: 'current appropriation on asOf' }) appropriated!: string;
  @ApiProperty({ example: '0.00', description: 'appropriation the filed plan does not cover (追加/调减/调剂 after it); spread over the later months until a revision' }) difference!: string;
  @ApiProperty({ example: false, description: '计划待调整: the filed plan no longer adds up to the appropriation' }) needsRevision!: boolean;
  @ApiProperty({ example: '240000.00', description: '累计计划 through asOf\'s month' }) plannedToDate!: string;
  @ApiProperty({ example: '231000.00', description: 'net paid on or before asOf' }) paidToDate!: string;
  @ApiProperty({ type: String, nullable: true, example: '96.25', description: '计划执行率 = paid ÷ 累计计划, percent (null when nothing is planned yet)' }) planExecutionRate!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['red', 'yellow', 'green'], description: 'decided on planExecutionRate as shown' }) planLight!: string | null;
  @ApiProperty({ enum: ['refuse', 'warn', 'allow'], description: 'what a payment beyond the month\'s cumulative plan meets (SPENDING_PLAN_SETTINGS.overPlanPayments)' }) overPlanPayments!: string;
  @ApiProperty({ type: DefaultProfileView, example: { kind: 'subsidy', profile: 'seasonal', weights: [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1] } }) defaultProfile!: DefaultProfileView;
  @ApiProperty({ type: PlanRevisionView, nullable: true, example: null, description: 'the revision in force on asOf, or null' }) inForce!: PlanRevisionView | null;
  @ApiProperty({ type: [PlanMonthView], example: [{ month: '2023-01', filed: '30000.00', planned: '30000.00', cumulativePlanned: '30000.00', paid: '28000.00', cumulativePaid: '28000.00' }] }) months!: PlanMonthView[];
  @ApiProperty({ type: [PlanRevisionView], example: [], description: 'every revision filed, newest first (later ones than asOf included, inForce false)' }) revisions!: PlanRevisionView[];
  @ApiProperty({ type: [PlanExceedanceView], example: [], description: '超计划支付 warnings recorded on or before asOf' }) exceedances!: PlanExceedanceView[];
}
