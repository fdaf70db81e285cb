import { Injectable } from '@nestjs/common';
import { ACCOUNTS_STREAM, ALERT_SUBSCRIPTIONS_STREAM, accountsDecider, alertSubscriptionsDecider, effectiveUnits, normaliseUsername } from '@app/domain';
import { AggregateStore, can } from '@app/kernel';
import { Subscriber } from './recipients';

/**
 * The subscriptions that can receive mail now: the account exists, is active and may still hold a
 * subscription (a manager demoted to accountant stops receiving alerts), with units narrowed to its scope.
 */
@Injectable()
export class SubscriberDirectory {
  constructor(private readonly aggregates: AggregateStore) {}

  async current(): Promise<Subscriber[]> {
    const [subscriptions, directory] = await Promise.all([
      this.aggregates.load(ALERT_SUBSCRIPTIONS_STREAM, alertSubscriptionsDecider),
      this.aggregates.load(ACCOUNTS_STREAM, accountsDecider),
    ]);
    const subscribers: Subscriber[] = [];
    for (const subscription of subscriptions.state.byUser.values()) {
      const account = directory.state.accounts.get(normaliseUsername(subscription.username));
      if (!account?.active || !can(account, 'subscriptions:own')) continue;
      subscribers.push({ subscription, units: effectiveUnits(subscription, account.units) });
    }
    return subscribers;
  }
}
