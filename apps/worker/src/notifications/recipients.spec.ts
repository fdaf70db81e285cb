import { AlertSubscription } from '@app/domain';
import { JITTER_BACKOFF, emailJobId, fullJitterBackoff } from '@app/platform';
import { Routing, Subscriber, planEmails } from './recipients';
import { moneyNotification, sampleNotification } from './testing/sample-notifications';

const subscriber = (username: string, overrides: Partial<AlertSubscription> = {}): Subscriber => {
  const subscription: AlertSubscription = { username, email: `${username}@example.gov.cn`, units: ['426006'], minSeverity: 'yellow', delivery: 'grouped', active: true, ...overrides };
  return { subscription, units: subscription.units };
};
const run = { runId: 'run-1', asOf: '2023-06-30' };
const ROUTING: Routing = { summaryAbove: 30, routes: [] };
const who = (planned: ReturnType<typeof planEmails>) => planned.map((p) => [p.data.recipient.username, p.data.layout, p.data.notifications.length]);

describe('收件人: planning the e-mails of a run', () => {
  describe('grouping (the default)', () => {
    it('one e-mail per recipient and run, whatever the number of notices; the same notice twice counts once', () => {
      const n = sampleNotification();
      const planned = planEmails([n, n, moneyNotification(), moneyNotification('426006', '执法支队', 'P10')], run, [subscriber('wang')], ROUTING);
      expect(who(planned)).toEqual([['wang', 'grouped', 3]]);
      expect(planned[0]).toMatchObject({ jobName: 'alert-digest', data: { digest: true, runId: 'run-1' } });
      expect(planned[0].data.subject).toBe('【预算执行预警】共 3 项（红灯 1 项，黄灯 2 项），涉及 1 个单位');
    });

    it('a subscription that asks for each alert gets one e-mail per notice', () => {
      expect(who(planEmails([sampleNotification(), moneyNotification()], run, [subscriber('wang', { delivery: 'each' })], ROUTING)))
        .toEqual([['wang', 'single', 1], ['wang', 'single', 1]]);
    });

    it('above the threshold a recipient gets one summary instead, even one who asked for each alert', () => {
      const many = Array.from({ length: 5 }, (_, i) => moneyNotification('426006', '执法支队', `P${10 + i}`));
      const planned = planEmails(many, run, [subscriber('wang', { delivery: 'each' }), subscriber('li')], { ...ROUTING, summaryAbove: 4 });
      expect(who(planned)).toEqual([['li', 'summary', 5], ['wang', 'summary', 5]]);
      expect(planned[0].data.subject).toBe('【预算执行预警汇总】5 项预警，其中红灯 0 项');
    });
  });

  describe('routing to whoever can act', () => {
    it('unit subscribers hear about their units only; department-level alerts reach the department and the units whose records drive them', () => {
      const d08 = sampleNotification('raised', { unit: null, unitName: null, drivingUnits: ['426006'] });
      const planned = planEmails([d08, moneyNotification('426002', '机关', 'P01')], run,
        [subscriber('wang'), subscriber('li', { units: ['426002'] }), subscriber('chief', { units: 'all' })], ROUTING);
      expect(planned.map((p) => [p.data.recipient.username, p.data.notifications.map((n) => n.alert.unit)]))
        .toEqual([['chief', ['426002', null]], ['li', ['426002']], ['wang', [null]]]);
    });

    it('a red-only subscriber does not hear about yellow lights; a resolution follows the severity the alert had', () => {
      const red = subscriber('zhao', { minSeverity: 'red' });
      expect(planEmails([moneyNotification()], run, [red], ROUTING)).toEqual([]);
      expect(planEmails([sampleNotification('resolved')], run, [red], ROUTING)).toHaveLength(1);
    });

    it('a route adds its recipients for the alerts it matches: an address as is, a username at its subscription address', () => {
      const routing: Routing = { summaryAbove: 30, routes: [
        { units: ['426006'], rules: ['indicator_light'], minSeverity: 'red', to: ['caiwu@example.gov.cn', 'li'] },
        { rules: ['execution_lag'], to: ['nobody-subscribed'] },
      ] };
      const planned = planEmails([sampleNotification(), moneyNotification()], run, [subscriber('li', { units: ['426002'] })], routing);
      expect(planned.map((p) => [p.data.recipient.email, p.data.notifications.map((n) => n.alert.rule)]))
        .toEqual([['caiwu@example.gov.cn', ['indicator_light']], ['li@example.gov.cn', ['indicator_light']]]);
    });
  });

  it('job ids are the same for the same e-mail, whatever the order, and never contain ":"', () => {
    expect(emailJobId(['a:1', 'b:2'], 'Wang')).toBe(emailJobId(['b:2', 'a:1'], 'wang'));
    expect(emailJobId(['a:1'], 'wang')).not.toBe(emailJobId(['a:1'], 'li'));
    expect(emailJobId(['a:1'], 'wang')).toMatch(/^mail-[0-9a-f]{40}$/);
  });

  it('backoff is full jitter under a doubling ceiling', () => {
    const job = { opts: { backoff: { type: JITTER_BACKOFF, delay: 1000 } } } as never;
    for (let attempt = 1; attempt <= 6; attempt++) {
      for (let i = 0; i < 50; i++) {
        const wait = fullJitterBackoff(attempt, JITTER_BACKOFF, undefined, job);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(1000 * 2 ** (attempt - 1));
      }
    }
  });
});
