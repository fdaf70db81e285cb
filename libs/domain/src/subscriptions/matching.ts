import { UnitScope } from '../accounts/events';
import { AlertSubscription, SubscriptionSeverity } from './events';

const RANK: Readonly<Record<SubscriptionSeverity, number>> = { yellow: 1, red: 2 };

/** What a subscription is matched against: the responsible unit (null: 部门 department level), the units whose data drives the alert, and the light. */
export interface AlertAudienceKey {
  readonly unit: string | null;
  readonly drivingUnits?: readonly string[];
  readonly severity: SubscriptionSeverity;
}

/**
 * The units a subscription reaches today: its own units, narrowed to the subscriber's current account
 * scope (a manager moved to another unit stops hearing about the old one without editing anything).
 */
export function effectiveUnits(subscription: AlertSubscription, accountScope: UnitScope): UnitScope {
  if (accountScope === 'all') return subscription.units;
  if (subscription.units === 'all') return accountScope;
  return subscription.units.filter((u) => accountScope.includes(u));
}

/**
 * Does this subscriber hear about this alert? A unit's subscribers hear about their unit's alerts and about
 * alerts their unit's records drive (欠薪处置率 of the department, from the cases of 426006, reaches the
 * managers of 426006); other department-level alerts reach department-wide subscribers only. The light must
 * be at least the subscriber's minimum (黄灯 < 红灯). A resolved notice is matched with the severity the alert
 * had, so it reaches those who were told of the raise.
 */
export function subscriptionCovers(subscription: AlertSubscription, units: UnitScope, key: AlertAudienceKey): boolean {
  if (!subscription.active) return false;
  if (RANK[key.severity] < RANK[subscription.minSeverity]) return false;
  if (units === 'all') return true;
  if (key.unit !== null && units.includes(key.unit)) return true;
  return (key.drivingUnits ?? []).some((u) => units.includes(u));
}
