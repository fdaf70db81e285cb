import { DomainError, checkPasswordPolicy } from '@app/domain';

/** Variables that are secrets: a rejected value is never quoted back (logs and terminals keep what they print). */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['SESSION_SECRET', 'ADMIN_PASSWORD', 'METRICS_TOKEN']);
/** Connection strings that may embed a password (`scheme://user:password@host`). */
const CREDENTIAL_URL_VARIABLES: ReadonlySet<string> = new Set(['EVENT_STORE_URL', 'READ_MODEL_URL', 'SMTP_URL', 'REDIS_URL', 'KURRENTDB_URL']);

/** How a rejected value is shown in a configuration problem: never a secret, a URL without its user and password. */
export function shownValue(variable: string, value: unknown): string {
  if (value === undefined) return 'unset';
  if (SECRET_VARIABLES.has(variable)) return 'value not shown: a secret';
  if (CREDENTIAL_URL_VARIABLES.has(variable) && typeof value === 'string') return `got ${JSON.stringify(withoutCredentials(value))}`;
  return `got ${JSON.stringify(value)}`;
}

/** Everything before a URL's last `@` (after the scheme) is user information, however malformed the rest. */
export const withoutCredentials = (url: string): string => url.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^]*@/i, '$1***@');

/**
 * Values that are public, so never secrets: the development defaults this project ever shipped (docker-compose.yml
 * until ADR 16), the documentation's examples and vendors' defaults (KurrentDB's `changeit`).
 */
const KNOWN_DEFAULTS: ReadonlySet<string> = new Set([
  'development-only-session-secret-change-me-0123456789', 'change-me-please', 'budget-dev-only', 'changeit',
  'password', 'passw0rd', 'admin', 'administrator', 'secret', 'postgres', 'budget', 'redis', 'root', 'guest', 'test',
  '123456', '12345678', '1234567890', 'qwerty', 'letmein', 'default',
]);
const PLACEHOLDER = /change[-_ ]?me|changeit|dev(elopment)?[-_ ]only|example|placeholder|your[-_ ]?(secret|password)|^x+$/i;

export const isKnownDefault = (value: string): boolean => KNOWN_DEFAULTS.has(value.trim().toLowerCase()) || PLACEHOLDER.test(value);

/** The password of a connection string, if it has one (percent-decoded). */
export function urlPassword(url: string): string | undefined {
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^]*)@/i.exec(url)?.[1];
  const colon = userinfo?.indexOf(':') ?? -1;
  if (userinfo === undefined || colon < 0) return undefined;
  const raw = userinfo.slice(colon + 1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The secrets the production checks look at, as loadConfig parsed them. */
export interface SecretSettings {
  readonly NODE_ENV?: string;
  readonly SESSION_SECRET?: string;
  readonly ADMIN_USERNAME?: string;
  readonly ADMIN_PASSWORD?: string;
  readonly METRICS_TOKEN?: string;
  readonly EVENT_STORE_URL?: string;
  readonly READ_MODEL_URL?: string;
  readonly SMTP_URL?: string;
  readonly REDIS_URL?: string;
  readonly KURRENTDB_URL?: string;
}

/** Database passwords we ask operators to choose (POSTGRES_PASSWORD): long enough not to be guessed on a LAN. */
export const MIN_DATABASE_PASSWORD = 12;

/**
 * Problems with the secrets, one per variable, each naming it and never quoting the value (ADR 16).
 * Always: ADMIN_PASSWORD meets the password policy (a bad one must stop the start here, not crash the first admin).
 * With NODE_ENV=production: SESSION_SECRET and ADMIN_PASSWORD are set, no secret is a known default or placeholder,
 * and a password in a PostgreSQL URL has at least MIN_DATABASE_PASSWORD characters.
 */
export function secretProblems(c: SecretSettings): string[] {
  const problems: string[] = [];
  if (c.ADMIN_PASSWORD !== undefined) {
    try {
      checkPasswordPolicy(c.ADMIN_PASSWORD, c.ADMIN_USERNAME ?? 'admin', 'ADMIN_PASSWORD');
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      problems.push(`ADMIN_PASSWORD: ${e.message}`);
    }
  }
  if (c.NODE_ENV !== 'production') return problems;
  const own = 'production (NODE_ENV=production) needs one of your own';
  if (c.SESSION_SECRET === undefined) problems.push(`SESSION_SECRET: unset; ${own}, the same on every instance (e.g. openssl rand -base64 48)`);
  else if (isKnownDefault(c.SESSION_SECRET) || new Set(c.SESSION_SECRET).size < 10) problems.push(`SESSION_SECRET: a known default, placeholder or low-variety value; ${own} (e.g. openssl rand -base64 48)`);
  if (c.ADMIN_PASSWORD === undefined) problems.push(`ADMIN_PASSWORD: unset; ${own} (a generated one would be printed into the logs)`);
  else if (isKnownDefault(c.ADMIN_PASSWORD)) problems.push(`ADMIN_PASSWORD: a known default or placeholder; ${own}`);
  if (c.METRICS_TOKEN !== undefined && isKnownDefault(c.METRICS_TOKEN)) problems.push(`METRICS_TOKEN: a known default or placeholder; ${own}`);
  for (const variable of ['EVENT_STORE_URL', 'READ_MODEL_URL', 'SMTP_URL', 'REDIS_URL', 'KURRENTDB_URL'] as const) {
    const url = c[variable];
    const password = url === undefined ? undefined : urlPassword(url);
    if (password === undefined) continue; // no password in the URL: peer/certificate authentication, PGPASSWORD or .pgpass
    if (isKnownDefault(password)) problems.push(`${variable}: its password is a known default or placeholder; ${own}`);
    else if (/^postgres/.test(url ?? '') && password.length < MIN_DATABASE_PASSWORD) {
      problems.push(`${variable}: its password is shorter than ${MIN_DATABASE_PASSWORD} characters; ${own}`);
    }
  }
  return problems;
}
