import { Inject, Injectable } from '@nestjs/common';
import { AlertEvaluationCompleted, NOTIFYING_ALERT_EVENTS } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { CommandContext, deterministicId, envelope } from '@app/kernel';

/** The stream of completed evaluation runs that told somebody something. */
export const ALERT_EVALUATIONS_STREAM = 'alert-evaluations';

/** Metadata on every alert event an evaluation run records: the trigger loop holds its notices until the run completes. */
export const EVALUATION_RUN_METADATA = 'evaluationRun';

@Injectable()
export class EvaluationRuns {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Records that the run is complete, when it recorded anything somebody must be told of (a quiet run records nothing). */
  async complete(runId: string, run: Omit<AlertEvaluationCompleted['data'], 'runId'>, ctx: CommandContext): Promise<void> {
    if (!Object.keys(run.recorded).some((type) => NOTIFYING_ALERT_EVENTS.has(type))) return;
    const event: AlertEvaluationCompleted = { type: 'AlertEvaluationCompleted.v1', effectiveDate: run.asOf, data: { runId, ...run } };
    // the id comes from the run: a redelivered job that completes again records it once
    await this.store.append(ALERT_EVALUATIONS_STREAM, envelope([event], ctx, null, [deterministicId(`AlertEvaluationCompleted|${runId}`)]), 'any');
  }
}
