import { assertInFiscalYear } from '../shared/business-date';
import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError, RejectionWithRecord } from '../shared/domain-error';
import { Money, parseAmount, toYuanString } from '../shared/money';
import { requireText } from '../shared/text';
import { AdjustAppropriation, EstablishAppropriation, ImportBudgetLine, LineCommand, RecordDisbursement, RecoverFundAdvance, ReverseDisbursement, SettleDisbursementImport } from './commands';
import { AppropriationEvent } from './events';
import { LineState, OpenLine, available, isPending, refusalKey } from './state';
import { DisbursementEntry, isRepeatOf } from './payment-on-record';
import { PlanDecisionContext, checkAgainstPlan, decideFileSpendingPlan } from '../plans/decide';
import { isRecordedCommand } from './repeat';

export function requireOpenLine(state: LineState, field = 'lineId'): OpenLine {
  if (state.status !== 'open') throw DomainError.notFound('LINE_NOT_FOUND', field, 'no such appropriation line');
  return state;
}

export function assertEffectiveDate(line: OpenLine, date: string, context: DecisionContext, field = 'effectiveDate'): void {
  assertInFiscalYear(date, line.attributes.fiscalYear, field, context.today);
}

/** Decides the facts of one appropriation line (预算指标). */
export function decideLine(command: LineCommand, state: LineState, context: PlanDecisionContext): AppropriationEvent[] {
  switch (command.type) {
    case 'EstablishAppropriation': return establish(command, state);
    case 'ImportBudgetLine': return importLine(command, state, context);
    case 'IncreaseAppropriation':
    case 'DecreaseAppropriation': return adjust(command, requireOpenLine(state), context);
    case 'RecordDisbursement': return recordDisbursement(command, requireOpenLine(state), context);
    case 'ReverseDisbursement': return reverse(command, requireOpenLine(state), context);
    case 'RecoverFundAdvance': return recover(command, requireOpenLine(state), context);
    case 'FileSpendingPlan': return decideFileSpendingPlan(command, requireOpenLine(state), context);
    case 'ApplyDisbursementImport':
    case 'WithdrawDisbursementImport': return settleImport(command, requireOpenLine(state));
    default: return assertNever(command);
  }
}

function importLine(command: ImportBudgetLine, state: LineState, context: DecisionContext): AppropriationEvent[] {
  if (state.status !== 'open') return establish({ type: 'EstablishAppropriation', attributes: command.attributes, effectiveDate: command.effectiveDate }, state);
  if (command.kind === 'initial') throw DomainError.conflict('LINE_ALREADY_EXISTS', 'lines', `line ${command.attributes.lineId} already exists`);
  const a = state.attributes;
  const b = command.attributes;
  if (a.unit !== b.unit || a.type !== b.type || a.project !== b.project || a.functional !== b.functional) {
    throw DomainError.conflict('LINE_ATTRIBUTES_DIFFER', 'lines', `line ${b.lineId} exists with another unit, type, project or functional code`);
  }
  return adjust({
    type: 'IncreaseAppropriation', amount: b.amount, reason: `追加预算 ${command.title}`, documentNo: command.documentNo, effectiveDate: command.effectiveDate,
  }, state, context);
}

function establish(command: EstablishAppropriation, state: LineState): AppropriationEvent[] {
  if (state.status === 'open') {
    throw DomainError.conflict('LINE_ALREADY_EXISTS', 'lineId', `line ${command.attributes.lineId} already exists`);
  }
  const amount = parseAmount(command.attributes.amount);
  assertInFiscalYear(command.effectiveDate, command.attributes.fiscalYear, 'effectiveDate');
  return [{
    type: 'AppropriationEstablished.v1', effectiveDate: command.effectiveDate,
    data: { ...command.attributes, amount: toYuanString(amount) },
  }];
}

