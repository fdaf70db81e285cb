import { problemText } from './problems';
import { toFen, yuan } from './money';
import type { components } from './generated/api';

/** GET /api/v1/lines/{lineId}/spending-plan (amounts 元 strings, rates percent strings): the generated answer. */
export type SpendingPlan = components['schemas']['SpendingPlanView'];
export type PlanRevision = components['schemas']['PlanRevisionView'];
export type PlanMonth = components['schemas']['PlanMonthView'];

export const KIND_NAMES: Readonly<Record<SpendingPlan['defaultProfile']['kind'], string>> = {
  personnel: '人员经费：按月，12 月含年终一次性奖金', operating: '日常公用经费：按月均衡，四季度增加', subsidy: '补助：按季度，季末月支付', project: '项目：按月均衡',
};
export const POLICY_NAMES: Readonly<Record<SpendingPlan['overPlanPayments'], string>> = {
  refuse: '超出本月累计计划的支付将被拒绝', warn: '超出本月累计计划的支付可以记录，并记录超计划预警', allow: '超出本月累计计划的支付不受限制',
};

const fenText = (fen: bigint): string => {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};

/** One month as typed: 分, or why it cannot be (the API's code, so the message is the API's own Chinese). */
export function parseMonth(input: string): { fen: bigint } | { code: string } {
  const text = input.replace(/[,，\s]/g, '');
  if (text === '') return { code: 'REQUIRED' };
  if (/^-\d/.test(text)) return { code: 'AMOUNT_NEGATIVE' };
  if (/^\d+\.\d{3,}$/.test(text)) return { code: 'AMOUNT_TOO_MANY_DECIMALS' };
  const fen = toFen(text);
  return fen === null ? { code: 'AMOUNT_NOT_A_DECIMAL_STRING' } : { fen };
}

export interface MonthsCheck {
  /** 分 per month, null where unreadable */
  readonly fen: (bigint | null)[];
  /** the sum of the readable months, 元 */
  readonly total: string;
  /** appropriation − total, 元 (0.00 when they add up) */
  readonly difference: string;
  /** errors by the API's field names: `months.3`, `months` */
  readonly errors: Record<string, string>;
  /** the twelve months as the API takes them */
  readonly body: string[];
}

/** The editor's running total and its errors, in the API's words (problems.ts), before anything is sent. */
export function checkMonths(inputs: readonly string[], appropriated: string): MonthsCheck {
  const errors: Record<string, string> = {};
  const fen = inputs.map((input, i) => {
    const parsed = parseMonth(input);
    if ('code' in parsed) {
      errors[`months.${i}`] = parsed.code === 'REQUIRED' ? `${i + 1}月：请填写（没有计划填 0）` : problemText({ status: 422, code: parsed.code, field: `months.${i}` });
      return null;
    }
    return parsed.fen;
  });
  const total = fen.reduce<bigint>((a, f) => a + (f ?? 0n), 0n);
  const difference = (toFen(appropriated) ?? 0n) - total;
  if (Object.keys(errors).length === 0 && difference !== 0n) {
    errors.months = `用款计划：1–12 月合计 ${yuan(fenText(total))} 元，与当前预算数 ${yuan(appropriated)} 元${difference > 0n ? '少' : '多'} ${yuan(fenText(difference < 0n ? -difference : difference))} 元`;
  }
  return { fen, total: fenText(total), difference: fenText(difference), errors, body: fen.map((f) => (f === null ? '' : fenText(f))) };
}

/** The appropriation spread by the default profile's weights, to the cent (the largest remainders get the cents left, earlier months first). */
export function spreadByWeights(appropriated: string, weights: readonly number[]): string[] {
  const amount = toFen(appropriated) ?? 0n;
  const w = weights.every((x) => x === 0) ? weights.map(() => 1) : weights;
  const total = BigInt(w.reduce((a, b) => a + b, 0));
  const shares = w.map((x) => (amount * BigInt(x)) / total);
  let left = amount - shares.reduce((a, b) => a + b, 0n);
  const order = w.map((x, i) => ({ i, r: (amount * BigInt(x)) % total })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (left <= 0n) break;
    shares[i] += 1n;
    left -= 1n;
  }
  return shares.map(fenText);
}
