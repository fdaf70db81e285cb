import { Injectable } from '@nestjs/common';
import { ACCOUNTS_STREAM, Account, AccountCommand, AccountDirectory, accountsDecider, actorDisplayName, normaliseUsername } from '@app/domain';
import { CommandContext, AggregateStore, Appended, envelope, Principal } from '@app/kernel';

/**
 * How long a process answers "who is this session" from the directory it last read before looking at the stream
 * again: another instance's account change (a deactivation, a password change) takes effect here within this;
 * this process's own changes take effect at once (docs/adr/0021-http-platform.md).
 */
export const DIRECTORY_FRESH_MS = 1000;

/** The account directory (stream `accounts`): users, roles and scopes are recorded as events like everything else. */
@Injectable()
export class AccountsService {
  private snapshot: { readonly directory: AccountDirectory; readonly readAtMs: number } | undefined;
  private reading: Promise<AccountDirectory> | undefined;
  /** bumped by every change made here: a read begun before it must not be kept as current */
  private generation = 0;

  constructor(private readonly aggregates: AggregateStore) {}

  /**
   * The directory for resolving a session on every request: kept in memory until this process changes an
   * account, and looked at again in the stream at most every DIRECTORY_FRESH_MS (one read shared by the
   * requests waiting for it). Logins and account commands read the stream itself.
   */
  current(nowMs = Date.now()): Promise<AccountDirectory> {
    if (this.snapshot && nowMs - this.snapshot.readAtMs < DIRECTORY_FRESH_MS) return Promise.resolve(this.snapshot.directory);
    if (!this.reading) {
      const generation = this.generation;
      const readAtMs = Date.now();
      const reading = this.directory().then((directory) => {
        if (generation === this.generation) this.snapshot = { directory, readAtMs };
        return directory;
      }).finally(() => { if (this.reading === reading) this.reading = undefined; });
      this.reading = reading;
    }
    return this.reading;
  }

  /** This process changed an account: the next session lookup reads the stream. */
  private changed(): void {
    this.generation++;
    this.snapshot = undefined;
    this.reading = undefined;
  }

  async directory(): Promise<AccountDirectory> {
    return (await this.aggregates.load(ACCOUNTS_STREAM, accountsDecider)).state;
  }

  async find(username: string): Promise<Account | undefined> {
    return (await this.directory()).accounts.get(normaliseUsername(username));
  }

  /** 显示名 of event actors (display names, system actors in Chinese), resolved against one read of the directory. */
  async actorNames(): Promise<(actor: string | null | undefined) => string | null> {
    const directory = await this.directory();
    return (actor) => actorDisplayName(directory, actor);
  }

  async execute(command: AccountCommand, ctx: CommandContext): Promise<Appended> {
    try {
      return await this.aggregates.handle(ACCOUNTS_STREAM, accountsDecider, (state) => ({ events: accountsDecider.decide(command, state, ctx), unit: null }), ctx);
    } finally {
      this.changed();
    }
  }

  /** Registers the first account only if the directory is still empty (several processes may start at once). */
  async registerFirst(command: Extract<AccountCommand, { type: 'RegisterUser' }>, ctx: CommandContext): Promise<boolean> {
    const { state, revision } = await this.aggregates.load(ACCOUNTS_STREAM, accountsDecider);
    if (state.accounts.size > 0) return false;
    try {
      await this.aggregates.append(ACCOUNTS_STREAM, envelope(accountsDecider.decide(command, state, ctx), ctx, null), revision);
      return true;
    } catch {
      return (await this.directory()).accounts.size === 0 ? Promise.reject(new Error('could not create the first admin')) : false;
    } finally {
      this.changed();
    }
  }
}

export const principalOfAccount = (a: Account): Principal => ({ username: a.username, displayName: a.displayName, role: a.role, units: a.units });

/** The logged-in user as the web app needs it: who, role, scope, and whether the password must be changed first. */
export const sessionUser = (a: Account) => ({ ...principalOfAccount(a), passwordChangeRequired: a.passwordChangeRequired });

/** What an account looks like to an admin: never its hash. */
export const accountView = (a: Account) => ({
  username: a.username, displayName: a.displayName, role: a.role, units: a.units, active: a.active, passwordChangeRequired: a.passwordChangeRequired,
});
