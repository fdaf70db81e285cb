import { BusinessDate } from '../shared/business-date';

/** 报送/调整用款计划: the twelve month amounts of a line's plan (a later filing is a revision). */
export interface FileSpendingPlan {
  readonly type: 'FileSpendingPlan';
  /** twelve 元 amounts as decimal strings, January first; checked by the decider, field `months.{index}` */
  readonly months: readonly unknown[];
  readonly reason: string | null;
  /** the plan is in force from this date (not before the revision in force) */
  readonly effectiveDate: BusinessDate;
}
