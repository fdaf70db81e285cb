import { BusinessDate, Money } from '@app/domain';
import { addDays, workingDay } from './calendar';
import { PaymentDraft } from './payments';

/** A 冲销 before vouchers are numbered: it names the payment it reverses by the payment's key. */
export interface ReversalDraft {
  readonly key: string;
  readonly date: BusinessDate;
  readonly lineId: string;
  readonly unit: string;
  readonly paymentKey: string;
  readonly amount: Money | null;
  readonly reason: string;
}

/** A payment recorded after the reversal of the same day (the corrected payment). */
export type OrderedDraft = PaymentDraft & { readonly afterReversals?: true };

interface Mistake {
  /** picks the payment the accountant gets wrong */
  readonly match: (d: PaymentDraft) => boolean;
  /** the wrong payment as first recorded; null: the right payment recorded twice */
  readonly wrong: ((d: PaymentDraft) => Partial<PaymentDraft>) | null;
  /** a partial return instead of a correction: the amount returned */
  readonly partial?: (d: PaymentDraft) => Money;
  readonly reason: string;
}

const economic = (code: string, unit: string, month: string) => (d: PaymentDraft) => d.economic === code && d.unit === unit && d.date.slice(5, 7) === month;
const project = (code: string, month: string) => (d: PaymentDraft) => d.lineId.endsWith(`-${code}`) && d.date.slice(5, 7) === month;

const MISTAKES: readonly Mistake[] = [
  { match: economic('30201', '426001', '03'), wrong: (d) => ({ amount: d.amount.mul(10) }), reason: '金额录入错误（多录一位），全额冲销后按正确金额重新支付' },
  { match: (d) => d.subsidyCategory === '社会保险补贴' && d.lineId.endsWith('-P37') && d.date.slice(5, 7) === '06',
    wrong: (d) => ({ amount: d.amount.plus(d.amount.div(d.beneficiaries ?? 1).toDecimalPlaces(2).mul(8)), beneficiaries: (d.beneficiaries ?? 0) + 8 }),
    reason: '发放名单含 8 名重复人员，全额冲销后按核定名单重新发放' },
  { match: project('P18', '08'), wrong: () => ({ payee: '某智能卡科技有限公司重庆分公司' }), reason: '收款单位错误（分公司无收款资格），全额冲销后重新支付至总公司账户' },
  { match: economic('30239', '426001', '11'), wrong: null, reason: '同一笔公务交通补贴重复支付，原路退回' },
  { match: project('P27', '10'), wrong: null, partial: () => new Money('1500.00'), reason: '3 名慰问对象已故，慰问金退回' },
];

/**
 * Turns a few planned payments into the mistakes accountants make and how the product records their fix:
 * a payment is never edited, it is reversed (冲销) and, where it was wrong, paid again correctly.
 */
export function planCorrections(drafts: readonly PaymentDraft[]): { payments: OrderedDraft[]; reversals: ReversalDraft[] } {
  const payments: OrderedDraft[] = [...drafts];
  const reversals: ReversalDraft[] = [];
  for (const m of MISTAKES) {
    const i = payments.findIndex(m.match);
    if (i < 0) continue;
    const d = payments[i];
    const fixedOn = sameMonth(d.date, workingDay(addDays(d.date, 3)));
    if (m.partial) {
      reversals.push({ key: `${d.key}/reversal`, date: sameMonth(d.date, workingDay(addDays(d.date, 10))), lineId: d.lineId, unit: d.unit, paymentKey: d.key, amount: m.partial(d), reason: m.reason });
    } else if (m.wrong === null) {
      // the same payment recorded a second time under a new voucher, then returned
      payments.push({ ...d, key: `${d.key}/duplicate` });
      reversals.push({ key: `${d.key}/duplicate/reversal`, date: fixedOn, lineId: d.lineId, unit: d.unit, paymentKey: `${d.key}/duplicate`, amount: null, reason: m.reason });
    } else {
      payments[i] = { ...d, ...m.wrong(d), key: `${d.key}/wrong` };
      reversals.push({ key: `${d.key}/wrong/reversal`, date: fixedOn, lineId: d.lineId, unit: d.unit, paymentKey: `${d.key}/wrong`, amount: null, reason: m.reason });
      payments.push({ ...d, key: `${d.key}/corrected`, date: fixedOn, afterReversals: true });
    }
  }
  return { payments, reversals };
}

/** A fix stays in the month of the mistake (month-end reports see the corrected figures). */
const sameMonth = (original: BusinessDate, later: BusinessDate) => (later.slice(0, 7) === original.slice(0, 7) ? later : original);
