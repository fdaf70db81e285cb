import type { ColumnType } from 'kysely';

/**
 * The read-model tables. Names here are logical: every physical table carries a prefix (`rm_` live,
 * `rmb_` while a rebuild builds aside), added by the TablePrefixPlugin, so one set of typed queries
 * serves both. Dates are 'YYYY-MM-DD' text (sortable, no timezone); amounts are BIGINT 分.
 */

/** 分 amount: written as bigint, read back as number (SQLite) or string (pg int8). Sum with CAST(SUM(x) AS TEXT). */
export type Fen = ColumnType<string | number | bigint, bigint | number, bigint | number>;
/** integer that pg returns as a string when it is int8 */
export type Int = ColumnType<string | number, number, number>;

export interface CheckpointsTable { name: string; position: Int }
export interface RefDepartmentsTable { code: string; name: string; short_name: string | null }
export interface RefUnitsTable { code: string; name: string; short_name: string | null; department: string }
export interface RefCodesTable { code: string; name: string }
export interface RefProjectsTable {
  fiscal_year: number; code: string; name: string; unit: string; category: string; sub_category: string | null; total: Fen;
}
export interface BudgetDocumentsTable {
  import_id: string; fiscal_year: number; department: string; kind: string; title: string; reference: string | null;
  effective_date: string; recorded_at: string | null; position: Int; line_count: number; indicator_count: number; quirks: string;
}
/** 预算指标: every attribute of AppropriationEstablished (amount = initial 年初预算). */
export interface LinesTable {
  line_id: string; fiscal_year: number; department: string; unit: string; type: string; project: string | null;
  project_name: string | null; basic_kind: string | null; functional: string; economic: string | null; funding_source: string;
  amount: Fen; overspend_policy: string; revolving_fund: number; import_id: string; inferred: string; established_on: string; position: Int;
  /** 上年结转: the line of the year before this line carries the balance of */
  carried_from: string | null;
}
/** Per line per effective date: the deltas of that day. As-of figures are SUMs over date ≤ asOf. */
export interface MovementsTable {
  line_id: string; date: string; initial: Fen; increased: Fen; decreased: Fen; transferred_in: Fen; transferred_out: Fen;
  disbursed: Fen; reversed: Fen; advanced: Fen; recovered: Fen; disbursements: Int;
}
/** 累计: per line and movement date, the running totals up to and including that date. */
export interface LineDaysTable {
  line_id: string; date: string; initial: Fen; increased: Fen; decreased: Fen; transferred_in: Fen; transferred_out: Fen;
  disbursed: Fen; reversed: Fen; advanced: Fen; recovered: Fen; disbursements: Int;
}
/** 补助类别 beneficiaries per (fiscal year, unit, category, effective date). */
export interface SubsidiesTable {
  fiscal_year: number; unit: string; category: string; date: string; disbursed: Fen; reversed: Fen; people: Int; payments: Int;
}
/** Subsidy disbursements by id, only so that a later 冲销 can find its category, unit and people. */
export interface SubsidyDisbursementsTable {
  disbursement_id: string; line_id: string; fiscal_year: number; unit: string; category: string; date: string;
  amount: Fen; people: Int; reversed: Fen;
}
/** 欠薪案件 */
export interface WageCasesTable {
  case_id: string; unit: string; fiscal_year: number; reported_on: string; employer: string; workers: number; amount_owed: Fen;
  resolved_on: string | null; resolution: string | null; amount_settled: Fen | null;
}
/** 垫付 of the 农民工工资应急周转金 */
export interface FundAdvancesTable { advance_id: string; line_id: string; case_id: string; date: string; amount: Fen; workers: number; position: Int }
/** 追偿 */
export interface FundRecoveriesTable { recovery_id: string; line_id: string; case_id: string; date: string; amount: Fen; position: Int }
/** 预警: one row per alert, its lifecycle folded (open/resolved, acknowledged, last notice). */
export interface AlertsTable {
  alert_id: string; rule: string; subject_key: string; subject_kind: string; subject_name: string; unit: string | null; fiscal_year: number;
  severity: string; status: string; acknowledged: number; acknowledged_by: string | null; acknowledged_at: string | null; ack_note: string | null;
  raised_at: string; escalated_at: string | null; last_notified_at: string; resolved_at: string | null; resolved_how: string | null;
  summary: string; target: string | null; actual: string | null; expected: string | null; measure_unit: string | null; deviation_reason: string | null;
  link: string; as_of: string; position: Int;
  /** the observation when the alert was raised (JSON), for "at raise" beside the figures now */
  raised_observation: string;
}
/** The units an alert concerns: its responsible unit and the units whose records drive it (who may read and act on it). */
export interface AlertUnitsTable { alert_id: string; unit: string }
/** 绩效指标 as defined (target = the target at definition; revisions live in indicator_targets). */
export interface IndicatorsTable {
  indicator_id: string; fiscal_year: number; department: string; scope: string; project: string | null; unit: string | null;
  level1: string; level2: string; name: string; comparator: string; target: string | null; target_text: string;
  measure_unit: string | null; weight: string; kind: string; metric: string | null; subsidy_category: string | null;
  import_id: string; defined_on: string; position: Int;
}
export interface IndicatorTargetsTable {
  indicator_id: string; fiscal_year: number; position: Int; effective_date: string; target: string | null; target_text: string;
  previous_target: string | null; reason: string; recorded_at: string | null;
}
export interface IndicatorReportsTable {
  indicator_id: string; fiscal_year: number; position: Int; as_of: string; value: string | null; grade: string | null; deviation_reason: string | null;
  note: string | null; recorded_at: string | null; actor: string | null;
}

