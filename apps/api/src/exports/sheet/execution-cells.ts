import { ExecutionLight } from '@app/domain';
import { ExecutionFigures } from '@app/read-models';

/** What a row of an execution table needs from the read model: the current appropriation and net disbursed. */
export type Figures = Pick<ExecutionFigures, 'appropriated' | 'netDisbursed'>;

/** The execution columns of the JSON endpoints (`executionColumns`), bound to asOf, basis and settings. */
export type ExecutionColumnsOf = (f: Figures) => {
  readonly executionRate: string | null;
  readonly timeProgress: string;
  readonly lagPoints: string | null;
  readonly light: ExecutionLight | null;
};

export const NOTHING: Figures = { appropriated: '0.00', netDisbursed: '0.00' };

/** The note under an execution table explaining the rate and the light, with the thresholds in force. */
export function executionNote(thresholds: { red: string; yellow: string }): string {
  return `执行率 = 支出（已扣除冲销）÷ 调整后预算；亮灯按 R = 执行率 ÷ 序时进度 × 100：红 R < ${thresholds.red}，`
    + `黄 ${thresholds.red} ≤ R < ${thresholds.yellow}，绿 R ≥ ${thresholds.yellow}；调整后预算为 0 时无执行率、不亮灯。`;
}

export function wanYuanNote(unit: '元' | '万元'): string[] {
  return unit === '万元' ? ['万元金额由元逐行四舍五入至两位小数，合计与各行之和可能相差 0.01。'] : [];
}
