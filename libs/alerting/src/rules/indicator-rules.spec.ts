import { DEFAULT_MONITORING_SETTINGS, Money } from '@app/domain';
import type { IndicatorView } from '@app/read-models';
import type { EvaluatedIndicator } from '@app/read-models';
import { alertSettings } from '../settings';
import { indicatorCeilingRule, indicatorLightRule, indicatorStaleRule } from './indicator-rules';
import { RuleContext } from './rule';

const view = (over: Partial<IndicatorView>): IndicatorView => ({
  indicatorId: 'P09-03', scope: 'project', project: 'P09', unit: '426006', level1: '产出指标', level2: '数量指标', name: '垫付人数',
  comparator: 'ge', kind: 'cumulative', measureUnit: '人', weight: '10', metric: null, subsidyCategory: null, target: '100', targetText: '100',
  definedTarget: '100', latest: null, history: [], ...over,
});
const evaluated = (v: IndicatorView, actual: string | null, light: 'red' | 'yellow' | 'green' | null): EvaluatedIndicator => ({
  view: v, actual: actual === null ? null : new Money(actual), grade: null, actualAsOf: actual === null ? null : '2023-06-30', derived: false, derivedNote: null,
  light: { light, completion: null, expectedByNow: null, ratio: null },
});

function context(indicators: EvaluatedIndicator[], units?: string[]): RuleContext {
  return {
    fiscalYear: 2023, asOf: '2023-06-30', units, rm: undefined as never, monitoring: DEFAULT_MONITORING_SETTINGS, settings: alertSettings({}),
    indicators: { evaluate: async () => indicators }, unitNames: new Map([['426006', '执法支队']]),
  };
}

describe('indicator alert rules', () => {
  it('a yellow or red light holds the light rule; green, blue or 未填报 do not', async () => {
    const verdicts = await indicatorLightRule(context([
      evaluated(view({ indicatorId: 'A' }), '40', 'red'), evaluated(view({ indicatorId: 'B' }), '70', 'yellow'),
      evaluated(view({ indicatorId: 'C' }), '95', 'green'), evaluated(view({ indicatorId: 'D' }), null, null),
    ]));
    expect(verdicts.map((v) => [v.subjectKey, v.severity])).toEqual([['2023-A', 'red'], ['2023-B', 'yellow'], ['2023-C', null], ['2023-D', null]]);
    expect(verdicts[0].observation).toMatchObject({ unit: '426006', unitName: '执法支队', target: '100', actual: '40.00', measureUnit: '人', link: '/indicators/2023/A?asOf=2023-06-30' });
    // counts are whole numbers with their unit; a verdict that holds nothing still says where the figure stands
    expect(verdicts[0].observation.summary).toBe('垫付人数 实际 40 人，目标 ≥100 人，红灯。');
    expect(verdicts[2].observation.summary).toBe('垫付人数 实际 95 人，目标 ≥100 人，正常。');
    expect(verdicts[3].observation.summary).toBe('垫付人数 尚未填报（目标 ≥100 人）。');
  });

  it('a reverse (≤) or cost indicator over its ceiling is red under its own rule, and never under the light rule', async () => {
    const reverse = evaluated(view({ indicatorId: 'R', comparator: 'le', target: '3', name: '投诉次数', measureUnit: '次' }), '5', 'red');
    const cost = evaluated(view({ indicatorId: 'K', level2: '成本指标', name: '人均培训成本', target: '1500', measureUnit: '元' }), '1499', 'green');
    const ctx = context([reverse, cost]);

    expect((await indicatorCeilingRule(ctx)).map((v) => [v.subjectKey, v.severity])).toEqual([['2023-R', 'red'], ['2023-K', null]]);
    expect(await indicatorLightRule(ctx)).toEqual([]);
  });

  it('stale: yellow from 90 days without a report, red from 180; derived indicators are never stale', async () => {
    const reported = (asOf: string) => ({ asOf, value: '1', grade: null, deviationReason: null, note: null, recordedAt: null, actor: null, position: 1 });
    const verdicts = await indicatorStaleRule(context([
      evaluated(view({ indicatorId: 'S1', latest: reported('2023-04-02') }), '1', 'green'),
      evaluated(view({ indicatorId: 'S2', latest: reported('2023-04-01') }), '1', 'green'),
      evaluated(view({ indicatorId: 'S3' }), null, null),
      { ...evaluated(view({ indicatorId: 'S4', metric: 'wage_arrears_disposal_rate' }), null, null), derived: true },
    ]));
    expect(verdicts.map((v) => [v.subjectKey, v.severity])).toEqual([['2023-S1', null], ['2023-S2', 'yellow'], ['2023-S3', 'red']]);
  });

  it('an event-triggered run for one unit sees that unit\'s and the department\'s indicators only', async () => {
    const other = evaluated(view({ indicatorId: 'O', unit: '426001' }), '10', 'red');
    const department = evaluated(view({ indicatorId: 'D-08', scope: 'department', unit: null, project: null }), '80', 'red');
    const verdicts = await indicatorLightRule(context([other, department], ['426006']));
    expect(verdicts.map((v) => [v.subjectKey, v.unit])).toEqual([['2023-D-08', null]]);
  });
});

describe('alert settings', () => {
  it('defaults: every rule on, raise at once, remind after 24 h; overspend is an incident', () => {
    const s = alertSettings({});
    expect(s.enabled.size).toBe(10); // with sangong_cap, plan_behind and plan_exceeded
    expect(s.policy('indicator_light')).toEqual({ raiseAfterEvaluations: 1, raiseAfterMinutes: 0, repeatIntervalHours: 24, incident: false });
    expect(s.policy('overspend').incident).toBe(true);
    expect(s.executionLevels).toEqual(['project', 'unit', 'department']);
    expect(s.planLevels).toEqual(['line', 'project']);
  });

  it('overrides per rule and globally; unknown keys and bad values are refused with the path named', () => {
    const s = alertSettings({ policy: { repeatIntervalHours: 48 }, rules: { execution_lag: { levels: ['line'], policy: { raiseAfterEvaluations: 2 } }, indicator_stale: { enabled: false } } });
    expect(s.policy('execution_lag')).toMatchObject({ repeatIntervalHours: 48, raiseAfterEvaluations: 2 });
    expect(s.enabled.has('indicator_stale')).toBe(false);
    expect(() => alertSettings({ rules: { nope: {} } })).toThrow(/rules/);
    expect(() => alertSettings({ policy: { repeatIntervalHours: -1 } })).toThrow(/policy.repeatIntervalHours/);
    expect(() => alertSettings({ rules: { indicator_stale: { yellowAfterDays: 100, redAfterDays: 50 } } })).toThrow(/redAfterDays/);
  });
});
