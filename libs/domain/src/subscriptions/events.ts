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
  /** `grouped` (汇总, the default): one e-mail per evaluation run; `each` (逐条): one e-mail per alert notice */
  readonly delivery: AlertDelivery;
  readonly active: boolean;
}

export const ALERT_DELIVERIES = ['grouped', 'each'] as const;
export type AlertDelivery = (typeof ALERT_DELIVERIES)[number];

/**
 * A subscription was created or replaced (the whole subscription, not a patch). v1 carried `digest: boolean`
 * with per-alert e-mails as the default, which flooded managers; it reads as `grouped` whatever it said,
 * because a v1 `digest: false` cannot tell a deliberate choice from the old default (docs/alerts-email.md).
 */
export type AlertSubscriptionSetV1 = DomainEvent<'AlertSubscriptionSet.v1', Omit<AlertSubscription, 'delivery'> & { readonly digest: boolean }>;
export type AlertSubscriptionSet = DomainEvent<'AlertSubscriptionSet.v2', AlertSubscription>;

/** The subscriber asked to hear nothing any more. */
export type AlertSubscriptionRemoved = DomainEvent<'AlertSubscriptionRemoved.v1', { readonly username: string }>;

export type AlertSubscriptionEvent = AlertSubscriptionSetV1 | AlertSubscriptionSet | AlertSubscriptionRemoved;

/** All subscriptions live in one small stream: the notifier reads it whole at every run. */
export const ALERT_SUBSCRIPTIONS_STREAM = 'alert-subscriptions';
