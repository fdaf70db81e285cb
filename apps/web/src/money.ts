/**
 * Display formatting of the API's decimal strings (元, two decimals) without ever turning money into a JS
 * number: amounts become integer 分 (fen) as BigInt, so 万元 rounding is exact (half away from zero).
 */
const AMOUNT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

export function toFen(amount: string): bigint | null {
  const m = AMOUNT.exec(amount.trim());
  if (!m) return null;
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -fen : fen;
}

/** 1234567.8 → "1,234,567.80" */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function render(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const abs = negative ? -hundredths : hundredths;
  const whole = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${group(whole.toString())}.${cents}`;
}

/** "3406700.00" → "3,406,700.00" (元); anything unreadable is shown as given, null as "—". */
export function yuan(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const fen = toFen(amount);
  return fen === null ? amount : render(fen);
}

/** "3406700.00" → "340.67" (万元, two decimals, half away from zero). */
export function wan(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const fen = toFen(amount);
  if (fen === null) return amount;
  // 0.01 万元 = 100 元 = 10,000 分
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const hundredths = (abs + 5_000n) / 10_000n;
  return render(negative ? -hundredths : hundredths);
}

/** "58.33" → "58.33%"; null → "—" */
export function percent(rate: string | null | undefined): string {
  return rate === null || rate === undefined || rate === '' ? '—' : `${rate}%`;
}

/** Whether a user's amount is a positive 元 amount with at most two decimals (commas allowed). */
export function validAmount(input: string): boolean {
  const fen = toFen(input.replace(/,/g, ''));
  return fen !== null && fen > 0n;
}

/** The user's "1,200.5" as the API's "1200.50". */
export function normalizeAmount(input: string): string {
  const fen = toFen(input.replace(/,/g, ''));
  return fen === null ? input : render(fen).replace(/,/g, '');
}

/** For charts only: plotting needs numbers, display never uses them. */
export function plotNumber(amount: string | null | undefined): number {
  return amount ? Number(amount) : 0;
}

/** 2023-07-15 → 2023年7月15日 (as users write dates); English keeps ISO. */
export function dateText(iso: string | null | undefined, lang: 'zh' | 'en' = 'zh'): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'zh' ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** An ISO instant as Beijing time "2023年7月15日 14:05". */
export function instantText(iso: string | null | undefined, lang: 'zh' | 'en' = 'zh'): string {
  if (!iso) return '—';
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  if (Number.isNaN(d.getTime())) return iso;
  const hhmm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${dateText(d.toISOString().slice(0, 10), lang)} ${hhmm}`;
}

/** 计数单位: headcounts and other counts are whole numbers (1,800人, never 1800.00人). */
const COUNT_UNITS = new Set(['人', '人次', '家', '次', '件', '笔', '个', '户', '套', '场', '期', '项', '台', '辆', '本', '份', '批', '所', '名', '户次', '场次', '批次', '个次', '家次', '岗', '个岗位', '篇', '册']);

export const isCountUnit = (measureUnit: string | null | undefined): boolean => COUNT_UNITS.has((measureUnit ?? '').trim());

/**
 * A measured value as people write it, by its 度量单位: counts whole (half up) with separators, 元 with separators
 * and two decimals, anything else as the API gave it (with separators on the whole part).
 */
export function measured(value: string | null | undefined, measureUnit: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const fen = toFen(value);
  if (fen === null) return value;
  const unit = (measureUnit ?? '').trim();
  if (isCountUnit(unit)) {
    const negative = fen < 0n;
    const abs = negative ? -fen : fen;
    return `${negative ? '-' : ''}${group(((abs + 50n) / 100n).toString())}`;
  }
  if (unit === '元' || unit === '万元') return render(fen);
  const [whole, fraction] = value.replace('-', '').split('.');
  return `${value.startsWith('-') ? '-' : ''}${group(whole)}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** "1800.00" and "人" → "1,800人"; "95.5" and "%" → "95.5%". */
export function measuredWithUnit(value: string | null | undefined, measureUnit: string | null | undefined): string {
  const text = measured(value, measureUnit);
  return text === '—' ? text : `${text}${measureUnit ?? ''}`;
}
