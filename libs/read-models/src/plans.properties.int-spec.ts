import fc from 'fast-check';
import { type DomainEvent, type LineAttributes, DEFAULT_SPENDING_PLAN_SETTINGS, spendingPlanSettings } from '@app/domain';
import { Projector } from './projector';
import { type GroupBy } from './queries/execution';
import { linePlan, planCurve, planTotals } from './queries/plans';
import { rebuild } from './rebuild';
import { appendAll, DIALECTS, dumpTables, openTestBed, type TestBed } from './testing/harness';
import { plansAsOf } from './testing/plan-model';
import { planScenarioArb } from './testing/plan-scenario';
import { dateOf } from './testing/scenario';

const RUNS = { numRuns: Number(process.env.READ_MODEL_PROPERTY_RUNS ?? 40) };
const SETTINGS = fc.constantFrom(DEFAULT_SPENDING_PLAN_SETTINGS, spendingPlanSettings({ defaultProfile: 'even' }));

const ROLLUPS: [GroupBy, (1 | 2 | 3) | undefined, (l: LineAttributes) => string][] = [
  ['department', undefined, (l) => l.department], ['unit', undefined, (l) => l.unit], ['project', undefined, (l) => l.project ?? 'basic'],
  ['type', undefined, (l) => l.type], ['source', undefined, (l) => l.fundingSource], ['functional', 2, (l) => l.functional.slice(0, 5)],
  ['economic', 1, (l) => l.economic?.slice(0, 3) ?? ''],
];

/** 用款计划 read model: random plans on random years, every answer equal to the domain's fold, on SQLite and PostgreSQL. */
describe.each(DIALECTS)('spending-plan read-model properties (%s)', (dialect) => {
  let bed: TestBed;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });

  const project = async (events: readonly DomainEvent[], cuts: readonly number[] = [], batchSize = 1000) => {
    await bed.reset();
    const projector = new Projector(bed.store, bed.rm, { batchSize });
    const bounds = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
    let from = 0;
    for (const to of [...bounds, events.length]) {
      await appendAll(bed.store, events.slice(from, to));
      await projector.catchUp();
      from = to;
    }
  };

  it('as of any date, each line\'s cumulative plan, and every rollup\'s, equals the domain fold', async () => {
    await fc.assert(fc.asyncProperty(planScenarioArb, fc.array(fc.integer({ min: 0, max: 364 }), { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { maxLength: 3 }), SETTINGS,
      async (s, days, cuts, settings) => {
        await project(s.events, cuts, 9);
        for (const asOf of days.map(dateOf)) {
          const model = plansAsOf(s.events, asOf, settings);
          const byLine = await planTotals(bed.rm.db, { asOf, groupBy: 'line', filters: { fiscalYear: 2023 }, settings });
          expect(Object.fromEntries(byLine)).toEqual(Object.fromEntries([...model].map(([lineId, m]) => [lineId, {
            plannedToDate: m.plannedToDate, filed: m.filed ? 1 : 0, needsRevision: m.plan.difference !== 0n ? 1 : 0,
          }])));
          for (const [groupBy, level, keyOf] of ROLLUPS) {
            const expected = new Map<string, { plannedToDate: bigint; filed: number; needsRevision: number }>();
            for (const m of model.values()) {
              const acc = expected.get(keyOf(m.attributes)) ?? { plannedToDate: 0n, filed: 0, needsRevision: 0 };
              acc.plannedToDate += m.plannedToDate;
              acc.filed += m.filed ? 1 : 0;
              acc.needsRevision += m.plan.difference !== 0n ? 1 : 0;
              expected.set(keyOf(m.attributes), acc);
            }
            expect(Object.fromEntries(await planTotals(bed.rm.db, { asOf, groupBy, level, filters: { fiscalYear: 2023 }, settings }))).toEqual(Object.fromEntries(expected));
          }
        }
      }), RUNS);
  }, 300_000); // a property over many scenarios, on PostgreSQL too: minutes on a busy machine

  it('the plan curve is the cumulative plan at each month end, and a line\'s plan its effective months and payments by month', async () => {
    await fc.assert(fc.asyncProperty(planScenarioArb, fc.integer({ min: 0, max: 364 }), fc.nat(), SETTINGS, async (s, day, which, settings) => {
      await project(s.events);
      const asOf = dateOf(day);
      const curve = await planCurve(bed.rm.db, { fiscalYear: 2023, asOf, settings });
      expect(curve.map((p) => p.plannedToDate)).toEqual(curve.map((p) => [...plansAsOf(s.events, p.through, settings).values()].reduce((a, m) => a + m.plannedToDate, 0n)));
      expect(curve.map((p) => p.month)).toEqual(Array.from({ length: Number(asOf.slice(5, 7)) }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`));
      const line = s.lines[which % s.lines.length];
      const answer = await linePlan(bed.rm.db, { lineId: line.lineId, fiscalYear: 2023, asOf, settings });
      const model = plansAsOf(s.events, asOf, settings).get(line.lineId);
      expect(answer.established).toBe(model !== undefined);
      if (model) {
        expect(answer.plan).toEqual(model.plan);
        expect(answer.paidByMonth).toEqual(model.state.paidByMonth);
        expect(answer.inForce?.revision ?? null).toEqual(model.state.revisions.at(-1)?.revision ?? null);
      }
    }), RUNS);
  }, 300_000); // a property over many scenarios, on PostgreSQL too: minutes on a busy machine

  it('a rebuild gives exactly the rows of incremental updating, plans and warnings included', async () => {
    await fc.assert(fc.asyncProperty(planScenarioArb, fc.array(fc.nat(), { maxLength: 4 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 300 }), async (s, cuts, incremental, rebuilt) => {
      await project(s.events, cuts, incremental);
      const before = await dumpTables(bed.rm);
      expect(before.spending_plans.length).toBe(s.events.filter((e) => e.type === 'SpendingPlanFiled.v1').length);
      await rebuild(bed.store, bed.rm, { batchSize: rebuilt });
      expect(await dumpTables(bed.rm)).toEqual(before);
    }), { numRuns: Math.ceil(RUNS.numRuns / 2) });
  }, 300_000); // a property over many scenarios, on PostgreSQL too: minutes on a busy machine
});
