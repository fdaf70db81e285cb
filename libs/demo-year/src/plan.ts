import { BusinessDate, LineAttributes, Money, ZERO, toYuanString } from '@app/domain';
import { planAdjustments } from './adjustments';
import { dateOf, workingDay } from './calendar';
import { OrderedDraft, ReversalDraft, planCorrections } from './corrections';
import { isSubsidyWaveLine, planSubsidyWaves } from './employment';
import { ProjectYear, planIndicatorReports } from './indicators';
import { Ledger } from './ledger';
import { PaymentDraft, economicName, planLinePayments, profileOf } from './payments';
import { Random } from './random';
import { planSpendingPlans } from './spending-plans';
import { DemoStep, DemoYearInput, DemoYearPlan } from './steps';
import { planWageArrears } from './wage-arrears';

/** The seed of the demo year everyone sees (any seed gives a plausible year; this one is documented). */
export const DEFAULT_DEMO_SEED = 20230426;

/** Two payments the product refuses for lack of balance (超预算支付), kept as OverspendBlocked facts. */
const OVERSPEND_ATTEMPTS: readonly { readonly pick: (l: LineAttributes) => boolean; readonly month: number; readonly day: number; readonly extra: readonly [number, number]; readonly payee: string; readonly summary: string }[] = [
  { pick: (l) => l.unit === '426005' && l.economic === '30201', month: 3, day: 20, extra: [600, 1500], payee: '潼南区某办公设备经营部', summary: '购置打印机及耗材' },
  { pick: (l) => l.unit === '426001' && l.economic === '30217', month: 11, day: 24, extra: [2000, 4000], payee: '潼南区某宾馆', summary: '上级检查组公务接待' },
];

/** Order of facts within one day: budget changes, new cases and 用款计划, payments, reversals, corrected payments, disposals, indicator reports. */
const PHASE: Readonly<Record<DemoStep['kind'], number>> = {
  increase: 0, decrease: 0, transfer: 0, reportCase: 1, disburse: 2, attemptOverspend: 2, payAdvance: 2, recoverAdvance: 2,
  reverse: 3, resolveCase: 5, reportProgress: 6, filePlan: 1,
};

/**
 * Plans a plausible fiscal year of execution on an imported budget: a pure function of the budget (lines and
 * indicators as imported) and the seed: no clock, no I/O. The steps come in dispatch order, each checked
 * against the balances the product will hold (Ledger), so none is refused except the two planned overspends.
 */
export function planDemoYear(input: DemoYearInput, seed: number = DEFAULT_DEMO_SEED): DemoYearPlan {
  const year = input.fiscalYear;
  const root = new Random(seed);
  const lines = [...input.lines].sort((a, b) => a.lineId.localeCompare(b.lineId));
  const adjustments = planAdjustments(lines, year);
  const finalOf = (l: LineAttributes) => new Money(l.amount).plus(adjustments.delta.get(l.lineId) ?? ZERO);

  const drafts: PaymentDraft[] = [];
  for (const line of lines) {
    if (line.revolvingFund) continue; // the fund advances (垫付), it does not pay
    const rng = root.fork(`pay/${line.lineId}`);
    drafts.push(...(isSubsidyWaveLine(line, input.indicators)
      ? planSubsidyWaves(line, input.indicators, finalOf(line), year, rng)
      : planLinePayments(line, finalOf(line), year, rng)));
  }
  const { payments, reversals } = planCorrections(drafts);
  const plans = planSpendingPlans(lines, drafts, { adjusted: new Set(adjustments.delta.keys()), corrected: new Set(reversals.map((r) => r.lineId)) }, year);
  const cases = planWageArrears(lines.find((l) => l.revolvingFund), new Set(lines.map((l) => l.unit)), year, root.fork('wage-arrears'));
  const reports = planIndicatorReports(input.indicators, projectYears(lines, drafts, finalOf), year, root.fork('indicators'));

  type Draft = { key: string; date: BusinessDate; phase: number; build: (ctx: BuildContext) => DemoStep };
  const all: Draft[] = [
    ...adjustments.steps.map((s) => ({ key: s.key, date: s.date, phase: PHASE[s.kind], build: () => s })),
    ...cases.map((s) => ({ key: s.key, date: s.date, phase: PHASE[s.kind], build: () => s })),
    ...reports.map((s) => ({ key: s.key, date: s.date, phase: PHASE[s.kind], build: () => s })),
    ...plans.map((s) => ({ key: s.key, date: s.date, phase: PHASE[s.kind], build: () => s })),
    ...payments.map((d) => ({ key: d.key, date: d.date, phase: d.afterReversals ? 4 : 2, build: payment(d) })),
    ...reversals.map((r) => ({ key: r.key, date: r.date, phase: 3, build: reversal(r) })),
    ...overspendAttempts(lines, year, root.fork('overspend')),
  ];
  all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.phase - b.phase || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));

  const ctx = buildContext(new Ledger(input.lines, year));
  const steps = all.map((d) => {
    const step = d.build(ctx);
    ctx.ledger.apply(step);
    return step;
  });
  return { fiscalYear: year, seed, steps };
}