/** 年终结账: the state of each fiscal year ever locked, with its last close (totals, rules, supplements as JSON). */
export interface FiscalYearsTable {
  fiscal_year: number; status: string; reason: string | null; early: number; rules: string; locked_on: string | null;
  closed_on: string | null; closed_at: string | null; closed_by: string | null; as_of: string | null; totals: string; supplements: string; position: Int;
}
/** Who locked, closed, abandoned or reopened a year, when and why. */
export interface FiscalYearEventsTable {
  fiscal_year: number; position: Int; kind: string; actor: string | null; recorded_at: string | null; effective_date: string; reason: string | null;
}
/** 结转结余 per line as the last close recorded it (attributes are in `lines`). */
export interface YearEndLinesTable {
  fiscal_year: number; line_id: string; appropriated: Fen; disbursed: Fen; unspent: Fen; advances: Fen; carried: Fen; lapsed: Fen;
  fate: string; decided_by: string; carried_to: string | null;
}
/** 绩效自评 frozen at the close. */
export interface YearEndScoresTable {
  fiscal_year: number; scope: string; code: string; name: string; score: string; out_of: string; grade: string; goal_light: string | null;
  execution_rate: string | null; execution_points: string; indicators: string;
}
/** 表四 as imported: the prior year's figures (JSON of 元 by category) and 机关运行经费. */
export interface SanGongBudgetsTable {
  fiscal_year: number; department: string; import_id: string; prior_year: number | null; prior_total: Fen | null; prior_caps: string | null;
  agency_amount: Fen | null; agency_prior: Fen | null; agency_functional: string | null; position: Int;
}
/** 三公 caps by unit ('' = the department) and category, each setting or revision a row in force from its date. */
export interface SanGongCapsTable {
  fiscal_year: number; department: string; unit: string; category: string; position: Int; date: string; cap: Fen; previous: Fen | null;
  reason: string | null; document_no: string | null; actor: string | null; recorded_at: string | null;
}
/** 三公 payments (spent) and their reversals (released) per unit, category and effective date. */
export interface SanGongSpendingTable {
  fiscal_year: number; department: string; unit: string; category: string; date: string; spent: Fen; released: Fen; payments: Int;
}
export interface ProcurementBudgetsTable { fiscal_year: number; department: string; import_id: string; policy: string; position: Int }
/** 表九 rows: a line's procurement of one 品目 (funding: JSON of 元 by source). */
export interface ProcurementItemsTable {
  fiscal_year: number; item_id: string; department: string; line_id: string; unit: string; project: string | null; project_name: string | null;
  category: string; name: string; amount: Fen; funding: string; whole_line: number;
}
/** Procurement payments per item ('' = unbudgeted), line, 品目 ('' = not named) and date. */
export interface ProcurementSpendingTable {
  fiscal_year: number; department: string; item_id: string; line_id: string; unit: string; category: string; date: string; drawn: Fen; released: Fen; payments: Int;
}
/** 用款计划: one row per filed plan (revision), its twelve months in 分, who filed it and when. */
export interface SpendingPlansTable {
  line_id: string; revision: number; fiscal_year: number; effective_date: string;
  m01: Fen; m02: Fen; m03: Fen; m04: Fen; m05: Fen; m06: Fen; m07: Fen; m08: Fen; m09: Fen; m10: Fen; m11: Fen; m12: Fen;
  total: Fen; reason: string | null; actor: string | null; recorded_at: string | null; position: Int;
}
/** Appropriation changes (年初预算, 追加, 调减, 调剂) per line and effective date, signed, 分: what a plan is measured with. */
export interface PlanAppropriationsTable { line_id: string; date: string; amount: Fen }
/** 超计划支付 warnings recorded with payments. */
export interface PlanExceedancesTable {
  line_id: string; disbursement_id: string; date: string; month: string; planned: Fen; paid: Fen; requested: Fen; excess: Fen; position: Int;
}

/** 批量导入 still pending (ADR 0022): its events, held until the import's last event applies them (or its abandonment drops them). */
export interface ImportHeldEventsTable { import_id: string; position: Int; event: string }

export interface ReadModelTables {
  checkpoints: CheckpointsTable;
  import_held_events: ImportHeldEventsTable;
  ref_departments: RefDepartmentsTable;
  ref_units: RefUnitsTable;
  ref_functional: RefCodesTable;
  ref_economic: RefCodesTable;
  ref_projects: RefProjectsTable;
  budget_documents: BudgetDocumentsTable;
  lines: LinesTable;
  movements: MovementsTable;
  line_days: LineDaysTable;
  subsidies: SubsidiesTable;
  subsidy_disbursements: SubsidyDisbursementsTable;
  wage_cases: WageCasesTable;
  fund_advances: FundAdvancesTable;
  fund_recoveries: FundRecoveriesTable;
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  indicator_reports: IndicatorReportsTable;
  alerts: AlertsTable;
  alert_units: AlertUnitsTable;
  fiscal_years: FiscalYearsTable;
  fiscal_year_events: FiscalYearEventsTable;
  year_end_lines: YearEndLinesTable;
  year_end_scores: YearEndScoresTable;
  sangong_budgets: SanGongBudgetsTable;
  sangong_caps: SanGongCapsTable;
  sangong_spending: SanGongSpendingTable;
  procurement_budgets: ProcurementBudgetsTable;
  procurement_items: ProcurementItemsTable;
  procurement_spending: ProcurementSpendingTable;
  spending_plans: SpendingPlansTable;
  plan_appropriations: PlanAppropriationsTable;
  plan_exceedances: PlanExceedancesTable;
}
export type TableName = keyof ReadModelTables;
