import { AccountEvent } from '../accounts/events';
import { AlertEvent } from '../alerts/events';
import { AlertSilenceEvent } from '../alerts/silences';
import { AlertEvaluationCompleted, AlertNotificationSent, DemoYearSimulated, DisbursementImportAbandoned } from '../records';
import { DisbursementImportWithdrawn } from '../appropriation/events';
import { SanGongImportWithdrawn } from '../sangong/events';
import { ProcurementImportWithdrawn } from '../procurement/events';
import { AlertSubscriptionEvent } from '../subscriptions/events';
import { FiscalYearEvent } from './events';

/**
 * Facts that take effect in no fiscal year: the closes themselves, accounts, alerts and their e-mail, the demo
 * marker. Every other fact (appropriations, payments, cases, indicators, budget documents, imported files, and
 * any kind added later unless it is listed here) takes effect in the fiscal year of its effective date, and in
 * the fiscal year its data names, and is refused while that year is closed. An abandoned disbursement import's
 * withdrawal takes effect nowhere: it undoes payments never shown, and must be recordable whatever was closed since.
 */
type YearlessType = FiscalYearEvent['type'] | AccountEvent['type'] | AlertEvent['type'] | AlertSilenceEvent['type']
  | AlertSubscriptionEvent['type'] | AlertNotificationSent['type'] | AlertEvaluationCompleted['type'] | DemoYearSimulated['type']
  | DisbursementImportAbandoned['type'] | DisbursementImportWithdrawn['type'] | SanGongImportWithdrawn['type'] | ProcurementImportWithdrawn['type'];

const YEARLESS: Readonly<Record<YearlessType, true>> = {
  'FiscalYearLocked.v1': true, 'FiscalYearClosed.v1': true, 'FiscalYearCloseAbandoned.v1': true, 'FiscalYearReopened.v1': true,
  'UserRegistered.v1': true, 'UserRoleChanged.v1': true, 'UserPasswordChanged.v1': true, 'UserDeactivated.v1': true, 'UserReactivated.v1': true,
  'AlertRaised.v1': true, 'AlertEscalated.v1': true, 'AlertReminded.v1': true, 'AlertAcknowledged.v1': true, 'AlertResolved.v1': true,
  'AlertConditionPending.v1': true, 'AlertConditionCleared.v1': true, 'AlertSilenceCreated.v1': true, 'AlertSilenceLifted.v1': true,
  'AlertSubscriptionSet.v1': true, 'AlertSubscriptionSet.v2': true, 'AlertSubscriptionRemoved.v1': true, 'AlertNotificationSent.v1': true, 'AlertEvaluationCompleted.v1': true,
  'DemoYearSimulated.v1': true,
  'DisbursementImportAbandoned.v1': true, 'DisbursementImportWithdrawn.v1': true, 'SanGongImportWithdrawn.v1': true, 'ProcurementImportWithdrawn.v1': true,
};

/** The fiscal years an event about to be recorded takes effect in (none for the yearless kinds). */
export function fiscalYearsOf(event: { readonly type: string; readonly data: unknown; readonly effectiveDate: string }): number[] {
  if (Object.prototype.hasOwnProperty.call(YEARLESS, event.type)) return [];
  const years = new Set<number>();
  const fromDate = /^(\d{4})-\d{2}-\d{2}$/.exec(event.effectiveDate);
  if (fromDate) years.add(Number(fromDate[1]));
  const named = (event.data as { fiscalYear?: unknown } | null)?.fiscalYear;
  if (typeof named === 'number' && Number.isInteger(named)) years.add(named);
  return [...years].sort();
}