/** While the steps are built in dispatch order: the balances so far, and 凭证号 numbered per unit and month. */
interface BuildContext {
  readonly ledger: Ledger;
  /** the next voucher of the unit in the date's month, remembered under `paymentKey` */
  voucher(unit: string, date: BusinessDate, paymentKey: string): string;
  /** the voucher a planned payment got (a reversal names it) */
  voucherOf(paymentKey: string): string;
}

function buildContext(ledger: Ledger): BuildContext {
  const counters = new Map<string, number>();
  const given = new Map<string, string>();
  return {
    ledger,
    voucher: (unit, date, paymentKey) => {
      const month = date.slice(0, 7);
      const n = (counters.get(`${unit}/${month}`) ?? 0) + 1;
      counters.set(`${unit}/${month}`, n);
      const voucherNo = `演示-${month}-${String(n).padStart(4, '0')}`;
      given.set(paymentKey, voucherNo);
      return voucherNo;
    },
    voucherOf: (paymentKey) => {
      const voucherNo = given.get(paymentKey);
      if (voucherNo === undefined) throw new Error(`a reversal comes before its payment ${paymentKey}`);
      return voucherNo;
    },
  };
}

function payment(d: OrderedDraft) {
  return (ctx: BuildContext): DemoStep => {
    const voucherNo = ctx.voucher(d.unit, d.date, d.key);
    return {
      kind: 'disburse', key: d.key, date: d.date, lineId: d.lineId, unit: d.unit, amount: toYuanString(d.amount), voucherNo, payee: d.payee, summary: d.summary,
      subsidyCategory: d.subsidyCategory, beneficiaries: d.beneficiaries, economic: d.economic, ...(d.procurement ? { procurement: d.procurement } : {}),
    };
  };
}

function reversal(r: ReversalDraft) {
  return (ctx: BuildContext): DemoStep => {
    const voucherNo = ctx.voucherOf(r.paymentKey);
    return { kind: 'reverse', key: r.key, date: r.date, lineId: r.lineId, unit: r.unit, voucherNo, amount: r.amount === null ? null : toYuanString(r.amount), reason: r.reason };
  };
}

function overspendAttempts(lines: readonly LineAttributes[], year: number, rng: Random) {
  return OVERSPEND_ATTEMPTS.flatMap((o) => {
    const line = lines.find(o.pick);
    if (!line) return [];
    const date = workingDay(dateOf(year, o.month, o.day));
    const extra = new Money(rng.int(o.extra[0], o.extra[1]));
    return [{
      key: `overspend/${line.lineId}/${date}`, date, phase: PHASE.attemptOverspend,
      build: (ctx: BuildContext): DemoStep => {
        const available = ctx.ledger.available(line.lineId);
        return {
          kind: 'attemptOverspend', key: `overspend/${line.lineId}/${date}`, date, lineId: line.lineId, unit: line.unit, amount: toYuanString(Money.max(available, 0).plus(extra)),
          available: toYuanString(available), voucherNo: ctx.voucher(line.unit, date, `overspend/${line.lineId}/${date}`), payee: o.payee, summary: `${o.summary}（${economicName(line.economic)}）`,
          subsidyCategory: null, beneficiaries: null, economic: line.economic,
        };
      },
    }];
  });
}

/** Per project: its standing, its reason, and the share of its year's payments made by a date (for its indicators). */
function projectYears(lines: readonly LineAttributes[], drafts: readonly PaymentDraft[], finalOf: (l: LineAttributes) => Money): Map<string, ProjectYear> {
  const years = new Map<string, ProjectYear>();
  for (const code of new Set(lines.map((l) => l.project).filter((p): p is string => p !== null))) {
    const own = lines.filter((l) => l.project === code);
    const ids = new Set(own.map((l) => l.lineId));
    const paid = drafts.filter((d) => ids.has(d.lineId));
    const total = paid.reduce((a, d) => a.plus(d.amount), ZERO);
    const appropriation = own.reduce((a, l) => a.plus(finalOf(l)), ZERO);
    const profile = profileOf(own[0]);
    years.set(code, {
      standing: profile.standing, reason: profile.reason ?? null, finalShare: appropriation.gt(0) ? total.div(appropriation) : ZERO,
      paidShare: total.gt(0) ? (date) => paid.filter((d) => d.date <= date).reduce((a, d) => a.plus(d.amount), ZERO).div(total) : null,
    });
  }
  return years;
}
