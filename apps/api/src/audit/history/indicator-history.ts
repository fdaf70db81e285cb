import { Comparator, Grade, IndicatorEvent, IndicatorState, assertNever, indicatorDecider } from '@app/domain';
import type { StoredEvent } from '@app/event-store';
import { toDomainEvent } from '@app/kernel';
import { Described, HistoryModel, describeUnknown, sentence } from './history-model';

/** 指标性质 as printed in 表十二. */
const COMPARATOR_TEXT: Readonly<Record<Comparator, string>> = { eq: '＝', ge: '≥', le: '≤', qualitative: '定性' };

/** The indicator as `indicatorDecider.evolve` folds it, plus the last reported actual (实际完成值 / 评定等级). */
export interface IndicatorHistoryState {
  readonly indicator: IndicatorState;
  readonly lastValue: string | null;
  readonly lastGrade: Grade | null;
}

const INDICATOR_TYPES = new Set<string>(['IndicatorDefined.v1', 'IndicatorTargetRevised.v1', 'IndicatorProgressReported.v1']);

export function describeIndicatorEvent(stored: StoredEvent, before: IndicatorHistoryState): Described {
  if (!INDICATOR_TYPES.has(stored.type)) return describeUnknown(stored);
  const e = toDomainEvent<IndicatorEvent>(stored);
  const measure = before.indicator.status === 'defined' ? before.indicator.definition.measureUnit ?? '' : '';
  switch (e.type) {
    case 'IndicatorDefined.v1': {
      const d = e.data;
      return {
        label: '设定绩效指标',
        change: { indicatorId: d.indicatorId, name: d.name, comparator: d.comparator, target: d.target, targetText: d.targetText, measureUnit: d.measureUnit, weight: d.weight, kind: d.kind, metric: d.metric },
        summary: sentence(`设定绩效指标「${d.name}」：${d.comparator === 'qualitative' ? '定性' : `${COMPARATOR_TEXT[d.comparator]} ${d.targetText}${d.measureUnit ?? ''}`}`, `权重 ${d.weight}`),
      };
    }
    case 'IndicatorTargetRevised.v1': {
      const d = e.data;
      return {
        label: '调整指标值', change: { previousTarget: d.previousTarget, target: d.target, targetText: d.targetText, reason: d.reason },
        summary: sentence(`指标值由 ${d.previousTarget ?? '（无）'}${measure} 调整为 ${d.targetText}${measure}`, `原因：${d.reason}`),
      };
    }
    case 'IndicatorProgressReported.v1': {
      const d = e.data;
      const what = d.grade !== null ? `评定 ${d.grade}` : `完成值 ${d.value ?? ''}${measure}`;
      return {
        label: '填报完成情况', change: { asOf: d.asOf, value: d.value, grade: d.grade, deviationReason: d.deviationReason, note: d.note },
        summary: sentence(`填报截至 ${d.asOf} ${what}`, d.deviationReason ? `偏差原因：${d.deviationReason}` : null, d.note ? `备注：${d.note}` : null),
      };
    }
    default: return assertNever(e);
  }
}

function evolveIndicatorHistory(s: IndicatorHistoryState, stored: StoredEvent): IndicatorHistoryState {
  if (!INDICATOR_TYPES.has(stored.type)) return s;
  const e = toDomainEvent<IndicatorEvent>(stored);
  const indicator = indicatorDecider.evolve(s.indicator, e);
  return e.type === 'IndicatorProgressReported.v1' && indicator.status === 'defined'
    ? { indicator, lastValue: e.data.value, lastGrade: e.data.grade }
    : { ...s, indicator };
}

/** 绩效指标 history: the state after each event is the target in force and the last reported actual. */
export const indicatorHistory: HistoryModel<IndicatorHistoryState> = {
  initial: () => ({ indicator: indicatorDecider.initialState(), lastValue: null, lastGrade: null }),
  evolve: evolveIndicatorHistory,
  describe: describeIndicatorEvent,
  stateAfter: (s) => {
    const def = s.indicator.status === 'defined' ? s.indicator.definition : null;
    return {
      comparator: def ? COMPARATOR_TEXT[def.comparator] : null,
      target: def?.target ?? null,
      targetText: def?.targetText ?? null,
      measureUnit: def?.measureUnit ?? null,
      lastReportAsOf: s.indicator.status === 'defined' ? s.indicator.lastReportAsOf : null,
      lastValue: s.lastValue,
      lastGrade: s.lastGrade,
    };
  },
  stateColumns: [
    { key: 'comparator', header: '指标性质' },
    { key: 'targetText', header: '现行指标值' },
    { key: 'measureUnit', header: '度量单位' },
    { key: 'lastReportAsOf', header: '最近填报截至' },
    { key: 'lastValue', header: '最近完成值' },
    { key: 'lastGrade', header: '最近评定' },
  ],
};
