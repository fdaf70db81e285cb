import { Map as IMap } from 'immutable';
import { normaliseUsername } from '../accounts/directory';
import { UnitScope } from '../accounts/events';
import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { ALERT_DELIVERIES, ALERT_SEVERITIES, AlertDelivery, AlertSubscription, AlertSubscriptionEvent, SubscriptionSeverity } from './events';

export interface AlertSubscriptions { readonly byUser: IMap<string, AlertSubscription> }

export type AlertSubscriptionCommand =
  | {
    readonly type: 'SetAlertSubscription';
    readonly subscription: AlertSubscription;
    /** the subscriber's own unit scope (from their account): a subscription never reaches beyond it */
    readonly scope: UnitScope;
  }
  | { readonly type: 'RemoveAlertSubscription'; readonly username: string };

export const noSubscriptions = (): AlertSubscriptions => ({ byUser: IMap() });

export function evolveSubscriptions(state: AlertSubscriptions, event: AlertSubscriptionEvent): AlertSubscriptions {
  const key = normaliseUsername(event.data.username);
  switch (event.type) {
    case 'AlertSubscriptionSet.v1': {
      const { digest: _digest, ...rest } = event.data;
      return { byUser: state.byUser.set(key, { ...rest, delivery: 'grouped' }) };
    }
    case 'AlertSubscriptionSet.v2': return { byUser: state.byUser.set(key, event.data) };
    case 'AlertSubscriptionRemoved.v1': return { byUser: state.byUser.delete(key) };
    default: return assertNever(event);
  }
}

export function decideSubscriptions(command: AlertSubscriptionCommand, state: AlertSubscriptions, context: DecisionContext): AlertSubscriptionEvent[] {
  const effectiveDate = context.today;
  switch (command.type) {
    case 'SetAlertSubscription': {
      const wanted = command.subscription;
      const existing = state.byUser.get(normaliseUsername(wanted.username));
      const subscription: AlertSubscription = {
        username: existing?.username ?? wanted.username.trim(),
        email: checkEmail(wanted.email),
        units: checkUnits(wanted.units, command.scope),
        minSeverity: checkSeverity(wanted.minSeverity),
        delivery: checkDelivery(wanted.delivery),
        active: wanted.active,
      };
      if (existing && sameSubscription(existing, subscription)) return []; // a repeated PUT records nothing
      return [{ type: 'AlertSubscriptionSet.v2', effectiveDate, data: subscription }];
    }
    case 'RemoveAlertSubscription': {
      const existing = state.byUser.get(normaliseUsername(command.username));
      if (!existing) throw DomainError.notFound('SUBSCRIPTION_NOT_FOUND', 'username', `${command.username} has no alert subscription`);
      return [{ type: 'AlertSubscriptionRemoved.v1', effectiveDate, data: { username: existing.username } }];
    }
    default: return assertNever(command);
  }
}

/** The address shape only (the API validates it fully); stored as given, trimmed. */
function checkEmail(email: string): string {
  const trimmed = email.trim();
  if (trimmed.length > 254 || !/^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/.test(trimmed)) {
    throw DomainError.invalid('INVALID_EMAIL', 'email', 'email must be an e-mail address such as zhang@example.gov.cn');
  }
  return trimmed;
}

/**
 * 'all' from a subscriber scoped to named units means "all of my units"; named units must lie within
 * the subscriber's scope (the API answers 403 first when subscribers ask for themselves).
 */
function checkUnits(units: UnitScope, scope: UnitScope): UnitScope {
  if (units === 'all') return scope === 'all' ? 'all' : [...scope].sort();
  const codes = [...new Set(units.map((u) => u.trim()))];
  if (codes.length === 0) throw DomainError.invalid('UNITS_REQUIRED', 'units', 'name at least one budget unit, or "all"');
  const bad = codes.find((u) => !/^\d{6,12}$/.test(u));
  if (bad !== undefined) throw DomainError.invalid('INVALID_UNIT_CODE', 'units', `"${bad}" is not a budget unit code (6–12 digits, e.g. 426002)`);
  const outside = scope === 'all' ? undefined : codes.find((u) => !scope.includes(u));
  if (outside !== undefined) throw DomainError.invalid('UNIT_OUT_OF_SCOPE', 'units', `budget unit ${outside} is outside the subscriber's scope`);
  return codes.sort();
}

function checkSeverity(severity: SubscriptionSeverity): SubscriptionSeverity {
  if (!ALERT_SEVERITIES.includes(severity)) throw DomainError.invalid('INVALID_SEVERITY', 'minSeverity', 'minSeverity must be "yellow" or "red"');
  return severity;
}

function checkDelivery(delivery: AlertDelivery): AlertDelivery {
  if (!ALERT_DELIVERIES.includes(delivery)) throw DomainError.invalid('INVALID_DELIVERY', 'delivery', 'delivery must be "grouped" or "each"');
  return delivery;
}

const sameSubscription = (a: AlertSubscription, b: AlertSubscription) =>
  a.email === b.email && a.minSeverity === b.minSeverity && a.delivery === b.delivery && a.active === b.active
  && JSON.stringify(a.units) === JSON.stringify(b.units);

export const alertSubscriptionsDecider = { initialState: noSubscriptions, evolve: evolveSubscriptions, decide: decideSubscriptions } as const;