function adjust(command: AdjustAppropriation, line: OpenLine, context: DecisionContext): AppropriationEvent[] {
  const amount = parseAmount(command.amount);
  // the same 追加/调减 again (a retry, or its 文号 sent again): nothing new, whatever the balance is now
  if (command.adjustmentId !== undefined && isRecordedCommand(line, command.adjustmentId, amount, command.effectiveDate, command.documentNo)) return [];
  assertEffectiveDate(line, command.effectiveDate, context);
  const data = {
    lineId: line.attributes.lineId, amount: toYuanString(amount),
    reason: requireText(command.reason, 'reason'), documentNo: command.documentNo,
    ...(command.adjustmentId !== undefined ? { adjustmentId: command.adjustmentId } : {}),
  };
  if (command.type === 'IncreaseAppropriation') {
    return [{ type: 'AppropriationIncreased.v1', effectiveDate: command.effectiveDate, data }];
  }
  // 调减 may not take away money already paid or advanced
  if (amount.gt(available(line))) {
    throw DomainError.conflict('DECREASE_EXCEEDS_AVAILABLE', 'amount',
      `cannot decrease by more than the available balance ${toYuanString(available(line))} 元`,
      { available: toYuanString(available(line)) });
  }
  return [{ type: 'AppropriationDecreased.v1', effectiveDate: command.effectiveDate, data }];
}

/**
 * Refused overspends (OverspendBlocked) recorded against one available balance of a line: the first attempts are
 * the audit fact (who tried which voucher for how much); more against the same balance are refused alike, unrecorded.
 */
export const REFUSALS_RECORDED_PER_BALANCE = 5;

function recordDisbursement(command: RecordDisbursement, line: OpenLine, context: PlanDecisionContext): AppropriationEvent[] {
  const amount = parseAmount(command.amount);
  assertEffectiveDate(line, command.effectiveDate, context);
  const voucherNo = requireText(command.voucherNo, 'voucherNo');
  const earlier = command.onRecord;
  if (earlier && isPending(line, earlier)) refusePending(earlier);
  if (earlier) {
    // the same payment again (a retried request, a re-imported row): nothing new; other content under its 凭证号, or another line: refused
    if (isRepeatOf(earlier, line.attributes.lineId, amount, command.effectiveDate)) return [];
    throw DomainError.conflict('VOUCHER_ALREADY_USED', 'voucherNo', `voucher ${voucherNo} is already recorded for another payment of this unit`);
  }
  if (command.beneficiaries !== null && (!Number.isInteger(command.beneficiaries) || command.beneficiaries < 0)) {
    throw DomainError.invalid('INVALID_BENEFICIARIES', 'beneficiaries', 'beneficiaries must be a whole number ≥ 0');
  }
  const balance = available(line);
  // on a line already overspent (warn policy) the whole payment is overspend, not more
  const shortfall = amount.minus(Money.max(balance, 0));
  const overspend = { lineId: line.attributes.lineId, available: toYuanString(balance), requested: toYuanString(amount), shortfall: toYuanString(shortfall) };
  if (shortfall.gt(0) && line.attributes.overspendPolicy === 'block') {
    // an audit fact, but bounded: the same attempt again is already on record, and beyond a few refusals against one
    // balance nothing new is learnt while the store would grow with every fresh voucher (ADR 3)
    const refused = line.refusedAtBalance ?? [];
    const repeat = refused.includes(refusalKey(voucherNo, overspend.requested));
    const record = !repeat && refused.length < REFUSALS_RECORDED_PER_BALANCE;
    const rejection = DomainError.conflict('OVERSPEND_BLOCKED', 'amount',
      `amount exceeds the line's available balance ${overspend.available} 元 by ${overspend.shortfall} 元`, { ...overspend, refusalRecorded: record || repeat });
    if (!record) throw rejection;
    throw new RejectionWithRecord<AppropriationEvent>(rejection, [{
      type: 'OverspendBlocked.v1', effectiveDate: command.effectiveDate, data: { ...overspend, voucherNo },
    }]);
  }
  // 用款计划: refused (PLAN_EXCEEDED), warned or allowed as SPENDING_PLAN_SETTINGS says
  const overPlan = checkAgainstPlan(line, { disbursementId: command.disbursementId, amount, effectiveDate: command.effectiveDate }, context);
  const events: AppropriationEvent[] = [{
    type: 'DisbursementRecorded.v1', effectiveDate: command.effectiveDate,
    data: {
      disbursementId: command.disbursementId, lineId: line.attributes.lineId, amount: toYuanString(amount), voucherNo,
      payee: command.payee, summary: command.summary, subsidyCategory: command.subsidyCategory,
      beneficiaries: command.beneficiaries, economic: command.economic, ...(command.importId ? { importId: command.importId } : {}),
    },
  }];
  if (shortfall.gt(0)) {
    events.push({ type: 'OverspendWarned.v1', effectiveDate: command.effectiveDate, data: { ...overspend, disbursementId: command.disbursementId } });
  }
  return [...events, ...overPlan];
}

