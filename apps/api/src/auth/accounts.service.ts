import { Injectable } from '@nestjs/common';
import { ACCOUNTS_STREAM, Account, AccountCommand, AccountDirectory, accountsDecider, actorDisplayName, normaliseUsername } from '@app/domain';
import { CommandContext, AggregateStore, Appended, envelope, Principal } from '@app/kernel';

/** The account directory (stream `accounts`): users, roles and scopes are recorded as events like everything else. */
@Injectable()
export class AccountsService {
  constructor(private readonly aggregates: AggregateStore) {}

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

  execute(command: AccountCommand, ctx: CommandContext): Promise<Appended> {
    return this.aggregates.handle(ACCOUNTS_STREAM, accountsDecider, (state) => ({ events: accountsDecider.decide(command, state, ctx), unit: null }), ctx);
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
