import { Money, OpenLine, ZERO, available, toYuanString } from '@app/domain';
import type { RowError } from '@app/spreadsheets';

/** One row's outcome, as listed by GET …/{id}/rows (one JSON line per row in the outcomes file). */
export type RowOutcome =
  | { row: number; outcome: 'ok'; lineId: string; voucherNo: string; amount: string; effectiveDate: string; overspendWarned?: true; planExceeded?: true }
  | { row: number; outcome: 'already-recorded'; lineId: string; voucherNo: string; amount: string; effectiveDate: string }
  | { row: number; outcome: 'error'; voucherNo?: string; errors: RowError[] };

/** What the import adds to one appropriation line (amounts in 元 as decimal strings). */
export interface LineTotal {
  lineId: string; unit: string; project: string | null; projectName: string | null; functional: string; economic: string | null;
  rows: number; amount: string; availableBefore: string; availableAfter: string;
  /** rows paid beyond the available balance of a line whose policy only warns (超支预警) */
  overspendWarnings: number;
  /** rows beyond the month's cumulative 用款计划 (recorded with PlanExceededWarned when the setting warns) */
  planWarnings: number;
}

export interface ImportReport {
  importId: string;
  dryRun: boolean;
  /** true once the disbursements are stored; false for a preview or a refused commit */
  recorded: boolean;
  file: { name: string | null; format: 'csv' | 'xlsx'; bytes: number; sha256: string; encoding: string | null; amountUnit: string; columns: { header: string; field: string }[]; ignoredColumns: string[] };
  rows: { total: number; ok: number; errors: number; alreadyRecorded: number };
  /** the first errors, in file order; all of them (and every row's outcome) via `rowsUrl` */
  errors: (RowError & { row: number })[];
  errorsTruncated: boolean;
  lines: LineTotal[];
  total: { rows: number; amount: string };
  rowsUrl: string;
  /** after a commit: the global position written, for read-your-writes (`minPosition`) */
  position: number | null;
}

export const ERRORS_IN_REPORT = 100;

/** Per-line running figures while a file is checked: the line's state moves on with each accepted row. */
export class LineTally {
  rows = 0;
  amount: Money = ZERO;
  overspendWarnings = 0;
  planWarnings = 0;
  readonly before: Money;
  /** the line as it would be after the rows accepted so far */
  state: OpenLine;

  /** `line` and `revision`: as loaded before the file, the revision the commit expects */
  constructor(readonly line: OpenLine, readonly revision: number) {
    this.before = available(line);
    this.state = line;
  }

  toTotal(): LineTotal {
    const a = this.line.attributes;
    return {
      lineId: a.lineId, unit: a.unit, project: a.project, projectName: a.projectName, functional: a.functional, economic: a.economic,
      rows: this.rows, amount: toYuanString(this.amount), availableBefore: toYuanString(this.before), availableAfter: toYuanString(available(this.state)),
      overspendWarnings: this.overspendWarnings, planWarnings: this.planWarnings,
    };
  }
}

export function grandTotal(lines: readonly LineTotal[]): { rows: number; amount: string } {
  return {
    rows: lines.reduce((n, l) => n + l.rows, 0),
    amount: toYuanString(lines.reduce((s: Money, l) => s.plus(l.amount), ZERO)),
  };
}

/** Chinese wording of the domain's refusals, so that every row error reads in both languages. */
export const DOMAIN_ZH: Readonly<Record<string, string>> = {
  OVERSPEND_BLOCKED: '超出预算指标可用余额 (该指标不允许超支)',
  DATE_OUTSIDE_FISCAL_YEAR: '支付日期不在预算年度内',
  DATE_IN_FUTURE: '支付日期晚于今天',
  INVALID_DATE: '日期无效',
  VOUCHER_ALREADY_USED: '凭证号已用于本单位另一笔不同的支付',
  DISBURSEMENT_ALREADY_RECORDED: '该笔支付已记录',
  UNIT_OUT_OF_SCOPE: '无权为该预算单位记录支付',
  LINE_NOT_FOUND: '找不到预算指标',
  INVALID_BENEFICIARIES: '人数必须是非负整数',
  AMOUNT_TOO_LARGE: '金额过大',
  FISCAL_YEAR_CLOSED: '该预算年度已结账，不能再记录支付（需先反结账）',
  SANGONG_CAP_EXCEEDED: '超出三公经费预算上限',
  SANGONG_CATEGORY_MISMATCH: '三公经费类别与经济科目不一致',
  SANGONG_CATEGORY_UNKNOWN: '三公经费类别不正确',
  PROCUREMENT_BUDGET_EXCEEDED: '超出政府采购预算',
  PROCUREMENT_ITEM_AMBIGUOUS: '该指标有多个采购品目，请填写采购品目',
  PROCUREMENT_CATEGORY_UNKNOWN: '采购品目应为 货物、工程 或 服务',
  PLAN_EXCEEDED: '超出该指标本月累计用款计划 (用款计划设置为拒绝超计划支付)',
};
