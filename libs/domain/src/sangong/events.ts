import { DomainEvent } from '../shared/decider';
import { SanGongCategory } from './categories';

/** Caps (元) by category; a category absent has no cap at that level. */
export type SanGongCaps = Readonly<Partial<Record<SanGongCategory, string>>>;

/**
 * 表四 as the initial budget document states it: the department's 三公经费 caps, each unit's where the document
 * gives them, the prior year's figures for comparison, and 机关运行经费 (一般公共预算财政拨款运行经费).
 */
export type SanGongBudgetSet = DomainEvent<'SanGongBudgetSet.v1', {
  readonly importId: string;
  readonly department: string;
  readonly fiscalYear: number;
  readonly caps: SanGongCaps;
  readonly unitCaps: readonly { readonly unit: string; readonly caps: SanGongCaps }[];
  /** 上年预算数 as 表四 prints it (informational: nothing is decided on it) */
  readonly priorYear: { readonly fiscalYear: number; readonly total: string; readonly caps: SanGongCaps } | null;
  /** 机关运行经费: its amount and the lines that make it up (basic operating lines on these 项 codes) */
  readonly agencyOperatingExpenses: { readonly amount: string; readonly priorYear: string | null; readonly functional: readonly string[] } | null;
}>;

/** 调整三公经费预算: a cap was set anew by the budget office, with a reason (never below what is already used). */
export type SanGongCapRevised = DomainEvent<'SanGongCapRevised.v1', {
  readonly department: string;
  readonly fiscalYear: number;
  readonly category: SanGongCategory;
  /** null: the department's cap */
  readonly unit: string | null;
  /** null: there was no cap */
  readonly previous: string | null;
  readonly cap: string;
  readonly reason: string;
  readonly documentNo: string | null;
}>;

/** A 三公 payment used room under its category's caps; recorded with the payment, in the same atomic write. */
export type SanGongSpent = DomainEvent<'SanGongSpent.v1', {
  readonly disbursementId: string;
  readonly lineId: string;
  readonly unit: string;
  readonly category: SanGongCategory;
  readonly amount: string;
  /** staged by this disbursement import (ADR 0022): withdrawn if the import is abandoned */
  readonly importId?: string;
}>;

/** 批量导入放弃: the room an abandoned disbursement import's payments took is given back. */
export type SanGongImportWithdrawn = DomainEvent<'SanGongImportWithdrawn.v1', { readonly importId: string }>;

/** 冲销 of a 三公 payment gave its room back; recorded with the reversal. */
export type SanGongReleased = DomainEvent<'SanGongReleased.v1', {
  readonly disbursementId: string;
  readonly lineId: string;
  readonly unit: string;
  readonly category: SanGongCategory;
  readonly amount: string;
}>;

export type SanGongEvent = SanGongBudgetSet | SanGongCapRevised | SanGongSpent | SanGongReleased | SanGongImportWithdrawn;

/**
 * One stream per department and fiscal year holds its caps and every 三公 payment: a payment is decided together
 * with this stream, so concurrent payments across lines are serialised here and never pass a cap together.
 */
export const sanGongStreamId = (department: string, fiscalYear: number) => `sangong-${department}-${fiscalYear}`;
