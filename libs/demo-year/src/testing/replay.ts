import { Money, ZERO } from '@app/domain';
import { DemoStep, DemoYearInput } from '../steps';

/**
 * An independent fold of a plan (not the planner's Ledger): per line its appropriation and net payments,
 * per case its dates and advances, as of a date. What the read models will show, computed by hand.
 */
export interface Replayed {
  readonly appropriated: Map<string, Money>;
  readonly paid: Map<string, Money>;
  readonly cases: Map<string, { reported: string; resolved: string | null; advances: { date: string; amount: Money }[]; recovered: Money }>;
  /** per step key: the line's available balance just before a payment step */
  readonly availableBefore: Map<string, Money>;
  readonly fundOutstanding: Money;
}

export function replay(input: DemoYearInput, steps: readonly DemoStep[], asOf = `${input.fiscalYear}-12-31`): Replayed {
  const appropriated = new Map(input.lines.map((l) => [l.lineId, new Money(l.amount)]));
  const paid = new Map(input.lines.map((l) => [l.lineId, ZERO]));
  const outstanding = new Map(input.lines.map((l) => [l.lineId, ZERO]));
  const payments = new Map<string, Money>();
  const cases: Replayed['cases'] = new Map();
  const availableBefore = new Map<string, Money>();
  const add = (m: Map<string, Money>, k: string, v: Money | string) => m.set(k, (m.get(k) ?? ZERO).plus(v));
  const available = (lineId: string) => (appropriated.get(lineId) as Money).minus(paid.get(lineId) as Money).minus(outstanding.get(lineId) as Money);
  let fundOutstanding = ZERO;
  for (const s of steps) {
    if (s.date > asOf) break;
    switch (s.kind) {
      case 'disburse':
        availableBefore.set(s.key, available(s.lineId));
        add(paid, s.lineId, s.amount);
        payments.set(`${s.unit}/${s.voucherNo}`, new Money(s.amount));
        break;
      case 'attemptOverspend': availableBefore.set(s.key, available(s.lineId)); break;
      case 'reverse': add(paid, s.lineId, new Money(s.amount ?? (payments.get(`${s.unit}/${s.voucherNo}`) as Money)).neg()); break;
      case 'increase': add(appropriated, s.lineId, s.amount); break;
      case 'decrease': add(appropriated, s.lineId, new Money(s.amount).neg()); break;
      case 'transfer': add(appropriated, s.fromLineId, new Money(s.amount).neg()); add(appropriated, s.toLineId, s.amount); break;
      case 'reportCase': cases.set(s.caseKey, { reported: s.date, resolved: null, advances: [], recovered: ZERO }); break;
      case 'resolveCase': (cases.get(s.caseKey) as { resolved: string | null }).resolved = s.date; break;
      case 'payAdvance':
        availableBefore.set(s.key, available(s.lineId));
        cases.get(s.caseKey)?.advances.push({ date: s.date, amount: new Money(s.amount) });
        add(outstanding, s.lineId, s.amount);
        fundOutstanding = fundOutstanding.plus(s.amount);
        break;
      case 'recoverAdvance': {
        const c = cases.get(s.caseKey) as { recovered: Money };
        c.recovered = c.recovered.plus(s.amount);
        add(outstanding, s.lineId, new Money(s.amount).neg());
        fundOutstanding = fundOutstanding.minus(s.amount);
        break;
      }
      case 'reportProgress': case 'filePlan': break;
    }
  }
  return { appropriated, paid, cases, availableBefore, fundOutstanding };
}
