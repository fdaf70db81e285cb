/**
 * The 预警 page's filters live in the URL (`/alerts?status=open&rule=execution_lag&unit=426006` from an e-mail opens
 * filtered; back and forward step through them). Anything unreadable in a link falls back to the default.
 */
export type StatusFilter = 'open' | 'resolved' | 'all';
export type SeverityFilter = '' | 'red' | 'yellow';
export const PAGE_SIZES = [20, 50, 100] as const;

export interface AlertFilters {
  status: StatusFilter; rule: string; severity: SeverityFilter; unit: string; page: number; size: number;
  /** 预警 list or 静默 list, and which silences */
  tab: 'alerts' | 'silences'; silences: 'active' | 'all';
}

type Query = Record<string, unknown>;
const one = (v: unknown): string => (Array.isArray(v) ? one(v[0]) : typeof v === 'string' ? v : '');

export function filtersOf(q: Query): AlertFilters {
  const status = one(q.status);
  const severity = one(q.severity);
  const page = Number(one(q.page));
  const size = Number(one(q.size));
  return {
    status: status === 'resolved' || status === 'all' ? status : 'open',
    rule: /^[a-z_]{1,40}$/.test(one(q.rule)) ? one(q.rule) : '',
    severity: severity === 'red' || severity === 'yellow' ? severity : '',
    unit: /^\d{6}$/.test(one(q.unit)) ? one(q.unit) : '',
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
    tab: one(q.tab) === 'silences' ? 'silences' : 'alerts',
    silences: one(q.silences) === 'all' ? 'all' : 'active',
  };
}

/** The query for these filters: defaults left out, anything else in the query (asOf, fiscalYear) kept. */
export function queryOf(f: AlertFilters, keep: Query = {}): Record<string, string> {
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(keep)) if (!['status', 'rule', 'severity', 'unit', 'page', 'size', 'tab', 'silences'].includes(k) && one(v)) rest[k] = one(v);
  return {
    ...rest,
    ...(f.tab === 'silences' ? { tab: 'silences' } : {}),
    ...(f.silences === 'all' ? { silences: 'all' } : {}),
    ...(f.status !== 'open' ? { status: f.status } : {}),
    ...(f.rule ? { rule: f.rule } : {}),
    ...(f.severity ? { severity: f.severity } : {}),
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.page > 1 ? { page: String(f.page) } : {}),
    ...(f.size !== PAGE_SIZES[0] ? { size: String(f.size) } : {}),
  };
}

/** GET /api/v1/alerts parameters for these filters (the year on screen: the header's 截至日期). */
export function listParams(f: AlertFilters, fiscalYear: number): Record<string, string | number> {
  return {
    status: f.status, fiscalYear, limit: f.size, offset: (f.page - 1) * f.size,
    ...(f.rule ? { rule: f.rule } : {}), ...(f.severity ? { severity: f.severity } : {}), ...(f.unit ? { unit: f.unit } : {}),
  };
}
