import { Comparator, IndicatorKind, Money, ZERO, indicatorLight } from '@app/domain';
import { daysBetween } from './calendar';
import { DEFAULT_DEMO_SEED, planDemoYear } from './plan';
import { DemoStep, DemoYearPlan, DisburseStep, ReportProgressStep } from './steps';
import { demoBudgetInput } from './testing/demo-budget';
import { replay } from './testing/replay';

const input = demoBudgetInput();
const lineOf = new Map(input.lines.map((l) => [l.lineId, l]));
const of = <K extends DemoStep['kind']>(plan: DemoYearPlan, kind: K) => plan.steps.filter((s): s is Extract<DemoStep, { kind: K }> => s.kind === kind);
const monthEnd = (m: number) => `2023-${String(m).padStart(2, '0')}-${[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]}`;
const sum = (xs: Iterable<Money>) => [...xs].reduce((a, b) => a.plus(b), ZERO);

/** 预算执行率 of a project (all its lines) at year end, in percent. */
function projectExecution(plan: DemoYearPlan, project: string): Money {
  const r = replay(input, plan.steps);
  const ids = input.lines.filter((l) => l.project === project).map((l) => l.lineId);
  return sum(ids.map((id) => r.paid.get(id) as Money)).div(sum(ids.map((id) => r.appropriated.get(id) as Money))).mul(100);
}

