import { DomainEvent } from '../shared/decider';
import { SpendingPlanEvent } from '../plans/events';

/** Whether the budget office wants overspending of a line blocked (default) or only warned about. */
export type OverspendPolicy = 'block' | 'warn';
/** 基本支出 (basic) or 项目支出 (project). */
export type ExpenditureType = 'basic' | 'project';
/** 人员经费 (personnel) or 日常公用经费 (operating), for basic lines. */
export type BasicKind = 'personnel' | 'operating';

/** 年初预算 / 追加预算: an appropriation line was established by an imported budget. */
export type AppropriationEstablished = DomainEvent<'AppropriationEstablished.v1', {
  readonly lineId: string;
  readonly fiscalYear: number;
  readonly department: string;
  readonly unit: string;
  readonly type: ExpenditureType;
  readonly project: string | null;
  readonly projectName: string | null;
  readonly basicKind: BasicKind | null;
  readonly functional: string;
  readonly economic: string | null;
  readonly fundingSource: string;
  readonly amount: string;
  readonly overspendPolicy: OverspendPolicy;
  readonly revolvingFund: boolean;
  readonly importId: string;
  readonly inferred: readonly string[];
  /** 上年结转: the line of the year before whose unspent balance this line carries (set by a year-end close only) */
  readonly carriedFrom?: string | null;
  /** 上年结转 of the revolving fund: advances still owed by employers, carried with the fund to recover this year */
  readonly advancesCarried?: readonly CarriedAdvance[];
}>;

/** An outstanding 垫付 of a case, carried into the next year's fund line at the close. */
export interface CarriedAdvance { readonly caseId: string; readonly amount: string }

/**
 * 追加: the appropriation was increased. `adjustmentId` names the command (from its 文号 or its Idempotency-Key,
 * ADR 0017); events recorded before it existed, and 追加预算 imports (named by their document), have none.
 */
export type AppropriationIncreased = DomainEvent<'AppropriationIncreased.v1', {
  readonly lineId: string; readonly amount: string; readonly reason: string; readonly documentNo: string | null; readonly adjustmentId?: string;
}>;

/** 调减: the appropriation was decreased (`adjustmentId` as for 追加). */
export type AppropriationDecreased = DomainEvent<'AppropriationDecreased.v1', {
  readonly lineId: string; readonly amount: string; readonly reason: string; readonly documentNo: string | null; readonly adjustmentId?: string;
}>;

/** 调剂 (source side): part of this line's appropriation was moved to another line. */
export type AppropriationTransferredOut = DomainEvent<'AppropriationTransferredOut.v1', {
  readonly transferId: string; readonly lineId: string; readonly toLineId: string; readonly amount: string;
  readonly reason: string; readonly documentNo: string | null;
}>;

/** 调剂 (target side), recorded atomically with its source side. */
export type AppropriationTransferredIn = DomainEvent<'AppropriationTransferredIn.v1', {
  readonly transferId: string; readonly lineId: string; readonly fromLineId: string; readonly amount: string;
  readonly reason: string; readonly documentNo: string | null;
}>;

/** 支付: money was paid out against the line. */
export type DisbursementRecorded = DomainEvent<'DisbursementRecorded.v1', {
  readonly disbursementId: string;
  readonly lineId: string;
  readonly amount: string;
  /** 凭证号, unique per budget unit and fiscal year */
  readonly voucherNo: string;
  readonly payee: string | null;
  readonly summary: string | null;
  /** 补助类别, e.g. 公益性岗位补贴 */
  readonly subsidyCategory: string | null;
  /** 人数: beneficiaries of a subsidy payment */
  readonly beneficiaries: number | null;
  readonly economic: string | null;
  /**
   * 批量导入: the disbursement import that staged it (ADR 0022). Until that import's `DisbursementImportApplied`
   * the payment only reserves the line's balance: it is not shown, cannot be reversed, and is withdrawn if the
   * import is abandoned.
   */
  readonly importId?: string;
}>;

/** 批量导入完成: the rows a disbursement import staged on this line are recorded; written with the import's last event. */
export type DisbursementImportApplied = DomainEvent<'DisbursementImportApplied.v1', { readonly importId: string; readonly lineId: string }>;

/** 批量导入放弃: the rows an abandoned disbursement import staged on this line are taken off it (nothing was ever shown). */
export type DisbursementImportWithdrawn = DomainEvent<'DisbursementImportWithdrawn.v1', { readonly importId: string; readonly lineId: string }>;

/** A disbursement on a 'warn' line went beyond the available balance; recorded with the disbursement. */
export type OverspendWarned = DomainEvent<'OverspendWarned.v1', {
  readonly lineId: string; readonly disbursementId: string; readonly available: string; readonly requested: string; readonly shortfall: string;
}>;

/** A disbursement on a 'block' line was refused for lack of balance; kept as a fact for the alert rules. */
export type OverspendBlocked = DomainEvent<'OverspendBlocked.v1', {
  readonly lineId: string; readonly voucherNo: string; readonly available: string; readonly requested: string; readonly shortfall: string;
}>;

/** 冲销: a recorded disbursement was reversed, wholly or in part, once. */
export type DisbursementReversed = DomainEvent<'DisbursementReversed.v1', {
  readonly disbursementId: string; readonly lineId: string; readonly amount: string; readonly reason: string;
}>;

/** 垫付: the wage emergency revolving fund advanced wages for a wage-arrears case. */
export type FundAdvancePaid = DomainEvent<'FundAdvancePaid.v1', {
  readonly advanceId: string; readonly lineId: string; readonly caseId: string; readonly amount: string;
  readonly workers: number; readonly note: string | null;
}>;

/** 追偿: money advanced for a case was recovered from the employer. */
export type FundAdvanceRecovered = DomainEvent<'FundAdvanceRecovered.v1', {
  readonly recoveryId: string; readonly lineId: string; readonly caseId: string; readonly amount: string; readonly note: string | null;
}>;

export type AppropriationEvent =
  | AppropriationEstablished | AppropriationIncreased | AppropriationDecreased
  | AppropriationTransferredOut | AppropriationTransferredIn
  | DisbursementRecorded | OverspendWarned | OverspendBlocked | DisbursementReversed
  | FundAdvancePaid | FundAdvanceRecovered
  | DisbursementImportApplied | DisbursementImportWithdrawn
  | SpendingPlanEvent;

export const lineStreamId = (lineId: string) => `line-${lineId}`;
