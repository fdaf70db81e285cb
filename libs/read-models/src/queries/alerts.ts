import type { ReadModelKysely } from '../database';
import type { AlertsTable } from '../schema';

export type AlertRow = Omit<AlertsTable, 'position'>;

export interface AlertsQuery {
  readonly status?: 'open' | 'resolved';
  readonly fiscalYear?: number;
  readonly rule?: string;
  readonly severity?: 'yellow' | 'red';
  readonly unit?: string;
  /** a scoped reader's units: their alerts only (department-level alerts need department scope) */
  readonly units?: readonly string[];
  readonly limit: number;
  readonly offset: number;
}

/** 预警 list, newest first, with the total for paging and the open counts by severity. */
export async function alertsView(db: ReadModelKysely, q: AlertsQuery): Promise<{ total: number; open: { red: number; yellow: number }; alerts: AlertRow[] }> {
  let base = db.selectFrom('alerts');
  if (q.fiscalYear !== undefined) base = base.where('fiscal_year', '=', q.fiscalYear);
  if (q.rule !== undefined) base = base.where('rule', '=', q.rule);
  if (q.unit !== undefined) base = base.where('unit', '=', q.unit);
  if (q.units !== undefined) base = base.where('unit', 'in', ['', ...q.units]);
  let listed = base;
  if (q.status !== undefined) listed = listed.where('status', '=', q.status);
  if (q.severity !== undefined) listed = listed.where('severity', '=', q.severity);
  const [count, open, alerts] = await Promise.all([
    listed.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
    base.where('status', '=', 'open').select(['severity', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('severity').execute(),
    listed.selectAll().orderBy('raised_at', 'desc').orderBy('alert_id').limit(q.limit).offset(q.offset).execute(),
  ]);
  const bySeverity = new Map(open.map((o) => [o.severity, Number(o.n)]));
  return { total: Number(count?.n ?? 0), open: { red: bySeverity.get('red') ?? 0, yellow: bySeverity.get('yellow') ?? 0 }, alerts: alerts as AlertRow[] };
}