describe('planDemoYear', () => {
  describe('given the 2023 budget of department 426 and the default seed', () => {
    const plan = planDemoYear(input);

    it('when planned again with the same seed, then every step is the same (ids, vouchers, amounts to the cent)', () => {
      expect(planDemoYear(input, DEFAULT_DEMO_SEED)).toEqual(plan);
      expect(new Set(plan.steps.map((s) => s.key)).size).toBe(plan.steps.length);
    });

    it('when planned with another seed, then the amounts differ but the year is as valid', () => {
      const other = planDemoYear(input, 7);
      expect(of(other, 'disburse').map((s) => s.amount)).not.toEqual(of(plan, 'disburse').map((s) => s.amount));
      expect(of(other, 'attemptOverspend')).toHaveLength(2);
    });

    it('then the steps come in date order, inside the fiscal year, a few thousand of them', () => {
      const dates = plan.steps.map((s) => s.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates[0] >= '2023-01-01' && dates[dates.length - 1] <= '2023-12-31').toBe(true);
      expect(plan.steps.length).toBeGreaterThan(1500);
      expect(plan.steps.length).toBeLessThan(4000);
    });

    it('then no payment or advance exceeds what the line has available, except the two deliberate overspend attempts', () => {
      const r = replay(input, plan.steps);
      for (const s of [...of(plan, 'disburse'), ...of(plan, 'payAdvance')]) {
        expect({ key: s.key, over: new Money(s.amount).gt(r.availableBefore.get(s.key) as Money) }).toEqual({ key: s.key, over: false });
      }
      const attempts = of(plan, 'attemptOverspend');
      expect(attempts).toHaveLength(2);
      for (const a of attempts) {
        expect(new Money(a.amount).gt(r.availableBefore.get(a.key) as Money)).toBe(true);
        expect(a.available).toBe((r.availableBefore.get(a.key) as Money).toFixed(2));
      }
      for (const [lineId, appropriated] of r.appropriated) expect((r.paid.get(lineId) as Money).lte(appropriated)).toBe(true);
    });

    it('then every amount is in cents and every voucher is used once per unit', () => {
      const amounts = plan.steps.flatMap((s) => ('amount' in s && s.amount !== null ? [s.amount] : []));
      for (const a of amounts) expect(a).toMatch(/^\d+\.\d{2}$/);
      const vouchers = [...of(plan, 'disburse'), ...of(plan, 'attemptOverspend')].map((s) => `${s.unit}/${s.voucherNo}`);
      expect(new Set(vouchers).size).toBe(vouchers.length);
    });

    it('then 追加 and 调减 cancel out and 调剂 moves within one 项: the department, basic, project and 项 totals stay as published', () => {
      const r = replay(input, plan.steps);
      const total = (pick: (lineId: string) => string) => {
        const by = new Map<string, Money>();
        for (const [id, a] of r.appropriated) by.set(pick(id), (by.get(pick(id)) ?? ZERO).plus(a));
        return by;
      };
      const initial = (pick: (lineId: string) => string) => {
        const by = new Map<string, Money>();
        for (const l of input.lines) by.set(pick(l.lineId), (by.get(pick(l.lineId)) ?? ZERO).plus(l.amount));
        return by;
      };
      for (const pick of [() => 'department', (id: string) => lineOf.get(id)!.type, (id: string) => `${lineOf.get(id)!.type}/${lineOf.get(id)!.functional}`]) {
        expect([...total(pick)].map(([k, v]) => [k, v.toFixed(2)])).toEqual([...initial(pick)].map(([k, v]) => [k, v.toFixed(2)]));
      }
      expect(total(() => 'department').get('department')!.toFixed(2)).toBe('92097300.00');
      expect(of(plan, 'increase').length).toBeGreaterThan(0);
      expect(of(plan, 'decrease').length).toBe(of(plan, 'increase').length);
      expect(of(plan, 'transfer').length).toBeGreaterThan(0);
    });

    it('then salary lines are paid every month, and 奖金 mostly in December', () => {
      const salaries = input.lines.filter((l) => l.economic === '30101');
      expect(salaries.length).toBeGreaterThan(1);
      for (const line of salaries) {
        const months = of(plan, 'disburse').filter((s) => s.lineId === line.lineId).map((s) => s.date.slice(5, 7));
        expect(months).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
      }
      for (const line of input.lines.filter((l) => l.economic === '30103')) {
        const paid = of(plan, 'disburse').filter((s) => s.lineId === line.lineId);
        const largest = paid.reduce((a, b) => (new Money(b.amount).gt(a.amount) ? b : a));
        expect(largest.date.slice(5, 7)).toBe('12');
      }
    });

    it('then the employment subsidy is paid in quarterly batches with its category and head count', () => {
      const batches = of(plan, 'disburse').filter((s) => s.lineId === '426002-2023-P37' && s.subsidyCategory === '公益性岗位补贴');
      expect(batches.map((s) => s.date.slice(5, 7))).toEqual(['03', '06', '09', '12']);
      const people = batches.reduce((a, s) => a + (s.beneficiaries ?? 0), 0);
      expect(people).toBeGreaterThanOrEqual(1800);
    });

    it('then every month has payments and the department curve rises month by month', () => {
      const months = new Set(of(plan, 'disburse').map((s) => s.date.slice(5, 7)));
      expect(months.size).toBe(12);
      const curve = Array.from({ length: 12 }, (_, i) => sum(replay(input, plan.steps, monthEnd(i + 1)).paid.values()));
      curve.slice(1).forEach((c, i) => expect(c.gt(curve[i])).toBe(true));
      const rate = curve[11].div('92097300').mul(100);
      expect(rate.gt(80) && rate.lt(98)).toBe(true);
    });

    it('then three to five projects lag badly at year end (under 60% of 序时进度) and a few are slightly behind', () => {
      const projects = [...new Set(input.lines.map((l) => l.project).filter((p): p is string => p !== null))];
      const rates = new Map(projects.map((p) => [p, projectExecution(plan, p)]));
      const lagging = projects.filter((p) => (rates.get(p) as Money).lt(60));
      const behind = projects.filter((p) => (rates.get(p) as Money).gte(60) && (rates.get(p) as Money).lt(80));
      expect(lagging.sort()).toEqual(['P09', 'P16', 'P31', 'P39']);
      expect(behind.length).toBeGreaterThanOrEqual(2);
      expect(behind.length).toBeLessThanOrEqual(4);
    });

    it('then P16\'s payments draw on its 政府采购 budget (电子显示屏 17.76 万元) within it, and the 三公 lines stay within 表四\'s caps', () => {
      const disburse = of(plan, 'disburse') as DisburseStep[];
      const procurement = disburse.filter((s) => s.procurement);
      expect(procurement.length).toBeGreaterThan(0);
      expect(new Set(procurement.map((s) => s.lineId))).toEqual(new Set(['426003-2023-P16']));
      expect(sum(procurement.map((s) => new Money(s.amount))).lte('177600')).toBe(true);
      const paidOn = (economic: string) => sum(disburse.filter((s) => s.economic === economic).map((s) => new Money(s.amount)));
      expect(paidOn('30217').lte('120000')).toBe(true); // 公务接待费 cap 12.00 万元
      expect(paidOn('30231').lte('110000')).toBe(true); // 公务用车运行维护费 cap 11.00 万元
      expect(paidOn('30231').gte('88000')).toBe(true); // … past 80% of it by year end: the 三公 rule has something to say
    });

    it('then at mid-year lines are a mix of red, yellow and green', () => {
      const r = replay(input, plan.steps, '2023-06-30');
      const lights = { red: 0, yellow: 0, green: 0 };
      for (const [id, a] of r.appropriated) {
        const ratio = (r.paid.get(id) as Money).div(a).div('0.5').mul(100);
        lights[ratio.lt(60) ? 'red' : ratio.lt(80) ? 'yellow' : 'green']++;
      }
      expect(lights.red).toBeGreaterThan(2);
      expect(lights.yellow).toBeGreaterThan(2);
      expect(lights.green).toBeGreaterThan(lights.red + lights.yellow);
    });

    it('then some mistaken payments are reversed and paid again correctly, on the same line', () => {
      const reversals = of(plan, 'reverse');
      expect(reversals.length).toBeGreaterThanOrEqual(3);
      const corrected = of(plan, 'disburse').filter((s) => s.key.endsWith('/corrected'));
      expect(corrected.length).toBeGreaterThanOrEqual(2);
      for (const c of corrected) {
        const reversal = reversals.find((r) => r.key === c.key.replace('/corrected', '/wrong/reversal'));
        expect(reversal?.lineId).toBe(c.lineId);
        expect(plan.steps.indexOf(reversal as DemoStep)).toBeLessThan(plan.steps.indexOf(c));
      }
    });

    it('then wage-arrears cases are disposed of after they are reported, two stay open, and advances come before their recoveries', () => {
      const reported = new Map(of(plan, 'reportCase').map((s) => [s.caseKey, s]));
      const resolved = new Map(of(plan, 'resolveCase').map((s) => [s.caseKey, s]));
      expect(reported.size).toBeGreaterThanOrEqual(15);
      expect(reported.size - resolved.size).toBeGreaterThanOrEqual(1);
      expect(reported.size - resolved.size).toBeLessThanOrEqual(2);
      for (const [key, r] of resolved) expect(r.date >= (reported.get(key) as DemoStep).date).toBe(true);
      for (const a of of(plan, 'payAdvance')) {
        expect(a.date >= (reported.get(a.caseKey) as DemoStep).date).toBe(true);
        const disposal = resolved.get(a.caseKey);
        if (disposal) expect(plan.steps.indexOf(a)).toBeLessThan(plan.steps.indexOf(disposal));
      }
      const cases = replay(input, plan.steps).cases;
      for (const rec of of(plan, 'recoverAdvance')) {
        const first = cases.get(rec.caseKey)?.advances[0];
        expect(first && rec.date > first.date).toBe(true);
      }
      for (const c of cases.values()) expect(c.recovered.lte(sum(c.advances.map((a) => a.amount)))).toBe(true);
    });

    it('then at year end one advance is unrecovered for over 180 days and another for over 90, and the fund dipped below 20% in between', () => {
      const cases = replay(input, plan.steps).cases;
      const unrecoveredDays = [...cases.values()].filter((c) => c.advances.length > 0 && c.recovered.lt(sum(c.advances.map((a) => a.amount))))
        .map((c) => daysBetween(c.advances[0].date, '2023-12-31'));
      expect(unrecoveredDays.some((d) => d > 180)).toBe(true);
      expect(unrecoveredDays.some((d) => d > 90 && d <= 180)).toBe(true);
      const fund = input.lines.find((l) => l.revolvingFund)!;
      const lowest = Array.from({ length: 12 }, (_, i) => replay(input, plan.steps, monthEnd(i + 1)).fundOutstanding)
        .reduce((a, b) => (b.gt(a) ? b : a));
      expect(new Money(fund.amount).minus(lowest).div(fund.amount).lt('0.2')).toBe(true);
    });

    describe('indicator reports', () => {
      const reports = of(plan, 'reportProgress');
      const defs = new Map(input.indicators.map((i) => [i.indicatorId, i]));

      it('then only indicators typed in by people are reported, numeric ones with a value, 定性 ones with a grade', () => {
        for (const r of reports) {
          const d = defs.get(r.indicatorId)!;
          expect(d.metric).toBeNull();
          expect(d.comparator === 'qualitative' ? r.grade !== null && r.value === null : r.value !== null && r.grade === null).toBe(true);
        }
        expect(new Set(reports.map((r) => r.indicatorId)).size).toBeGreaterThan(250);
      });

      it('then every report whose light is red or yellow gives a 偏差原因', () => {
        const flagged = reports.filter((r) => {
          const d = defs.get(r.indicatorId)!;
          const { light } = indicatorLight({ comparator: d.comparator as Comparator, kind: d.kind as IndicatorKind, target: d.target === null ? null : new Money(d.target),
            actual: r.value === null ? null : new Money(r.value), grade: r.grade, asOf: r.date });
          return light === 'red' || light === 'yellow';
        });
        expect(flagged.length).toBeGreaterThan(20);
        for (const r of flagged) expect({ id: r.indicatorId, reason: typeof r.deviationReason }).toEqual({ id: r.indicatorId, reason: 'string' });
      });

      it('then reports keep within 90 days of each other except for two indicators left unreported for long', () => {
        const byIndicator = new Map<string, ReportProgressStep[]>();
        for (const r of reports) byIndicator.set(r.indicatorId, [...(byIndicator.get(r.indicatorId) ?? []), r]);
        const typedIn = input.indicators.filter((i) => i.metric === null).map((i) => i.indicatorId);
        const stale = typedIn.filter((id) => {
          const dates = ['2023-01-01', ...(byIndicator.get(id) ?? []).map((r) => r.date), '2023-12-31'];
          return dates.slice(1).some((d, i) => daysBetween(dates[i], d) >= 90);
        });
        expect(stale.sort()).toEqual(['P31-03', 'P35-01']);
      });

      it('then cumulative values never go down from one report to the next', () => {
        const last = new Map<string, Money>();
        for (const r of reports.filter((x) => defs.get(x.indicatorId)!.kind === 'cumulative')) {
          const v = new Money(r.value as string);
          expect(v.gte(last.get(r.indicatorId) ?? ZERO)).toBe(true);
          last.set(r.indicatorId, v);
        }
      });
    });
  });

  describe('given several seeds', () => {
    it.each([1, 2, 3])('when seed %i is planned, then the ledger accepts every step and the totals stay', (seed) => {
      const plan = planDemoYear(input, seed);
      const r = replay(input, plan.steps);
      expect(sum(r.appropriated.values()).toFixed(2)).toBe('92097300.00');
      for (const s of of(plan, 'disburse') as DisburseStep[]) expect(new Money(s.amount).lte(r.availableBefore.get(s.key) as Money)).toBe(true);
    });
  });
});
