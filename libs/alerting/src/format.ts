import { Money, groupThousands } from '@app/domain';

/** 度量单位 that count things (people, firms, times…): shown as whole numbers. */
const COUNTS = new Set(['人', '人次', '家', '次', '件', '户', '个', '项', '场', '场次', '期', '批', '天', '笔', '所', '名', '条', '份', '本', '台', '套', '辆', '部', '间', '处', '座', '张', '册', '篇', '门', '课时', '班', '组', '支', '块']);

/**
 * A figure as people read it, with its 度量单位: `1,234,567.89 元`, `80.00%`, `1,800 人`, `12.50 万元`; a count
 * that is not whole keeps its decimals (an average, say) rather than being rounded away.
 */
export function formatMeasure(value: Money | string | null, measureUnit: string | null): string {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return '—';
  let amount: Money;
  try {
    amount = typeof value === 'string' ? new Money(value.trim()) : value;
  } catch {
    return measureUnit ? `${String(value)} ${measureUnit}` : String(value); // a qualitative target, as written
  }
  const unit = measureUnit?.trim() ?? '';
  if (unit === '%') return `${groupThousands(amount.toFixed(2))}%`;
  if (COUNTS.has(unit) || unit.endsWith('人') || unit.endsWith('次')) {
    return `${groupThousands(amount.isInteger() ? amount.toFixed(0) : amount.toFixed(2))} ${unit}`;
  }
  const text = groupThousands(amount.toFixed(2));
  return unit ? `${text} ${unit}` : text;
}

/** 元 with its 万元 beside it, for e-mails: `1,234,567.89 元（123.46 万元）`. */
export function formatYuanWithWan(value: string): string {
  const amount = new Money(value);
  return `${groupThousands(amount.toFixed(2))} 元（${groupThousands(amount.div(10000).toFixed(2))} 万元）`;
}
