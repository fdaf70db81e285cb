import {
  AdjustAppropriation, EstablishAppropriation, PayFundAdvance, RecordDisbursement, RecoverFundAdvance,
  ReverseDisbursement, TransferAppropriation,
} from '../appropriation/commands';
import {
  AppropriationDecreased, AppropriationEstablished, AppropriationIncreased, AppropriationTransferredIn,
  AppropriationTransferredOut, DisbursementImportWithdrawn, DisbursementRecorded, DisbursementReversed, FundAdvancePaid, FundAdvanceRecovered, OverspendBlocked,
} from '../appropriation/events';
import { LineAttributes } from '../appropriation/state';
import { DisbursementEntry, paymentOnRecord } from '../appropriation/payment-on-record';
import { BusinessDate } from '../shared/business-date';
import { money, toYuanString } from '../shared/money';
import { DomainEvent } from '../shared/decider';

/** Small factories for appropriation-line tests. Ids follow docs/budget-import-format.md. */

/** 就业补助 line of 就业和人才中心 (a 'block' line of 1000.00 元 unless told otherwise) */
export const LINE = '426002-2023-P01';
/** another line of the same unit, target of 调剂 */
export const OTHER_LINE = '426002-2023-P02';
/** 农民工工资应急周转金 of 执法支队 */
export const FUND = '426006-2023-P09';
export const CASE = 'case-2023-001';
const DAY: BusinessDate = '2023-06-15';

export function attributes(overrides: Partial<LineAttributes> = {}): LineAttributes {
  return {
    lineId: LINE, fiscalYear: 2023, department: '426', unit: '426002', type: 'project', project: 'P01',
    projectName: '就业补助资金', basicKind: null, functional: '2080705', economic: null,
    fundingSource: '一般公共预算拨款', amount: '1000.00', overspendPolicy: 'block', revolvingFund: false,
    importId: 'import-2023-initial', inferred: [], ...overrides,
  };
}

export function fundAttributes(overrides: Partial<LineAttributes> = {}): LineAttributes {
  return attributes({
    lineId: FUND, unit: '426006', project: 'P09', projectName: '2023 年初专项-农民工工资应急周转金',
    functional: '2080199', amount: '5000000.00', revolvingFund: true, ...overrides,
  });
}

// ---- events ----

export const established = (overrides: Partial<LineAttributes> = {}, effectiveDate = '2023-01-01'): AppropriationEstablished =>
  ({ type: 'AppropriationEstablished.v1', effectiveDate, data: attributes(overrides) });

export const fundEstablished = (overrides: Partial<LineAttributes> = {}): AppropriationEstablished =>
  ({ type: 'AppropriationEstablished.v1', effectiveDate: '2023-01-01', data: fundAttributes(overrides) });

export const increased = (amount: string, lineId = LINE, effectiveDate = DAY): AppropriationIncreased =>
  ({ type: 'AppropriationIncreased.v1', effectiveDate, data: { lineId, amount, reason: '追加', documentNo: null } });

export const decreased = (amount: string, lineId = LINE, effectiveDate = DAY): AppropriationDecreased =>
  ({ type: 'AppropriationDecreased.v1', effectiveDate, data: { lineId, amount, reason: '调减', documentNo: null } });

export const disbursed = (disbursementId: string, amount: string, lineId = LINE, effectiveDate = DAY): DisbursementRecorded => ({
  type: 'DisbursementRecorded.v1', effectiveDate,
  data: {
    disbursementId, lineId, amount, voucherNo: `V-${disbursementId}`, payee: null, summary: null,
    subsidyCategory: null, beneficiaries: null, economic: null,
  },
});

/** A refused overspend on record (voucher `V-{disbursementId}`, as recordDisbursement names it). */
export const blocked = (disbursementId: string, requested: string, available: string, lineId = LINE, effectiveDate = DAY): OverspendBlocked => ({
  type: 'OverspendBlocked.v1', effectiveDate,
  data: { lineId, voucherNo: `V-${disbursementId}`, available, requested, shortfall: toYuanString(money(requested).minus(available)) },
});

export const reversed = (disbursementId: string, amount: string, lineId = LINE, effectiveDate = DAY): DisbursementReversed =>
  ({ type: 'DisbursementReversed.v1', effectiveDate, data: { disbursementId, lineId, amount, reason: '冲销' } });

export const transferredOut = (transferId: string, amount: string, lineId = LINE, toLineId = OTHER_LINE): AppropriationTransferredOut =>
  ({ type: 'AppropriationTransferredOut.v1', effectiveDate: DAY, data: { transferId, lineId, toLineId, amount, reason: '调剂', documentNo: null } });

export const transferredIn = (transferId: string, amount: string, lineId = OTHER_LINE, fromLineId = LINE): AppropriationTransferredIn =>
  ({ type: 'AppropriationTransferredIn.v1', effectiveDate: DAY, data: { transferId, lineId, fromLineId, amount, reason: '调剂', documentNo: null } });

