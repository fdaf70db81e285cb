import { DecisionContext } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { parseAmount, toYuanString } from '../shared/money';
import { CaseState } from '../wage-arrears/decider';
import { PayFundAdvance } from './commands';
import { assertEffectiveDate, requireOpenLine } from './decide';
import { FundAdvancePaid } from './events';
import { LineState, available } from './state';
import { isRecordedCommand } from './repeat';

/**
 * 垫付: the 农民工工资应急周转金 advances wages for a reported, still open case. The advance is
 * recorded on the fund's line (its balance is what limits it); the case is read, not written.
 */
export function decideFundAdvance(command: PayFundAdvance, fund: LineState, wageCase: CaseState, context: DecisionContext): FundAdvancePaid[] {
  const line = requireOpenLine(fund);
  if (!line.attributes.revolvingFund) throw DomainError.invalid('NOT_A_REVOLVING_FUND', 'lineId', 'this line is not the wage emergency revolving fund');
  // the same 垫付 again (a retried request): nothing new, even if the case was resolved or the fund spent meanwhile
  if (isRecordedCommand(line, command.advanceId, parseAmount(command.amount), command.effectiveDate, null)) return [];
  if (wageCase.status === 'absent') throw DomainError.notFound('CASE_NOT_FOUND', 'caseId', 'no such wage-arrears case');
  if (wageCase.status === 'resolved') throw DomainError.conflict('CASE_ALREADY_RESOLVED', 'caseId', 'the case is already resolved');
  const amount = parseAmount(command.amount);
  assertEffectiveDate(line, command.effectiveDate, context);
  if (command.effectiveDate < wageCase.reportedOn) {
    throw DomainError.invalid('ADVANCE_BEFORE_REPORT', 'effectiveDate', `the case was reported on ${wageCase.reportedOn}`);
  }
  if (!Number.isInteger(command.workers) || command.workers < 1) {
    throw DomainError.invalid('INVALID_WORKERS', 'workers', 'workers must be a whole number ≥ 1');
  }
  if (amount.gt(available(line))) {
    throw DomainError.conflict('ADVANCE_EXCEEDS_FUND_BALANCE', 'amount',
      `the fund has only ${toYuanString(available(line))} 元 available`, { available: toYuanString(available(line)) });
  }
  return [{
    type: 'FundAdvancePaid.v1', effectiveDate: command.effectiveDate,
    data: { advanceId: command.advanceId, lineId: line.attributes.lineId, caseId: command.caseId, amount: toYuanString(amount), workers: command.workers, note: command.note },
  }];
}
