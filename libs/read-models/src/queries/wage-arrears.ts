import { sql } from 'kysely';
import type { ReadModelKysely } from '../database';
import { fenToYuan, toFen, toInt } from '../fen';

export interface WageArrearsFigures {
  /** 欠薪案件 reported on or before asOf, and of those the ones resolved (处置) on or before asOf */
  readonly reported: number;
  readonly resolved: number;
  readonly open: number;
  /** 欠薪金额: amount owed of the reported cases, of the resolved ones, and what their resolutions settled */
  readonly reportedAmount: string;
  readonly resolvedAmount: string;
  readonly settledAmount: string;
  readonly workersAffected: number;
}
export interface WageArrearsMetrics {
  readonly asOf: string;
  /** 欠薪处置率 inputs department-wide: resolved ÷ reported by count, resolvedAmount ÷ reportedAmount by amount */
  readonly department: WageArrearsFigures;
  readonly byUnit: readonly (WageArrearsFigures & { readonly unit: string; readonly name: string })[];
}

/** Inputs of the derived indicator 欠薪处置率, as of a date (by the cases' report and resolution dates). */
export async function wageArrearsMetrics(
  db: ReadModelKysely, query: { readonly fiscalYear?: number; readonly asOf: string; readonly unit?: string; readonly units?: readonly string[] },
): Promise<WageArrearsMetrics> {
  const resolvedBy = sql`${sql.ref('wage_cases.resolved_on')} is not null and ${sql.ref('wage_cases.resolved_on')} <= ${query.asOf}`;
  let q = db.selectFrom('wage_cases')
    .leftJoin('ref_units', 'ref_units.code', 'wage_cases.unit')
    .where('wage_cases.reported_on', '<=', query.asOf);
  if (query.fiscalYear !== undefined) q = q.where('wage_cases.fiscal_year', '=', query.fiscalYear);
  if (query.unit !== undefined) q = q.where('wage_cases.unit', '=', query.unit);
  if (query.units !== undefined) q = q.where('wage_cases.unit', 'in', ['', ...query.units]);
  const rows = await q.select([
    'wage_cases.unit as unit',
    sql<string>`max(${sql.ref('ref_units.name')})`.as('name'),
    sql<string>`count(*)`.as('reported'),
    sql<string>`sum(case when ${resolvedBy} then 1 else 0 end)`.as('resolved'),
    sql<string>`cast(sum(${sql.ref('wage_cases.amount_owed')}) as text)`.as('reported_amount'),
    sql<string>`cast(sum(case when ${resolvedBy} then ${sql.ref('wage_cases.amount_owed')} else 0 end) as text)`.as('resolved_amount'),
    sql<string>`cast(sum(case when ${resolvedBy} then coalesce(${sql.ref('wage_cases.amount_settled')}, 0) else 0 end) as text)`.as('settled_amount'),
    sql<string>`sum(${sql.ref('wage_cases.workers')})`.as('workers'),
  ]).groupBy('wage_cases.unit').orderBy('wage_cases.unit').execute();

  const totals = { reported: 0, resolved: 0, reportedAmount: 0n, resolvedAmount: 0n, settledAmount: 0n, workers: 0 };
  const byUnit = rows.map((r) => {
    const f = {
      reported: toInt(r.reported), resolved: toInt(r.resolved), reportedAmount: toFen(r.reported_amount),
      resolvedAmount: toFen(r.resolved_amount), settledAmount: toFen(r.settled_amount), workers: toInt(r.workers),
    };
    totals.reported += f.reported; totals.resolved += f.resolved; totals.workers += f.workers;
    totals.reportedAmount += f.reportedAmount; totals.resolvedAmount += f.resolvedAmount; totals.settledAmount += f.settledAmount;
    return { unit: r.unit, name: r.name ?? r.unit, ...present(f) };
  });
  return { asOf: query.asOf, department: present(totals), byUnit };
}

function present(f: { reported: number; resolved: number; reportedAmount: bigint; resolvedAmount: bigint; settledAmount: bigint; workers: number }): WageArrearsFigures {
  return {
    reported: f.reported, resolved: f.resolved, open: f.reported - f.resolved, reportedAmount: fenToYuan(f.reportedAmount),
    resolvedAmount: fenToYuan(f.resolvedAmount), settledAmount: fenToYuan(f.settledAmount), workersAffected: f.workers,
  };
}

/** 欠薪案件 as people name them: who owes (the employer), how many workers, which unit handles it. */
export interface CaseSummary {
  readonly caseId: string;
  readonly unit: string;
  readonly unitName: string;
  readonly employer: string;
  readonly workersAffected: number;
  readonly amountOwed: string;
  readonly reportedOn: string;
  readonly status: 'open' | 'resolved';
  readonly resolvedOn: string | null;
  readonly resolution: string | null;
  readonly amountSettled: string | null;
}

/** Cases with their unit's name, by id or by filters, newest report first (at most `limit`). */
export async function caseSummaries(
  db: ReadModelKysely,
  query: { readonly caseIds?: readonly string[]; readonly units?: readonly string[]; readonly fiscalYear?: number; readonly status?: 'open' | 'resolved'; readonly limit?: number },
): Promise<CaseSummary[]> {
  if (query.caseIds !== undefined && query.caseIds.length === 0) return [];
  let q = db.selectFrom('wage_cases').leftJoin('ref_units', 'ref_units.code', 'wage_cases.unit').selectAll('wage_cases').select('ref_units.name as unit_name');
  if (query.caseIds !== undefined) q = q.where('wage_cases.case_id', 'in', [...query.caseIds]);
  if (query.units !== undefined) q = q.where('wage_cases.unit', 'in', ['', ...query.units]);
  if (query.fiscalYear !== undefined) q = q.where('wage_cases.fiscal_year', '=', query.fiscalYear);
  if (query.status === 'open') q = q.where('wage_cases.resolved_on', 'is', null);
  if (query.status === 'resolved') q = q.where('wage_cases.resolved_on', 'is not', null);
  const rows = await q.orderBy('wage_cases.reported_on', 'desc').orderBy('wage_cases.case_id').limit(query.limit ?? 500).execute();
  return rows.map((c) => ({
    caseId: c.case_id, unit: c.unit, unitName: c.unit_name ?? c.unit, employer: c.employer, workersAffected: toInt(c.workers), amountOwed: fenToYuan(toFen(c.amount_owed)),
    reportedOn: c.reported_on, status: c.resolved_on === null ? 'open' : 'resolved', resolvedOn: c.resolved_on, resolution: c.resolution,
    amountSettled: c.amount_settled === null ? null : fenToYuan(toFen(c.amount_settled)),
  }));
}
