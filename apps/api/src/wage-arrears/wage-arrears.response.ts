import { ApiProperty } from '@nestjs/swagger';
import { RESOLUTIONS } from '@app/domain';
import { CommandAccepted } from '../shared/dto';

/** 欠薪处置 figures of a scope, with the 欠薪处置率 by count and by amount. */
export class WageArrearsFiguresAnswer {
  @ApiProperty({ example: 12, description: '欠薪案件 reported on or before asOf' }) reported!: number;
  @ApiProperty({ example: 9, description: 'of those, resolved (处置) on or before asOf' }) resolved!: number;
  @ApiProperty({ example: 3 }) open!: number;
  @ApiProperty({ example: '1860000.00', description: 'owed in the reported cases (元)' }) reportedAmount!: string;
  @ApiProperty({ example: '1420000.00', description: 'owed in the resolved cases (元)' }) resolvedAmount!: string;
  @ApiProperty({ example: '1380000.00', description: 'what the resolutions settled (元)' }) settledAmount!: string;
  @ApiProperty({ example: 236 }) workersAffected!: number;
  @ApiProperty({ type: String, nullable: true, example: '75.00', description: '欠薪处置率 by count (percent); null without cases' }) disposalRate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '76.34', description: '欠薪处置率 by amount (percent); null without cases' }) disposalRateByAmount!: string | null;
}

export class UnitWageArrears extends WageArrearsFiguresAnswer {
  @ApiProperty({ example: '426006' }) unit!: string;
  @ApiProperty({ example: '重庆市潼南区劳动保障监察支队' }) name!: string;
}

const FIGURES_EXAMPLE = { reported: 12, resolved: 9, open: 3, reportedAmount: '1860000.00', resolvedAmount: '1420000.00', settledAmount: '1380000.00', workersAffected: 236, disposalRate: '75.00', disposalRateByAmount: '76.34' };

/** GET /wage-arrears/metrics */
export class WageArrearsMetricsAnswer {
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ type: WageArrearsFiguresAnswer, example: FIGURES_EXAMPLE }) department!: WageArrearsFiguresAnswer;
  @ApiProperty({ type: [UnitWageArrears], example: [{ unit: '426006', name: '重庆市潼南区劳动保障监察支队', ...FIGURES_EXAMPLE }] }) byUnit!: readonly UnitWageArrears[];
}

/** An advance unrecovered for longer than overdueDays. */
export class OverdueAdvanceAnswer {
  @ApiProperty({ example: '0b7e3f5a-3c1d-4e2f-8a9b-7c6d5e4f3a2b' }) advanceId!: string;
  @ApiProperty({ example: 'c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f' }) caseId!: string;
  @ApiProperty({ example: '426006-2023-P09' }) lineId!: string;
  @ApiProperty({ example: '2023-03-20', description: 'the day it was paid' }) date!: string;
  @ApiProperty({ example: '186000.00', description: '元' }) amount!: string;
  @ApiProperty({ example: '86000.00', description: 'still unrecovered (元)' }) outstanding!: string;
  @ApiProperty({ example: 102 }) daysOutstanding!: number;
  @ApiProperty({ type: String, nullable: true, example: '重庆某建筑劳务有限公司', description: 'the case\'s employer' }) employer!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '426006', description: 'the case\'s unit' }) unit!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '重庆市潼南区劳动保障监察支队' }) unitName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-03-15' }) caseReportedOn!: string | null;
}

/** One 垫付 with what of it is unrecovered as of the date. */
export class FundAdvanceAnswer extends OverdueAdvanceAnswer {
  @ApiProperty({ example: 23, description: 'workers paid' }) workers!: number;
  @ApiProperty({ example: true, description: 'unrecovered for more than overdueDays' }) overdue!: boolean;
}

const ADVANCE_EXAMPLE = { advanceId: '0b7e3f5a-3c1d-4e2f-8a9b-7c6d5e4f3a2b', caseId: 'c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f', lineId: '426006-2023-P09', date: '2023-03-20', amount: '186000.00', outstanding: '86000.00', daysOutstanding: 102, employer: '重庆某建筑劳务有限公司', unit: '426006', unitName: '重庆市潼南区劳动保障监察支队', caseReportedOn: '2023-03-15' };

