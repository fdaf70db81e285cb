import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { ALERT_EVALUATIONS, NOTIFICATIONS_QUEUE, LagReading, ProjectionLag, Metrics } from '@app/platform';

const QUEUES = [ALERT_EVALUATIONS, NOTIFICATIONS_QUEUE];
const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'] as const;
/** a scrape must answer even when Redis does not: queue counts are skipped after this long */
const QUEUE_TIMEOUT_MS = 1000;

/**
 * Gauges read at scrape time: how far the read models trail the store (events and seconds), whether this
 * instance is the projector, and the BullMQ queues' job counts (shared by all instances on one prefix).
 */
@Injectable()
export class ScrapeCollectors implements OnModuleInit {
  constructor(private readonly metrics: Metrics, private readonly modules: ModuleRef) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const lag = this.optional<ProjectionLag>(ProjectionLag);
    if (lag) {
      let reading: LagReading | undefined;
      this.metrics.beforeScrape(async () => {
        reading = undefined;
        reading = await lag.measure();
      });
      const gauge = (name: string, help: string, read: (r: LagReading) => number) => new Gauge({
        name, help, registers,
        collect() {
          if (reading) this.set(read(reading));
          else this.reset(); // the store did not answer: no number rather than a stale one
        },
      });
      gauge('budget_event_store_head_position', 'Global position of the newest stored event', (r) => r.head);
      gauge('budget_projection_position', 'Global position the read models include', (r) => r.position);
      gauge('budget_projection_lag_events', 'Events stored but not yet in the read models', (r) => r.behind);
      gauge('budget_projection_lag_seconds', 'Age of the oldest event not yet in the read models (0 when caught up)', (r) => r.seconds);
      gauge('budget_projector_active', '1 when this instance holds the projector lease and writes the read models', (r) => (r.role === 'active' ? 1 : 0));
    }
    const queues = QUEUES.map((name) => this.optional<Queue>(getQueueToken(name))).filter((q): q is Queue => q !== undefined);
    if (queues.length === 0) return;
    new Gauge({
      name: 'budget_queue_jobs', help: 'Jobs in the BullMQ queues by state (failed e-mails are the dead-letter list)',
      labelNames: ['queue', 'state'] as const, registers,
      async collect() {
        this.reset();
        await Promise.all(queues.map(async (queue) => {
          const counts = await withTimeout(queue.getJobCounts(...STATES), QUEUE_TIMEOUT_MS).catch(() => undefined);
          if (!counts) return; // Redis away: no numbers rather than a stale or a hanging scrape
          for (const state of STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }));
      },
    });
  }

  private optional<T>(token: unknown): T | undefined {
    try {
      return this.modules.get(token as never, { strict: false }) as T;
    } catch {
      return undefined; // not in this process's role (e.g. no worker): not measured
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), ms); });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
