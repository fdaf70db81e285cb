import { specification } from '../testing/specification';
import { alertDecider } from '../deciders';
import { AlertCommand, AlertPolicy } from './decider';
import { AlertEvent, AlertObservation } from './events';

const given = specification(alertDecider, { today: '2023-07-01' });

const observation = (actual = '80'): AlertObservation => ({
  subjectKind: 'indicator', subjectName: '欠薪处置率', unit: '426006', unitName: '执法支队', fiscalYear: 2023, target: '100', actual, expected: null,
  measureUnit: '%', deviationReason: null, summary: `欠薪处置率 ${actual}%，低于目标 100%。`, link: '/indicators/2023/P09-02', asOf: '2023-07-01',
});
const POLICY: AlertPolicy = { raiseAfterEvaluations: 1, raiseAfterMinutes: 0, repeatIntervalHours: 24, incident: false };
const evaluate = (severity: 'yellow' | 'red' | null, now: string, policy: Partial<AlertPolicy> = {}): AlertCommand => ({
  type: 'EvaluateAlertCondition', rule: 'indicator_light', subjectKey: '2023-P09-02',
  condition: severity === null ? null : { severity, observation: observation() }, now, policy: { ...POLICY, ...policy },
});
const raised = (severity: 'yellow' | 'red' = 'red', at = '2023-07-01T00:30:00.000Z', sequence = 1): AlertEvent => ({
  type: 'AlertRaised.v1', effectiveDate: '2023-07-01',
  data: { alertId: `indicator_light.2023-P09-02.${sequence}`, rule: 'indicator_light', subjectKey: '2023-P09-02', severity, raisedAt: at, observation: observation() },
});
const types = (events: readonly AlertEvent[]) => events.map((e) => e.type);