/** GET /revolving-fund/position: 农民工工资应急周转金 */
export class FundPositionAnswer {
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ type: [String], example: ['426006-2023-P09'], description: 'the revolving-fund lines' }) lineIds!: readonly string[];
  @ApiProperty({ example: '2000000.00', description: '元' }) appropriated!: string;
  @ApiProperty({ example: '0.00', description: 'paid from the fund lines other than advances (元)' }) netDisbursed!: string;
  @ApiProperty({ example: '620000.00', description: '垫付 to date (元)' }) advanced!: string;
  @ApiProperty({ example: '410000.00', description: '追偿 to date (元)' }) recovered!: string;
  @ApiProperty({ example: '210000.00', description: 'advanced − recovered (元)' }) outstanding!: string;
  @ApiProperty({ example: '1790000.00', description: 'what the fund can still advance (元)' }) available!: string;
  @ApiProperty({ type: [OverdueAdvanceAnswer], example: [ADVANCE_EXAMPLE] }) overdue!: readonly OverdueAdvanceAnswer[];
  @ApiProperty({ example: '86000.00', description: '元' }) overdueAmount!: string;
  @ApiProperty({ type: [FundAdvanceAnswer], example: [{ ...ADVANCE_EXAMPLE, workers: 23, overdue: true }], description: 'every advance up to the date, oldest first' }) advances!: readonly FundAdvanceAnswer[];
  @ApiProperty({ type: String, nullable: true, example: '66.13', description: '回收率: recovered ÷ advanced (percent); null before any advance' }) recoveryRate!: string | null;
}

/** Subsidy beneficiaries of one 补助类别. */
export class BeneficiaryCategory {
  @ApiProperty({ example: '公益性岗位补贴' }) category!: string;
  @ApiProperty({ example: 86, description: '受益人数' }) people!: number;
  @ApiProperty({ example: 42 }) payments!: number;
  @ApiProperty({ example: '516000.00', description: '元' }) disbursed!: string;
  @ApiProperty({ example: '0.00', description: '元' }) reversed!: string;
  @ApiProperty({ example: '516000.00', description: '元' }) netDisbursed!: string;
}

/** GET /beneficiaries */
export class BeneficiariesAnswer {
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ type: [BeneficiaryCategory], example: [{ category: '公益性岗位补贴', people: 86, payments: 42, disbursed: '516000.00', reversed: '0.00', netDisbursed: '516000.00' }] }) categories!: readonly BeneficiaryCategory[];
}

/** 欠薪案件 as people name them. */
export class CaseSummaryAnswer {
  @ApiProperty({ example: 'c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f' }) caseId!: string;
  @ApiProperty({ example: '426006' }) unit!: string;
  @ApiProperty({ example: '重庆市潼南区劳动保障监察支队' }) unitName!: string;
  @ApiProperty({ example: '重庆某建筑劳务有限公司' }) employer!: string;
  @ApiProperty({ example: 23 }) workersAffected!: number;
  @ApiProperty({ example: '186000.00', description: '元' }) amountOwed!: string;
  @ApiProperty({ example: '2023-03-15' }) reportedOn!: string;
  @ApiProperty({ enum: ['open', 'resolved'] }) status!: string;
  @ApiProperty({ type: String, nullable: true, example: '2023-04-28' }) resolvedOn!: string | null;
  @ApiProperty({ enum: RESOLUTIONS, nullable: true }) resolution!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '186000.00', description: '元' }) amountSettled!: string | null;
}

/** GET /wage-arrears-cases */
export class CaseList {
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ type: [CaseSummaryAnswer], example: [{ caseId: 'c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f', unit: '426006', unitName: '重庆市潼南区劳动保障监察支队', employer: '重庆某建筑劳务有限公司', status: 'open' }] }) cases!: readonly CaseSummaryAnswer[];
}

/** POST /wage-arrears-cases */
export class CaseReported extends CommandAccepted {
  @ApiProperty({ example: 'c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f' }) caseId!: string;
}

/** POST /lines/{lineId}/fund-advances */
export class AdvancePaid extends CommandAccepted {
  @ApiProperty({ example: '0b7e3f5a-3c1d-4e2f-8a9b-7c6d5e4f3a2b' }) advanceId!: string;
}

/** POST /lines/{lineId}/fund-recoveries */
export class AdvanceRecovered extends CommandAccepted {
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) recoveryId!: string;
}