export const advancePaid = (advanceId: string, amount: string, caseId = CASE, effectiveDate = DAY): FundAdvancePaid =>
  ({ type: 'FundAdvancePaid.v1', effectiveDate, data: { advanceId, lineId: FUND, caseId, amount, workers: 12, note: null } });

export const advanceRecovered = (recoveryId: string, amount: string, caseId = CASE, effectiveDate = DAY): FundAdvanceRecovered =>
  ({ type: 'FundAdvanceRecovered.v1', effectiveDate, data: { recoveryId, lineId: FUND, caseId, amount, note: null } });

// ---- commands ----

export const establish = (overrides: Partial<LineAttributes> = {}, effectiveDate = '2023-01-01'): EstablishAppropriation =>
  ({ type: 'EstablishAppropriation', attributes: attributes(overrides), effectiveDate });

export const increase = (amount: string, overrides: Partial<AdjustAppropriation> = {}): AdjustAppropriation =>
  ({ type: 'IncreaseAppropriation', amount, reason: '追加', documentNo: null, effectiveDate: DAY, ...overrides });

export const decrease = (amount: string, overrides: Partial<AdjustAppropriation> = {}): AdjustAppropriation =>
  ({ type: 'DecreaseAppropriation', amount, reason: '调减', documentNo: null, effectiveDate: DAY, ...overrides });

export const recordDisbursement = (disbursementId: string, amount: string, overrides: Partial<RecordDisbursement> = {}): RecordDisbursement => ({
  type: 'RecordDisbursement', disbursementId, amount, voucherNo: `V-${disbursementId}`, payee: null, summary: null,
  subsidyCategory: null, beneficiaries: null, economic: null, effectiveDate: DAY, onRecord: null, ...overrides,
});

export const reverseDisbursement = (disbursementId: string, amount: string | null, overrides: Partial<ReverseDisbursement> = {}): ReverseDisbursement =>
  ({ type: 'ReverseDisbursement', disbursementId, amount, reason: '冲销', effectiveDate: DAY, onRecord: null, ...overrides });

/**
 * The payment under `disbursementId` among `events`, as the store's index would find it (the kernel's lookup): a
 * payment staged by an import later withdrawn from its line is not on record (the next recording under the id is).
 */
export function paymentIn(events: readonly DomainEvent[], disbursementId: string): DisbursementEntry | null {
  const withdrawn = new Set(events.filter((e) => e.type === 'DisbursementImportWithdrawn.v1')
    .map((e) => { const d = (e as DisbursementImportWithdrawn).data; return `${d.importId}\u0000${d.lineId}`; }));
  let recorded: DisbursementRecorded | undefined;
  let reversal = false;
  for (const e of events) {
    if (e.type === 'DisbursementRecorded.v1' && (e as DisbursementRecorded).data.disbursementId === disbursementId) {
      const { importId, lineId } = (e as DisbursementRecorded).data;
      if (!(importId && withdrawn.has(`${importId}\u0000${lineId}`))) recorded ??= e as DisbursementRecorded;
    }
    if (e.type === 'DisbursementReversed.v1' && (e as DisbursementReversed).data.disbursementId === disbursementId) reversal = true;
  }
  return recorded ? paymentOnRecord(recorded, reversal) : null;
}

/**
 * For specification(): a command about a past payment is handed it as the store would find it among the given events
 * (unless the test names one, e.g. a payment of another line).
 */
export const lookUpPayments = <C extends { readonly type: string }>(command: C, given: readonly DomainEvent[]): C => {
  if (command.type !== 'RecordDisbursement' && command.type !== 'ReverseDisbursement') return command;
  const c = command as unknown as RecordDisbursement | ReverseDisbursement;
  return { ...command, onRecord: c.onRecord ?? paymentIn(given, c.disbursementId) };
};

export const transfer = (amount: string, overrides: Partial<TransferAppropriation> = {}): TransferAppropriation => ({
  type: 'TransferAppropriation', transferId: 't-1', fromLineId: LINE, toLineId: OTHER_LINE, amount,
  reason: '调剂', documentNo: null, effectiveDate: DAY, ...overrides,
});

export const payFundAdvance = (advanceId: string, amount: string, overrides: Partial<PayFundAdvance> = {}): PayFundAdvance =>
  ({ type: 'PayFundAdvance', advanceId, caseId: CASE, amount, workers: 12, note: null, effectiveDate: DAY, ...overrides });

export const recoverFundAdvance = (recoveryId: string, amount: string, overrides: Partial<RecoverFundAdvance> = {}): RecoverFundAdvance =>
  ({ type: 'RecoverFundAdvance', recoveryId, caseId: CASE, amount, note: null, effectiveDate: DAY, ...overrides });
