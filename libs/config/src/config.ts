import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DomainError, spendingPlanSettings } from '@app/domain';
import { secretProblems, shownValue } from './secrets';

/** One entry of TRUSTED_PROXIES, as Fastify's `trustProxy` (proxy-addr) reads them. */
function isProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/** What DEMO_DATA asks for: the demo budget and a simulated year on it, the budget only, or nothing. */
export type DemoDataMode = 'simulated' | 'budget' | 'off';

/** Everything the product reads from the environment, validated once at start. */
const schema = z.object({
  /** production refuses missing, default and placeholder secrets (ADR 16); the image sets it */
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').default('redis://127.0.0.1:6379'),
  /** start a private redis-server under DATA_DIR when none answers at REDIS_URL (embedded default) */
  REDIS_AUTOSTART: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** demo data on first start: true = the 2023 demo budget and a simulated year of execution on it, budget = the budget only, false = none */
  DEMO_DATA: z.enum(['true', 'budget', 'false'], { message: 'must be true (demo budget and a simulated year), budget (the demo budget only) or false' })
    .default('true').transform((v): DemoDataMode => (v === 'true' ? 'simulated' : v === 'budget' ? 'budget' : 'off')),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  /** largest JSON body accepted by command endpoints; budget imports have their own, larger limit */
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/).default('100kb'),
  IMPORT_BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/).default('20mb'),
  /** largest disbursement spreadsheet accepted (MB; streamed to disk, never held in memory) */
  DISBURSEMENT_IMPORT_MAX_MB: z.coerce.number().positive().max(2048).default(200),
  /** how many times a command is retried after a concurrent write to the same stream */
  COMMAND_RETRIES: z.coerce.number().int().min(0).max(20).default(5),
  /** folded aggregate states kept in memory (streams) */
  STATE_CACHE_SIZE: z.coerce.number().int().min(0).default(10000),
  /** a snapshot of a folded state every this many events (0: none); ADR 0020 */
  SNAPSHOT_EVERY: z.coerce.number().int().min(0).default(500),
  /** …or sooner, when loading a stream took this long (ms) */
  SNAPSHOT_FOLD_BUDGET_MS: z.coerce.number().int().min(1).default(20),
  /** the server's heaps grow by at most this share of what they hold live between full collections (0: V8's own rule); src/memory-policy.ts */
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(400).default(50),
  /** events per page when a stream is read to fold it; the event loop gets a turn between pages */
  STREAM_PAGE_SIZE: z.coerce.number().int().min(1).max(100_000).default(1000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15000),
  /** read models in PostgreSQL (postgres://…); unset: SQLite in DATA_DIR (the embedded default) */
  READ_MODEL_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** PostgreSQL schema of the read models */
  READ_MODEL_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier').default('budget_read'),
  /** 序时进度 basis: the month of the date ÷ 12, or days elapsed ÷ days in the year */
  TIME_PROGRESS_BASIS: z.enum(['month', 'day']).default('month'),
  /** JSON overrides of the monitoring thresholds, e.g. {"executionLight":{"red":"50","yellow":"75"}} */
  MONITORING_SETTINGS: z.string().default('{}').transform((text, ctx) => {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }
  }),
  /** JSON overrides of the 用款计划 settings (over-plan payments, default profiles, plan light), see docs/spending-plans.md */
  SPENDING_PLAN_SETTINGS: z.string().default('{}').transform((text, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }
    try {
      return spendingPlanSettings(json);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      ctx.addIssue({ code: 'custom', message: e.message }); // names the path: "templates.operating.11 must be a whole number …"
      return z.NEVER;
    }
  }),
  /** how long a query with minPosition waits for the projections to catch up before answering 503 */
  READ_WAIT_TIMEOUT_MS: z.coerce.number().int().min(0).max(60000).default(5000),
  /** several instances: one projector and one alert trigger loop at a time hold a lease in the read-model database; a dead holder's lease is taken over after LEASE_TTL_MS */
  LEASE_TTL_MS: z.coerce.number().int().min(500).max(600_000).default(10_000),
  /** how often the holder renews its lease and a standby looks for an expired one (must be well below LEASE_TTL_MS) */
  LEASE_RENEW_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  /** when set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`; unset: public (scraped on an internal network) */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** the first admin, created at first start; without them a password is generated and printed once */
  ADMIN_USERNAME: z.string().trim().min(2).max(40).optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').max(200).optional(),
  /** HMAC key signing session tokens (≥ 32 characters); unset: generated once into DATA_DIR/session.key. Set it when several instances serve one department. */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** how long a login lasts, in minutes (default a working day) */
  SESSION_TTL_MINUTES: z.coerce.number().int().min(1).max(60 * 24 * 30).default(480),
  /** mark the session cookie Secure (serve over HTTPS) */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** failed logins per username and address before it is locked for LOGIN_LOCK_MINUTES */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /**
   * the load balancers / reverse proxies in front (comma-separated addresses, CIDR ranges, or loopback, linklocal,
   * uniquelocal): their X-Forwarded-For names the client, so the login limits key on the real client address.
   * Unset: no proxy is trusted, and a client's X-Forwarded-For is ignored (it could be forged).
   */
  TRUSTED_PROXIES: z.string().default('').transform((text, ctx) => {
    const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
    const bad = entries.find((e) => !isProxyEntry(e));
    if (bad !== undefined) {
      ctx.addIssue({ code: 'custom', message: `"${bad}" is not an address, a CIDR range (10.0.0.0/8) or loopback, linklocal, uniquelocal` });
      return z.NEVER;
    }
    return entries;
  }),
  /** SMTP server for alert e-mails (smtp://user:pass@host:587, smtps://…); unset: each e-mail is written to DATA_DIR/outbox as .eml */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('预算执行监控 <budget-alerts@localhost>'),
  /** base URL of the dashboard, for links in e-mails */
  PUBLIC_URL: z.string().url().default('http://127.0.0.1:3000'),
  /** attempts per e-mail before it goes to the dead-letter list, and the first backoff (doubling, with jitter) */
  EMAIL_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  EMAIL_BACKOFF_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /** cron of the full alert evaluation, in ALERT_TIMEZONE (default every day at 08:30 Beijing time) */
  ALERT_SCHEDULE: z.string().regex(/^(\S+\s+){4}\S+$/, 'must be a 5-field cron pattern such as "30 8 * * *"').default('30 8 * * *'),
  ALERT_TIMEZONE: z.string().default('Asia/Shanghai'),
  /** evaluate alert rules in this process (schedule and event triggers); false: this process only serves and sends */
  ALERTS_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** key prefix of the BullMQ queues in Redis: processes sharing a prefix share the work (one department, several instances) */
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,60}$/, 'letters, digits, - and _').default('budget'),
  /** JSON overrides of the alert rules (thresholds, damping, repeat interval), see docs/alerts.md */
  ALERT_SETTINGS: z.string().default('{}').transform((text, ctx) => {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }
  }),
  /** where events are stored: embedded SQLite under DATA_DIR (default), PostgreSQL at EVENT_STORE_URL (production, ADR 11) or KurrentDB at KURRENTDB_URL */
  EVENT_STORE: z.enum(['sqlite', 'postgres', 'kurrentdb']).default('sqlite'),
  /** PostgreSQL of the event store (EVENT_STORE=postgres); may be the read models' database */
  EVENT_STORE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** PostgreSQL schema of the event store, created on first start; never the read models' schema */
  EVENT_STORE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,49}$/, 'must be a lower-case SQL identifier of at most 50 characters').default('budget_events'),
  /** KurrentDB connection string, e.g. kurrentdb://localhost:2113?tls=false or kurrentdb+discover://node1:2113,node2:2113 */
  KURRENTDB_URL: z.string().regex(/^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\/[^\s]+$/, 'must be a KurrentDB connection string such as kurrentdb://localhost:2113?tls=false').optional(),
  /** Idempotency-Key (ADR 0017): how long a request holds its key; a claim older than this (its request cut off) is taken over by a retry */
  IDEMPOTENCY_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  /** Idempotency-Key: days a key and its answer are kept before they are pruned */
  IDEMPOTENCY_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** what this process runs (docs/adr/0008-production-topology.md): api = HTTP + projector, worker = queues and alert evaluation + projector, all = both */
  ROLE: z.enum(['api', 'worker', 'all']).default('all'),
}).refine((c) => (c.ADMIN_USERNAME === undefined) === (c.ADMIN_PASSWORD === undefined), {
  message: 'set ADMIN_USERNAME and ADMIN_PASSWORD together, or neither', path: ['ADMIN_PASSWORD'],
}).refine((c) => c.EVENT_STORE !== 'kurrentdb' || c.KURRENTDB_URL !== undefined, {
  message: 'EVENT_STORE=kurrentdb needs KURRENTDB_URL (e.g. kurrentdb://localhost:2113?tls=false)', path: ['KURRENTDB_URL'],
}).refine((c) => c.EVENT_STORE !== 'postgres' || c.EVENT_STORE_URL !== undefined, {
  message: 'EVENT_STORE=postgres needs EVENT_STORE_URL (e.g. postgres://budget:secret@localhost:5432/budget)', path: ['EVENT_STORE_URL'],
}).refine((c) => c.EVENT_STORE !== 'postgres' || c.EVENT_STORE_SCHEMA !== c.READ_MODEL_SCHEMA, {
  message: 'must differ from READ_MODEL_SCHEMA: the events are the source of truth, backed up and restored apart from the rebuildable read models', path: ['EVENT_STORE_SCHEMA'],
});

export type AppConfig = Omit<z.infer<typeof schema>, 'DATA_DIR'> & {
  readonly DATA_DIR: string; readonly EVENT_STORE_FILE: string; readonly READ_MODEL_FILE: string; readonly SESSION_KEY_FILE: string; readonly OUTBOX_DIR: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    // a secret's value is never quoted back: terminals, CI logs and log collectors keep what a failed start prints
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (${shownValue(String(i.path[0]), env[String(i.path[0])])})`));
  }
  const secrets = secretProblems(parsed.data);
  if (secrets.length > 0) throw new ConfigError(secrets);
  const dataDir = resolve(parsed.data.DATA_DIR);
  return {
    ...parsed.data,
    DATA_DIR: dataDir,
    EVENT_STORE_FILE: resolve(dataDir, 'events.sqlite'),
    READ_MODEL_FILE: resolve(dataDir, 'read-models.sqlite'),
    SESSION_KEY_FILE: resolve(dataDir, 'session.key'),
    OUTBOX_DIR: resolve(dataDir, 'outbox'),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
