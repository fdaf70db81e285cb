import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { ALERT_EVALUATIONS } from './alert-queue';
import { AlertEvaluation, EvaluationOutcome } from './evaluation/alert-evaluation';
import { OverspendIncident } from './evaluation/overspend-incident';

export interface EvaluationJobData {
  /** per-unit runs: the unit, or null for the department's own subjects */
  readonly unit?: string | null;
  /** overspend incidents: the OverspendBlocked/Warned event */
  readonly eventId?: string;
}

/**
 * Runs evaluations one at a time (two evaluations of the same alert would only race on its stream).
 * Dispatch only: the work is AlertEvaluation's.
 */
@Processor(ALERT_EVALUATIONS, { concurrency: 1 })
export class AlertEvaluationProcessor extends WorkerHost {
  constructor(private readonly evaluation: AlertEvaluation, private readonly incidents: OverspendIncident) { super(); }

  async process(job: Job<EvaluationJobData>): Promise<EvaluationOutcome | void> {
    const now = new Date();
    const runId = `${job.name}-${job.id ?? now.getTime()}`.replace(/:/g, '-');
    switch (job.name) {
      case 'full': return this.evaluation.run({ now, runId });
      case 'unit': return this.evaluation.run({ now, runId, units: job.data.unit ? [job.data.unit] : [] });
      case 'overspend': return job.data.eventId ? this.incidents.record(job.data.eventId, now) : undefined;
      default: throw new UnrecoverableError(`unknown alert evaluation job ${job.name}`);
    }
  }
}