function reverse(command: ReverseDisbursement, line: OpenLine, context: DecisionContext): AppropriationEvent[] {
  const entry = command.onRecord;
  if (!entry || entry.lineId !== line.attributes.lineId) throw DomainError.notFound('DISBURSEMENT_NOT_FOUND', 'disbursementId', 'no such disbursement on this line');
  if (isPending(line, entry)) refusePending(entry);
  if (entry.reversed) throw DomainError.conflict('DISBURSEMENT_ALREADY_REVERSED', 'disbursementId', 'this disbursement has already been reversed');
  const amount = command.amount === null ? entry.amount : parseAmount(command.amount);
  if (amount.gt(entry.amount)) {
    throw DomainError.invalid('REVERSAL_EXCEEDS_DISBURSEMENT', 'amount',
      `a reversal cannot exceed the disbursement (${toYuanString(entry.amount)} 元)`);
  }
  assertEffectiveDate(line, command.effectiveDate, context);
  if (command.effectiveDate < entry.effectiveDate) {
    throw DomainError.invalid('REVERSAL_BEFORE_DISBURSEMENT', 'effectiveDate', `the disbursement was paid on ${entry.effectiveDate}`);
  }
  return [{
    type: 'DisbursementReversed.v1', effectiveDate: command.effectiveDate,
    data: { disbursementId: command.disbursementId, lineId: line.attributes.lineId, amount: toYuanString(amount), reason: requireText(command.reason, 'reason') },
  }];
}

function recover(command: RecoverFundAdvance, line: OpenLine, context: DecisionContext): AppropriationEvent[] {
  if (!line.attributes.revolvingFund) throw DomainError.invalid('NOT_A_REVOLVING_FUND', 'lineId', 'this line is not the wage emergency revolving fund');
  const amount = parseAmount(command.amount);
  if (isRecordedCommand(line, command.recoveryId, amount, command.effectiveDate, null)) return [];
  assertEffectiveDate(line, command.effectiveDate, context);
  const outstanding = line.outstandingByCase.get(command.caseId);
  if (!outstanding || outstanding.lte(0)) {
    throw DomainError.conflict('NO_OUTSTANDING_ADVANCE', 'caseId', 'the fund has no outstanding advance for this case');
  }
  if (amount.gt(outstanding)) {
    throw DomainError.conflict('RECOVERY_EXCEEDS_OUTSTANDING', 'amount',
      `recovery exceeds the case's outstanding advances (${toYuanString(outstanding)} 元)`, { outstanding: toYuanString(outstanding) });
  }
  return [{
    type: 'FundAdvanceRecovered.v1', effectiveDate: command.effectiveDate,
    data: { recoveryId: command.recoveryId, lineId: line.attributes.lineId, caseId: command.caseId, amount: toYuanString(amount), note: command.note },
  }];
}

/**
 * A payment staged by an import still being recorded is neither shown nor final: a single payment under its
 * voucher, or its reversal, waits until the import is applied (or abandoned, which frees the voucher).
 */
function refusePending(entry: DisbursementEntry): never {
  throw DomainError.conflict('DISBURSEMENT_IMPORT_PENDING', 'voucherNo',
    `this payment is part of disbursement import ${entry.importId}, which is still being recorded; try again when it has finished`, { importId: entry.importId });
}

/** Applying or withdrawing an import the line does not hold pending is nothing new (a retried or resumed settlement). */
function settleImport(command: SettleDisbursementImport, line: OpenLine): AppropriationEvent[] {
  if (!line.pendingImports.has(command.importId)) return [];
  const data = { importId: command.importId, lineId: line.attributes.lineId };
  return command.type === 'ApplyDisbursementImport'
    ? [{ type: 'DisbursementImportApplied.v1', effectiveDate: command.effectiveDate, data }]
    : [{ type: 'DisbursementImportWithdrawn.v1', effectiveDate: command.effectiveDate, data }];
}
