import { BusinessDate, LineAttributes, Money, ZERO } from '@app/domain';
import { DemoStep } from './steps';

/** A planned step the product would refuse (or record otherwise than planned): a bug in the planner. */
export class PlanInvariantError extends Error {
  constructor(readonly step: DemoStep, problem: string) {
    super(`demo plan step ${step.key} (${step.kind} on ${step.date}): ${problem}`);
  }
}

interface LineBook { readonly line: LineAttributes; appropriated: Money; disbursed: Money; outstanding: Money }
interface Payment { readonly lineId: string; readonly amount: Money; readonly date: BusinessDate; reversed: boolean }
interface CaseBook { readonly reportedOn: BusinessDate; resolved: boolean; outstanding: Money }

/**
 * The balances the product will hold while the plan is dispatched, step by step: the planner asks it what
 * is available (a blocked attempt asks more than that) and it refuses any step the deciders would refuse.
 */
export class Ledger {
  private readonly books = new Map<string, LineBook>();
  private readonly payments = new Map<string, Payment>();
  private readonly cases = new Map<string, CaseBook>();
  /** 凭证号 taken per unit, by payments and by refused attempts alike */
  private readonly vouchers = new Set<string>();
  private lastDate = '';

  constructor(lines: readonly LineAttributes[], private readonly fiscalYear: number) {
    for (const line of lines) this.books.set(line.lineId, { line, appropriated: new Money(line.amount), disbursed: ZERO, outstanding: ZERO });
  }

  /** 可用余额: appropriated − disbursed − advances outstanding. */
  available(lineId: string): Money {
    const b = this.book(lineId);
    return b.appropriated.minus(b.disbursed).minus(b.outstanding);
  }

  appropriated(lineId: string): Money {
    return this.book(lineId).appropriated;
  }

  disbursed(lineId: string): Money {
    return this.book(lineId).disbursed;
  }

  apply(step: DemoStep): void {
    const fail = (problem: string) => { throw new PlanInvariantError(step, problem); };
    if (!step.date.startsWith(`${this.fiscalYear}-`)) fail('date outside the fiscal year');
    if (step.date < this.lastDate) fail(`out of date order (after ${this.lastDate})`);
    this.lastDate = step.date;
    const positive = (amount: string) => { const m = new Money(amount); if (m.lte(0) || !m.mul(100).isInteger()) fail(`amount ${amount} is not a positive amount in cents`); return m; };
    switch (step.kind) {
      case 'disburse': {
        const amount = positive(step.amount);
        if (amount.gt(this.available(step.lineId))) fail(`pays ${step.amount}, more than the available ${this.available(step.lineId).toFixed(2)}`);
        this.claim(step.unit, step.voucherNo, fail);
        this.payments.set(`${step.unit}/${step.voucherNo}`, { lineId: step.lineId, amount, date: step.date, reversed: false });
        this.book(step.lineId).disbursed = this.book(step.lineId).disbursed.plus(amount);
        return;
      }
      case 'attemptOverspend': {
        if (!positive(step.amount).gt(this.available(step.lineId))) fail('an overspend attempt within the available balance would be paid');
        if (!new Money(step.available).eq(this.available(step.lineId))) fail('available balance differs from the ledger');
        this.claim(step.unit, step.voucherNo, fail);
        return;
      }
      case 'reverse': {
        const payment = this.payments.get(`${step.unit}/${step.voucherNo}`);
        if (!payment || payment.lineId !== step.lineId) return fail(`no payment ${step.voucherNo} on ${step.lineId}`);
        if (payment.reversed) fail('already reversed');
        if (step.date < payment.date) fail('reversal before the payment');
        const amount = step.amount === null ? payment.amount : positive(step.amount);
        if (amount.gt(payment.amount)) fail('reversal exceeds the payment');
        payment.reversed = true;
        this.book(step.lineId).disbursed = this.book(step.lineId).disbursed.minus(amount);
        return;
      }
      case 'increase':
        this.book(step.lineId).appropriated = this.book(step.lineId).appropriated.plus(positive(step.amount));
        return;
      case 'decrease':
        if (positive(step.amount).gt(this.available(step.lineId))) fail('调减 exceeds the available balance');
        this.book(step.lineId).appropriated = this.book(step.lineId).appropriated.minus(step.amount);
        return;
      case 'transfer':
        if (positive(step.amount).gt(this.available(step.fromLineId))) fail('调剂 exceeds the available balance');
        this.book(step.fromLineId).appropriated = this.book(step.fromLineId).appropriated.minus(step.amount);
        this.book(step.toLineId).appropriated = this.book(step.toLineId).appropriated.plus(step.amount);
        return;
      case 'reportCase':
        if (this.cases.has(step.caseKey)) fail('case reported twice');
        if (step.workersAffected < 1) fail('a case has workers');
        positive(step.amountOwed);
        this.cases.set(step.caseKey, { reportedOn: step.date, resolved: false, outstanding: ZERO });
        return;
      case 'resolveCase': {
        const c = this.cases.get(step.caseKey) ?? fail('unknown case');
        if (c.resolved) fail('case resolved twice');
        if (step.date < c.reportedOn) fail('resolved before it was reported');
        c.resolved = true;
        return;
      }
      case 'payAdvance': {
        const c = this.cases.get(step.caseKey) ?? fail('unknown case');
        if (!this.book(step.lineId).line.revolvingFund) fail('advance from a line that is not the revolving fund');
        if (c.resolved || step.date < c.reportedOn) fail('advance for a case that is not open');
        const amount = positive(step.amount);
        if (amount.gt(this.available(step.lineId))) fail('advance exceeds the fund balance');
        c.outstanding = c.outstanding.plus(amount);
        this.book(step.lineId).outstanding = this.book(step.lineId).outstanding.plus(amount);
        return;
      }
      case 'recoverAdvance': {
        const c = this.cases.get(step.caseKey) ?? fail('unknown case');
        const amount = positive(step.amount);
        if (amount.gt(c.outstanding)) fail('recovery exceeds what is outstanding');
        c.outstanding = c.outstanding.minus(amount);
        this.book(step.lineId).outstanding = this.book(step.lineId).outstanding.minus(amount);
        return;
      }
      case 'reportProgress':
        if ((step.value === null) === (step.grade === null)) fail('a report has a value or a grade');
        return;
      case 'filePlan': {
        if (step.months.length !== 12) fail('a plan has twelve months');
        const total = step.months.reduce((a, m) => a.plus(m), ZERO);
        if (!total.eq(this.appropriated(step.lineId))) fail(`the months add up to ${total.toFixed(2)}, the appropriation is ${this.appropriated(step.lineId).toFixed(2)}`);
        return;
      }
      default: {
        const never: never = step;
        throw new Error(`unknown step ${JSON.stringify(never)}`);
      }
    }
  }

  private book(lineId: string): LineBook {
    const b = this.books.get(lineId);
    if (!b) throw new Error(`unknown line ${lineId}`);
    return b;
  }

  private claim(unit: string, voucherNo: string, fail: (problem: string) => never): void {
    if (this.vouchers.has(`${unit}/${voucherNo}`)) fail(`voucher ${voucherNo} used twice in ${unit}`);
    this.vouchers.add(`${unit}/${voucherNo}`);
  }
}
