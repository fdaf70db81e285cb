import { specification } from '../testing/specification';
import { UnitScope } from '../accounts/events';
import { AlertSubscription, AlertSubscriptionEvent } from './events';
import { AlertSubscriptionCommand, alertSubscriptionsDecider } from './decider';
import { effectiveUnits, subscriptionCovers } from './matching';

const given = specification(alertSubscriptionsDecider, { today: '2023-06-30' });

const sub = (overrides: Partial<AlertSubscription> = {}): AlertSubscription => ({
  username: 'wang426006', email: 'wang@zfzd.example.gov.cn', units: ['426006'], minSeverity: 'yellow', delivery: 'grouped', active: true, ...overrides,
});
const set = (overrides: Partial<AlertSubscription> = {}, scope: UnitScope = ['426006']): AlertSubscriptionCommand =>
  ({ type: 'SetAlertSubscription', subscription: sub(overrides), scope });
const wasSet = (overrides: Partial<AlertSubscription> = {}): AlertSubscriptionEvent => ({ type: 'AlertSubscriptionSet.v2', effectiveDate: '2023-06-01', data: sub(overrides) });

describe('预警订阅: alert subscriptions', () => {
  describe('when a manager subscribes', () => {
    it('records the whole subscription with sorted, de-duplicated units', () => {
      given().when(set({ units: ['426006', '426002', '426006'] }, 'all')).then([
        { type: 'AlertSubscriptionSet.v2', effectiveDate: '2023-06-30', data: sub({ units: ['426002', '426006'] }) },
      ]);
    });

    it('turns "all" from a unit-scoped manager into their own units', () => {
      const [event] = given().when(set({ units: 'all' }, ['426006', '426003'])).thenEvents();
      expect(event.data).toMatchObject({ units: ['426003', '426006'] });
    });

    it('keeps "all" for a department-wide manager', () => {
      const [event] = given().when(set({ units: 'all' }, 'all')).thenEvents();
      expect(event.data).toMatchObject({ units: 'all' });
    });

    it('refuses units outside the subscriber\'s scope (UNIT_OUT_OF_SCOPE), bad codes and empty lists', () => {
      given().when(set({ units: ['426002'] }, ['426006'])).thenFails('UNIT_OUT_OF_SCOPE', 'units');
      given().when(set({ units: ['42600X'] })).thenFails('INVALID_UNIT_CODE', 'units');
      given().when(set({ units: [] })).thenFails('UNITS_REQUIRED', 'units');
    });

    it('refuses a malformed address (INVALID_EMAIL) and an unknown severity (INVALID_SEVERITY)', () => {
      given().when(set({ email: 'not-an-address' })).thenFails('INVALID_EMAIL', 'email');
      given().when(set({ minSeverity: 'orange' as never })).thenFails('INVALID_SEVERITY', 'minSeverity');
    });
  });

  describe('when a subscription exists', () => {
    it('replaces it whole, keeping the username as first written', () => {
      given(wasSet()).when(set({ username: 'WANG426006', minSeverity: 'red', delivery: 'each' })).then([
        { type: 'AlertSubscriptionSet.v2', effectiveDate: '2023-06-30', data: sub({ minSeverity: 'red', delivery: 'each' }) },
      ]);
    });

    it('reads a v1 subscription as grouped whatever its digest said: per-alert e-mails must now be asked for', () => {
      const v1 = (digest: boolean): AlertSubscriptionEvent => ({ type: 'AlertSubscriptionSet.v1', effectiveDate: '2023-01-01', data: { ...(({ delivery: _d, ...rest }) => rest)(sub()), digest } });
      given(v1(false)).when(set()).then([]);
      given(v1(true)).when(set()).then([]);
      given(v1(false)).when(set({ delivery: 'each' })).then([{ type: 'AlertSubscriptionSet.v2', effectiveDate: '2023-06-30', data: sub({ delivery: 'each' }) }]);
    });

    it('refuses an unknown delivery (INVALID_DELIVERY)', () => {
      given().when(set({ delivery: 'hourly' as never })).thenFails('INVALID_DELIVERY', 'delivery');
    });

    it('records nothing when the same subscription is sent again', () => {
      given(wasSet()).when(set()).then([]);
    });

    it('removes it; removing what does not exist is SUBSCRIPTION_NOT_FOUND', () => {
      given(wasSet()).when({ type: 'RemoveAlertSubscription', username: 'wang426006' }).then([
        { type: 'AlertSubscriptionRemoved.v1', effectiveDate: '2023-06-30', data: { username: 'wang426006' } },
      ]);
      given().when({ type: 'RemoveAlertSubscription', username: 'wang426006' }).thenFails('SUBSCRIPTION_NOT_FOUND');
    });
  });

  describe('who hears about an alert', () => {
    it('a unit subscriber hears about their unit only, never about department-level alerts', () => {
      const s = sub();
      expect(subscriptionCovers(s, s.units, { unit: '426006', severity: 'yellow' })).toBe(true);
      expect(subscriptionCovers(s, s.units, { unit: '426002', severity: 'red' })).toBe(false);
      expect(subscriptionCovers(s, s.units, { unit: null, severity: 'red' })).toBe(false);
    });

    it('a department-wide subscriber hears about every unit and the department', () => {
      const s = sub({ units: 'all' });
      expect(subscriptionCovers(s, 'all', { unit: null, severity: 'yellow' })).toBe(true);
      expect(subscriptionCovers(s, 'all', { unit: '426002', severity: 'yellow' })).toBe(true);
    });

    it('a red-only subscriber does not hear about yellow lights; an inactive one hears nothing', () => {
      expect(subscriptionCovers(sub({ minSeverity: 'red' }), ['426006'], { unit: '426006', severity: 'yellow' })).toBe(false);
      expect(subscriptionCovers(sub({ minSeverity: 'red' }), ['426006'], { unit: '426006', severity: 'red' })).toBe(true);
      expect(subscriptionCovers(sub({ active: false }), ['426006'], { unit: '426006', severity: 'red' })).toBe(false);
    });

    it('a unit subscriber also hears about department-level alerts their unit\'s records drive (欠薪处置率 from its cases)', () => {
      const s = sub();
      expect(subscriptionCovers(s, s.units, { unit: null, drivingUnits: ['426006'], severity: 'red' })).toBe(true);
      expect(subscriptionCovers(s, s.units, { unit: null, drivingUnits: ['426002'], severity: 'red' })).toBe(false);
    });

    it('narrows a subscription to the account\'s current scope', () => {
      expect(effectiveUnits(sub({ units: ['426002', '426006'] }), ['426006'])).toEqual(['426006']);
      expect(effectiveUnits(sub({ units: 'all' }), ['426003'])).toEqual(['426003']);
      expect(effectiveUnits(sub({ units: 'all' }), 'all')).toBe('all');
    });
  });
});
