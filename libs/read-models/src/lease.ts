import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Kysely, sql } from 'kysely';
import { type ReadModelDb, whileBusy } from './database';

const TABLE = 'leases';

export interface LeaseOptions {
  /** a lease not renewed for this long is free for a standby to take (default 10 s) */
  readonly ttlMs?: number;
  /** how often the holder renews and a standby looks (default 2 s) */
  readonly renewMs?: number;
  /** who is asking: unique per process (default host:pid:random) */
  readonly holder?: string;
  /** told once when this process becomes the holder, and once when it stops being it (lost, or released by stop()) */
  readonly onChange?: (held: boolean, why: 'acquired' | 'lost' | 'released') => void;
  readonly onError?: (error: unknown) => void;
}

export interface LeaseRow { readonly name: string; readonly holder: string; readonly expiresAt: number }

/** Unique per process and start: a restarted process on the same pid is a new holder. */
export const processHolderId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/**
 * One active worker among several processes (任务租约): a `leases(name, holder, expires_at)` row beside the
 * read models (SQLite file or PostgreSQL schema, outside the tables a rebuild swaps), taken with one
 * conditional upsert — free, expired, or already ours — and renewed by a heartbeat. A holder that dies
 * stops renewing and a standby takes over once `ttlMs` has passed; a clean stop releases at once.
 * Expiry is measured by the database's clock, so the processes' clocks need not agree.
 *
 * A lease is about liveness, not safety: the work guarded by it must stay correct with two holders for a
 * moment (the projector commits rows and checkpoint in one transaction; alert jobs are deduplicated).
 */
export class Lease {
  readonly holder: string;
  private readonly ttlMs: number;
  private readonly renewMs: number;
  private heldUntilLocal = 0;
  private timer: NodeJS.Timeout | undefined;
  private beat: Promise<void> = Promise.resolve();
  private stopped = true;
  private holding = false;
  private failing = false;

  constructor(private readonly rm: ReadModelDb, readonly name: string, private readonly options: LeaseOptions = {}) {
    this.holder = options.holder ?? processHolderId();
    this.ttlMs = options.ttlMs ?? 10_000;
    this.renewMs = options.renewMs ?? 2_000;
  }

  private get db(): Kysely<any> { return this.rm.raw; }

  /** Whether this process holds the lease now (and its last renewal is younger than the TTL). */
  get held(): boolean {
    return this.holding && Date.now() < this.heldUntilLocal;
  }

  get role(): 'active' | 'standby' { return this.held ? 'active' : 'standby'; }

  /** Creates the table, makes a first attempt, then keeps renewing (holder) or looking (standby). */
  async start(): Promise<void> {
    await whileBusy(() => this.db.schema.createTable(TABLE).ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey()).addColumn('holder', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull()).execute())
      // PostgreSQL: two processes creating it at once, one loses the race on the catalogue; the table is there
      .catch(async (error: unknown) => { if (!(await this.rm.listTables()).includes(TABLE)) throw error; });
    this.stopped = false;
    await this.tick();
    this.schedule();
  }

  /** Stops the heartbeat and, if held, frees the lease so that a standby takes over without waiting. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.beat;
    if (!this.holding) return;
    this.setHolding(false, 'released');
    await whileBusy(() => this.db.updateTable(TABLE).set({ expires_at: 0 }).where('name', '=', this.name).where('holder', '=', this.holder).execute())
      .catch((e: unknown) => this.options.onError?.(e));
  }

  /** Takes or renews the lease; true when this process holds it afterwards. */
  async tryAcquire(): Promise<boolean> {
    const started = Date.now();
    const now = nowMs(this.rm.dialect);
    // insert the row if absent, else take it over only if it is ours or expired: one statement, no race
    // SQLite: the projector thread may hold the write lock for a batch; wait for it without blocking this thread
    const result = await whileBusy(() => this.db.insertInto(TABLE)
      .values({ name: this.name, holder: this.holder, expires_at: sql`${now} + ${this.ttlMs}` })
      .onConflict((oc) => oc.column('name')
        .doUpdateSet({ holder: this.holder, expires_at: sql`${now} + ${this.ttlMs}` })
        .where((eb) => eb.or([eb(`${TABLE}.holder`, '=', this.holder), eb(`${TABLE}.expires_at`, '<', now)])))
      .executeTakeFirst(), Math.max(0, this.ttlMs / 2));
    const won = Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    // counted from before the statement: a slow round trip shortens, never lengthens, what we believe we hold
    if (won) this.heldUntilLocal = started + this.ttlMs;
    this.setHolding(won);
    return won;
  }

  /** The current row (holder and expiry by the database's clock), if any. */
  async current(): Promise<LeaseRow | undefined> {
    const row = await this.db.selectFrom(TABLE).select(['name', 'holder', 'expires_at']).where('name', '=', this.name).executeTakeFirst();
    return row ? { name: row.name, holder: row.holder, expiresAt: Number(row.expires_at) } : undefined;
  }

  private async tick(): Promise<void> {
    try {
      await this.tryAcquire();
      this.failing = false;
    } catch (error) {
      // the database is away: keep acting as holder only until the last renewal's TTL runs out
      if (this.holding && Date.now() >= this.heldUntilLocal) this.setHolding(false);
      if (!this.failing) this.options.onError?.(error); // once per outage, not every heartbeat
      this.failing = true;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.beat = this.tick().finally(() => this.schedule());
    }, this.renewMs);
    this.timer.unref();
  }

  private setHolding(held: boolean, why: 'acquired' | 'lost' | 'released' = held ? 'acquired' : 'lost'): void {
    if (held === this.holding) return;
    this.holding = held;
    this.options.onChange?.(held, why);
  }
}

/** Milliseconds since the epoch by the database's clock. */
function nowMs(dialect: ReadModelDb['dialect']) {
  return dialect === 'postgres'
    ? sql<number>`(floor(extract(epoch from clock_timestamp()) * 1000))::bigint`
    : sql<number>`cast((julianday('now') - 2440587.5) * 86400000 as integer)`;
}
