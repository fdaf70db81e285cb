import { BusinessDate, parseBusinessDate } from '../shared/business-date';
import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { parseAmount, toYuanString } from '../shared/money';
import { requireText } from '../shared/text';
import { RESOLUTIONS, Resolution, WageArrearsCaseReported, WageArrearsEvent } from './events';

export interface ReportWageArrearsCase {
  readonly type: 'ReportWageArrearsCase';
  readonly caseId: string;
  readonly unit: string;
  readonly employer: string;
  readonly workersAffected: number;
  readonly amountOwed: string;
  readonly description: string | null;
  readonly effectiveDate: BusinessDate;
}

export interface ResolveWageArrearsCase {
  readonly type: 'ResolveWageArrearsCase';
  readonly resolution: Resolution;
  readonly amountSettled: string | null;
  readonly note: string | null;
  readonly effectiveDate: BusinessDate;
}

export type WageArrearsCommand = ReportWageArrearsCase | ResolveWageArrearsCase;

export type CaseState =
  | { readonly status: 'absent' }
  | { readonly status: 'open' | 'resolved'; readonly reported: WageArrearsCaseReported['data']; readonly reportedOn: BusinessDate };

export const initialCaseState = (): CaseState => ({ status: 'absent' });

export function evolveCase(state: CaseState, event: WageArrearsEvent): CaseState {
  switch (event.type) {
    case 'WageArrearsCaseReported.v1': return { status: 'open', reported: event.data, reportedOn: event.effectiveDate };
    case 'WageArrearsCaseResolved.v1': return state.status === 'absent' ? state : { ...state, status: 'resolved' };
    default: return assertNever(event);
  }
}

/** Decides the facts of one wage-arrears case. The unit's existence is checked by the caller against the catalog. */
export function decideCase(command: WageArrearsCommand, state: CaseState, context: DecisionContext): WageArrearsEvent[] {
  switch (command.type) {
    case 'ReportWageArrearsCase': {
      assertNotFuture(command.effectiveDate, context);
      if (!Number.isInteger(command.workersAffected) || command.workersAffected < 1) {
        throw DomainError.invalid('INVALID_WORKERS', 'workersAffected', 'workersAffected must be a whole number ≥ 1');
      }
      const reported: WageArrearsCaseReported = {
        type: 'WageArrearsCaseReported.v1', effectiveDate: command.effectiveDate,
        data: {
          caseId: command.caseId, unit: command.unit, employer: requireText(command.employer, 'employer', 200),
          workersAffected: command.workersAffected, amountOwed: toYuanString(parseAmount(command.amountOwed, 'amountOwed')),
          description: command.description,
        },
      };
      if (state.status === 'absent') return [reported];
      // the caseId derives from the request's Idempotency-Key (ADR 0017): the same report again records nothing
      if (isSameReport(state, reported)) return [];
      throw DomainError.conflict('CASE_ALREADY_REPORTED', 'caseId', 'a case with this id is already reported');
    }
    case 'ResolveWageArrearsCase': {
      if (state.status === 'absent') throw DomainError.notFound('CASE_NOT_FOUND', 'caseId', 'no such wage-arrears case');
      if (state.status === 'resolved') throw DomainError.conflict('CASE_ALREADY_RESOLVED', 'caseId', 'this case is already resolved');
      if (!RESOLUTIONS.includes(command.resolution)) {
        throw DomainError.invalid('INVALID_RESOLUTION', 'resolution', `resolution must be one of ${RESOLUTIONS.join(', ')}`);
      }
      assertNotFuture(command.effectiveDate, context);
      if (command.effectiveDate < state.reportedOn) {
        throw DomainError.invalid('RESOLVED_BEFORE_REPORTED', 'effectiveDate', `the case was reported on ${state.reportedOn}`);
      }
      const settled = command.amountSettled === null ? null : toYuanString(parseAmount(command.amountSettled, 'amountSettled'));
      return [{
        type: 'WageArrearsCaseResolved.v1', effectiveDate: command.effectiveDate,
        data: { caseId: state.reported.caseId, unit: state.reported.unit, resolution: command.resolution, amountSettled: settled, note: command.note },
      }];
    }
    default: return assertNever(command);
  }
}

function isSameReport(state: Exclude<CaseState, { status: 'absent' }>, report: WageArrearsCaseReported): boolean {
  const a = state.reported;
  const b = report.data;
  return state.reportedOn === report.effectiveDate && a.unit === b.unit && a.employer === b.employer && a.workersAffected === b.workersAffected
    && a.amountOwed === b.amountOwed && a.description === b.description;
}

/** A case is not bound to a fiscal year, but a report or a resolution cannot be dated after today. */
function assertNotFuture(date: BusinessDate, context: DecisionContext): void {
  parseBusinessDate(date, 'effectiveDate');
  if (date > context.today) {
    throw DomainError.invalid('DATE_IN_FUTURE', 'effectiveDate', `effectiveDate ${date} is after today (${context.today}, Asia/Shanghai)`);
  }
}
