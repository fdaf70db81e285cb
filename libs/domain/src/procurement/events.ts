import { DomainEvent } from '../shared/decider';

/** 政府采购品目: 货物 (A), 工程 (B), 服务 (C), as 表九 groups them. */
export type ProcurementCategory = 'goods' | 'works' | 'services';
export const PROCUREMENT_CATEGORIES: readonly ProcurementCategory[] = ['goods', 'works', 'services'];
export const PROCUREMENT_NAMES: Readonly<Record<ProcurementCategory, string>> = { goods: '货物', works: '工程', services: '服务' };
export const PROCUREMENT_LETTERS: Readonly<Record<ProcurementCategory, string>> = { goods: 'A', works: 'B', services: 'C' };

/** What a procurement payment beyond the procurement budget meets: refused (default) or recorded with a warning. */
export type ProcurementPolicy = 'block' | 'warn';

/** One row of 表九: a project's (or line's) procurement of one 品目, with its funding sources (元). */
export interface ProcurementItem {
  readonly itemId: string;
  readonly lineId: string;
  readonly unit: string;
  readonly project: string | null;
  readonly projectName: string | null;
  readonly category: ProcurementCategory;
  readonly name: string;
  readonly amount: string;
  /** 资金来源 (表九's columns: 一般公共预算拨款, 上年结转结余资金 …) → 元; they add up to `amount` */
  readonly fundingSources: Readonly<Record<string, string>>;
  /** a procurement line: every payment on the line draws on this item, flagged or not */
  readonly wholeLine: boolean;
}

/** 政府采购预算 (表九) of the initial budget document. */
export type ProcurementBudgetSet = DomainEvent<'ProcurementBudgetSet.v1', {
  readonly importId: string;
  readonly department: string;
  readonly fiscalYear: number;
  readonly policy: ProcurementPolicy;
  readonly items: readonly ProcurementItem[];
}>;

/** A procurement payment drew on its item (itemId null: there was no procurement budget for it, and the policy warns). */
export type ProcurementDrawn = DomainEvent<'ProcurementDrawn.v1', {
  readonly disbursementId: string;
  readonly lineId: string;
  readonly unit: string;
  readonly itemId: string | null;
  readonly category: ProcurementCategory | null;
  readonly amount: string;
  /** staged by this disbursement import (ADR 0022): withdrawn if the import is abandoned */
  readonly importId?: string;
}>;

/** 批量导入放弃: what an abandoned disbursement import's payments drew is given back. */
export type ProcurementImportWithdrawn = DomainEvent<'ProcurementImportWithdrawn.v1', { readonly importId: string }>;

/** Under the warn policy: a procurement payment went beyond what its procurement budget had left. */
export type ProcurementOverrunWarned = DomainEvent<'ProcurementOverrunWarned.v1', {
  readonly disbursementId: string;
  readonly lineId: string;
  readonly itemId: string | null;
  readonly remaining: string;
  readonly requested: string;
  readonly shortfall: string;
}>;

/** 冲销 of a procurement payment gave its procurement budget back. */
export type ProcurementReleased = DomainEvent<'ProcurementReleased.v1', {
  readonly disbursementId: string;
  readonly lineId: string;
  readonly unit: string;
  readonly itemId: string | null;
  readonly category: ProcurementCategory | null;
  readonly amount: string;
}>;

export type ProcurementEvent = ProcurementBudgetSet | ProcurementDrawn | ProcurementOverrunWarned | ProcurementReleased | ProcurementImportWithdrawn;

/** One stream per department and fiscal year: procurement payments across lines are decided against it together. */
export const procurementStreamId = (department: string, fiscalYear: number) => `procurement-${department}-${fiscalYear}`;
