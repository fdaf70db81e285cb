import type { OpenLine } from '../appropriation/state';
import { assertInFiscalYear, monthOf } from '../shared/business-date';
import { DecisionContext } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { Money, toYuanString } from '../shared/money';
import { FileSpendingPlan } from './commands';
import { Fen, effectivePlan, fenOf, plannedThrough, sumFen, yuanOf } from './effective-plan';
import { PlanExceededWarned, SpendingPlanFiled } from './events';
import { DEFAULT_SPENDING_PLAN_SETTINGS, SpendingPlanSettings, profileWeights } from './settings';
import { latestRevision, revisionInForce } from './state';

/** The spending-plan settings a decision is taken under (SPENDING_PLAN_SETTINGS): they arrive with the context, like today. */
export interface PlanDecisionContext extends DecisionContext {
  readonly spendingPlan?: SpendingPlanSettings;
}

const MONTH_AMOUNT = /^\d+(\.\d{1,2})?$/;
const MAX_AMOUNT = new Money('1e12');

/** One month of a plan: a 元 decimal string, 0 or more, at most 2 decimals. */
export function parseMonthAmount(value: unknown, field: string): Fen {
  if (typeof value !== 'string') throw DomainError.invalid('AMOUNT_NOT_A_DECIMAL_STRING', field, `${field} must be a decimal string in 元 such as "1234.56"`);
  const text = value.trim();
  if (/^-\s*\d/.test(text)) throw DomainError.invalid('AMOUNT_NEGATIVE', field, `${field} must not be negative`);
  if (/^\d+\.\d{3,}$/.test(text)) throw DomainError.invalid('AMOUNT_TOO_MANY_DECIMALS', field, `${field} has more than 2 decimals (分 is the smallest unit)`);
  if (!MONTH_AMOUNT.test(text)) throw DomainError.invalid('AMOUNT_NOT_A_DECIMAL_STRING', field, `${field} must be a decimal string in 元 such as "1234.56"`);
  if (new Money(text).gt(MAX_AMOUNT)) throw DomainError.invalid('AMOUNT_TOO_LARGE', field, `${field} exceeds 1,000,000,000,000 元`);
  return fenOf(text);
}

/**
 * 报送/调整用款计划: twelve months, 0 or more, adding up to the line's current appropriation (which must be above 0);
 * in force from its date, which may not come before the revision in force. The same months as the latest revision are
 * nothing new.
 */
export function decideFileSpendingPlan(command: FileSpendingPlan, line: OpenLine, context: DecisionContext): SpendingPlanFiled[] {
  // a line whose appropriation was all transferred away or decreased (closed for spending) has nothing to plan
  if (line.appropriated.lte(0)) {
    throw DomainError.conflict('LINE_HAS_NO_APPROPRIATION', 'lineId', 'the line has no appropriation left to plan (all transferred away or decreased)');
  }
  assertInFiscalYear(command.effectiveDate, line.attributes.fiscalYear, 'effectiveDate', context.today);
  if (!Array.isArray(command.months) || command.months.length !== 12) {
    const given = Array.isArray(command.months) ? command.months.length : 0;
    throw DomainError.invalid('PLAN_MONTHS_COUNT', 'months', `a plan has twelve months, January to December; ${given} given`, { expected: 12, given });
  }
  const months = command.months.map((m, i) => parseMonthAmount(m, `months.${i}`));
  const total = sumFen(months);
  const appropriated = fenOf(line.appropriated);
  if (total !== appropriated) {
    throw DomainError.invalid('PLAN_TOTAL_MISMATCH', 'months',
      `the twelve months add up to ${yuanOf(total)} 元, the line's current appropriation is ${yuanOf(appropriated)} 元 (difference ${yuanOf(appropriated - total)} 元)`,
      { total: yuanOf(total), appropriated: yuanOf(appropriated), difference: yuanOf(appropriated - total) });
  }
  const reason = command.reason === null ? null : command.reason.trim() === '' ? null : command.reason.trim();
  if (reason !== null && reason.length > 500) throw DomainError.invalid('TOO_LONG', 'reason', 'reason is longer than 500 characters');
  const latest = latestRevision(line.plan);
  if (latest && command.effectiveDate < latest.effectiveDate) {
    throw DomainError.invalid('PLAN_REVISION_BEFORE_LATEST', 'effectiveDate',
      `the plan in force since ${latest.effectiveDate} cannot be revised from an earlier date`, { latest: latest.effectiveDate });
  }
  // a PUT sent again (a retry, or a form saved twice) records nothing new
  if (latest && latest.months.every((m, i) => m === months[i])) return [];
  return [{
    type: 'SpendingPlanFiled.v1', effectiveDate: command.effectiveDate,
    data: { lineId: line.attributes.lineId, revision: (latest?.revision ?? 0) + 1, months: months.map(yuanOf), total: yuanOf(total), reason },
  }];
}

/** A payment measured against the month's cumulative plan: what there was, what was paid, what remains. */
export interface PlanCheck {
  readonly month: string;
  readonly plannedToDate: string;
  readonly paidToDate: string;
  readonly remaining: string;
  readonly requested: string;
  readonly excess: string;
}

/**
 * 超计划支付: a payment that takes the line's net payments through its month beyond the cumulative plan to that
 * month (the filed plan in force on the payment's date, as the read models show it). Refused with PLAN_EXCEEDED,
 * warned (PlanExceededWarned.v1 recorded with it) or allowed, as SPENDING_PLAN_SETTINGS.overPlanPayments says. A line
 * without a filed plan is never refused or warned against a default profile nobody filed.
 */
export function checkAgainstPlan(line: OpenLine, payment: { readonly disbursementId: string; readonly amount: Money; readonly effectiveDate: string },
  context: PlanDecisionContext): PlanExceededWarned[] {
  const settings = context.spendingPlan ?? DEFAULT_SPENDING_PLAN_SETTINGS;
  if (settings.overPlanPayments === 'allow') return [];
  const filed = revisionInForce(line.plan, payment.effectiveDate);
  if (filed === null) return [];
  const month = monthOf(payment.effectiveDate);
  const plan = effectivePlan({ weights: profileWeights(line.attributes, settings), appropriatedByMonth: line.plan.appropriatedByMonth, filed });
  const planned = plannedThrough(plan.months, month);
  const paid = plannedThrough(line.plan.paidByMonth, month);
  const requested = fenOf(payment.amount);
  const remaining = planned > paid ? planned - paid : 0n;
  if (requested <= remaining) return [];
  const check: PlanCheck = {
    month: payment.effectiveDate.slice(0, 7), plannedToDate: yuanOf(planned), paidToDate: yuanOf(paid), remaining: yuanOf(remaining),
    requested: toYuanString(payment.amount), excess: yuanOf(requested - remaining),
  };
  if (settings.overPlanPayments === 'refuse') {
    throw DomainError.conflict('PLAN_EXCEEDED', 'amount',
      `the cumulative plan through ${check.month} is ${check.plannedToDate} 元 and ${check.paidToDate} 元 is paid: ${check.remaining} 元 remains, ${check.requested} 元 asked`,
      { ...check });
  }
  const { remaining: _, ...warned } = check;
  return [{ type: 'PlanExceededWarned.v1', effectiveDate: payment.effectiveDate, data: { lineId: line.attributes.lineId, disbursementId: payment.disbursementId, ...warned } }];
}
