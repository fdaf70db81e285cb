import { Money, MonitoringSettings, executionFigures, formatPercent, formatPoints } from '@app/domain';
import type { ExecutionFigures } from './queries/filters';

/** The execution columns of a row: 预算执行率, 序时进度, lag and light, as percent strings with 2 decimals. */
export function executionColumns(f: Pick<ExecutionFigures, 'appropriated' | 'netDisbursed'>, asOf: string, basis: 'month' | 'day' | undefined, settings: MonitoringSettings) {
  const x = executionFigures({ appropriated: new Money(f.appropriated), disbursed: new Money(f.netDisbursed), asOf, basis, settings });
  return {
    executionRate: x.executionRate === null ? null : formatPercent(x.executionRate),
    timeProgress: formatPercent(x.timeProgress),
    lagPoints: x.lagPoints === null ? null : formatPoints(x.lagPoints),
    ratio: x.ratio === null ? null : formatPoints(x.ratio),
    light: x.light,
  };
}
