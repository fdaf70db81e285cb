import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AlertEvent, AlertObservation, alertDecider, alertStreamId, fold } from '@app/domain';
import { EVENT_STORE, EventStore, StoredEvent } from '@app/event-store';
import { Lease, ReadModelDb } from '@app/read-models';
import { correlationIdsOf, toDomainEvent, recorded, Recorded } from '@app/kernel';
import { READ_MODELS, AlertFigureFacts, NOTIFIER, NotificationRequest, Notifier, ALERT_EVALUATIONS } from '@app/platform';
import { EVALUATION_RUN_METADATA } from '../evaluation/evaluation-runs';
import { ruleName } from '@app/alerting';
import { KIND_OF, collectTriggers } from './trigger-map';
import { TriggerCheckpoint } from './trigger-checkpoint';

const PAGE = 500;
/** a burst of events for one unit collapses into one evaluation started this long after the first */
export const TRIGGER_DELAY_MS = 500;
/** a run that never records its completion (its job failed midway) has its notices sent after this long */
const RUN_HOLD_MAX_MS = 120_000;

/** The notices of an evaluation run, held until the run completes: one e-mail per recipient and run. */
interface HeldRun { readonly events: StoredEvent[]; readonly since: number }

/**
 * The alerting side's checkpointed subscription to the event store. For each page of events it enqueues
 * evaluations of the units they touch (deduplicated per unit), incidents, and the e-mails that recorded
 * alert lifecycle events call for; only then does it move its checkpoint. If Redis is down, commands still
 * succeed (they only append to the store) and this loop waits and retries the same page: when Redis
 * returns, the evaluations catch up from the checkpoint, and no trigger is lost.
 */
