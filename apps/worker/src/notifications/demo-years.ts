import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';

/** The marker the demo simulation records in stream `demo-{fiscalYear}` once a year's execution is simulated. */
const SIMULATED = 'DemoYearSimulated.v1';

/** 演示数据（模拟）: which fiscal years hold simulated demo execution, so that e-mails about them say so. */
@Injectable()
export class DemoYears {
  private readonly simulated = new Set<number>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async anySimulated(fiscalYears: Iterable<number>): Promise<boolean> {
    for (const year of new Set(fiscalYears)) {
      if (this.simulated.has(year)) return true;
      const events = await this.store.readStream(`demo-${year}`);
      if (events.some((e) => e.type === SIMULATED)) {
        this.simulated.add(year); // a simulated year stays simulated
        return true;
      }
    }
    return false;
  }
}
