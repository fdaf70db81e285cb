import type { ReadModelKysely } from '../database';
import type { AlertsTable } from '../schema';

export type AlertRow = Omit<AlertsTable, 'position'> & { readonly units: readonly string[] };

export interface AlertsQuery {
  readonly status?: 'open' | 'resolved';
  readonly fiscalYear?: number;
  readonly rule?: string;
  readonly severity?: 'yellow' | 'red';
  /** alerts concerning this unit: its own, and those its records drive */
  readonly unit?: string;
  /** a scoped reader's units: alerts concerning them only (department-level alerts their units do not drive need department scope) */
  readonly units?: readonly string[];
  readonly limit: number;
  readonly offset: number;
}

/** 预警 list, newest first, with the total for paging, the open counts by severity and by rule. */
export async function alertsView(db: ReadModelKysely, q: AlertsQuery): Promise<{
  total: number; open: { red: number; yellow: number }; openByRule: { rule: string; red: number; yellow: number }[]; alerts: AlertRow[];
}> {
  // the counts by rule and severity stay those of the scope, whatever rule the list is filtered to (they are the filter's choices)
  let base = db.selectFrom('alerts');
  if (q.fiscalYear !== undefined) base = base.where('fiscal_year', '=', q.fiscalYear);
  for (const units of [q.unit !== undefined ? [q.unit] : undefined, q.units]) {
    if (units === undefined) continue;
    base = units.length === 0 ? base.where('alert_id', '=', '') // no unit in scope: nothing
      : base.where('alert_id', 'in', db.selectFrom('alert_units').select('alert_id').where('unit', 'in', [...units]));
  }
  let listed = q.rule !== undefined ? base.where('rule', '=', q.rule) : base;
  if (q.status !== undefined) listed = listed.where('status', '=', q.status);
  if (q.severity !== undefined) listed = listed.where('severity', '=', q.severity);
  const [count, open, alerts] = await Promise.all([
    listed.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
    base.where('status', '=', 'open').select(['rule', 'severity', (eb) => eb.fn.countAll<string>().as('n')]).groupBy(['rule', 'severity']).execute(),
    listed.selectAll().orderBy('raised_at', 'desc').orderBy('alert_id').limit(q.limit).offset(q.offset).execute(),
  ]);
  const byRule = new Map<string, { rule: string; red: number; yellow: number }>();
  for (const o of open) {
    const r = byRule.get(o.rule) ?? { rule: o.rule, red: 0, yellow: 0 };
    r[o.severity as 'red' | 'yellow'] += Number(o.n);
    byRule.set(o.rule, r);
  }
  const openByRule = [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
  return {
    total: Number(count?.n ?? 0),
    open: { red: openByRule.reduce((n, r) => n + r.red, 0), yellow: openByRule.reduce((n, r) => n + r.yellow, 0) },
    openByRule, alerts: await withUnits(db, alerts),
  };
}

/** One alert by id, or undefined. */
export async function alertById(db: ReadModelKysely, alertId: string): Promise<AlertRow | undefined> {
  const row = await db.selectFrom('alerts').selectAll().where('alert_id', '=', alertId).executeTakeFirst();
  return row ? (await withUnits(db, [row]))[0] : undefined;
}

/** Open alerts of these rule × subject pairs (`rule.subjectKey`): what inhibits another alert. */
export async function openAlertsOf(db: ReadModelKysely, keys: readonly string[]): Promise<Pick<AlertsTable, 'alert_id' | 'rule' | 'subject_key' | 'subject_name'>[]> {
  if (keys.length === 0) return [];
  const pairs = keys.map((k) => { const dot = k.indexOf('.'); return { rule: k.slice(0, dot), subject: k.slice(dot + 1) }; });
  return db.selectFrom('alerts').select(['alert_id', 'rule', 'subject_key', 'subject_name']).where('status', '=', 'open')
    .where((eb) => eb.or(pairs.map((p) => eb.and([eb('rule', '=', p.rule), eb('subject_key', '=', p.subject)])))).execute();
}

async function withUnits(db: ReadModelKysely, rows: readonly (Omit<AlertsTable, 'position'> & { position: unknown })[]): Promise<AlertRow[]> {
  if (rows.length === 0) return [];
  const units = await db.selectFrom('alert_units').select(['alert_id', 'unit']).where('alert_id', 'in', rows.map((r) => r.alert_id)).orderBy('unit').execute();
  const byAlert = new Map<string, string[]>();
  for (const u of units) byAlert.set(u.alert_id, [...(byAlert.get(u.alert_id) ?? []), u.unit]);
  return rows.map(({ position: _position, ...r }) => ({ ...r, units: byAlert.get(r.alert_id) ?? [] }));
}
