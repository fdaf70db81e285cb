import { Injectable } from '@nestjs/common';
import { ACCOUNTS_STREAM, ALERT_SUBSCRIPTIONS_STREAM, Account, AlertSubscription, AlertSubscriptionCommand, AlertSubscriptions, DomainError, accountsDecider, alertSubscriptionsDecider, normaliseUsername } from '@app/domain';
import { CommandContext, AggregateStore, can } from '@app/kernel';
import { subscriptionJson } from './subscription.request';

export interface SubscriptionAnswer {
  readonly subscription: ReturnType<typeof subscriptionJson>;
  /** revision of the `alert-subscriptions` stream */
  readonly revision: number;
  /** false when the same subscription was already recorded (nothing was written) */
  readonly changed?: boolean;
}

/** Alert subscriptions (stream `alert-subscriptions`): load–decide–append, like every other aggregate. */
@Injectable()
export class AlertSubscriptionsService {
  constructor(private readonly aggregates: AggregateStore) {}

  load(): Promise<{ state: AlertSubscriptions; revision: number }> {
    return this.aggregates.load(ALERT_SUBSCRIPTIONS_STREAM, alertSubscriptionsDecider);
  }

  async find(username: string): Promise<SubscriptionAnswer> {
    const { state, revision } = await this.load();
    const subscription = state.byUser.get(normaliseUsername(username));
    if (!subscription) throw DomainError.notFound('SUBSCRIPTION_NOT_FOUND', 'username', `${username} has no alert subscription`);
    return { subscription: subscriptionJson(subscription), revision };
  }

  /** Every account's display name, for lists that show people rather than user names. */
  async displayNames(): Promise<Map<string, string>> {
    const { state } = await this.aggregates.load(ACCOUNTS_STREAM, accountsDecider);
    return new Map([...state.accounts.values()].map((a) => [normaliseUsername(a.username), a.displayName]));
  }

  /** The account a subscription belongs to: it must exist and its role must be allowed to subscribe (负责人, 管理员). */
  async subscriber(username: string): Promise<Account> {
    const account = (await this.aggregates.load(ACCOUNTS_STREAM, accountsDecider)).state.accounts.get(normaliseUsername(username));
    if (!account) throw DomainError.notFound('USER_NOT_FOUND', 'username', `no user ${username}`);
    if (!can(account, 'subscriptions:own')) {
      throw DomainError.invalid('ROLE_CANNOT_SUBSCRIBE', 'username', `${account.username} is ${account.role}: only managers and admins receive alert e-mails`);
    }
    return account;
  }

  async execute(command: AlertSubscriptionCommand, ctx: CommandContext): Promise<{ revision: number; changed: boolean }> {
    const handled = await this.aggregates.handle(ALERT_SUBSCRIPTIONS_STREAM, alertSubscriptionsDecider,
      (state) => ({ events: alertSubscriptionsDecider.decide(command, state, ctx), unit: null }), ctx);
    return { revision: handled.revision, changed: handled.events.length > 0 };
  }

  /** Create or replace, answering the subscription as recorded. */
  async set(subscription: AlertSubscription, account: Account, ctx: CommandContext): Promise<SubscriptionAnswer> {
    const { revision, changed } = await this.execute({ type: 'SetAlertSubscription', subscription, scope: account.units }, ctx);
    return { ...(await this.find(subscription.username)), revision, changed };
  }
}
