import { ReportWageArrearsCase, ResolveWageArrearsCase } from '../wage-arrears/decider';
import { WageArrearsCaseReported, WageArrearsCaseResolved } from '../wage-arrears/events';
import { CASE } from './appropriation-fixtures';

/** Small factories for wage-arrears (欠薪案件) tests: a case of 执法支队 (426006). */

export const caseReported = (reportedOn = '2023-05-10', caseId = CASE): WageArrearsCaseReported => ({
  type: 'WageArrearsCaseReported.v1', effectiveDate: reportedOn,
  data: { caseId, unit: '426006', employer: '重庆某建筑劳务有限公司', workersAffected: 12, amountOwed: '186000.00', description: null },
});

export const caseResolved = (resolvedOn = '2023-07-20', caseId = CASE): WageArrearsCaseResolved => ({
  type: 'WageArrearsCaseResolved.v1', effectiveDate: resolvedOn,
  data: { caseId, unit: '426006', resolution: 'employer_paid', amountSettled: null, note: null },
});

export const reportCase = (overrides: Partial<ReportWageArrearsCase> = {}): ReportWageArrearsCase => ({
  type: 'ReportWageArrearsCase', caseId: CASE, unit: '426006', employer: '重庆某建筑劳务有限公司', workersAffected: 12,
  amountOwed: '186000.00', description: null, effectiveDate: '2023-05-10', ...overrides,
});

export const resolveCase = (overrides: Partial<ResolveWageArrearsCase> = {}): ResolveWageArrearsCase => ({
  type: 'ResolveWageArrearsCase', resolution: 'employer_paid', amountSettled: null, note: null, effectiveDate: '2023-07-20', ...overrides,
});
