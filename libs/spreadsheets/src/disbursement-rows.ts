import type { Readable } from 'node:stream';
import { SpreadsheetError } from './errors';
import { type AmountUnit, type Column, type DisbursementField, FIELD_LABELS, type HeaderMapping, LINE_FIELDS, mapHeaders, missingRequired } from './headers';
import { type ByteCount, type CsvEncoding, type RawRow, csvRows, detectEncoding, openSource, peek, xlsxRows } from './sources';
import { CellError, optionalText, parseAmountCell, parseCode, parseCount, parseDateCell, parseProcurementCategory, parseSanGongCell, parseYesNo, text } from './values';

export interface DisbursementRowInput {
  bytes?: Buffer; path?: string; stream?: Readable;
  /** Size of `stream` in bytes, when known, for progress. */
  totalBytes?: number;
  format: 'csv' | 'xlsx';
  /** Default unit of the amount column; a unit in its header ("金额（万元）") overrides it. Default 元. */
  amountUnit?: AmountUnit;
  /** CSV only: the encoding to read, instead of detecting it (a wrong choice fails with ENCODING_INVALID). */
  encoding?: CsvEncoding;
}
export interface DisbursementRowValue {
  lineId: string | null; project: string | null; projectName: string | null; functional: string | null; economic: string | null; unit: string | null;
  amount: string; effectiveDate: string; voucherNo: string;
  payee: string | null; summary: string | null; subsidyCategory: string | null; beneficiaries: number | null;
  /** 三公经费类别 (abroad | vehicle_purchase | vehicle_operation | reception), 政府采购 and its 品目 (goods | works | services) */
  sanGongCategory: string | null; procurement: boolean | null; procurementCategory: string | null;
}
export interface RowError { column: string; field: DisbursementField | 'row'; code: string; message: string }
export type DisbursementRowResult =
  | { row: number; ok: true; value: DisbursementRowValue }
  | { row: number; ok: false; errors: RowError[] };
export interface ReadProgress { rowsRead: number; bytesRead: number; totalBytes?: number; done: boolean }
export interface HeaderInfo extends HeaderMapping { row: number; encoding?: CsvEncoding; amountUnit: AmountUnit }
export interface ReadOptions {
  onProgress?: (progress: ReadProgress) => void;
  /** Report progress every this many rows (default 1000), and once at the end. */
  progressEvery?: number;
  onHeader?: (header: HeaderInfo) => void;
}

const SNIFF_BYTES = 64 * 1024;
/** Rows searched for the header: sheets often open with a title row ("2023年支出明细") above it. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Streams the rows of a disbursement spreadsheet, each parsed and validated on its own, in file order.
 * Throws SpreadsheetError before any row when the file is unreadable or lacks required columns.
 * Only the voucher numbers seen so far are remembered (to flag duplicates), never the rows.
 */
export async function* readDisbursementRows(input: DisbursementRowInput, options: ReadOptions = {}): AsyncGenerator<DisbursementRowResult> {
  const opened = await openSource(input);
  const count: ByteCount = opened.totalBytes === undefined ? { bytesRead: 0 } : { bytesRead: 0, totalBytes: opened.totalBytes };
  let rows: AsyncGenerator<RawRow>;
  let encoding: CsvEncoding | undefined;
  if (input.format === 'csv') {
    const { head, stream } = await peek(opened.stream, SNIFF_BYTES);
    encoding = input.encoding ?? (input.bytes ? await detectEncoding(input.bytes, undefined, true) : await detectEncoding(head, input.path));
    rows = csvRows(stream, encoding, count);
  } else {
    rows = xlsxRows(opened.stream, count);
  }
  const defaultUnit = input.amountUnit ?? '元';
  const every = options.onProgress ? Math.max(1, options.progressEvery ?? 1000) : Infinity;
  const progress = (rowsRead: number, done: boolean) => options.onProgress?.({ ...count, rowsRead, done });

  let header: { row: number; mapping: HeaderMapping } | undefined;
  let firstNonBlank: { row: number; mapping: HeaderMapping } | undefined;
  let searched = 0;
  const vouchers = new Map<string, number>();
  let rowsRead = 0;
  try {
    for await (const raw of rows) {
      rowsRead++;
      if (rowsRead % every === 0) progress(rowsRead, false);
      const cells = raw.cells.map(safeText);
      if (cells.every((c) => c === '')) continue;
      if (!header) {
        const mapping = mapHeaders(cells);
        firstNonBlank ??= { row: raw.row, mapping };
        if (mapping.columns.length >= 3) header = { row: raw.row, mapping };
        else if (++searched >= HEADER_SEARCH_ROWS) break;
        if (header) {
          checkHeader(header.mapping);
          options.onHeader?.({ ...header.mapping, row: header.row, amountUnit: defaultUnit, ...(encoding ? { encoding } : {}) });
        }
        continue;
      }
      yield parseRow(raw, header.mapping.columns, defaultUnit, vouchers);
    }
    if (!header) checkHeader(firstNonBlank?.mapping ?? { columns: [], ignored: [], duplicated: [] });
  } finally {
    await rows.return(undefined);
  }
  progress(rowsRead, true);
}

function safeText(value: unknown): string {
  try { return text(value); } catch { return '#ERROR'; }
}

