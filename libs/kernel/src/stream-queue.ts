import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Commands on the same stream run one after another within this process (a keyed queue). Without it a burst on
 * one line (20 payments at once) loads one revision 20 times, and all but one append fail and retry; on a
 * networked store (PostgreSQL) the slowest exhaust COMMAND_RETRIES and answer 409. Other processes still race
 * through optimistic concurrency and the retry.
 *
 * A command on several streams (a 调剂, a capped payment) takes all its keys at once, in arrival order, so two
 * such commands never wait for each other in a cycle. Work that runs inside a command on a stream it already
 * holds does not wait for itself.
 */
export class StreamQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();

  async run<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const mine = this.held.getStore();
    const wanted = [...new Set(keys)].filter((k) => !mine?.has(k));
    if (wanted.length === 0) return work();
    let release!: () => void;
    const done = new Promise<void>((resolve) => { release = resolve; });
    const before = wanted.map((k) => this.tails.get(k)).filter((p): p is Promise<void> => p !== undefined);
    for (const k of wanted) this.tails.set(k, done);
    try {
      await Promise.all(before);
      return await this.held.run(new Set([...(mine ?? []), ...wanted]), work);
    } finally {
      release();
      for (const k of wanted) if (this.tails.get(k) === done) this.tails.delete(k);
    }
  }

  /** streams with a command running or waiting (empty when idle: the queue keeps nothing for streams at rest) */
  get busyStreams(): number {
    return this.tails.size;
  }
}