@Injectable()
export class AlertTriggers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AlertTriggers');
  private readonly checkpoint: TriggerCheckpoint;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private failing = false;
  /** several instances: only the holder of this lease follows the store; the others stand by */
  private readonly lease: Lease;
  /** runs whose notices wait for the run's completion; the checkpoint stays before their first event */
  private readonly held = new Map<string, HeldRun>();
  /** the read cursor (what has been handled, or is held) */
  position = 0;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(READ_MODELS) rm: ReadModelDb,
    @InjectQueue(ALERT_EVALUATIONS) private readonly queue: Queue, @Inject(NOTIFIER) private readonly notifier: Notifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.checkpoint = new TriggerCheckpoint(rm);
    this.lease = new Lease(rm, 'alert-triggers', {
      ttlMs: config.LEASE_TTL_MS, renewMs: config.LEASE_RENEW_MS,
      onChange: (held, why) => (why === 'lost' ? this.logger.warn('alert trigger lease lost: standing by')
        : this.logger.log(held ? 'alert trigger lease taken: this instance follows the event store' : 'alert trigger lease released')),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.ALERTS_ENABLED) return;
    await this.checkpoint.init();
    await this.lease.start();
    this.position = (await this.checkpoint.read()) ?? 0; // the holder's loop resumes properly (resumePosition) at its first turn
    this.running = true;
    this.loop = this.follow();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.lease.stop();
  }

  private async follow(): Promise<void> {
    let backoff = 500;
    let active = false;
    while (this.running) {
      try {
        if (!this.lease.held) {
          // standby: another instance enqueues; follow its checkpoint, and take over when its lease expires
          active = false;
          this.position = (await this.checkpoint.read()) ?? 0;
          await this.sleep(250);
          continue;
        }
        // just became the holder: carry on from where the previous holder stored its checkpoint
        if (!active) {
          this.held.clear();
          this.position = await this.resumePosition();
        }
        active = true;
        const page = await this.store.readAll({ after: this.position, maxCount: PAGE });
        if (page.length > 0) await this.handle(page);
        await this.releaseOverdueRuns();
        if (page.length > 0) {
          this.position = page[page.length - 1].position;
          await this.checkpoint.save(this.safePosition());
        }
        if (this.failing) this.logger.log(`alert triggers flowing again at position ${this.position}`);
        this.failing = false;
        backoff = 500;
        if (page.length < PAGE) await this.sleep(250);
      } catch (error) {
        if (!this.failing) this.logger.warn(`alert triggers paused at position ${this.position}, will retry: ${error instanceof Error ? error.message : String(error)}`);
        this.failing = true;
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, 15_000);
      }
    }
  }

  /**
   * Where to follow from: the stored checkpoint, never before it (the history behind it has been handled).
   * None stored (a new read-model database beside an existing store): from the head, with one full evaluation
   * of the state that history left, instead of re-reading it all to trigger evaluations one unit at a time.
   */
  private async resumePosition(): Promise<number> {
    const stored = await this.checkpoint.read();
    if (stored !== undefined) return stored;
    const head = await this.store.headPosition();
    if (head > 0) {
      await withTimeout(this.queue.add('full', { causedBy: [] }, { deduplication: { id: 'full', keepLastIfActive: true }, delay: TRIGGER_DELAY_MS, removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 } }),
        5000, 'Redis did not accept the evaluation job');
      this.logger.log(`alert triggers start at the head, position ${head}, with one full evaluation (no checkpoint was stored)`);
    }
    await this.checkpoint.save(head);
    return head;
  }

  private async handle(page: readonly StoredEvent[]): Promise<void> {
    const t = collectTriggers(page);
    // the commands behind this page: evaluation runs log them as their cause (log correlation)
    const causedBy = correlationIdsOf(page, 10);
    const jobs: Promise<unknown>[] = [];
    const add = (name: string, data: object, dedupId: string) => jobs.push(this.queue.add(name, data, {
      deduplication: { id: dedupId, keepLastIfActive: true }, delay: TRIGGER_DELAY_MS, removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 },
    }));
    if (t.full) add('full', { causedBy }, 'full');
    else for (const unit of t.units) add('unit', { unit, causedBy }, `unit-${unit ?? 'department'}`);
    for (const id of t.incidents) jobs.push(this.queue.add('overspend', { eventId: id }, { jobId: `overspend-${id}`, removeOnComplete: { count: 1000 } }));
    await withTimeout(Promise.all(jobs), 5000, 'Redis did not accept the evaluation jobs');
    // notices of an evaluation run wait for its completion (one e-mail per recipient and run); others go at once
    const now: StoredEvent[] = [];
    for (const e of t.notifications) {
      const run = e.metadata[EVALUATION_RUN_METADATA];
      if (typeof run !== 'string') { now.push(e); continue; }
      const held = this.held.get(run) ?? { events: [], since: Date.now() };
      held.events.push(e);
      this.held.set(run, held);
    }
    if (now.length > 0) await this.notify(now);
    for (const run of t.completedRuns) await this.release(run);
  }

  private async release(run: string): Promise<void> {
    const held = this.held.get(run);
    if (!held) return;
    await this.notify(held.events);
    this.held.delete(run);
  }

  /** A run whose job died before completing: its notices go out anyway, later rather than never. */
  private async releaseOverdueRuns(): Promise<void> {
    for (const [run, held] of [...this.held]) if (Date.now() - held.since > RUN_HOLD_MAX_MS) await this.release(run);
  }

  /** The checkpoint: before the first held notice, so that a restart reads the held runs again. */
  private safePosition(): number {
    let safe = this.position;
    for (const held of this.held.values()) safe = Math.min(safe, held.events[0].position - 1);
    return safe;
  }

  /** Alert lifecycle events → notification requests, one run per evaluation (its correlation id). */
  private async notify(events: readonly StoredEvent[]): Promise<void> {
    const runs = new Map<string, NotificationRequest[]>();
    for (const e of events) {
      const request = await this.request(e);
      if (!request) continue;
      const runId = String(e.metadata.correlationId ?? e.id);
      runs.set(runId, [...(runs.get(runId) ?? []), request]);
    }
    for (const [runId, requests] of runs) {
      await withTimeout(this.notifier.notify(requests, { runId, asOf: requests[0].alert.asOf }), 10_000, 'the notifier did not accept the e-mails');
    }
  }

  /**
   * One notice: the figures recorded with its event, the figures when the alert was raised, and the highest
   * severity it reached (a resolved notice reaches those told of the raise), from one read of the alert's stream.
   */
  private async request(stored: StoredEvent): Promise<NotificationRequest | undefined> {
    const e = recorded(stored);
    if (e.type !== 'AlertRaised.v1' && e.type !== 'AlertEscalated.v1' && e.type !== 'AlertReminded.v1' && e.type !== 'AlertResolved.v1') return undefined;
    const d = e.data;
    const history = e.type === 'AlertRaised.v1' ? [] : recorded(await this.store.readStream(alertStreamId(d.rule, d.subjectKey)));
    const upTo = history.filter((h) => h.position <= e.position);
    const observationOf = (h: Recorded): AlertObservation | null =>
      (h.type === 'AlertRaised.v1' || h.type === 'AlertEscalated.v1' || h.type === 'AlertReminded.v1' || h.type === 'AlertResolved.v1' ? h.data.observation : null);
    const raise = [...upTo].reverse().find((h) => h.type === 'AlertRaised.v1' && h.data.alertId === d.alertId);
    const atRaise = raise ? observationOf(raise) : null;
    const observed = d.observation ?? atRaise ?? upTo.map(observationOf).filter((o): o is AlertObservation => o !== null).at(-1);
    if (!observed) return undefined;
    const state = fold(alertDecider.evolve, alertDecider.initialState(), upTo.map((h) => toDomainEvent<AlertEvent>(h)));
    const severity = e.type === 'AlertRaised.v1' || e.type === 'AlertReminded.v1' ? e.data.severity : e.type === 'AlertEscalated.v1' ? e.data.to : state.severity ?? 'yellow';
    const figures = (o: AlertObservation): AlertFigureFacts => ({
      summary: o.summary, target: o.target, actual: o.actual, expected: o.expected, measureUnit: o.measureUnit, asOf: o.asOf, ...(o.details ? { details: o.details } : {}),
    });
    return {
      notificationId: e.id, kind: KIND_OF[e.type],
      alert: {
        ...observed, alertId: d.alertId, rule: d.rule, ruleName: ruleName(d.rule), severity, light: severity, subjectKey: d.subjectKey,
        raisedAt: raise ? String(raise.metadata.recordedAt ?? raise.storedAt) : String(e.metadata.recordedAt ?? e.storedAt),
        ...(atRaise && e.type !== 'AlertRaised.v1' ? { atRaise: figures(atRaise) } : {}),
      },
    };
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => { clearTimeout(timer); resolve(); };
    });
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
