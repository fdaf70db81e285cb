import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@app/config';
import { CatchUpProgress, LiveProjector } from '@app/read-models';

/**
 * The read models have not yet reached the position a client asked for, or are still catching up after a
 * start (answered 503 with Retry-After and, while catching up, the progress).
 */
export class ReadModelBehindError extends Error {
  readonly code = 'READ_MODEL_BEHIND';
  constructor(readonly requested: number, readonly reached: number, readonly retryAfterSeconds: number, readonly progress?: CatchUpProgress) {
    super(progress
      ? `the read models are ${progress.phase === 'rebuilding' ? 'being rebuilt' : 'catching up'} (${progress.percent}% of position ${progress.target}); retry shortly`
      : `the read models are at position ${reached}, not yet at ${requested}; retry shortly`);
  }
}

/** While catching up, a query without minPosition waits at most this long before it is answered 503 with the progress. */
const CATCH_UP_WAIT_MS = 1000;
/** Retry-After while catching up: the estimated time left, within these bounds (seconds). */
const RETRY_AFTER_MAX_S = 10;

/**
 * Read-your-writes: a command answers the global position it wrote; a query given `minPosition` waits
 * (bounded by READ_WAIT_TIMEOUT_MS) until the projector has passed it. After a start, until the read models
 * include the head seen then, every query is answered 503 READ_MODEL_BEHIND with the progress (after a short
 * wait, so that a start only a few events behind goes unnoticed; with minPosition, after READ_WAIT_TIMEOUT_MS):
 * their figures would miss part of the year.
 */
@Injectable()
export class ReadConsistency {
  constructor(private readonly projector: LiveProjector, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async reach(minPosition: number | undefined): Promise<number> {
    const catching = this.projector.catchingUp;
    if (!catching && (minPosition === undefined || this.projector.position >= minPosition)) return this.projector.position;
    const target = Math.max(minPosition ?? 0, catching?.target ?? 0);
    // a client naming its own write waits as configured; any other query is told the progress soon
    const timeout = minPosition === undefined ? Math.min(this.config.READ_WAIT_TIMEOUT_MS, CATCH_UP_WAIT_MS) : this.config.READ_WAIT_TIMEOUT_MS;
    if ((await this.projector.waitFor(target, timeout)) && !this.projector.catchingUp) return this.projector.position;
    const progress = this.projector.catchingUp;
    throw new ReadModelBehindError(minPosition ?? target, this.projector.position, progress ? retryAfter(progress) : 1, progress);
  }
}

function retryAfter(progress: CatchUpProgress): number {
  const left = progress.target - progress.position;
  const seconds = progress.eventsPerSecond ? left / progress.eventsPerSecond : RETRY_AFTER_MAX_S;
  return Math.max(1, Math.min(RETRY_AFTER_MAX_S, Math.ceil(seconds)));
}
