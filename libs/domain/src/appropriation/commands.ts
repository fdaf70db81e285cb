import { BusinessDate } from '../shared/business-date';
import { LineAttributes } from './state';
import { FileSpendingPlan } from '../plans/commands';
import { DisbursementEntry } from './payment-on-record';

/** Establish a line from an imported budget (年初预算 or a new line of a 追加预算). */
export interface EstablishAppropriation {
  readonly type: 'EstablishAppropriation';
  readonly attributes: LineAttributes;
  readonly effectiveDate: BusinessDate;
}

/**
 * A line of an imported budget document: 年初预算 establishes it; 追加预算 establishes a new one or adds to
 * the line it names, which must be the same line (unit, type, project, functional code).
 */
export interface ImportBudgetLine {
  readonly type: 'ImportBudgetLine';
  readonly kind: 'initial' | 'supplementary';
  readonly attributes: LineAttributes;
  /** the document's title and 文号, as the 追加's reason and reference */
  readonly title: string;
  readonly documentNo: string | null;
  readonly effectiveDate: BusinessDate;
}

/** 追加 or 调减. */
export interface AdjustAppropriation {
  readonly type: 'IncreaseAppropriation' | 'DecreaseAppropriation';
  /** the command's id (from its 文号 or Idempotency-Key): the same id again is the same 追加/调减 (ADR 0017) */
  readonly adjustmentId?: string;
  readonly amount: string;
  readonly reason: string;
  readonly documentNo: string | null;
  readonly effectiveDate: BusinessDate;
}

export interface RecordDisbursement {
  readonly type: 'RecordDisbursement';
  readonly disbursementId: string;
  readonly amount: string;
  readonly voucherNo: string;
  readonly payee: string | null;
  readonly summary: string | null;
  readonly subsidyCategory: string | null;
  readonly beneficiaries: number | null;
  readonly economic: string | null;
  readonly effectiveDate: BusinessDate;
  /** staged by this disbursement import (ADR 0022): reserved until the import is applied */
  readonly importId?: string;
  /** the payment already recorded under this id (unit, year, 凭证号), on any line, as the store's index finds it */
  readonly onRecord: DisbursementEntry | null;
}

/** 批量导入: the import's staged payments on the line become recorded (apply) or leave it (withdraw). */
export interface SettleDisbursementImport {
  readonly type: 'ApplyDisbursementImport' | 'WithdrawDisbursementImport';
  readonly importId: string;
  readonly effectiveDate: BusinessDate;
}

/** 冲销: `amount` defaults to the whole disbursement. */
export interface ReverseDisbursement {
  readonly type: 'ReverseDisbursement';
  readonly disbursementId: string;
  readonly amount: string | null;
  readonly reason: string;
  readonly effectiveDate: BusinessDate;
  /** the payment to reverse as the store's index finds it by its id (null: none recorded) */
  readonly onRecord: DisbursementEntry | null;
}

export interface PayFundAdvance {
  readonly type: 'PayFundAdvance';
  readonly advanceId: string;
  readonly caseId: string;
  readonly amount: string;
  readonly workers: number;
  readonly note: string | null;
  readonly effectiveDate: BusinessDate;
}

export interface RecoverFundAdvance {
  readonly type: 'RecoverFundAdvance';
  readonly recoveryId: string;
  readonly caseId: string;
  readonly amount: string;
  readonly note: string | null;
  readonly effectiveDate: BusinessDate;
}

/** 调剂: move appropriation from one line to another, both sides in one atomic decision. */
export interface TransferAppropriation {
  readonly type: 'TransferAppropriation';
  readonly transferId: string;
  readonly fromLineId: string;
  readonly toLineId: string;
  readonly amount: string;
  readonly reason: string;
  readonly documentNo: string | null;
  readonly effectiveDate: BusinessDate;
}

export type LineCommand =
  | EstablishAppropriation | ImportBudgetLine | AdjustAppropriation | RecordDisbursement | ReverseDisbursement | RecoverFundAdvance
  | FileSpendingPlan | SettleDisbursementImport;
