import fc from 'fast-check';
import type { DomainEvent, PlanExceededWarned, SpendingPlanFiled } from '@app/domain';
import { yuan } from './fixtures';
import { dateOf, type Scenario, scenarioArb } from './scenario';

/**
 * The random scenarios of scenario.ts with 用款计划 filed on them: up to 8 filings on random lines, recorded at random
 * points after the line's establishment, each line's revisions numbered 1, 2 … and dated in the order they were
 * recorded (the decider refuses a revision dated before the one in force). Months are random, so plans that do not add
 * up to the appropriation (as after a 追加) are the norm. Some payments carry a PlanExceededWarned.
 */
const filingArb = fc.record({
  line: fc.nat(), at: fc.nat(), day: fc.integer({ min: 0, max: 364 }),
  months: fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 12, maxLength: 12 }), reason: fc.boolean(),
});

export const planScenarioArb: fc.Arbitrary<Scenario> = fc.record({ base: scenarioArb, filings: fc.array(filingArb, { maxLength: 8 }), warned: fc.array(fc.boolean(), { maxLength: 40 }) })
  .map(({ base, filings, warned }) => {
    const after: DomainEvent[][] = base.events.map(() => []);
    const since = (lineId: string) => base.events.findIndex((e) => e.type === 'AppropriationEstablished.v1' && (e.data as { lineId: string }).lineId === lineId);
    const drawn: { event: { -readonly [K in keyof SpendingPlanFiled]: SpendingPlanFiled[K] }; day: string }[] = [];
    for (const f of filings) {
      const line = base.lines[f.line % base.lines.length];
      const established = since(line.lineId);
      const slot = established + (f.at % (base.events.length - established));
      const from = base.events[established].effectiveDate;
      const day = dateOf(f.day) > from ? dateOf(f.day) : from;
      const event = {
        type: 'SpendingPlanFiled.v1' as const, effectiveDate: day,
        data: { lineId: line.lineId, revision: 0, months: f.months.map(yuan), total: yuan(f.months.reduce((a, b) => a + b, 0)), reason: f.reason ? '调整' : null },
      };
      after[slot].push(event);
      drawn.push({ event, day });
    }
    let w = 0;
    base.events.forEach((e, i) => {
      if (e.type !== 'DisbursementRecorded.v1' || !warned[w++]) return;
      const d = e.data as { disbursementId: string; lineId: string; amount: string };
      const warning: PlanExceededWarned = {
        type: 'PlanExceededWarned.v1', effectiveDate: e.effectiveDate,
        data: { lineId: d.lineId, disbursementId: d.disbursementId, month: e.effectiveDate.slice(0, 7), plannedToDate: '0.00', paidToDate: '0.00', requested: d.amount, excess: d.amount },
      };
      after[i].unshift(warning);
    });
    const events = base.events.flatMap((e, i) => [e, ...after[i]]);
    // per line, in recorded order: revisions 1, 2 … dated in the order they were drawn, sorted
    for (const line of base.lines) {
      const own = events.filter((e): e is SpendingPlanFiled => e.type === 'SpendingPlanFiled.v1' && (e.data as { lineId: string }).lineId === line.lineId);
      const days = own.map((e) => drawn.find((d) => d.event === e)!.day).sort();
      own.forEach((e, k) => {
        const m = drawn.find((d) => d.event === e)!.event;
        m.effectiveDate = days[k];
        m.data = { ...m.data, revision: k + 1 };
      });
    }
    return { events, lines: base.lines };
  });
