import type { ReadModelKysely } from '../database';
import { toInt } from '../fen';

export interface IndicatorReportView {
  readonly asOf: string;
  readonly value: string | null;
  /** 达成 / 部分达成 / 未达成 for 定性 indicators */
  readonly grade: string | null;
  /** 偏差原因 */
  readonly deviationReason: string | null;
  readonly note: string | null;
  readonly recordedAt: string | null;
  readonly actor: string | null;
  readonly position: number;
}

export interface IndicatorView {
  readonly indicatorId: string;
  readonly scope: string;
  readonly project: string | null;
  readonly unit: string | null;
  /** 一级 / 二级 / 三级指标 */
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly comparator: string;
  readonly kind: string;
  readonly measureUnit: string | null;
  readonly weight: string;
  readonly metric: string | null;
  readonly subsidyCategory: string | null;
  /** 指标值 in force on asOf (the latest revision effective by then, else the defined one) */
  readonly target: string | null;
  readonly targetText: string;
  readonly definedTarget: string | null;
  /** the latest report with its as-of date ≤ asOf, null when none (未填报) */
  readonly latest: IndicatorReportView | null;
  /** every report with as-of ≤ asOf, oldest first */
  readonly history: readonly IndicatorReportView[];
}

/** 绩效指标 as of a date: definitions with the target in force, the latest report and the history. */
export async function indicatorsView(
  db: ReadModelKysely, query: { readonly fiscalYear: number; readonly project?: string; readonly unit?: string; readonly units?: readonly string[]; readonly asOf: string },
): Promise<IndicatorView[]> {
  let q = db.selectFrom('indicators').selectAll().where('fiscal_year', '=', query.fiscalYear).where('defined_on', '<=', query.asOf);
  if (query.project !== undefined) q = q.where('project', '=', query.project);
  if (query.unit !== undefined) q = q.where('unit', '=', query.unit);
  // a scoped reader sees the indicators of their units' projects, not the department's own
  if (query.units !== undefined) q = q.where('unit', 'in', ['', ...query.units]);
  const definitions = await q.orderBy('position').execute();
  if (definitions.length === 0) return [];
  const ids = definitions.map((d) => d.indicator_id);
  const targets = await db.selectFrom('indicator_targets').selectAll().where('fiscal_year', '=', query.fiscalYear).where('indicator_id', 'in', ids)
    .where('effective_date', '<=', query.asOf).orderBy('effective_date').orderBy('position').execute();
  const inForce = new Map(targets.map((t) => [t.indicator_id, t])); // ordered: the last one per indicator wins
  const reports = await db.selectFrom('indicator_reports').selectAll().where('fiscal_year', '=', query.fiscalYear).where('indicator_id', 'in', ids)
    .where('as_of', '<=', query.asOf).orderBy('as_of').orderBy('position').execute();
  const history = new Map<string, IndicatorReportView[]>();
  for (const r of reports) {
    const list = history.get(r.indicator_id) ?? [];
    list.push({
      asOf: r.as_of, value: r.value, grade: r.grade, deviationReason: r.deviation_reason, note: r.note,
      recordedAt: r.recorded_at, actor: r.actor, position: toInt(r.position),
    });
    history.set(r.indicator_id, list);
  }
  return definitions.map((d) => {
    const revised = inForce.get(d.indicator_id);
    const list = history.get(d.indicator_id) ?? [];
    return {
      indicatorId: d.indicator_id, scope: d.scope, project: d.project, unit: d.unit, level1: d.level1, level2: d.level2, name: d.name,
      comparator: d.comparator, kind: d.kind, measureUnit: d.measure_unit, weight: d.weight, metric: d.metric, subsidyCategory: d.subsidy_category,
      target: revised ? revised.target : d.target, targetText: revised ? revised.target_text : d.target_text, definedTarget: d.target,
      latest: list.length > 0 ? list[list.length - 1] : null, history: list,
    };
  });
}