function checkHeader(mapping: HeaderMapping): void {
  const missing = missingRequired(mapping);
  if (missing.length > 0) {
    const either = missing.includes('lineId') ? ['预算指标 或 项目编码/项目名称', 'lineId or project'] : undefined;
    const rest = missing.filter((f) => f !== 'lineId' && f !== 'project');
    const zh = [...(either ? [either[0]] : []), ...rest.map((f) => FIELD_LABELS[f].zh)].join('、');
    const en = [...(either ? [either[1]] : []), ...rest.map((f) => FIELD_LABELS[f].en)].join(', ');
    throw new SpreadsheetError('MISSING_COLUMNS', `缺少必需的列: ${zh}`, `missing required columns: ${en}`, { missing });
  }
  if (mapping.duplicated.length > 0) {
    const cols = mapping.duplicated.join(', ');
    throw new SpreadsheetError('DUPLICATE_COLUMNS', `列重复: ${cols}`, `columns given twice: ${cols}`, { duplicated: mapping.duplicated });
  }
}

const FFFD = /\uFFFD/;

function parseRow(raw: RawRow, columns: Column[], defaultUnit: AmountUnit, vouchers: Map<string, number>): DisbursementRowResult {
  const errors: RowError[] = [];
  const cell = (c: Column) => raw.cells[c.index];
  const fail = (c: Column | undefined, field: DisbursementField | 'row', code: string, zh: string, en: string) => {
    const label = c?.header ?? (field === 'row' ? '行' : FIELD_LABELS[field].zh);
    const enLabel = field === 'row' ? 'row' : FIELD_LABELS[field].en;
    errors.push({ column: c?.header ?? '', field, code, message: `第 ${raw.row} 行 ${label}: ${zh} / row ${raw.row} ${enLabel}: ${en}` });
  };
  const value: Partial<DisbursementRowValue> = {};
  const parsers: Record<DisbursementField, (c: Column) => void> = {
    lineId: (c) => { value.lineId = optionalText(cell(c), 100); },
    project: (c) => { value.project = optionalText(cell(c), 100); },
    projectName: (c) => { value.projectName = optionalText(cell(c), 200); },
    unit: (c) => { value.unit = optionalText(cell(c), 100); },
    functional: (c) => { value.functional = parseCode(cell(c), 7, '功能科目'); },
    economic: (c) => { value.economic = parseCode(cell(c), 5, '经济科目'); },
    amount: (c) => { value.amount = parseAmountCell(cell(c), c.unit ?? defaultUnit); },
    date: (c) => { value.effectiveDate = parseDateCell(cell(c)); },
    voucherNo: (c) => {
      const v = optionalText(cell(c), 64);
      if (v === null) throw new CellError('REQUIRED', '不能为空', 'is required');
      value.voucherNo = v;
    },
    payee: (c) => { value.payee = optionalText(cell(c), 200); },
    summary: (c) => { value.summary = optionalText(cell(c), 500); },
    subsidyCategory: (c) => { value.subsidyCategory = optionalText(cell(c), 50); },
    beneficiaries: (c) => { value.beneficiaries = parseCount(cell(c)); },
    sanGongCategory: (c) => { value.sanGongCategory = parseSanGongCell(cell(c)); },
    procurement: (c) => { value.procurement = parseYesNo(cell(c)); },
    procurementCategory: (c) => { value.procurementCategory = parseProcurementCategory(cell(c)); },
  };
  for (const c of columns) {
    const t = safeText(cell(c));
    // GB18030 decoding turns undecodable bytes into U+FFFD: a damaged file must not slip in as text.
    if (FFFD.test(t)) { fail(c, c.field, 'ENCODING_INVALID', '含有无法识别的字符 (文件编码损坏?)', 'contains undecodable characters (damaged encoding?)'); continue; }
    try { parsers[c.field](c); } catch (e) {
      if (!(e instanceof CellError)) throw e;
      fail(c, c.field, c.field === 'date' && e.code !== 'REQUIRED' ? 'DATE_INVALID' : e.code, e.zh, e.en);
    }
  }
  // 基本支出 has no project: 功能科目 (with 经济科目) identifies its line, which the importer resolves
  if (!value.lineId && !value.project && !value.projectName && !value.functional && !errors.some((e) => LINE_FIELDS.includes(e.field as DisbursementField))) {
    fail(columns.find((c) => LINE_FIELDS.includes(c.field)), 'row', 'LINE_REQUIRED', '预算指标、项目编码/名称或功能科目必须填写一个', 'lineId, project or functional is required');
  }
  if (value.voucherNo !== undefined) {
    // The natural key is the voucher number per budget unit: the same number in two units is no duplicate.
    // Copied into a fresh string: a substring of an XML chunk would otherwise keep the whole chunk alive
    // (V8 sliced strings), and this map outlives every chunk of the file.
    const key = Buffer.from(`${value.unit ?? ''}\u0000${value.voucherNo}`).toString();
    const first = vouchers.get(key);
    const column = columns.find((c) => c.field === 'voucherNo');
    if (first !== undefined) fail(column, 'voucherNo', 'DUPLICATE_VOUCHER_IN_FILE', `凭证号 ${value.voucherNo} 与第 ${first} 行重复`, `voucher ${value.voucherNo} repeats row ${first}`);
    else vouchers.set(key, raw.row);
  }
  if (errors.length > 0) return { row: raw.row, ok: false, errors };
  return {
    row: raw.row, ok: true,
    value: {
      lineId: value.lineId ?? null, project: value.project ?? null, projectName: value.projectName ?? null, functional: value.functional ?? null,
      economic: value.economic ?? null, unit: value.unit ?? null, amount: value.amount!, effectiveDate: value.effectiveDate!,
      voucherNo: value.voucherNo!, payee: value.payee ?? null, summary: value.summary ?? null,
      subsidyCategory: value.subsidyCategory ?? null, beneficiaries: value.beneficiaries ?? null,
      sanGongCategory: value.sanGongCategory ?? null, procurement: value.procurement ?? null, procurementCategory: value.procurementCategory ?? null,
    },
  };
}
