import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { sql } from 'kysely';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { Lease, LiveProjector, ReadModelDb } from '@app/read-models';
import { REDIS, PROJECTOR_LEASE, READ_MODELS, ProjectionLag } from '@app/platform';
import { SmtpProbe } from './smtp-probe';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface HealthReport {
  /** up: all well; degraded: commands work, something else does not (queries, queues or e-mail); down: the event store does not answer */
  readonly status: 'up' | 'degraded' | 'down';
  readonly checks: Record<string, Record<string, unknown> & { status?: string }>;
}

/**
 * The checks behind GET /health, each a terminus health indicator with a short timeout: the event store
 * (commands), the read store and the projection lag (queries), Redis (queues), SMTP (alert e-mails), and
 * this instance's role among several (the projector lease).
 */
@Injectable()
export class HealthChecks {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore, @Inject(REDIS) private readonly redis: Redis,
    @Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(PROJECTOR_LEASE) private readonly lease: Lease,
    private readonly projector: LiveProjector, private readonly lag: ProjectionLag, private readonly smtp: SmtpProbe,
  ) {}

  async report(): Promise<HealthReport> {
    const [eventStore, redis, readStore, smtp, holder] = await Promise.all([
      this.probe('eventStore', async () => ({ headPosition: await this.store.headPosition() }), 2000),
      this.probe('redis', async () => { await this.redis.ping(); return {}; }, 1000),
      this.probe('readStore', async () => { await sql`select 1`.execute(this.rm.raw); return { dialect: this.rm.dialect }; }, 2000),
      this.smtp.check(),
      withTimeout(this.lease.current(), 2000).catch(() => undefined),
    ]);
    const head = eventStore.status === 'up' ? (eventStore.headPosition as number) : null;
    const lag = head !== null ? await this.lag.measure().catch(() => undefined) : undefined;
    const failing = this.projector.lastError;
    const catchUp = this.projector.catchingUp;
    const readModels = {
      // catching up after a start (queries answer 503 READ_MODEL_BEHIND meanwhile; commands work)
      status: catchUp ? ('catching-up' as const) : failing ? ('lagging' as const) : ('up' as const),
      position: this.projector.position,
      behind: head !== null ? Math.max(0, head - this.projector.position) : null,
      lagSeconds: lag ? Math.round(lag.seconds * 1000) / 1000 : null,
      ...(catchUp ? { catchUp } : {}),
      ...(failing ? { error: message(failing) } : {}),
    };
    const projector = { role: this.projector.role, instance: this.lease.holder, ...(holder ? { holder: holder.holder } : {}) };
    const checks = { eventStore, redis, readModels, readStore, smtp: { ...smtp }, projector };
    const degraded = redis.status === 'down' || readModels.status !== 'up' || readStore.status === 'down' || smtp.status === 'down';
    return { status: eventStore.status === 'down' ? 'down' : degraded ? 'degraded' : 'up', checks };
  }

  /** One indicator: `{ status: 'up', …data }` or `{ status: 'down', error }` within `timeoutMs`. */
  private async probe(key: string, check: () => Promise<Record<string, unknown>>, timeoutMs: number): Promise<Record<string, unknown> & { status: 'up' | 'down' }> {
    const indicator = this.indicators.check(key);
    const result = await withTimeout(check(), timeoutMs).then((data) => indicator.up(data), (e: unknown) => indicator.down({ error: message(e) }));
    return result[key] as Record<string, unknown> & { status: 'up' | 'down' };
  }
}
