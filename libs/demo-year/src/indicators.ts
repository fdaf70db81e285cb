import Decimal from 'decimal.js';
import { BusinessDate, Comparator, Grade, IndicatorDefined, IndicatorKind, Money, indicatorLight } from '@app/domain';
import { dateOf } from './calendar';
import { Standing } from './curves';
import { Random } from './random';
import { ReportProgressStep } from './steps';

type Indicator = IndicatorDefined['data'];

/** What the indicator planner needs to know of a project's year. */
export interface ProjectYear {
  readonly standing: Standing;
  /** the unit's own 偏差原因 for the project (lagging, behind, or paid in a lump later in the year) */
  readonly reason: string | null;
  /** share of the year's planned payments made by a date, 0…1 (null: the project pays nothing, e.g. the revolving fund) */
  readonly paidShare: ((date: BusinessDate) => Money) | null;
  /** what of its final appropriation the project pays in the year, 0…1 */
  readonly finalShare: Money;
}

/**
 * 绩效指标填报 four times a year, dated so that no two reports of an indicator are 90 days apart (the stale
 * rule stays quiet for them). A unit reports all its indicators on the same day, a few days before the others.
 */
const ROUNDS: readonly (readonly [number, number])[] = [[3, 31], [6, 26], [9, 22], [12, 18]];
/** left unreported: never (the 2 市级示范社区 are only named at year end), and after the first quarter */
const NEVER_REPORTED = 'P35-01';
const REPORTED_ONCE = 'P31-03';
/** the cost indicator that runs over its ceiling from the first report on (the rental price went up) */
const OVER_CEILING = { id: 'P17-03', factor: '1.05', reason: '村村通广播租用单价上调，全年租用费超出预算标准，已申请调剂解决' };
const REVERSE_OVER = { round: 2, reason: '三季度信息系统升级改造期间，故障修复响应时间延长' };

const DECIMAL_UNITS = ['万元', '元', '%', '亿', '亿元', '万人', '万人次', '万份', '万张', '小时', '小时/天'];
const GENERIC_BEHIND = ['部分工作安排在下半年集中开展，进度略慢于序时', '上级资金下达较晚，项目启动延后，正加快推进', '受季节性因素影响，部分任务集中在年末完成'];
const GENERIC_LEVEL = ['服务对象满意度调查中个别意见集中在办理时限，已督促整改', '个别镇街数据报送延迟，已督促补报并核实'];
const GENERIC_PARTIAL = '部分工作尚未完成，已制定整改措施，计划年内完成';

const isCost = (i: Indicator) => i.level2.includes('成本');

export function planIndicatorReports(indicators: readonly Indicator[], projects: ReadonlyMap<string, ProjectYear>, year: number, rng: Random): ReportProgressStep[] {
  const steps: ReportProgressStep[] = [];
  const lagByUnit = new Map<string, number>();
  for (const indicator of [...indicators].sort((a, b) => a.indicatorId.localeCompare(b.indicatorId))) {
    if (indicator.metric !== null || indicator.indicatorId === NEVER_REPORTED) continue;
    const unit = indicator.unit ?? '';
    if (!lagByUnit.has(unit)) lagByUnit.set(unit, unit === '' ? 0 : rng.int(0, 3));
    const lag = lagByUnit.get(unit) as number;
    const project = indicator.project ? projects.get(indicator.project) ?? null : null;
    let previous: Money | null = null;
    ROUNDS.forEach(([month, day], round) => {
      if (indicator.indicatorId === REPORTED_ONCE && round > 0) return;
      const asOf = shift(dateOf(year, month, day), -lag);
      const report = reportOf(indicator, project, round, asOf, previous, rng);
      if (report.value !== null) previous = new Money(report.value);
      steps.push({ kind: 'reportProgress', key: `indicator/${indicator.indicatorId}/${round + 1}`, date: asOf, indicatorId: indicator.indicatorId,
        ...report, note: `截至${month}月${Number(asOf.slice(8, 10))}日` });
    });
  }
  return steps;
}

