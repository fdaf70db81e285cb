import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@app/config';
import { Projector } from '@app/read-models';

/** The read models have not yet reached the position a client asked for (answered 503 with Retry-After). */
export class ReadModelBehindError extends Error {
  readonly code = 'READ_MODEL_BEHIND';
  constructor(readonly requested: number, readonly reached: number, readonly retryAfterSeconds: number) {
    super(`the read models are at position ${reached}, not yet at ${requested}; retry shortly`);
  }
}

/**
 * Read-your-writes: a command answers the global position it wrote; a query given `minPosition` waits
 * (bounded by READ_WAIT_TIMEOUT_MS) until the projector has passed it.
 */
@Injectable()
export class ReadConsistency {
  constructor(private readonly projector: Projector, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async reach(minPosition: number | undefined): Promise<number> {
    if (minPosition !== undefined && !(await this.projector.waitFor(minPosition, this.config.READ_WAIT_TIMEOUT_MS))) {
      throw new ReadModelBehindError(minPosition, this.projector.position, 1);
    }
    return this.projector.position;
  }
}
