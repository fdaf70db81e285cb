import type { components } from './generated/api';

/** The API's answers the pages use, by the names the pages know them by: generated from the OpenAPI document. */
type Schemas = components['schemas'];

export type ExecRow = Schemas['ExecutionRowAnswer'];
export type Execution = Schemas['ExecutionAnswer'];
export type CurvePoint = Schemas['CurvePointAnswer'];
/** an indicator as GET /indicators answers it (its history names who reported) */
export type Indicator = Schemas['ListedIndicator'];
/** an indicator on a scorecard, with its points */
export type ScoredIndicator = Schemas['ScoredIndicatorAnswer'];
export type ProjectScorecard = Schemas['ProjectScorecardAnswer'];
export type DepartmentScorecard = Schemas['DepartmentScorecardAnswer'];
export type Person = Schemas['PersonName'];
/** 达成 / 部分达成 / 未达成: the grade a 定性 indicator is reported with */
export type Grade = NonNullable<Schemas['IndicatorReportAnswer']['grade']>;
export type RuleId = Schemas['AlertAnswer']['rule'];
export type Resolution = NonNullable<Schemas['CaseSummaryAnswer']['resolution']>;
/** An alert's figures: when it was raised (`atRaise`) or as they stand now (`now`, with whether the condition still holds). */
export type AlertFigures = Schemas['AlertFiguresAnswer'];
export type NowFigures = Schemas['NowFiguresAnswer'];
export type Alert = Schemas['AlertAnswer'];
export type Severity = Alert['severity'];
export type AlertList = Schemas['AlertList'];
/** 静默: listed subjects, or a unit (optionally one rule); `endsAt` is an instant. */
export type Silence = Schemas['SilenceAnswer'];
/** POST /alerts/acknowledgements: what was acknowledged, what was skipped (already acknowledged). */
export type AckResult = Schemas['AcknowledgeResult'];
export type Accepted = Schemas['CommandAccepted'];
export type Line = Schemas['LineAnswer'];
export type LineDisbursement = Schemas['LineDisbursement'];
export type LineAdjustment = Schemas['LineAdjustment'];
export type WageCase = Schemas['CaseSummaryAnswer'];
export type FundPosition = Schemas['FundPositionAnswer'];
export type FundAdvance = Schemas['FundAdvanceAnswer'];
export type WageArrearsMetrics = Schemas['WageArrearsMetricsAnswer'];
export type Account = Schemas['AccountAnswer'];
export type SessionUser = Schemas['SessionUser'];
export type Subscription = Schemas['SubscriptionAnswer'];
export type ListedSubscription = Schemas['ListedSubscription'];
export type DisbursementImport = Schemas['DisbursementImportAnswer'];
export type DisbursementImportReport = Schemas['DisbursementImportReport'];
/** 年终结账: a fiscal year with its status and last close; one year with its history (who locked, closed, reopened) */
export type FiscalYear = Schemas['FiscalYearAnswer'];
export type FiscalYearDetail = Schemas['FiscalYearDetail'];
export type YearStatus = FiscalYear['status'];
export type YearHistory = Schemas['FiscalYearHistoryEntry'];
/** 结转 (carry) or 结余 (lapse): what a close rule does with a balance */
export type Fate = NonNullable<Schemas['CloseRulesRequest']['project']>;
export type CloseRules = Schemas['CloseRulesRequest'];
/** 决算 of a closed year: rows, 合计, frozen scores, 三公/采购 slots */
export type FinalAccounts = Schemas['FinalAccountsAnswer'];
export type FinalRow = Schemas['FinalAccountsRowAnswer'];
/** 同期对比 */
export type Comparison = Schemas['ComparisonAnswer'];
export type CompareYear = Schemas['CompareYearAnswer'];
