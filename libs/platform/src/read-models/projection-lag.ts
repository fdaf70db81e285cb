import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { LiveProjector } from '@app/read-models';

export interface LagReading {
  /** the newest stored event */
  readonly head: number;
  /** what the read models include (this instance's view of the shared checkpoint on a standby) */
  readonly position: number;
  /** events stored but not yet projected */
  readonly behind: number;
  /** how long the oldest unprojected event has been waiting, in seconds (0 when caught up) */
  readonly seconds: number;
  readonly role: 'active' | 'standby';
}

/** How far the read models trail the event store, in events and in seconds (health and metrics). */
@Injectable()
export class ProjectionLag {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, private readonly projector: LiveProjector) {}

  async measure(): Promise<LagReading> {
    const head = await this.store.headPosition();
    const position = this.projector.position;
    const behind = Math.max(0, head - position);
    let seconds = 0;
    if (behind > 0) {
      const [oldest] = await this.store.readAll({ after: position, maxCount: 1 });
      if (oldest) seconds = Math.max(0, (Date.now() - Date.parse(oldest.storedAt)) / 1000);
    }
    return { head, position, behind, seconds, role: this.projector.role };
  }
}
