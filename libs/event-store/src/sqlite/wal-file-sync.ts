import { close, fdatasync, open } from 'node:fs';
import { promisify } from 'node:util';

const openFile = promisify(open);
const syncFile = promisify(fdatasync);
const closeFile = promisify(close);

/**
 * Makes what was written to a WAL file durable with fdatasync on libuv's thread pool, off the event loop
 * (ADR 0018, amended by issue 14): the group commit writes its transaction with synchronous=NORMAL (SQLite does
 * not fsync at COMMIT) and acknowledges its appends once a sync that started after the COMMIT has finished.
 * While one sync runs, the groups committed meanwhile share the next one, so the event loop never waits for the
 * disk and a slow fsync gathers more appends instead of holding requests back.
 *
 * fdatasync flushes the file's pages whatever descriptor wrote them (SQLite's own). The -wal file keeps its
 * inode while a connection of this process is open (SQLite truncates or rewrites it after a checkpoint, and
 * deletes it only when the last connection closes), so one descriptor, opened at the first sync, serves.
 */
export class WalFileSync {
  /** fdatasyncs finished */
  readonly stats = { syncs: 0 };
  private fd: Promise<number> | undefined;
  /** the sync in progress */
  private running: Promise<void> | undefined;
  /** the sync that starts when the running one ends, shared by every caller that asked meanwhile */
  private queued: Promise<void> | undefined;

  constructor(private readonly walPath: string) {}

  /** Resolves once everything written to the file before this call is on disk. */
  sync(): Promise<void> {
    if (this.queued) return this.queued;
    if (!this.running) return this.run();
    // the running sync may have started before the caller's write: it needs the next one
    this.queued = this.running.catch(() => undefined).then(() => {
      this.queued = undefined;
      return this.run();
    });
    return this.queued;
  }

  /** Whether a sync is running or waiting to run. */
  get busy(): boolean {
    return this.running !== undefined || this.queued !== undefined;
  }

  /** Resolves once the syncs asked for so far have ended (failed ones too). */
  async idle(): Promise<void> {
    while (this.busy) await Promise.allSettled([this.queued, this.running]);
  }

  /** Waits for the syncs asked for so far, then closes the descriptor. */
  async close(): Promise<void> {
    await this.idle();
    const fd = this.fd;
    this.fd = undefined;
    if (fd) await closeFile(await fd).catch(() => undefined);
  }

  private run(): Promise<void> {
    const done = this.descriptor().then(syncFile).then(() => { this.stats.syncs++; }).finally(() => {
      if (this.running === done) this.running = undefined;
    });
    this.running = done;
    return done;
  }

  private descriptor(): Promise<number> {
    this.fd ??= openFile(this.walPath, 'r').catch((error: unknown) => {
      this.fd = undefined; // opened again at the next sync
      throw error;
    });
    return this.fd;
  }
}
