import { DEFAULT_MONITORING_SETTINGS, Money, indicatorLight } from '@app/domain';
import { IndicatorView } from '@app/read-models';
import { scorecard } from '../../indicators/get-scorecard/scorecard';
import { EvaluatedIndicator } from '@app/platform';
import { ExportContext } from '../export-context';
import { Cell } from '../sheet/sheet';
import { table12Sheet } from './table12.layout';

const ctx: ExportContext = {
  fiscalYear: 2023, asOf: '2023-06-30', basis: 'month', timeProgress: '50.00', amountUnit: '元',
  department: { code: '426', name: '区人力社保局' }, units: 'all', generatedAt: '2023-07-01 09:00:00', generatedBy: 'caiwu',
};

function evaluated(id: string, over: Partial<IndicatorView>, actual: string | null, grade: '达成' | null, reason: string | null): EvaluatedIndicator {
  const view: IndicatorView = {
    indicatorId: id, scope: 'project', project: 'P09', unit: '426006', level1: '产出指标', level2: '数量指标', name: id,
    comparator: 'ge', kind: 'level', measureUnit: '%', weight: '45', metric: null, subsidyCategory: null, target: '80', targetText: '80',
    definedTarget: '80', history: [],
    latest: actual === null && grade === null ? null
      : { asOf: '2023-06-30', value: actual, grade, deviationReason: reason, note: null, recordedAt: null, actor: null, position: 1 },
    ...over,
  };
  const light = indicatorLight({
    comparator: view.comparator as never, kind: view.kind as never, target: view.target === null ? null : new Money(view.target),
    actual: actual === null ? null : new Money(actual), grade, asOf: '2023-06-30', settings: DEFAULT_MONITORING_SETTINGS,
  });
  return { view, actual: actual === null ? null : new Money(actual), grade, actualAsOf: '2023-06-30', derived: false, derivedNote: null, light };
}

const values = (cells: readonly Cell[]) => cells.map((c) => (c === null ? null : c.t === 'light' ? c.text : c.v));

describe('表十二 layout', () => {
  it('given a project\'s evaluated indicators, then each indicator row, the 预算执行率 row and the 自评合计 row read as the scorecard computes them', () => {
    const indicators = [
      evaluated('满意度', {}, '70', null, '样本偏少'),
      evaluated('维护稳定', { comparator: 'qualitative', kind: 'qualitative', target: null, targetText: '定性', measureUnit: null, level1: '效益指标', weight: '25' }, null, null, null),
      evaluated('人数', { kind: 'cumulative', target: '1000', targetText: '1000', measureUnit: '人', weight: '20' }, '100', null, null),
    ];
    const card = scorecard(indicators, { rate: new Money('0.7'), weight: new Money(10) }, DEFAULT_MONITORING_SETTINGS);
    const sheet = table12Sheet(ctx, [{ code: 'P09', name: '农民工工资应急周转金', unit: '执法支队', card }]);
    const rows = sheet.rows.map((r) => values(r.cells));
    expect(sheet.header[0]).toHaveLength(sheet.columns.length);
    // 70 of ≥ 80 (level): R = 87.5 → red; points 70/80 × 45 = 39.38
    expect(rows[0]).toEqual(['P09', '农民工工资应急周转金', '执法支队', '产出指标', '数量指标', '满意度', '80', '≥', '%', '45', '70.00', '87.50', null, '红', '39.38', null, '样本偏少']);
    expect(rows[1].slice(5, 14)).toEqual(['维护稳定', null, '定性', null, '25', null, null, null, '未填报']);
    // cumulative: expected by now 1000 × 50% = 500; R = 100 / 500 = 20 → red; short of target without a reason
    expect(rows[2].slice(5, 17)).toEqual(['人数', '1000', '≥', '人', '20', '100.00', '10.00', '500.00', '红', '2.00', null, null]);
    expect(card.needDeviationReason).toEqual(['人数']);
    expect(rows[3].slice(3, 15)).toEqual(['预算执行率', null, '预算执行率', null, null, '%', '10.00', '70.00', null, null, null, '7.00']);
    expect(sheet.rows[4].style).toBe('summary');
    expect(rows[4].slice(3, 17)).toEqual(['自评合计', null, null, null, null, null, '100.00', null, null, null, '红', card.score, card.grade,
      '待说明偏差原因：人数']);
  });
});
