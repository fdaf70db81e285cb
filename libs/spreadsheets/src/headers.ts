/**
 * Header recognition for disbursement spreadsheets. Accountants write headers in Chinese or English, with
 * stray spaces, full-width brackets, "*" required-markers and a unit in brackets ("金额（万元）"), so headers are
 * normalised before lookup and the unit is split off.
 */
export type DisbursementField =
  | 'project' | 'projectName' | 'lineId' | 'functional' | 'economic' | 'amount' | 'date' | 'voucherNo'
  | 'payee' | 'summary' | 'subsidyCategory' | 'beneficiaries' | 'unit'
  // 三公 and 政府采购 (optional columns)
  | 'sanGongCategory' | 'procurement' | 'procurementCategory';

export type AmountUnit = '元' | '万元';

/** Chinese and English names of each field, for messages. */
export const FIELD_LABELS: Record<DisbursementField, { zh: string; en: string }> = {
  project: { zh: '项目编码', en: 'project' },
  projectName: { zh: '项目名称', en: 'projectName' },
  lineId: { zh: '预算指标', en: 'lineId' },
  functional: { zh: '功能科目', en: 'functional' },
  economic: { zh: '经济科目', en: 'economic' },
  amount: { zh: '金额', en: 'amount' },
  date: { zh: '支付日期', en: 'date' },
  voucherNo: { zh: '凭证号', en: 'voucherNo' },
  payee: { zh: '收款人', en: 'payee' },
  summary: { zh: '摘要', en: 'summary' },
  subsidyCategory: { zh: '补助类别', en: 'category' },
  beneficiaries: { zh: '人数', en: 'beneficiaries' },
  unit: { zh: '预算单位', en: 'unit' },
  sanGongCategory: { zh: '三公经费类别', en: 'sanGongCategory' },
  procurement: { zh: '政府采购', en: 'procurement' },
  procurementCategory: { zh: '采购品目', en: 'procurementCategory' },
};

/** Synonyms, already in normalised form (lower case, no spaces, underscores or hyphens). */
const SYNONYMS: Record<DisbursementField, string[]> = {
  project: ['项目编码', '项目代码', '项目编号', 'project', 'projectcode'],
  projectName: ['项目名称', '项目', 'projectname'],
  lineId: ['预算指标', '指标编码', '指标编号', '预算指标编码', '指标id', 'line', 'lineid'],
  functional: ['功能科目', '功能分类', '功能分类科目', '功能科目编码', 'functional', 'functionalcode'],
  economic: ['经济科目', '经济分类', '经济分类科目', '经济科目编码', 'economic', 'economiccode'],
  amount: ['金额', '支付金额', '支出金额', 'amount'],
  date: ['支付日期', '日期', 'date', 'effectivedate', 'paymentdate'],
  voucherNo: ['凭证号', '凭证编号', 'voucher', 'voucherno', 'vouchernumber'],
  payee: ['收款人', '收款单位', 'payee'],
  summary: ['摘要', 'summary'],
  subsidyCategory: ['补助类别', 'category', 'subsidycategory'],
  beneficiaries: ['人数', '受益人数', 'beneficiaries'],
  unit: ['单位', '预算单位', '单位编码', 'unit', 'budgetunit'],
  sanGongCategory: ['三公经费类别', '三公类别', '三公经费', '三公', 'sangongcategory', 'sangong'],
  procurement: ['政府采购', '是否政府采购', 'procurement'],
  procurementCategory: ['采购品目', '政府采购品目', '品目', 'procurementcategory'],
};

const LOOKUP = new Map<string, DisbursementField>(
  (Object.entries(SYNONYMS) as [DisbursementField, string[]][]).flatMap(([field, names]) => names.map((n) => [n, field] as const)),
);

export interface Column {
  index: number; // 0-based position in the row
  header: string; // as written in the file, for messages
  field: DisbursementField;
  unit?: AmountUnit; // only for amount: the unit the header declares, overriding the default
}

export interface HeaderMapping {
  columns: Column[];
  ignored: string[]; // non-empty headers that map to no field
  duplicated: string[]; // headers whose field was already taken by an earlier column
}

export function normaliseHeader(text: string): { key: string; unit?: AmountUnit } {
  let key = text.normalize('NFKC').toLowerCase().replace(/[\s_\-*]/g, '');
  let unit: AmountUnit | undefined;
  // "金额(万元)", "金额（元）", "金额万元", "amount(万元)": the unit travels with the header.
  const m = /^(.*?)(?:\((万元|元)\)|\/(万元|元)|(万元))$/.exec(key);
  if (m && m[1] !== '') {
    key = m[1];
    unit = (m[2] ?? m[3] ?? m[4]) as AmountUnit;
  }
  return unit ? { key, unit } : { key };
}

export function mapHeaders(cells: string[]): HeaderMapping {
  const columns: Column[] = [];
  const ignored: string[] = [];
  const duplicated: string[] = [];
  cells.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') return;
    const { key, unit } = normaliseHeader(header);
    const field = LOOKUP.get(key);
    if (!field) return void ignored.push(header);
    if (columns.some((c) => c.field === field)) return void duplicated.push(header);
    columns.push(field === 'amount' && unit ? { index, header, field, unit } : { index, header, field });
  });
  return { columns, ignored, duplicated };
}

/** Fields that can identify the appropriation line: 预算指标, 项目编码/名称, or (基本支出) 功能科目 + 经济科目. */
export const LINE_FIELDS: readonly DisbursementField[] = ['lineId', 'project', 'projectName', 'functional'];

/** Required columns that the mapping lacks; one of LINE_FIELDS must identify the line. */
export function missingRequired(mapping: HeaderMapping): DisbursementField[] {
  const has = (f: DisbursementField) => mapping.columns.some((c) => c.field === f);
  const missing = (['amount', 'date', 'voucherNo'] as DisbursementField[]).filter((f) => !has(f));
  if (!LINE_FIELDS.some(has)) missing.unshift('lineId', 'project');
  return missing;
}
