import fc from 'fast-check';
import { Fen, allocate, effectivePlan, plannedThrough, plannedToDate, sumFen } from './effective-plan';
import { DEFAULT_SPENDING_PLAN_SETTINGS as D } from './settings';

const EVEN = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const fen = (...values: number[]): Fen[] => values.map((v) => BigInt(v));
const inMonth = (month: number, amount: number): Fen[] => Array.from({ length: 12 }, (_, i) => (i === month - 1 ? BigInt(amount) : 0n));
const plus = (a: readonly Fen[], b: readonly Fen[]) => a.map((x, i) => x + b[i]);

describe('用款计划: the plan a line is measured against', () => {
  describe('allocate: an amount split by weights, to the cent', () => {
    it('gives the cents left to the largest remainders, the earlier month first', () => {
      expect(allocate(10000n, EVEN)).toEqual(fen(834, 834, 834, 834, 833, 833, 833, 833, 833, 833, 833, 833));
      expect(allocate(1300n, D.templates.personnel)).toEqual(fen(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 200));
      expect(allocate(7n, D.templates.subsidy)).toEqual(fen(0, 0, 2, 0, 0, 2, 0, 0, 2, 0, 0, 1));
    });

    it('splits a negative amount as its opposite, and all-zero weights evenly', () => {
      expect(allocate(-10000n, EVEN)).toEqual(allocate(10000n, EVEN).map((x) => -x));
      expect(allocate(12n, [0, 0, 0])).toEqual(fen(4, 4, 4));
    });

    it('always adds up exactly, never gives a month with weight 0 anything, and stays within a cent of the exact share', () => {
      fc.assert(fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }), (amount, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const shares = allocate(amount, weights);
        expect(sumFen(shares)).toBe(amount);
        const total = BigInt(weights.reduce((a, b) => a + b, 0));
        shares.forEach((s, i) => {
          if (weights[i] === 0) expect(s).toBe(0n);
          const exact = amount * BigInt(weights[i]); // s × total is within one total of it
          const diff = s * total - exact;
          expect(diff > -total && diff < total).toBe(true);
        });
      }));
    });
  });

  describe('without a filed plan: the default profile', () => {
    it('spreads the appropriation as of the date by the line kind\'s weights', () => {
      const plan = effectivePlan({ weights: D.templates.operating, appropriatedByMonth: plus(inMonth(1, 2700_00), inMonth(5, 270_00)), filed: null });
      expect(plan.source).toBe('default');
      expect(plan.difference).toBe(0n);
      expect(plan.months).toEqual(fen(22000, 22000, 22000, 22000, 22000, 22000, 22000, 22000, 22000, 33000, 33000, 33000));
      expect(plannedToDate(plan.months, '2023-03-31')).toBe(66000n);
      expect(plannedToDate(plan.months, '2023-03-01')).toBe(66000n);
    });
  });

  describe('with a filed plan', () => {
    const filed = { effectiveDate: '2023-01-05', months: fen(100_00, 100_00, 100_00, 100_00, 100_00, 100_00, 100_00, 100_00, 100_00, 100_00, 0, 0) };
    const initial = inMonth(1, 1000_00);

    it('is the months as filed while they add up', () => {
      const plan = effectivePlan({ weights: EVEN, appropriatedByMonth: initial, filed });
      expect(plan).toEqual({ source: 'filed', months: filed.months, appropriated: 1000_00n, difference: 0n });
      expect(plannedThrough(plan.months, 6)).toBe(600_00n);
    });

    it('a 追加 in June is spread over July to December by the default profile (计划待调整)', () => {
      const plan = effectivePlan({ weights: EVEN, appropriatedByMonth: plus(initial, inMonth(6, 600_00)), filed });
      expect(plan.difference).toBe(600_00n);
      expect(plan.months).toEqual(fen(100_00, 100_00, 100_00, 100_00, 100_00, 100_00, 200_00, 200_00, 200_00, 200_00, 100_00, 100_00));
      expect(plannedThrough(plan.months, 6)).toBe(600_00n); // June itself keeps its plan: the money arrived during it
      expect(sumFen(plan.months)).toBe(1600_00n);
    });

    it('a 调减 takes its share from the later months (a month may go below 0 when the plan was front-loaded)', () => {
      const plan = effectivePlan({ weights: EVEN, appropriatedByMonth: plus(initial, inMonth(9, -300_00)), filed });
      expect(plan.months.slice(9)).toEqual(fen(0, -100_00, -100_00));
      expect(sumFen(plan.months)).toBe(700_00n);
    });

    it('a change in December stays in December', () => {
      const plan = effectivePlan({ weights: EVEN, appropriatedByMonth: plus(initial, inMonth(12, 50_00)), filed });
      expect(plan.months[11]).toBe(50_00n);
      expect(plannedThrough(plan.months, 11)).toBe(1000_00n);
    });

    it('uses the default weights of the months after the change, evenly when they are all 0', () => {
      const subsidy = effectivePlan({ weights: D.templates.subsidy, appropriatedByMonth: plus(initial, inMonth(4, 300_00)), filed });
      expect(subsidy.months.slice(4)).toEqual(fen(100_00, 200_00, 100_00, 100_00, 200_00, 100_00, 0, 100_00));
      const front = effectivePlan({ weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0], appropriatedByMonth: plus(initial, inMonth(10, 200_00)), filed });
      expect(front.months.slice(10)).toEqual(fen(100_00, 100_00));
    });

    it('appropriation not in the filed total from before the filing is spread after the filing month', () => {
      // a back-dated 追加 of March recorded after a plan filed on 5 July
      const july = { effectiveDate: '2023-07-05', months: filed.months };
      const plan = effectivePlan({ weights: EVEN, appropriatedByMonth: plus(initial, inMonth(3, 500_00)), filed: july });
      expect(plannedThrough(plan.months, 7)).toBe(700_00n);
      expect(sumFen(plan.months.slice(7))).toBe(300_00n + 500_00n);
    });

    it('the cumulative plan of a month before December only depends on changes of earlier months; December\'s is the appropriation', () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 11 }), fc.array(fc.integer({ min: -100_000, max: 100_000 }), { minLength: 12, maxLength: 12 }), fc.integer({ min: -10_000, max: 10_000 }), (month, changes, late) => {
        const byMonth = plus(initial, changes.map(BigInt));
        const withLate = byMonth.map((x, i) => (i >= month - 1 ? x + BigInt(late) : x));
        const a = effectivePlan({ weights: D.templates.operating, appropriatedByMonth: byMonth, filed });
        const b = effectivePlan({ weights: D.templates.operating, appropriatedByMonth: withLate, filed });
        expect(plannedThrough(b.months, month)).toBe(plannedThrough(a.months, month));
        expect(sumFen(a.months)).toBe(sumFen(byMonth));
        expect(plannedThrough(b.months, 12)).toBe(sumFen(withLate));
      }));
    });
  });
});
