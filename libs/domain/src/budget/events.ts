import { DomainEvent } from '../shared/decider';

export interface CodeName { readonly code: string; readonly name: string }
export interface BudgetUnit extends CodeName { readonly shortName: string | null }
export interface ProjectInfo extends CodeName {
  readonly seq: number | null;
  readonly unit: string;
  /** 年初特定目标 | 上级专项 */
  readonly category: string;
  /** 人员性 | 一般性 | 民生配套项目 | 提前下达专项 | 结转项目 | 市级专项 */
  readonly subCategory: string | null;
  /** 元 */
  readonly total: string;
  readonly notes: readonly string[];
}

/**
 * A budget document (年初预算 or 追加预算) was imported. It carries the reference data the lines and
 * indicators point at (units, classification names, projects) and the control totals it reconciled to.
 * The lines and indicators themselves are established in their own streams in the same atomic write.
 */
export type BudgetDocumentImported = DomainEvent<'BudgetDocumentImported.v1', {
  readonly importId: string;
  readonly kind: 'initial' | 'supplementary';
  readonly fiscalYear: number;
  readonly department: BudgetUnit;
  readonly source: { readonly title: string; readonly reference: string | null };
  readonly units: readonly BudgetUnit[];
  readonly functionalClassifications: readonly CodeName[];
  readonly economicClassifications: readonly CodeName[];
  readonly projects: readonly ProjectInfo[];
  readonly lineIds: readonly string[];
  readonly indicatorIds: readonly string[];
  /** totals (元) computed from the lines: total, basic, project, by functional/economic code, project and unit */
  readonly totals: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  /** published totals (元) the document was checked against */
  readonly controlTotals: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  readonly quirks: readonly { readonly where: string; readonly issue: string; readonly decision: string }[];
}>;

export type BudgetEvent = BudgetDocumentImported;

/** One stream per department and fiscal year holds its imported budget documents. */
export const budgetStreamId = (department: string, fiscalYear: number) => `budget-${department}-${fiscalYear}`;
