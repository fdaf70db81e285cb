import { yuan } from './money';

/** A column of a 决算 supplement table: which cell of a row, its header, and whether it is an amount (元). */
export interface SupplementColumn { readonly key: string; readonly label: string; readonly money?: boolean }

/**
 * The columns of the supplement tables the close records (三公经费, 政府采购), in the order the 决算 prints them.
 * Rows also carry codes (category, project) for exports; the page shows the names only.
 */
const COLUMNS: Readonly<Record<string, readonly SupplementColumn[]>> = {
  threePublic: [
    { key: 'name', label: '项目' },
    { key: 'cap', label: '预算控制数（元）', money: true },
    { key: 'used', label: '决算数（元）', money: true },
    { key: 'remaining', label: '控制数结余（元）', money: true },
  ],
  procurement: [
    { key: 'projectName', label: '项目' },
    { key: 'category', label: '品目类别' },
    { key: 'name', label: '采购品目' },
    { key: 'budget', label: '采购预算（元）', money: true },
    { key: 'executed', label: '实际采购（元）', money: true },
    { key: 'remaining', label: '结余（元）', money: true },
  ],
};

/** The columns of a supplement: the known layout, or every key of its first row for a table this page does not know. */
export function supplementColumns(key: string, rows: readonly Readonly<Record<string, string | null>>[]): readonly SupplementColumn[] {
  return COLUMNS[key] ?? Object.keys(rows[0] ?? {}).map((k) => ({ key: k, label: k }));
}

/** A cell as printed: amounts with thousands separators, an empty cell as —. */
export function supplementCell(row: Readonly<Record<string, string | null>>, column: SupplementColumn): string {
  const value = row[column.key];
  if (value === null || value === undefined || value === '') return '—';
  return column.money ? yuan(value) : value;
}
