import { Inject, Injectable } from '@nestjs/common';
import { AlertEvent, MonitoringSettings, SpendingPlanSettings, alertDecider, alertStreamId, shanghaiDate } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { AlertSettings, RuleContext, RuleVerdict, evaluateRules } from '@app/alerting';
import { LiveProjector, ReadModelDb } from '@app/read-models';
import { IndicatorEvaluator, MONITORING, READ_MODELS, ALERT_SETTINGS, SPENDING_PLANS } from '@app/platform';
import { CommandContext, systemContext, AggregateStore } from '@app/kernel';
import { EVALUATION_RUN_METADATA, EvaluationRuns } from './evaluation-runs';

export interface EvaluationRequest {
  /** the instant of the evaluation (repeat intervals and damping count from it) */
  readonly now: Date;
  /** business date; default today, or 31 December of the latest budget year when that year is over */
  readonly asOf?: string;
  /** only subjects of these units and the department's own (an event-triggered evaluation); default all */
  readonly units?: readonly string[];
  readonly runId: string;
}

export interface EvaluationOutcome {
  readonly fiscalYear: number | null;
  readonly asOf: string | null;
  readonly verdicts: number;
  readonly recorded: Readonly<Record<string, number>>;
}

/**
 * One evaluation: waits until the read models hold everything stored so far, asks every enabled rule for
 * its verdicts, and records the lifecycle facts each alert stream's decider derives from them, then that the
 * run is complete. It tells nobody itself: the trigger loop hands the run's alert events to the notifier once
 * the run is complete (one grouped e-mail per recipient and run), so a crash between recording and e-mailing
 * loses nothing.
 */
@Injectable()
export class AlertEvaluation {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore, private readonly aggregates: AggregateStore, private readonly projector: LiveProjector,
    @Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly monitoring: MonitoringSettings,
    @Inject(ALERT_SETTINGS) private readonly settings: AlertSettings, private readonly indicators: IndicatorEvaluator, private readonly runs: EvaluationRuns,
    @Inject(SPENDING_PLANS) private readonly plans: SpendingPlanSettings,
  ) {}

  async run(request: EvaluationRequest): Promise<EvaluationOutcome> {
    const head = await this.store.headPosition();
    // a start's catch-up (a rebuild of a large store) may take longer than a minute: wait as long as it progresses
    for (let seen = this.progress(); !(await this.projector.waitFor(head, 60_000)); ) {
      const now = this.progress();
      if (now === undefined || now <= seen!) throw new Error(`read models did not reach position ${head} within 60 s`);
      seen = now;
    }
    const scope = await this.scope(request);
    if (!scope) return { fiscalYear: null, asOf: null, verdicts: 0, recorded: {} };
    const ctx: RuleContext = {
      ...scope, units: request.units, rm: this.rm, monitoring: this.monitoring, plans: this.plans, settings: this.settings, indicators: this.indicators,
      unitNames: new Map((await this.rm.db.selectFrom('ref_units').select(['code', 'name']).execute()).map((u) => [u.code, u.name])),
    };
    const verdicts = await evaluateRules(ctx);
    const command: CommandContext = { ...systemContext('system:alerts', request.now), correlationId: request.runId, metadata: { [EVALUATION_RUN_METADATA]: request.runId } };
    const recorded: Record<string, number> = {};
    for (const verdict of verdicts) {
      for (const e of await this.apply(verdict, command)) recorded[e.type] = (recorded[e.type] ?? 0) + 1;
    }
    await this.runs.complete(request.runId, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, units: request.units ?? null, recorded }, command);
    return { fiscalYear: scope.fiscalYear, asOf: scope.asOf, verdicts: verdicts.length, recorded };
  }

  /** How far a catch-up after a start has come (undefined when none runs). */
  private progress(): number | undefined {
    return this.projector.catchingUp?.position;
  }

  /** Load–decide–append for one rule × subject. A subject never alerted and still fine costs one empty read. */
  async apply(verdict: RuleVerdict, ctx: CommandContext): Promise<AlertEvent[]> {
    const handled = await this.aggregates.handle(alertStreamId(verdict.rule, verdict.subjectKey), alertDecider, (state) => ({
      events: alertDecider.decide({
        type: 'EvaluateAlertCondition', rule: verdict.rule, subjectKey: verdict.subjectKey,
        condition: verdict.severity === null ? null : { severity: verdict.severity, observation: verdict.observation },
        observation: verdict.observation, now: ctx.now.toISOString(), policy: this.settings.policy(verdict.rule),
      }, state, ctx),
      unit: verdict.unit,
    }), ctx);
    return [...handled.events];
  }

  /** The fiscal year evaluated: asOf's, or the latest with a budget when asOf is not given (a closed year reads as of 31 December). */
  private async scope(request: EvaluationRequest): Promise<{ fiscalYear: number; asOf: string } | undefined> {
    if (request.asOf) return { fiscalYear: Number(request.asOf.slice(0, 4)), asOf: request.asOf };
    const today = shanghaiDate(request.now);
    const latest = await this.rm.db.selectFrom('lines').select((eb) => eb.fn.max('fiscal_year').as('year'))
      .where('fiscal_year', '<=', Number(today.slice(0, 4))).executeTakeFirst();
    const year = latest?.year === null || latest?.year === undefined ? undefined : Number(latest.year);
    if (year === undefined) return undefined;
    const yearEnd = `${year}-12-31`;
    return { fiscalYear: year, asOf: today < yearEnd ? today : yearEnd };
  }
}
