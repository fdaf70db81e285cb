import { readFileSync } from 'node:fs';
import { INestApplication, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { planBudgetImport } from '@app/budget-import';
import { budgetStreamId, indicatorStreamId, lineStreamId, shanghaiDate } from '@app/domain';
import {
  DEFAULT_DEMO_SEED, DEMO_ACTOR, DEMO_IMPORT_ACTOR, DEMO_YEAR_SIMULATED, DemoYearInput, DemoYearSimulated, demoStreamId, planDemoYear,
} from '@app/demo-year';
import { EVENT_STORE, EventStore, StoredEvent } from '@app/event-store';
import { CommandContext, mintId, deterministicId, envelope, systemPrincipal } from '@app/kernel';
import { demoBudgetPath } from './demo-budget';
import { dispatchStep } from './demo-year-steps';

export interface DemoYearReport {
  readonly fiscalYear: number;
  readonly seed: number;
  /** steps of the plan */
  readonly commands: number;
  /** steps found already recorded (a start that was interrupted) and not dispatched again */
  readonly resumed: number;
  /** events of the simulated year in the store, all labelled demo */
  readonly events: number;
  readonly durationMs: number;
}

const log = new Logger('DemoYear');
const PAGE = 5_000;

/**
 * First start: records a plausible year of execution on the demo budget, through the same commands a user's
 * requests become. Every command is named by its plan step (its correlation id and the ids it mints derive
 * from it), so a start interrupted half-way resumes where it stopped instead of recording anything twice;
 * `DemoYearSimulated.v1` in stream `demo-{year}` is recorded last. Answers null when there is nothing to do:
 * already simulated, the budget is not the demo import, or users already recorded execution for that year.
 */
export async function simulateDemoYearIfAbsent(app: INestApplication, seed = DEFAULT_DEMO_SEED, now: () => Date = () => new Date()): Promise<DemoYearReport | null> {
  const started = Date.now();
  const store = app.get<EventStore>(EVENT_STORE);
  const document = JSON.parse(readFileSync(demoBudgetPath(), 'utf8')) as { department: { code: string }; fiscalYear: number };
  const year = document.fiscalYear;
  const department = document.department.code;
  // every later start ends here, after reading one short stream
  if ((await store.readStream(demoStreamId(year))).some((e) => e.type === DEMO_YEAR_SIMULATED)) return null;
  const documents = await store.readStream(budgetStreamId(department, year));
  if (documents.length === 0 || documents.some((e) => e.metadata.actor !== DEMO_IMPORT_ACTOR)) {
    log.log(`not simulating ${year}: the ${department} budget of ${year} is not (only) the demo import`);
    return null;
  }
  const budget = planBudgetImport(document);
  const input: DemoYearInput = { fiscalYear: year, lines: budget.lines, indicators: budget.indicators };
  const seen = await scan(store, input, department);
  if (seen.foreign) {
    log.warn(`not simulating ${year}: the store already holds ${year} execution recorded by users (${seen.foreign.type} by ${String(seen.foreign.metadata.actor)}); demo facts are never mixed into real ones`);
    return null;
  }
  const plan = planDemoYear(input, seed);
  const bus = app.get(CommandBus);
  const seedOf = (key: string) => `demo/${year}/${seed}/${key}`;
  const caseIds = new Map(plan.steps.flatMap((s) => (s.kind === 'reportCase' ? [[s.caseKey, mintId({ idSeed: seedOf(s.key) }, 'case')] as const] : [])));
  const refs = { caseId: (caseKey: string) => caseIds.get(caseKey) as string };
  let resumed = 0;
  for (const step of plan.steps) {
    const idSeed = seedOf(step.key);
    const correlationId = deterministicId(idSeed);
    if (seen.done.has(correlationId)) { resumed++; continue; }
    try {
      await dispatchStep(bus, step, demoContext(idSeed, correlationId, now()), year, refs);
    } catch (cause) {
      // what was recorded stays and the next start resumes after it; DEMO_DATA=budget starts without the simulation
      throw new Error(`the demo year stopped at step ${step.key} (${cause instanceof Error ? cause.message : String(cause)}); start again to resume it, or with DEMO_DATA=budget to skip it`, { cause });
    }
  }
  const events = (await scan(store, input, department)).demoEvents;
  const marker: DemoYearSimulated = { fiscalYear: year, seed, commands: plan.steps.length, events };
  const ctx = demoContext(seedOf('simulated'), deterministicId(seedOf('simulated')), now());
  await store.append(demoStreamId(year), envelope([{ type: DEMO_YEAR_SIMULATED, data: marker, effectiveDate: `${year}-12-31` }], ctx, null, [deterministicId(seedOf('simulated'))]), 'no_stream');
  const report = { fiscalYear: year, seed, commands: plan.steps.length, resumed, events, durationMs: Date.now() - started };
  log.log(`simulated ${year} on the demo budget (seed ${seed}): ${report.commands} commands${resumed ? ` (${resumed} already recorded before an interruption)` : ''}, ${events} events labelled demo, in ${report.durationMs} ms`);
  return report;
}

function demoContext(idSeed: string, correlationId: string, at: Date): CommandContext {
  return { actor: DEMO_ACTOR, principal: systemPrincipal(DEMO_ACTOR), correlationId, causationId: null, now: at, today: shanghaiDate(at), demo: true, idSeed };
}

/** Execution facts of a fiscal year: what must not be there yet, from users, before the demo year is simulated. */
const ESTABLISHING = new Set(['AppropriationEstablished.v1', 'IndicatorDefined.v1']);
const CASE_FACTS = new Set(['WageArrearsCaseReported.v1', 'WageArrearsCaseResolved.v1']);

interface Scan {
  /** correlation ids of demo events already stored: their steps are done */
  readonly done: Set<string>;
  readonly demoEvents: number;
  /** the first fact of the year recorded by someone else than the demo, if any */
  readonly foreign: StoredEvent | null;
}

async function scan(store: EventStore, input: DemoYearInput, department: string): Promise<Scan> {
  const lines = new Set(input.lines.map((l) => lineStreamId(l.lineId)));
  const indicators = new Set(input.indicators.map((i) => indicatorStreamId(input.fiscalYear, i.indicatorId)));
  const done = new Set<string>();
  let demoEvents = 0;
  for (let after = 0; ;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    for (const e of page) {
      if (e.metadata.demo === true) {
        if (e.type !== DEMO_YEAR_SIMULATED) demoEvents++;
        done.add(String(e.metadata.correlationId));
        continue;
      }
      const ofYear = (lines.has(e.streamId) || indicators.has(e.streamId)) && !ESTABLISHING.has(e.type)
        || (CASE_FACTS.has(e.type) && String(e.metadata.unit ?? '').startsWith(department) && String(e.metadata.effectiveDate ?? '').startsWith(`${input.fiscalYear}-`));
      // one fact from a user is enough to leave the year alone: no need to read the rest of a large store
      if (ofYear) return { done, demoEvents, foreign: e };
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].position;
  }
  return { done, demoEvents, foreign: null };
}
