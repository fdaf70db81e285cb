import {
  type EffectivePlan, type Fen, type SpendingPlanSettings, DEFAULT_SPENDING_PLAN_SETTINGS, daysInMonth, effectivePlan, monthOf, plannedToDate, profileWeights,
} from '@app/domain';
import { sql, type RawBuilder } from 'kysely';
import type { ReadModelKysely } from '../database';
import { toFen } from '../fen';
import { filterLines, type LineFilters } from './filters';
import { type GroupBy, keyExpression } from './execution';

/** A filed plan as stored: its twelve months in 分. */
export interface StoredPlan {
  readonly lineId: string;
  readonly revision: number;
  readonly effectiveDate: string;
  readonly months: readonly Fen[];
  readonly total: Fen;
  readonly reason: string | null;
  readonly actor: string | null;
  readonly recordedAt: string | null;
}

/** What the plans of the lines in a scope are computed from, loaded once for a date (or a curve up to it). */
interface PlanScope {
  readonly lines: readonly { readonly lineId: string; readonly key: string; readonly weights: readonly number[] }[];
  /** by line, in the order they came into force */
  readonly plans: ReadonlyMap<string, readonly StoredPlan[]>;
  /** by line: appropriation changes (signed, 分) by effective date */
  readonly changes: ReadonlyMap<string, readonly { readonly date: string; readonly amount: Fen }[]>;
}

const MONTH_COLUMNS = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12'] as const;

export function storedPlanOf(r: Record<string, unknown>): StoredPlan {
  return {
    lineId: String(r.line_id), revision: Number(r.revision), effectiveDate: String(r.effective_date), months: MONTH_COLUMNS.map((c) => toFen(r[c] as string)),
    total: toFen(r.total as string), reason: (r.reason as string | null) ?? null, actor: (r.actor as string | null) ?? null, recordedAt: (r.recorded_at as string | null) ?? null,
  };
}

const group = <T extends { lineId: string }>(rows: readonly T[]): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.lineId, [...(out.get(r.lineId) ?? []), r]);
  return out;
};

async function loadScope(db: ReadModelKysely, q: { fiscalYear: number; asOf: string; filters?: LineFilters; key?: RawBuilder<string>; settings: SpendingPlanSettings }): Promise<PlanScope> {
  const lines = await filterLines(db.selectFrom('lines')
    .select(['lines.line_id as line_id', 'lines.type as type', 'lines.basic_kind as basic_kind', 'lines.functional as functional', (q.key ?? sql<string>`${sql.ref('lines.line_id')}`).as('key')]),
  q.fiscalYear, q.filters).execute() as { line_id: string; type: string; basic_kind: string | null; functional: string; key: string }[];
  const plans = await filterLines(db.selectFrom('spending_plans').innerJoin('lines', 'lines.line_id', 'spending_plans.line_id').selectAll('spending_plans')
    .where('spending_plans.effective_date', '<=', q.asOf), q.fiscalYear, q.filters).execute();
  const changes = await filterLines(db.selectFrom('plan_appropriations').innerJoin('lines', 'lines.line_id', 'plan_appropriations.line_id')
    .select(['plan_appropriations.line_id as line_id', 'plan_appropriations.date as date', 'plan_appropriations.amount as amount'])
    .where('plan_appropriations.date', '<=', q.asOf), q.fiscalYear, q.filters).execute();
  // in force in the order of their dates; on one date the later revision (revisions are never dated before the one in force)
  const sorted = plans.map((r) => storedPlanOf(r as Record<string, unknown>))
    .sort((a, b) => (a.effectiveDate === b.effectiveDate ? a.revision - b.revision : a.effectiveDate < b.effectiveDate ? -1 : 1));
  return {
    lines: lines.map((l) => ({
      lineId: l.line_id, key: String(l.key),
      weights: profileWeights({ type: l.type as 'basic' | 'project', basicKind: l.basic_kind as 'personnel' | 'operating' | null, functional: l.functional }, q.settings),
    })),
    plans: group(sorted),
    changes: group(changes.map((c) => ({ lineId: c.line_id, date: c.date, amount: toFen(c.amount) }))),
  };
}

/** The plan of one line of a scope as of `through`; null when the line was not established by then. */
function planOn(scope: PlanScope, line: PlanScope['lines'][number], through: string): { plan: EffectivePlan; filed: StoredPlan | null } | null {
  const changes = (scope.changes.get(line.lineId) ?? []).filter((c) => c.date <= through);
  if (changes.length === 0) return null;
  const byMonth: Fen[] = Array.from({ length: 12 }, () => 0n);
  for (const c of changes) byMonth[monthOf(c.date) - 1] += c.amount;
  const filed = [...(scope.plans.get(line.lineId) ?? [])].reverse().find((p) => p.effectiveDate <= through) ?? null;
  return { plan: effectivePlan({ weights: line.weights, appropriatedByMonth: byMonth, filed }), filed };
}

/** Plan figures of a group: the cumulative plan to date (分), how many of its lines have a filed plan and how many of those no longer add up. */
export interface PlanTotals {
  readonly plannedToDate: Fen;
  readonly filed: number;
  readonly needsRevision: number;
}

export interface PlanQuery {
  readonly asOf: string;
  readonly groupBy: GroupBy;
  readonly level?: 1 | 2 | 3;
  readonly filters: LineFilters & { readonly fiscalYear: number };
  readonly settings?: SpendingPlanSettings;
}