describe('预警: the lifecycle of an alert for one rule × subject', () => {
  describe('when nothing is open', () => {
    it('raises at once when the condition holds and no damping is asked, numbering the alert', () => {
      given().when(evaluate('red', '2023-07-01T00:30:00.000Z')).then([raised()]);
    });

    it('records nothing while the condition does not hold', () => {
      given().when(evaluate(null, '2023-07-01T00:30:00.000Z')).then([]);
    });

    it('with damping, waits until the condition held for N evaluations and M minutes, then raises', () => {
      const damped = { raiseAfterEvaluations: 3, raiseAfterMinutes: 60 };
      const first = given().when(evaluate('yellow', '2023-07-01T00:00:00.000Z', damped)).thenEvents();
      expect(types(first)).toEqual(['AlertConditionPending.v1']);
      const second = given(...first).when(evaluate('yellow', '2023-07-01T00:20:00.000Z', damped)).thenEvents();
      expect(second[0]).toMatchObject({ type: 'AlertConditionPending.v1', data: { count: 2 } });
      // a third evaluation, but only 40 minutes after the first: still pending
      expect(types(given(...first, ...second).when(evaluate('yellow', '2023-07-01T00:40:00.000Z', damped)).thenEvents())).toEqual(['AlertConditionPending.v1']);
      expect(types(given(...first, ...second).when(evaluate('yellow', '2023-07-01T01:00:00.000Z', damped)).thenEvents())).toEqual(['AlertRaised.v1']);
    });

    it('a condition that clears while pending is cleared without anybody being told', () => {
      const pending = given().when(evaluate('yellow', '2023-07-01T00:00:00.000Z', { raiseAfterEvaluations: 2 })).thenEvents();
      const cleared = given(...pending).when(evaluate(null, '2023-07-01T01:00:00.000Z', { raiseAfterEvaluations: 2 })).thenEvents();
      expect(types(cleared)).toEqual(['AlertConditionCleared.v1']);
      // and the count starts again
      const again = given(...pending, ...cleared).when(evaluate('yellow', '2023-07-01T02:00:00.000Z', { raiseAfterEvaluations: 2 })).thenEvents();
      expect(again[0]).toMatchObject({ type: 'AlertConditionPending.v1', data: { count: 1 } });
    });
  });

  describe('when an alert is open', () => {
    it('records nothing when evaluated again within the repeat interval (no spam)', () => {
      given(raised()).when(evaluate('red', '2023-07-01T20:00:00.000Z')).then([]);
    });

    it('reminds once the repeat interval has passed since the last notice', () => {
      const events = given(raised()).when(evaluate('red', '2023-07-08T00:30:00.000Z')).thenEvents();
      expect(events).toEqual([expect.objectContaining({ type: 'AlertReminded.v1', data: expect.objectContaining({ alertId: 'indicator_light.2023-P09-02.1', severity: 'red' }) })]);
      given(raised(), ...events).when(evaluate('red', '2023-07-08T12:00:00.000Z')).then([]);
    });

    it('escalates yellow to red at once, whatever the interval; red going yellow is not news', () => {
      expect(types(given(raised('yellow')).when(evaluate('red', '2023-07-01T01:00:00.000Z')).thenEvents())).toEqual(['AlertEscalated.v1']);
      given(raised('red')).when(evaluate('yellow', '2023-07-01T01:00:00.000Z')).then([]);
    });

    it('resolves when the condition no longer holds; the next raise is a new alert', () => {
      const resolved = given(raised()).when(evaluate(null, '2023-07-02T00:30:00.000Z')).thenEvents();
      expect(resolved).toEqual([expect.objectContaining({ type: 'AlertResolved.v1', data: expect.objectContaining({ how: 'cleared', alertId: 'indicator_light.2023-P09-02.1' }) })]);
      const next = given(raised(), ...resolved).when(evaluate('yellow', '2023-07-03T00:30:00.000Z')).thenEvents();
      expect(next[0]).toMatchObject({ type: 'AlertRaised.v1', data: { alertId: 'indicator_light.2023-P09-02.2' } });
    });

    it('a resolved alert records the figures as they stand when it clears (the notice says what the figure is now)', () => {
      const now = observation('100');
      const [resolved] = given(raised()).when({ ...(evaluate(null, '2023-07-02T00:30:00.000Z') as Extract<AlertCommand, { type: 'EvaluateAlertCondition' }>), observation: now }).thenEvents();
      expect(resolved).toMatchObject({ type: 'AlertResolved.v1', data: { observation: { actual: '100' } } });
    });

    it('acknowledged: no more reminders, but escalation still tells', () => {
      const ack = given(raised('yellow')).when({ type: 'AcknowledgeAlert', alertId: 'indicator_light.2023-P09-02.1', by: 'fuzeren', note: '已督促执法支队加快处置', now: '2023-07-01T02:00:00.000Z', incident: false }).thenEvents();
      expect(ack).toEqual([expect.objectContaining({ type: 'AlertAcknowledged.v1', data: expect.objectContaining({ by: 'fuzeren', note: '已督促执法支队加快处置' }) })]);
      given(raised('yellow'), ...ack).when(evaluate('yellow', '2023-07-09T00:00:00.000Z')).then([]);
      expect(types(given(raised('yellow'), ...ack).when(evaluate('red', '2023-07-09T00:00:00.000Z')).thenEvents())).toEqual(['AlertEscalated.v1']);
    });

    it('refuses to acknowledge twice, a resolved alert, an unknown one, or without a note', () => {
      const ack = (alertId: string, note = '已知悉'): AlertCommand => ({ type: 'AcknowledgeAlert', alertId, by: 'fuzeren', note, now: '2023-07-01T02:00:00.000Z', incident: false });
      const acknowledged: AlertEvent = { type: 'AlertAcknowledged.v1', effectiveDate: '2023-07-01', data: { alertId: 'indicator_light.2023-P09-02.1', rule: 'indicator_light', subjectKey: '2023-P09-02', by: 'x', note: 'y', acknowledgedAt: '2023-07-01T01:00:00.000Z' } };
      given(raised(), acknowledged).when(ack('indicator_light.2023-P09-02.1')).thenFails('ALERT_ALREADY_ACKNOWLEDGED');
      given(raised()).when(ack('indicator_light.2023-P09-02.7')).thenFails('ALERT_NOT_FOUND', 'alertId');
      given(raised()).when(ack('indicator_light.2023-P09-02.1', '  ')).thenFails('INVALID_NOTE', 'note');
      const resolved = given(raised()).when(evaluate(null, '2023-07-02T00:30:00.000Z')).thenEvents();
      given(raised(), ...resolved).when(ack('indicator_light.2023-P09-02.1')).thenFails('ALERT_NOT_OPEN');
    });
  });

  describe('incidents (e.g. an overspend attempt)', () => {
    const incident = { incident: true, raiseAfterEvaluations: 5 };

    it('raise at once whatever the damping, never remind, are not cleared by evaluation, and close when acknowledged', () => {
      const open = given().when(evaluate('red', '2023-07-01T00:30:00.000Z', incident)).thenEvents();
      expect(types(open)).toEqual(['AlertRaised.v1']);
      given(...open).when(evaluate('red', '2023-07-20T00:30:00.000Z', incident)).then([]);
      given(...open).when(evaluate(null, '2023-07-20T00:30:00.000Z', incident)).then([]);
      const closed = given(...open).when({ type: 'AcknowledgeAlert', alertId: 'indicator_light.2023-P09-02.1', by: 'admin', note: '已核实', now: '2023-07-02T00:00:00.000Z', incident: true }).thenEvents();
      expect(types(closed)).toEqual(['AlertAcknowledged.v1', 'AlertResolved.v1']);
    });
  });
});
