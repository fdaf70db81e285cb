import { BusinessDate, parseBusinessDate } from '../shared/business-date';
import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { requireText } from '../shared/text';
import { CloseRules, CloseSupplement, FiscalYearClosed, FiscalYearEvent, FrozenScore } from './events';
import { Settlement } from './settlement';

/** 结账: lock the year (nothing takes effect in it from now), the first step of a close. */
export interface LockFiscalYear {
  readonly type: 'LockFiscalYear';
  readonly fiscalYear: number;
  readonly reason: string;
  readonly rules: CloseRules;
  /** close before the year has ended */
  readonly force: boolean;
}
/** Complete the close of a locked year with the settlement computed from the locked books. */
export interface CompleteClose {
  readonly type: 'CompleteClose';
  readonly settlement: Settlement;
  readonly scores: readonly FrozenScore[];
  readonly supplements: readonly CloseSupplement[];
}
/** A locked close that could not complete: unlock the year, say why. */
export interface AbandonClose { readonly type: 'AbandonClose'; readonly code: string; readonly message: string }
/** 反结账 */
export interface ReopenFiscalYear { readonly type: 'ReopenFiscalYear'; readonly fiscalYear: number; readonly reason: string }

export type FiscalYearCommand = LockFiscalYear | CompleteClose | AbandonClose | ReopenFiscalYear;

/** 开放 / 结账中 / 已结账 */
export type FiscalYearStatus = 'open' | 'closing' | 'closed';

export interface FiscalYearState {
  readonly fiscalYear: number | null;
  readonly status: FiscalYearStatus;
  /** the lock in force (closing) or of the last close */
  readonly lock: { readonly reason: string; readonly rules: CloseRules; readonly early: boolean; readonly on: BusinessDate } | null;
  /** the last completed close, kept after a reopen: a new close adjusts the 结转 it made */
  readonly lastClose: FiscalYearClosed['data'] | null;
  readonly closedOn: BusinessDate | null;
}

export const initialFiscalYearState = (): FiscalYearState => ({ fiscalYear: null, status: 'open', lock: null, lastClose: null, closedOn: null });

export function evolveFiscalYear(state: FiscalYearState, event: FiscalYearEvent): FiscalYearState {
  switch (event.type) {
    case 'FiscalYearLocked.v1': {
      const { fiscalYear, reason, rules, early } = event.data;
      return { ...state, fiscalYear, status: 'closing', lock: { reason, rules, early, on: event.effectiveDate } };
    }
    case 'FiscalYearClosed.v1': return { ...state, fiscalYear: event.data.fiscalYear, status: 'closed', lastClose: event.data, closedOn: event.effectiveDate };
    case 'FiscalYearCloseAbandoned.v1': return { ...state, status: 'open', lock: null };
    case 'FiscalYearReopened.v1': return { ...state, status: 'open', lock: null, closedOn: null };
    default: return assertNever(event);
  }
}

/** The last day of a fiscal year (the calendar year). */
export const yearEnd = (fiscalYear: number): BusinessDate => `${fiscalYear}-12-31`;

/**
 * A fiscal year is closed once (反结账 reopens it, with a reason, and it may be closed again). A close before the
 * year has ended is refused unless forced; a year that has not begun cannot be closed. Time arrives as `today`.
 */
export function decideFiscalYear(command: FiscalYearCommand, state: FiscalYearState, context: DecisionContext): FiscalYearEvent[] {
  switch (command.type) {
    case 'LockFiscalYear': {
      const year = command.fiscalYear;
      if (state.status === 'closed') throw DomainError.conflict('FISCAL_YEAR_ALREADY_CLOSED', 'year', `fiscal year ${year} is already closed; reopen it first to close it again`, { fiscalYear: year });
      if (state.status === 'closing') throw DomainError.conflict('FISCAL_YEAR_CLOSING', 'year', `fiscal year ${year} is being closed`, { fiscalYear: year });
      const today = parseBusinessDate(context.today, 'today');
      if (today < `${year}-01-01`) throw DomainError.invalid('FISCAL_YEAR_NOT_STARTED', 'year', `fiscal year ${year} has not begun (today is ${today}, Asia/Shanghai)`, { fiscalYear: year });
      const early = today <= yearEnd(year);
      if (early && !command.force) {
        throw DomainError.conflict('FISCAL_YEAR_NOT_ENDED', 'force', `fiscal year ${year} ends on ${yearEnd(year)} and today is ${today} (Asia/Shanghai): send "force": true to close it early`, { fiscalYear: year });
      }
      return [{ type: 'FiscalYearLocked.v1', effectiveDate: today, data: { fiscalYear: year, reason: requireText(command.reason, 'reason'), rules: command.rules, early } }];
    }
    case 'CompleteClose': {
      if (state.status !== 'closing' || state.lock === null || state.fiscalYear === null) {
        throw DomainError.conflict('FISCAL_YEAR_NOT_LOCKED', 'year', 'the year must be locked (结账中) before its close completes');
      }
      const year = state.fiscalYear;
      const asOf = context.today < yearEnd(year) ? context.today : yearEnd(year);
      return [{
        type: 'FiscalYearClosed.v1', effectiveDate: context.today,
        data: {
          fiscalYear: year, reason: state.lock.reason, rules: state.lock.rules, early: state.lock.early, asOf,
          lines: command.settlement.lines, totals: command.settlement.totals, scores: command.scores, supplements: command.supplements,
        },
      }];
    }
    case 'AbandonClose': {
      if (state.status !== 'closing' || state.fiscalYear === null) return [];
      return [{ type: 'FiscalYearCloseAbandoned.v1', effectiveDate: context.today, data: { fiscalYear: state.fiscalYear, code: command.code, message: command.message.slice(0, 500) } }];
    }
    case 'ReopenFiscalYear': {
      const year = command.fiscalYear;
      if (state.status === 'open') throw DomainError.conflict('FISCAL_YEAR_NOT_CLOSED', 'year', `fiscal year ${year} is not closed: there is nothing to reopen`, { fiscalYear: year });
      return [{ type: 'FiscalYearReopened.v1', effectiveDate: context.today, data: { fiscalYear: year, reason: requireText(command.reason, 'reason') } }];
    }
    default: return assertNever(command);
  }
}

/** The 结转 the last close made into a line of the next year, by origin line id (for a new close after a reopen). */
export function carriedBefore(state: FiscalYearState): ReadonlyMap<string, string> {
  return new Map((state.lastClose?.lines ?? []).filter((l) => l.carriedTo !== null).map((l) => [l.lineId, l.carriedForward]));
}
