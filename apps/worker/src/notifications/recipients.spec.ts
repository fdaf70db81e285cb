import { AlertSubscription } from '@app/domain';
import { JITTER_BACKOFF, emailJobId, fullJitterBackoff } from './mail-queue';
import { Subscriber, planEmails } from './recipients';
import { moneyNotification, sampleNotification } from './testing/sample-notifications';

const subscriber = (username: string, overrides: Partial<AlertSubscription> = {}): Subscriber => {
  const subscription: AlertSubscription = { username, email: `${username}@example.gov.cn`, units: ['426006'], minSeverity: 'yellow', digest: false, active: true, ...overrides };
  return { subscription, units: subscription.units };
};
const run = { runId: 'run-1', asOf: '2023-06-30' };
const URL = 'https://budget.example.gov.cn';

describe('收件人: planning the e-mails of a run', () => {
  it('given unit subscribers, each hears only about their units, one e-mail per notification', () => {
    const planned = planEmails([sampleNotification(), moneyNotification('426002', '机关', 'P01')], run, [subscriber('wang'), subscriber('li', { units: ['426002'] })], URL);
    expect(planned.map((p) => [p.data.recipient.username, p.data.notifications.map((n) => n.alert.unit)])).toEqual([['wang', ['426006']], ['li', ['426002']]]);
  });

  it('given a red-only subscriber, a yellow light is not sent; its resolution follows the severity the alert had', () => {
    const red = subscriber('zhao', { minSeverity: 'red' });
    expect(planEmails([moneyNotification()], run, [red], URL)).toEqual([]);
    expect(planEmails([sampleNotification('resolved')], run, [red], URL)).toHaveLength(1);
  });

  it('given a digest subscriber, one e-mail per run carries all their notifications; the same notification twice counts once', () => {
    const n = sampleNotification();
    const planned = planEmails([n, n, moneyNotification()], run, [subscriber('wang', { digest: true })], URL);
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ jobName: 'alert-digest', data: { digest: true, runId: 'run-1' } });
    expect(planned[0].data.notifications).toHaveLength(2);
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
