import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { EventStoreError } from '../errors';
import type {
  AppendResult, EventStore, ExpectedRevision, NewEvent, ReadAllOptions, ReadStreamOptions, StoredEvent, StreamWrite,
  Subscription, SubscriptionHandler, SubscriptionOptions,
} from '../event-store.port';
import { appendWrites } from './kurrentdb-append';
import { eventAt, headPositionOf, lastEventOf, locateEventId, readAllAfter, readStreamEvents } from './kurrentdb-reads';
import { KurrentDbSubscription } from './kurrentdb-subscription';

export interface KurrentDbEventStoreOptions {
  /** e.g. kurrentdb://localhost:2113?tls=false, or a cluster: kurrentdb+discover://admin:changeit@node1:2113,node2:2113?tls=true */
  readonly connectionString: string;
  /** default page size of readAll without maxCount (the port reads "all"; pages keep memory bounded) */
  readonly readAllPage?: number;
}

/**
 * The production adapter on KurrentDB 25.1+ (multi-stream appends). Streams are KurrentDB streams with the
 * same names; positions are $all commit positions + 1 (see kurrentdb-mapping.ts and ADR 0008); every
 * event also gets an `event-id-<uuid>` index stream so ids are unique across streams and findEvent is
 * two reads. Passes the contract suite when KURRENTDB_URL names a server (kurrentdb-event-store.int-spec.ts).
 */
export class KurrentDbEventStore implements EventStore {
  private closed = false;
  private readonly subscriptions = new Set<KurrentDbSubscription>();

  private constructor(private readonly client: KurrentDBClient, private readonly readAllPage: number) {}

  static connect(options: KurrentDbEventStoreOptions): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(options.connectionString), options.readAllPage ?? 10_000);
  }

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    const [result] = await appendWrites(this.client, [{ streamId, events, expectedRevision }]);
    return result;
  }

  async appendMultiple(writes: readonly StreamWrite[]): Promise<readonly AppendResult[]> {
    this.assertOpen();
    if (writes.length === 0) return [];
    return appendWrites(this.client, writes);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<readonly StoredEvent[]> {
    this.assertOpen();
    if (options.maxCount === 0) return [];
    return readStreamEvents(this.client, streamId, options.fromRevision ?? 0, options.maxCount);
  }

  async readAll(options: ReadAllOptions = {}): Promise<readonly StoredEvent[]> {
    this.assertOpen();
    const after = options.after ?? 0;
    if (options.maxCount !== undefined) return readAllAfter(this.client, after, options.maxCount);
    const all: StoredEvent[] = [];
    for (let from = after; ;) {
      const page = await readAllAfter(this.client, from, this.readAllPage);
      all.push(...page);
      if (page.length < this.readAllPage) return all;
      from = page[page.length - 1].position;
    }
  }

  subscribe(handler: SubscriptionHandler, options: SubscriptionOptions = {}): Subscription {
    this.assertOpen();
    const subscription = new KurrentDbSubscription(this.client, handler, options.after ?? 0, (s) => this.subscriptions.delete(s));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async streamRevision(streamId: string): Promise<number> {
    this.assertOpen();
    return (await lastEventOf(this.client, streamId))?.revision ?? -1;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return headPositionOf(this.client);
  }

  async findEvent(eventId: string): Promise<StoredEvent | undefined> {
    this.assertOpen();
    const location = await locateEventId(this.client, eventId);
    return location ? eventAt(this.client, location.streamId, location.revision) : undefined;
  }

  async healthy(): Promise<boolean> {
    if (this.closed) return false;
    try {
      await headPositionOf(this.client);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreError('STORE_CLOSED', 'the event store is closed');
  }
}
