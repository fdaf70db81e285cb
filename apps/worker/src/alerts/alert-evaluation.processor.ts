import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { withLogContext } from '@app/kernel';
import { ALERT_EVALUATIONS } from '@app/platform';
import { AlertEvaluation, EvaluationOutcome } from './evaluation/alert-evaluation';
import { OverspendIncident } from './evaluation/overspend-incident';

export interface EvaluationJobData {
  /** per-unit runs: the unit, or null for the department's own subjects */
  readonly unit?: string | null;
  /** overspend incidents: the OverspendBlocked/Warned event */
  readonly eventId?: string;
  /** the correlation ids of the commands whose events triggered the run (for the logs) */
  readonly causedBy?: readonly string[];
}

/**
 * Runs evaluations one at a time (two evaluations of the same alert would only race on its stream).
 * Dispatch only: the work is AlertEvaluation's.
 */
@Processor(ALERT_EVALUATIONS, { concurrency: 1 })
export class AlertEvaluationProcessor extends WorkerHost {
  private readonly logger = new Logger('AlertEvaluation');
  constructor(private readonly evaluation: AlertEvaluation, private readonly incidents: OverspendIncident) { super(); }

  async process(job: Job<EvaluationJobData>): Promise<EvaluationOutcome | void> {
    const now = new Date();
    const runId = `${job.name}-${job.id ?? now.getTime()}`.replace(/:/g, '-');
    // the run's log lines carry its runId (the correlation id of the alert events it records) and what caused it
    return withLogContext({ correlationId: runId, ...(job.data.causedBy?.length ? { causedBy: job.data.causedBy } : {}) }, async () => {
      const outcome = await this.dispatch(job, now, runId);
      const recorded = outcome && 'recorded' in outcome ? ` recorded ${JSON.stringify(outcome.recorded)}` : '';
      this.logger.log(`${job.name} evaluation ${runId} done${recorded}${job.data.causedBy?.length ? ` (caused by ${job.data.causedBy.join(', ')})` : ''}`);
      return outcome;
    });
  }

  private async dispatch(job: Job<EvaluationJobData>, now: Date, runId: string): Promise<EvaluationOutcome | void> {
    switch (job.name) {
      case 'full': return this.evaluation.run({ now, runId });
      case 'unit': return this.evaluation.run({ now, runId, units: job.data.unit ? [job.data.unit] : [] });
      case 'overspend': return job.data.eventId ? this.incidents.record(job.data.eventId, now) : undefined;
      default: throw new UnrecoverableError(`unknown alert evaluation job ${job.name}`);
    }
  }
}
