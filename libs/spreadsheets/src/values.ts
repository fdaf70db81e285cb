import { DomainError, Money, isValidBusinessDate, parseAmount, toYuanString } from '@app/domain';
import type { AmountUnit } from './headers';

/**
 * Cell value parsing. Cells arrive as CSV text or as exceljs values (number, string, Date, rich text, formula
 * results…). Every parser returns a value or throws a CellError with a stable code and a bilingual reason;
 * the row reader adds the row and column to the message.
 */
export class CellError extends Error {
  constructor(readonly code: string, readonly zh: string, readonly en: string) {
    super(`${zh} / ${en}`);
  }
}

/** Flattens an exceljs cell value (rich text, formula, hyperlink…) to a primitive. */
export function primitive(value: unknown): string | number | Date | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
  if ('result' in v) return primitive(v.result); // formula: its cached result
  if ('text' in v) return primitive(v.text); // hyperlink
  if ('error' in v) throw new CellError('CELL_ERROR', `单元格错误 ${String(v.error)}`, `cell error ${String(v.error)}`);
  return String(value);
}

export function text(value: unknown): string {
  const v = primitive(value);
  if (v === null) return '';
  if (v instanceof Date) return formatDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  return String(v).trim();
}

const notAmount = () => new CellError('AMOUNT_INVALID', '不是有效金额', 'not a valid amount');

/**
 * An amount in `unit`, as a 元 string with two decimals. Numbers from XLSX go through their shortest decimal
 * string (String(n)) so no float arithmetic ever touches money; 万元 is multiplied exactly by decimal.js.
 */
export function parseAmountCell(value: unknown, unit: AmountUnit): string {
  const v = primitive(value);
  if (v === null || (typeof v === 'string' && v.trim() === '')) throw new CellError('REQUIRED', '不能为空', 'is required');
  if (typeof v === 'number' && !Number.isFinite(v)) throw notAmount();
  if (typeof v !== 'number' && typeof v !== 'string') throw notAmount();
  let s = String(v).normalize('NFKC').trim().replace(/^(¥|rmb|cny)\s*/i, '').replace(/\s*元$/, '');
  if (/^\(.*\)$/.test(s)) s = `-${s.slice(1, -1)}`; // accounting negative "(1,234.00)"
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, ''); // thousands separators, well placed only
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(s)) throw notAmount();
  let amount = new Money(s);
  if (amount.lte(0)) throw new CellError('AMOUNT_NOT_POSITIVE', '金额必须大于 0', 'amount must be greater than 0');
  if (unit === '万元') amount = amount.mul(10000);
  if (amount.decimalPlaces() > 2) {
    throw unit === '万元'
      ? new CellError('AMOUNT_TOO_MANY_DECIMALS', '折合元后超过 2 位小数 (万元最多 6 位小数)', 'more than 2 decimals in 元 (万元 allow at most 6)')
      : new CellError('AMOUNT_TOO_MANY_DECIMALS', '超过 2 位小数 (最小单位为分)', 'more than 2 decimals (分 is the smallest unit)');
  }
  try {
    return toYuanString(parseAmount(amount.toFixed(), 'amount')); // the domain's own limits (e.g. 1 万亿元 ceiling)
  } catch (e) {
    if (e instanceof DomainError) throw new CellError(e.code, '金额超出允许范围', e.message);
    throw e;
  }
}

function formatDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Excel 1900 date system: serial 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was (serial 60),
 * so from serial 61 on the epoch is 1899-12-30. The time of day (fraction) is dropped.
 */
export function excelSerialToDate(serial: number): string {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > 2958465) throw new CellError('DATE_INVALID', '不是有效的 Excel 日期序号', 'not a valid Excel date serial');
  if (whole === 60) throw new CellError('DATE_INVALID', 'Excel 的 1900-02-29 并不存在', "Excel's 1900-02-29 does not exist");
  const days = whole < 60 ? whole - 1 : whole - 2; // days after 1900-01-01
  const d = new Date(Date.UTC(1900, 0, 1 + days));
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const badDate = () => new CellError('DATE_INVALID', '不是有效日期 (如 2023-03-05)', 'not a valid date (e.g. 2023-03-05)');

function checked(y: number, m: number, d: number): string {
  const date = formatDate(y, m, d);
  if (!isValidBusinessDate(date)) throw badDate();
  return date;
}

/** Serials outside 1990–2100 are almost surely not dates (a count or an amount in the wrong column). */
function plausibleSerial(serial: number): string {
  const date = excelSerialToDate(serial);
  const year = Number(date.slice(0, 4));
  if (year < 1990 || year > 2100) throw badDate();
  return date;
}

