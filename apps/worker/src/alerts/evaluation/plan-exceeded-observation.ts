import { AlertObservation, Money, PlanExceededWarned, formatYuan } from '@app/domain';
import { links } from '@app/alerting';

const yuan = (value: string) => `${formatYuan(new Money(value))} 元`;

/**
 * 超计划支付: a payment recorded beyond its month's cumulative 用款计划 (SPENDING_PLAN_SETTINGS.overPlanPayments "warn") is a
 * yellow incident on its line, like a warned overspend: raised from the event, closed when someone acknowledges it.
 */
export function planExceededObservation(d: PlanExceededWarned['data'], asOf: string, line: { project: string | null; project_name: string | null; fiscal_year: number } | undefined,
  unit: string | null, unitName: string | null): AlertObservation {
  return {
    subjectKind: 'line', subjectName: `${line?.project_name ?? '基本支出'}（${d.lineId}）`, unit, unitName, fiscalYear: line?.fiscal_year ?? Number(asOf.slice(0, 4)),
    target: d.plannedToDate, actual: new Money(d.paidToDate).plus(d.requested).toFixed(2), expected: null, measureUnit: '元', deviationReason: null,
    summary: `支付 ${yuan(d.requested)} 超出 ${d.month.replace('-', ' 年 ')} 月累计用款计划 ${yuan(d.plannedToDate)}（此前已支付 ${yuan(d.paidToDate)}），超出 ${yuan(d.excess)}，已按预警规则记账。`,
    link: links.line(d.lineId, asOf), asOf, gap: d.excess,
    chart: { kind: 'execution', lineId: d.lineId },
    details: [{ label: '累计用款计划 / 含本笔已支付', value: `${yuan(d.plannedToDate)} / ${yuan(new Money(d.paidToDate).plus(d.requested).toFixed(2))}` }],
  };
}
