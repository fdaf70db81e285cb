/**
 * A table as finance offices print it, independent of the file format: a title, a header block (部门, 截至,
 * 单位：元 …), one or more header rows with merged group labels, and body rows. Layouts (表八/表十/表十二)
 * build a Sheet from read-model rows; the XLSX and CSV writers render it, so both formats always agree.
 */

/** 亮灯: the execution and indicator lights, plus blue for indicators far ahead. */
export type Light = 'red' | 'yellow' | 'green' | 'blue';

export const LIGHT_TEXT: Readonly<Record<Light, string>> = { red: '红', yellow: '黄', green: '绿', blue: '蓝' };

export const AMOUNT_FORMAT = '#,##0.00';
export const TWO_DECIMALS = '0.00';

/**
 * A cell. Numbers travel as exact decimal strings (money never becomes a JS float on the way); the XLSX
 * writer turns them into numeric cells only where the conversion is exact.
 */
export type Cell =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'num'; readonly v: string; readonly fmt: string }
  | { readonly t: 'light'; readonly v: Light | null; readonly text: string }
  | null;

export interface SheetRow {
  readonly cells: readonly Cell[];
  /** total: 合计 rows; group: a heading such as a project's block; summary: a project's 自评 row */
  readonly style?: 'total' | 'group' | 'summary';
  /** indentation of the name column (类 0, 款 1, 项 2) */
  readonly indent?: number;
  /** merge the first `span` cells (e.g. 合计 across 科目编码 and 科目名称) */
  readonly span?: number;
}

/** A merged header range, 0-based and relative to the first header row. */
export interface Merge { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number }

export interface SheetColumn { readonly width: number; /** the column holding names, indented by level */ readonly names?: boolean }

export interface Sheet {
  /** worksheet name (≤ 31 characters) */
  readonly name: string;
  /** e.g. "表八 重庆市潼南区人力资源和社会保障局部门支出总表（执行情况）" */
  readonly title: string;
  /** header block lines under the title: 部门/单位范围, 截至, 单位：元, generated at/by */
  readonly info: readonly string[];
  readonly columns: readonly SheetColumn[];
  readonly header: readonly (readonly string[])[];
  readonly headerMerges: readonly Merge[];
  readonly rows: readonly SheetRow[];
  /** lines under the table (how figures were rounded, what an empty cell means) */
  readonly notes: readonly string[];
}

export const text = (v: string | null | undefined): Cell => (v === null || v === undefined || v === '' ? null : { t: 'text', v });

/** A decimal string shown with two decimals; null stays an empty cell (no rate when nothing is appropriated). */
export const decimal = (v: string | null | undefined, fmt = TWO_DECIMALS): Cell => (v === null || v === undefined ? null : { t: 'num', v, fmt });

/** A decimal string shown as it is (indicator targets and actuals: 100, 0.5, 4179.52). */
export const plain = (v: string | null | undefined): Cell => decimal(v, 'General');

/** A light with its Chinese text; `none` is what an absent light reads (未填报 for indicators, empty for execution). */
export const light = (v: Light | null, none = ''): Cell => ({ t: 'light', v, text: v === null ? none : LIGHT_TEXT[v] });
