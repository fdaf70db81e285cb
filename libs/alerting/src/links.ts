/**
 * The dashboard paths alerts link to (PUBLIC_URL + path). The web app routes each of them, and keeps the path
 * through the login: a link in an e-mail opens the subject as of the alert's date.
 */
const q = (params: Record<string, string | number | undefined>) => {
  const query = Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
  return query ? `?${query}` : '';
};

export const links = {
  department: (fiscalYear: number, asOf: string) => `/${q({ fiscalYear, asOf })}`,
  unit: (unit: string, fiscalYear: number, asOf: string) => `/units/${encodeURIComponent(unit)}${q({ fiscalYear, asOf })}`,
  project: (project: string, fiscalYear: number, asOf: string) => `/projects/${encodeURIComponent(project)}${q({ fiscalYear, asOf })}`,
  line: (lineId: string, asOf: string) => `/lines/${encodeURIComponent(lineId)}${q({ asOf })}`,
  indicator: (fiscalYear: number, indicatorId: string, asOf: string) => `/indicators/${fiscalYear}/${encodeURIComponent(indicatorId)}${q({ asOf })}`,
  fund: (fiscalYear: number, asOf: string, advance?: string) => `/fund${q({ fiscalYear, asOf, advance })}`,
  sangong: (fiscalYear: number, asOf: string, unit?: string) => `/sangong${q({ fiscalYear, asOf, unit })}`,
  alert: (alertId: string) => `/alerts/${encodeURIComponent(alertId)}`,
  alerts: (filters: { status?: string; rule?: string; severity?: string; unit?: string } = {}) => `/alerts${q(filters)}`,
} as const;
