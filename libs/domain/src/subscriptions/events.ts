import { DomainEvent } from '../shared/decider';
import { UnitScope } from '../accounts/events';

/** 预警级别: the lowest light a subscriber wants to hear about (yellow < red). */
export const ALERT_SEVERITIES = ['yellow', 'red'] as const;
export type SubscriptionSeverity = (typeof ALERT_SEVERITIES)[number];

/** 预警订阅: who is told about which alerts, and how. */
export interface AlertSubscription {
  readonly username: string;
  readonly email: string;
  /** budget unit codes (预算单位), or 'all' for the whole department including department-level alerts */
  readonly units: UnitScope;
  readonly minSeverity: SubscriptionSeverity;
  /** one e-mail per evaluation run, grouped by unit (汇总), instead of one per notification */
  readonly digest: boolean;
  readonly active: boolean;
}

/** A subscription was created or replaced (the whole subscription, not a patch). */
export type AlertSubscriptionSet = DomainEvent<'AlertSubscriptionSet.v1', AlertSubscription>;

/** The subscriber asked to hear nothing any more. */
export type AlertSubscriptionRemoved = DomainEvent<'AlertSubscriptionRemoved.v1', { readonly username: string }>;

export type AlertSubscriptionEvent = AlertSubscriptionSet | AlertSubscriptionRemoved;

/** All subscriptions live in one small stream: the notifier reads it whole at every run. */
export const ALERT_SUBSCRIPTIONS_STREAM = 'alert-subscriptions';
