import { AlertRoute } from '@app/alerting';
import { AlertSubscription, UnitScope, normaliseUsername, subscriptionCovers } from '@app/domain';
import { EvaluationRun, NotificationRequest, EmailJob, EmailLayout } from '@app/platform';
import { subjectLine } from './render';

/** A subscription as it reaches today: units narrowed to the subscriber's current account scope. */
export interface Subscriber {
  readonly subscription: AlertSubscription;
  readonly units: UnitScope;
}

export interface PlannedEmail {
  readonly jobName: 'alert-email' | 'alert-digest' | 'alert-summary';
  readonly data: EmailJob;
}

export interface Routing {
  /** more notices than this for one recipient in one run: one summary instead */
  readonly summaryAbove: number;
  readonly routes: readonly AlertRoute[];
}

const RANK = { yellow: 1, red: 2 } as const;

/** Does a configured route (unit, rule, severity matchers) take this notice? */
function routeTakes(route: AlertRoute, n: NotificationRequest): boolean {
  const a = n.alert;
  if (route.rules && !route.rules.includes(a.rule as never)) return false;
  if (route.minSeverity && RANK[a.severity] < RANK[route.minSeverity]) return false;
  if (route.units && !route.units.some((u) => u === a.unit || (a.drivingUnits ?? []).includes(u))) return false;
  return true;
}

interface Audience { readonly recipient: EmailJob['recipient']; readonly delivery: AlertSubscription['delivery']; readonly notices: Map<string, NotificationRequest> }

/**
 * Who gets which e-mail for the notices of one run (Alertmanager's routing and grouping):
 * - subscribers hear about the alerts of their units, about alerts their units' records drive (drivingUnits),
 *   and department-wide subscribers about all, at or above their minimum light;
 * - each configured route adds its recipients (a username: that user's subscription address; an address as is);
 * - one e-mail per recipient and run, grouped by unit and rule (`grouped`, the default), or one per notice where
 *   the subscription asks for `each`; more notices than `summaryAbove` for one recipient make one summary.
 * Pure; the same input always plans the same e-mails (the job ids derive from them).
 */
export function planEmails(requests: readonly NotificationRequest[], run: EvaluationRun, subscribers: readonly Subscriber[], routing: Routing): PlannedEmail[] {
  const unique = [...new Map(requests.map((r) => [r.notificationId, r])).values()].sort((a, b) => a.notificationId.localeCompare(b.notificationId));
  const audiences = new Map<string, Audience>();
  const audience = (recipient: EmailJob['recipient'], delivery: AlertSubscription['delivery']) => {
    const key = normaliseUsername(recipient.username);
    const found = audiences.get(key) ?? { recipient, delivery, notices: new Map() };
    audiences.set(key, found);
    return found;
  };
  const byUser = new Map(subscribers.map((s) => [normaliseUsername(s.subscription.username), s]));
  for (const { subscription, units } of subscribers) {
    const mine = unique.filter((r) => subscriptionCovers(subscription, units, { unit: r.alert.unit, drivingUnits: r.alert.drivingUnits, severity: r.alert.severity }));
    if (mine.length === 0) continue;
    const a = audience({ username: subscription.username, email: subscription.email }, subscription.delivery);
    for (const n of mine) a.notices.set(n.notificationId, n);
  }
  for (const route of routing.routes) {
    const taken = unique.filter((n) => routeTakes(route, n));
    if (taken.length === 0) continue;
    for (const to of route.to) {
      const subscriber = to.includes('@') ? undefined : byUser.get(normaliseUsername(to));
      if (!to.includes('@') && !subscriber?.subscription.active) continue; // a username without an active subscription has no address to use
      const a = subscriber
        ? audience({ username: subscriber.subscription.username, email: subscriber.subscription.email }, subscriber.subscription.delivery)
        : audience({ username: to.toLowerCase(), email: to }, 'grouped');
      for (const n of taken) a.notices.set(n.notificationId, n);
    }
  }
  const planned: PlannedEmail[] = [];
  for (const { recipient, delivery, notices } of [...audiences.values()].sort((a, b) => a.recipient.username.localeCompare(b.recipient.username))) {
    const mine = [...notices.values()].sort((a, b) => a.notificationId.localeCompare(b.notificationId));
    const job = (jobName: PlannedEmail['jobName'], layout: EmailLayout, ns: NotificationRequest[]): PlannedEmail => ({
      jobName, data: { recipient, notifications: ns, digest: layout !== 'single', layout, runId: run.runId, subject: subjectLine(layout, ns) },
    });
    if (mine.length > routing.summaryAbove) planned.push(job('alert-summary', 'summary', mine));
    else if (delivery === 'each') for (const n of mine) planned.push(job('alert-email', 'single', [n]));
    else planned.push(job('alert-digest', mine.length === 1 ? 'single' : 'grouped', mine));
  }
  return planned;
}