/** A business date YYYY-MM-DD from a Date cell (its UTC parts: exceljs builds them in UTC), a serial or text. */
export function parseDateCell(value: unknown): string {
  const v = primitive(value);
  if (v === null || (typeof v === 'string' && v.trim() === '')) throw new CellError('REQUIRED', '不能为空', 'is required');
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw badDate();
    return checked(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 19000101 && v <= 29991231) return checked(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
    return plausibleSerial(v);
  }
  if (typeof v !== 'string') throw badDate();
  const s = v.normalize('NFKC').trim().replace(/[\sT]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, ''); // "2023/3/5 0:00"
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[3]), Number(m[4]));
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/.test(s)) return plausibleSerial(Number(s)); // a serial exported as text by Excel
  throw badDate();
}

/** Optional free text, trimmed; null when blank. */
export function optionalText(value: unknown, max: number): string | null {
  const s = text(value);
  if (s === '') return null;
  if (s.length > max) throw new CellError('TOO_LONG', `超过 ${max} 个字符`, `longer than ${max} characters`);
  return s;
}

/** A classification code, accepting "30305 生活补助" (code then name) as accountants often write it. */
export function parseCode(value: unknown, digits: number, zhName: string): string | null {
  const s = text(value);
  if (s === '') return null;
  const m = /^(\d+)(?:[\s\-_:：、.]*\D.*)?$/.exec(s);
  if (!m || m[1].length !== digits) throw new CellError('CODE_INVALID', `应为 ${digits} 位${zhName}编码`, `must be a ${digits}-digit code`);
  return m[1];
}

/** 人数: a whole number ≥ 0, "12" or "12人". */
export function parseCount(value: unknown): number | null {
  const s = text(value).replace(/\s*(人次|人)$/, '');
  if (s === '') return null;
  if (!/^\d{1,9}$/.test(s)) throw new CellError('COUNT_INVALID', '应为非负整数', 'must be a whole number ≥ 0');
  return Number(s);
}

/** 三公经费类别 as accountants write it (表四's names, short forms, or the API's ids) → the API's id; empty → null. */
const SANGONG_WORDS: Readonly<Record<string, string>> = {
  abroad: 'abroad', 因公出国境费用: 'abroad', 因公出国费用: 'abroad', 因公出国境: 'abroad', 因公出国: 'abroad', 出国: 'abroad',
  vehicle_purchase: 'vehicle_purchase', 公务用车购置: 'vehicle_purchase', 公务用车购置费: 'vehicle_purchase', 用车购置: 'vehicle_purchase',
  vehicle_operation: 'vehicle_operation', 公务用车运行维护费: 'vehicle_operation', 公务用车运行维护: 'vehicle_operation', 公务用车运行费: 'vehicle_operation', 用车运维: 'vehicle_operation',
  reception: 'reception', 公务接待费: 'reception', 公务接待: 'reception', 接待费: 'reception',
};
export function parseSanGongCell(value: unknown): string | null {
  const s = text(value).normalize('NFKC').replace(/[\s()（）]/g, '').toLowerCase();
  if (s === '') return null;
  const id = SANGONG_WORDS[s];
  if (!id) throw new CellError('SANGONG_CATEGORY_UNKNOWN', '应为 因公出国（境）费用、公务用车购置、公务用车运行维护费 或 公务接待费', 'must be abroad, vehicle_purchase, vehicle_operation or reception');
  return id;
}

/** 是/否 (Y/N, true/false, 1/0); empty → null. */
export function parseYesNo(value: unknown): boolean | null {
  const v = primitive(value);
  if (typeof v === 'boolean') return v;
  const s = text(value).normalize('NFKC').toLowerCase();
  if (s === '') return null;
  if (['是', 'y', 'yes', 'true', '1', '√'].includes(s)) return true;
  if (['否', 'n', 'no', 'false', '0'].includes(s)) return false;
  throw new CellError('YES_NO_INVALID', '应为 是 或 否', 'must be yes or no');
}

/** 采购品目: 货物 / 工程 / 服务 (with or without the 表九 letter, "A 货物"), or goods / works / services; empty → null. */
export function parseProcurementCategory(value: unknown): string | null {
  const s = text(value).normalize('NFKC').replace(/\s/g, '').toLowerCase().replace(/^[abc][.、]?(?=货物|工程|服务)/, '');
  if (s === '') return null;
  const ids: Record<string, string> = { 货物: 'goods', 工程: 'works', 服务: 'services', goods: 'goods', works: 'works', services: 'services', a: 'goods', b: 'works', c: 'services' };
  const id = ids[s];
  if (!id) throw new CellError('PROCUREMENT_CATEGORY_UNKNOWN', '应为 货物、工程 或 服务', 'must be goods, works or services');
  return id;
}