const shift = (date: BusinessDate, days: number) => `${date.slice(0, 8)}${String(Number(date.slice(8, 10)) + days).padStart(2, '0')}`;

function reportOf(i: Indicator, project: ProjectYear | null, round: number, asOf: BusinessDate, previous: Money | null, rng: Random) {
  if (i.comparator === 'qualitative') {
    const grade: Grade = project?.standing === 'lagging' ? (round === 3 ? '未达成' : '部分达成') : project?.standing === 'behind' ? '部分达成' : '达成';
    return { value: null, grade, deviationReason: grade === '达成' ? null : project?.reason ?? GENERIC_PARTIAL };
  }
  const target = new Money(i.target ?? '0');
  const value = valueOf(i, target, project, round, asOf, previous, rng);
  const { light } = indicatorLight({ comparator: i.comparator as Comparator, kind: i.kind as IndicatorKind, target, actual: value, asOf, basis: 'month' });
  let reason: string | null = null;
  if (i.indicatorId === OVER_CEILING.id) reason = OVER_CEILING.reason;
  else if (i.comparator === 'le' && value.gt(target)) reason = REVERSE_OVER.reason;
  else if (light === 'red' || light === 'yellow') reason = i.kind === 'cumulative' ? project?.reason ?? rng.pick(GENERIC_BEHIND) : rng.pick(GENERIC_LEVEL);
  return { value: value.toString(), grade: null, deviationReason: reason };
}

function valueOf(i: Indicator, target: Money, project: ProjectYear | null, round: number, asOf: BusinessDate, previous: Money | null, rng: Random): Money {
  const decimals = DECIMAL_UNITS.includes(i.measureUnit ?? '') || !target.isInteger() ? 2 : 0;
  const round2 = (m: Money) => m.toDecimalPlaces(decimals, Decimal.ROUND_DOWN);
  if (i.indicatorId === OVER_CEILING.id) return round2(target.mul(OVER_CEILING.factor));
  if (i.comparator === 'le') return round === REVERSE_OVER.round ? round2(target.mul('1.5')) : round2(target.mul(rng.int(55, 90)).div(100));
  // a cost standard (成本指标, e.g. 人均标准) is a ceiling the product watches: met exactly, never exceeded
  if (i.kind !== 'cumulative') return isCost(i) ? target : levelValue(i, target, rng, round2);
  // cumulative: the target times how far the project (or the year) has come, and how far it gets by year end
  const month = Number(asOf.slice(5, 7));
  const elapsed = new Money(month).div(12);
  const paid = project?.paidShare ? project.paidShare(asOf) : null;
  // outputs follow the calendar, except where the money is the output (a lump paid later: 表彰, 体检, 奖励金) or the project lags
  const followsPayments = paid !== null && project !== null && (project.standing !== 'on_track' || project.reason !== null);
  const progress = round === ROUNDS.length - 1 ? new Money(1) : followsPayments ? paid : Money.max(paid ?? 0, elapsed.mul(rng.int(95, 100)).div(100));
  const completion = project && project.standing !== 'on_track' ? project.finalShare : new Money(i.comparator === 'ge' && !isCost(i) ? rng.int(100, 105) : 100).div(100);
  const noisy = progress.mul(completion).mul(rng.int(97, 103)).div(100);
  const cap = i.comparator === 'ge' && !isCost(i) ? target.mul('1.08') : target;
  const value = round2(Money.min(target.mul(noisy), cap));
  return previous && value.lt(previous) ? previous : value;
}

/** Rates and stocks held all year: at or a little above target, now and then a little below (yellow). */
function levelValue(i: Indicator, target: Money, rng: Random, round2: (m: Money) => Money): Money {
  const percent = i.measureUnit === '%';
  if (rng.chance(6)) return round2(target.mul(rng.int(92, 98)).div(100));
  if (i.comparator === 'eq' || (percent && target.gte(100))) return target;
  if (percent) return round2(Money.min(target.plus(new Money(rng.int(5, 40)).div(10)), new Money(100)));
  return round2(target.mul(rng.int(100, 104)).div(100));
}
