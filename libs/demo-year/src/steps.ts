import { BusinessDate, Grade, IndicatorDefined, LineAttributes, Resolution } from '@app/domain';

/** What the demo year is planned from: the budget as imported (lines and indicators), nothing else. */
export interface DemoYearInput {
  readonly fiscalYear: number;
  readonly lines: readonly LineAttributes[];
  readonly indicators: readonly IndicatorDefined['data'][];
}

interface Base {
  /** stable, unique name of the step within the plan: the runner derives its ids and correlation id from it */
  readonly key: string;
  /** the business date (effectiveDate / asOf) */
  readonly date: BusinessDate;
}

/** 支付, as an accountant records it; amounts are 元 decimal strings with two decimals. */
export interface DisburseStep extends Base {
  readonly kind: 'disburse';
  readonly lineId: string;
  readonly unit: string;
  readonly amount: string;
  readonly voucherNo: string;
  readonly payee: string;
  readonly summary: string;
  readonly subsidyCategory: string | null;
  readonly beneficiaries: number | null;
  readonly economic: string | null;
  /** 政府采购: the payment draws on its project's procurement budget (表九) */
  readonly procurement?: true;
}

/** A payment above the line's available balance: the product refuses it and keeps an OverspendBlocked fact. */
export interface OverspendAttemptStep extends Omit<DisburseStep, 'kind'> {
  readonly kind: 'attemptOverspend';
  /** the line's available balance at that moment (the attempt asks more) */
  readonly available: string;
}

/** 冲销 of an earlier payment of the plan, named by its voucher; `amount` null reverses it in full. */
export interface ReverseStep extends Base {
  readonly kind: 'reverse';
  readonly lineId: string;
  readonly unit: string;
  readonly voucherNo: string;
  readonly amount: string | null;
  readonly reason: string;
}

/** 追加 / 调减. */
export interface AdjustStep extends Base {
  readonly kind: 'increase' | 'decrease';
  readonly lineId: string;
  readonly amount: string;
  readonly reason: string;
  readonly documentNo: string;
}

/** 调剂 between two lines. */
export interface TransferStep extends Base {
  readonly kind: 'transfer';
  readonly fromLineId: string;
  readonly toLineId: string;
  readonly amount: string;
  readonly reason: string;
  readonly documentNo: string;
}

/** 欠薪案件 reported; later steps name the case by `caseKey`. */
export interface ReportCaseStep extends Base {
  readonly kind: 'reportCase';
  readonly caseKey: string;
  readonly unit: string;
  readonly employer: string;
  readonly workersAffected: number;
  readonly amountOwed: string;
  readonly description: string;
}

export interface ResolveCaseStep extends Base {
  readonly kind: 'resolveCase';
  readonly caseKey: string;
  readonly resolution: Resolution;
  readonly amountSettled: string | null;
  readonly note: string;
}

/** 垫付 from the revolving fund for a case. */
export interface PayAdvanceStep extends Base {
  readonly kind: 'payAdvance';
  readonly caseKey: string;
  readonly lineId: string;
  readonly amount: string;
  readonly workers: number;
  readonly note: string;
}

/** 追偿 of a case's advances. */
export interface RecoverAdvanceStep extends Base {
  readonly kind: 'recoverAdvance';
  readonly caseKey: string;
  readonly lineId: string;
  readonly amount: string;
  readonly note: string;
}

/** 绩效指标填报: a value (numeric indicators) or a grade (定性), with 偏差原因 where the light is red or yellow. */
export interface ReportProgressStep extends Base {
  readonly kind: 'reportProgress';
  readonly indicatorId: string;
  readonly value: string | null;
  readonly grade: Grade | null;
  readonly deviationReason: string | null;
  readonly note: string | null;
}

/** 报送/调整用款计划: twelve 元 amounts (January first) adding up to the line's appropriation on that day. */
export interface FilePlanStep extends Base {
  readonly kind: 'filePlan';
  readonly lineId: string;
  readonly months: readonly string[];
  readonly reason: string;
}

export type DemoStep =
  | DisburseStep | OverspendAttemptStep | ReverseStep | AdjustStep | TransferStep
  | ReportCaseStep | ResolveCaseStep | PayAdvanceStep | RecoverAdvanceStep | ReportProgressStep | FilePlanStep;

export interface DemoYearPlan {
  readonly fiscalYear: number;
  readonly seed: number;
  /** in the order to dispatch them: by date, and within a day in the order the facts depend on each other */
  readonly steps: readonly DemoStep[];
}
