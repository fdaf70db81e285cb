import { DomainEvent } from '../shared/decider';

/** How a wage-arrears case (欠薪案件) was disposed of. */
export type Resolution = 'employer_paid' | 'fund_advance' | 'arbitration' | 'court';
export const RESOLUTIONS: readonly Resolution[] = ['employer_paid', 'fund_advance', 'arbitration', 'court'];

/** 欠薪案件: unpaid wages of (migrant) workers were reported against an employer. */
export type WageArrearsCaseReported = DomainEvent<'WageArrearsCaseReported.v1', {
  readonly caseId: string;
  readonly unit: string;
  readonly employer: string;
  readonly workersAffected: number;
  readonly amountOwed: string;
  readonly description: string | null;
}>;

/** 处置: the case was disposed of; counts towards 欠薪处置率. */
export type WageArrearsCaseResolved = DomainEvent<'WageArrearsCaseResolved.v1', {
  readonly caseId: string;
  readonly unit: string;
  readonly resolution: Resolution;
  readonly amountSettled: string | null;
  readonly note: string | null;
}>;

export type WageArrearsEvent = WageArrearsCaseReported | WageArrearsCaseResolved;

export const caseStreamId = (caseId: string) => `case-${caseId}`;
