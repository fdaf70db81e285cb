import { Client, type ClientConfig } from 'pg';
import type { WakeSignal } from './postgres-subscription';

/**
 * One LISTEN connection per store, opened with the first subscription: every commit that wrote events
 * NOTIFYs the schema's channel (at COMMIT, in commit order), which wakes this process's subscriptions
 * at once, whichever process appended. A lost connection is reopened at the next `ensure()` (each
 * subscription sleep asks); meanwhile the subscriptions poll. A reconnect bumps the signal, since
 * notifications sent while it was down are gone.
 */
export class PostgresListener {
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private retryAfter = 0;
  private closed = false;

  constructor(private readonly config: ClientConfig, private readonly channel: string, private readonly signal: WakeSignal) {}

  /** Starts (or restarts) listening in the background; never throws. */
  ensure(): void {
    if (this.closed || this.client || this.connecting || Date.now() < this.retryAfter) return;
    this.connecting = this.connect().finally(() => { this.connecting = undefined; });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    const lost = () => {
      if (this.client === client) this.client = undefined;
      this.retryAfter = Date.now() + 1000;
      client.end().catch(() => undefined);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', () => this.signal.bump());
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      this.signal.bump(); // anything committed while nobody listened must be read now
    } catch {
      lost();
    }
  }
}