/**
 * 累计计划 to a date by group, beside executionTotals (same groups, same keys): each line's plan as of the date (its
 * filed plan in force, or its default profile), summed. Its cost follows the lines and their plans and appropriation
 * changes (a handful each), not the payments.
 */
export async function planTotals(db: ReadModelKysely, query: PlanQuery): Promise<Map<string, PlanTotals>> {
  const settings = query.settings ?? DEFAULT_SPENDING_PLAN_SETTINGS;
  const key = keyExpression(query.groupBy, query.level ?? 1);
  const scope = await loadScope(db, { fiscalYear: query.filters.fiscalYear, asOf: query.asOf, filters: query.filters, key, settings });
  const totals = new Map<string, { plannedToDate: Fen; filed: number; needsRevision: number }>();
  for (const line of scope.lines) {
    const on = planOn(scope, line, query.asOf);
    if (on === null) continue;
    const t = totals.get(line.key) ?? { plannedToDate: 0n, filed: 0, needsRevision: 0 };
    t.plannedToDate += plannedToDate(on.plan.months, query.asOf);
    if (on.filed) t.filed++;
    if (on.plan.difference !== 0n) t.needsRevision++;
    totals.set(line.key, t);
  }
  return totals;
}

/** One month of the plan curve: the cumulative plan at the month end (or asOf in its own month). */
export interface PlanCurvePoint { readonly month: string; readonly through: string; readonly plannedToDate: Fen }

/** 计划曲线: the cumulative plan of the lines in scope at each month end up to asOf, as executionCurve's points. */
export async function planCurve(db: ReadModelKysely, query: { readonly fiscalYear: number; readonly asOf: string; readonly filters?: LineFilters; readonly settings?: SpendingPlanSettings }): Promise<PlanCurvePoint[]> {
  const { fiscalYear, asOf } = query;
  const scope = await loadScope(db, { fiscalYear, asOf, filters: query.filters, settings: query.settings ?? DEFAULT_SPENDING_PLAN_SETTINGS });
  const year = Number(asOf.slice(0, 4));
  const lastMonth = year > fiscalYear ? 12 : year < fiscalYear ? 0 : Number(asOf.slice(5, 7));
  const points: PlanCurvePoint[] = [];
  for (let m = 1; m <= lastMonth; m++) {
    const month = `${fiscalYear}-${String(m).padStart(2, '0')}`;
    const end = `${month}-${String(daysInMonth(fiscalYear, m)).padStart(2, '0')}`;
    const through = end < asOf ? end : asOf;
    let planned = 0n;
    for (const line of scope.lines) {
      const on = planOn(scope, line, through);
      if (on) planned += plannedToDate(on.plan.months, through);
    }
    points.push({ month, through, plannedToDate: planned });
  }
  return points;
}

/** One line's plan as of a date, with every revision filed (up to now) and the payments by month. */
export interface LinePlan {
  readonly lineId: string;
  readonly fiscalYear: number;
  readonly asOf: string;
  readonly established: boolean;
  readonly weights: readonly number[];
  readonly plan: EffectivePlan | null;
  readonly inForce: StoredPlan | null;
  readonly revisions: readonly StoredPlan[];
  /** net paid by month (disbursed − reversed, effective on or before asOf), 分 */
  readonly paidByMonth: readonly Fen[];
  readonly exceedances: readonly { disbursementId: string; date: string; month: string; planned: Fen; paid: Fen; requested: Fen; excess: Fen }[];
}

export async function linePlan(db: ReadModelKysely, query: { readonly lineId: string; readonly fiscalYear: number; readonly asOf: string; readonly settings?: SpendingPlanSettings }): Promise<LinePlan> {
  const settings = query.settings ?? DEFAULT_SPENDING_PLAN_SETTINGS;
  const scope = await loadScope(db, { fiscalYear: query.fiscalYear, asOf: query.asOf, filters: { lineId: query.lineId }, settings });
  const line = scope.lines[0];
  const on = line ? planOn(scope, line, query.asOf) : null;
  const revisions = (await db.selectFrom('spending_plans').selectAll().where('line_id', '=', query.lineId).orderBy('revision').execute()).map((r) => storedPlanOf(r as Record<string, unknown>));
  const movements = await db.selectFrom('movements').select(['date', 'disbursed', 'reversed']).where('line_id', '=', query.lineId).where('date', '<=', query.asOf).execute();
  const paidByMonth: Fen[] = Array.from({ length: 12 }, () => 0n);
  for (const m of movements) if (m.date.startsWith(`${query.fiscalYear}-`)) paidByMonth[monthOf(m.date) - 1] += toFen(m.disbursed) - toFen(m.reversed);
  const exceedances = await db.selectFrom('plan_exceedances').selectAll().where('line_id', '=', query.lineId).where('date', '<=', query.asOf).orderBy('position').execute();
  return {
    lineId: query.lineId, fiscalYear: query.fiscalYear, asOf: query.asOf, established: on !== null, weights: line?.weights ?? [],
    plan: on?.plan ?? null, inForce: on?.filed ?? null, revisions, paidByMonth,
    exceedances: exceedances.map((e) => ({
      disbursementId: e.disbursement_id, date: e.date, month: e.month, planned: toFen(e.planned), paid: toFen(e.paid), requested: toFen(e.requested), excess: toFen(e.excess),
    })),
  };
}
