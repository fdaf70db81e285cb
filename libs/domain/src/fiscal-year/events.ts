import { DomainEvent } from '../shared/decider';
import { CarriedAdvance, ExpenditureType } from '../appropriation/events';
import { ScoreGrade } from '../performance/score';

/** What becomes of a line's unspent balance at the close: 结转 (carried into the next year) or 结余 (returned). */
export type Fate = 'carry' | 'lapse';
export const FATES: readonly Fate[] = ['carry', 'lapse'];

/**
 * The user's rules for the close, most specific first: a line, a project, the 上年结转 lines, a project kind,
 * then the defaults by type. 基本支出 balances are always 结余.
 */
export interface CloseRules {
  /** 基本支出: only 'lapse' (结余) is accepted */
  readonly basic?: Fate;
  /** 项目支出 not otherwise ruled: default 'carry' (结转) */
  readonly project?: Fate;
  /** lines that were themselves 上年结转: default 'lapse' (结转资金原则上只结转一年, then it is 结余) */
  readonly carriedIn?: Fate;
  /** by project kind: 表十 category (年初特定目标, 上级专项) or sub-category (民生配套项目, 结转项目 …); the sub-category wins */
  readonly kinds?: Readonly<Record<string, Fate>>;
  /** by project code */
  readonly projects?: Readonly<Record<string, Fate>>;
  /** by line id */
  readonly lines?: Readonly<Record<string, Fate>>;
}

/** Which rule decided a line's fate. */
export type DecidedBy = 'line' | 'project' | 'carried-in' | 'sub-category' | 'category' | 'type';

/** One line at the close: its final figures and what became of its unspent balance. Amounts in 元. */
export interface LineSettlement {
  readonly lineId: string;
  readonly unit: string;
  readonly type: ExpenditureType;
  readonly project: string | null;
  readonly functional: string;
  readonly economic: string | null;
  readonly fundingSource: string;
  readonly revolvingFund: boolean;
  readonly carriedFrom: string | null;
  /** 调整后预算 */
  readonly appropriated: string;
  /** 支出, net of 冲销 */
  readonly disbursed: string;
  /** appropriated − disbursed = carriedForward + lapsed (negative when the line was overspent) */
  readonly unspent: string;
  /** 垫付 not yet recovered (revolving fund): part of the unspent balance, always carried with the fund */
  readonly advancesOutstanding: string;
  readonly fate: Fate;
  readonly decidedBy: DecidedBy;
  /** 结转 */
  readonly carriedForward: string;
  /** 结余 (negative: 超支, an overspent 'warn' line) */
  readonly lapsed: string;
  /** the next year's 上年结转 line, when something is carried */
  readonly carriedTo: string | null;
  readonly advancesCarried: readonly CarriedAdvance[];
}

export interface SettlementTotals {
  readonly appropriated: string;
  readonly disbursed: string;
  readonly unspent: string;
  readonly carriedForward: string;
  readonly lapsed: string;
  readonly advancesOutstanding: string;
}

/** 自评 frozen at the close: as scored on the closing date, never recomputed. */
export interface FrozenScore {
  /** 'project' (表十二) or 'department' (表十一) */
  readonly scope: 'project' | 'department';
  readonly code: string;
  readonly name: string;
  readonly score: string;
  readonly outOf: string;
  readonly grade: ScoreGrade;
  readonly goalLight: string | null;
  /** 预算执行率, percent with 2 decimals; null when nothing was appropriated */
  readonly executionRate: string | null;
  readonly executionPoints: string;
  readonly indicators: readonly {
    readonly indicatorId: string; readonly name: string; readonly target: string | null; readonly actual: string | null;
    readonly grade: string | null; readonly weight: string; readonly points: string; readonly light: string | null;
  }[];
}

/** Figures another module keeps (三公经费 against caps, 政府采购 against plan), as they stood at the close. */
export interface CloseSupplement {
  readonly key: string;
  readonly title: string;
  readonly rows: readonly Readonly<Record<string, string | null>>[];
}

/** 结账开始: the books of the year are locked; from now nothing takes effect in it. Stream `fiscal-year-{year}`. */
export type FiscalYearLocked = DomainEvent<'FiscalYearLocked.v1', {
  readonly fiscalYear: number;
  readonly reason: string;
  readonly rules: CloseRules;
  /** closed before the year ended (forced) */
  readonly early: boolean;
}>;

/** 年终结账: the year is closed with its settlement, the 结转 it made and the frozen self-evaluation scores. */
export type FiscalYearClosed = DomainEvent<'FiscalYearClosed.v1', {
  readonly fiscalYear: number;
  readonly reason: string;
  readonly rules: CloseRules;
  readonly early: boolean;
  /** the date the balances and scores stand at: the year's last day, or the closing day of an early close */
  readonly asOf: string;
  readonly lines: readonly LineSettlement[];
  readonly totals: SettlementTotals;
  readonly scores: readonly FrozenScore[];
  readonly supplements: readonly CloseSupplement[];
}>;

/** A close that locked the year but could not complete: the year is open again, nothing was settled. */
export type FiscalYearCloseAbandoned = DomainEvent<'FiscalYearCloseAbandoned.v1', {
  readonly fiscalYear: number; readonly code: string; readonly message: string;
}>;

/** 反结账: an admin reopened a closed year, with a reason. */
export type FiscalYearReopened = DomainEvent<'FiscalYearReopened.v1', {
  readonly fiscalYear: number; readonly reason: string;
}>;

export type FiscalYearEvent = FiscalYearLocked | FiscalYearClosed | FiscalYearCloseAbandoned | FiscalYearReopened;

/** One stream per fiscal year (the calendar year) for the whole deployment. */
export const fiscalYearStreamId = (fiscalYear: number) => `fiscal-year-${fiscalYear}`;

/** The funding source (资金来源) of the lines a close creates in the next year. */
export const CARRIED_FORWARD_SOURCE = '上年结转';
