import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@app/config';
import { SERVER_PROCESS_ENV } from '../src/memory-policy';

/*
 * The production topology files, checked without a container engine (none runs on the development
 * machines). With Debian's docker-compose installed, its own validator runs (`config -q`) and the checks
 * below read its normalised output (anchors merged, variables defaulted); without it, the YAML is parsed
 * with js-yaml in YAML 1.1 (merge keys supported) and the same checks run. The describe title says which one ran.
 */
// js-yaml ships with @nestjs/swagger; it has no bundled types. YAML 1.1, as docker-compose's PyYAML reads it (merge keys included).
const yaml = require('js-yaml') as { load(text: string, options: { schema: unknown }): unknown; YAML11_SCHEMA: unknown };

const root = join(__dirname, '..');
const composeFile = join(root, 'docker-compose.yml');
const probe = spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' });
const composeVersion = probe.status === 0 ? probe.stdout.trim() : undefined;
const validator = composeVersion ? `docker-compose ${composeVersion} (config -q)` : 'js-yaml (docker-compose is not installed)';

interface Service {
  image?: string; build?: unknown; command?: string[] | string; environment?: Record<string, string>; ports?: unknown[];
  healthcheck?: { test?: string[] | string; disable?: boolean }; depends_on?: Record<string, { condition: string }>;
  profiles?: string[]; volumes?: unknown[];
}
interface Compose { services: Record<string, Service>; volumes: Record<string, unknown> }

/** The secrets compose requires (ADR 16), as an operator's .env would give them: strong, none a known default. */
const SECRETS = {
  SESSION_SECRET: 'q3V9pL2xW8kR4tN7mB1cZ6yH5gF0dS3aJ8uE2iO7', POSTGRES_PASSWORD: '5f2c9a7e1b3d8e6f4a0c2b7d', ADMIN_PASSWORD: 'Tongnan-Ledger-426-Office',
} as const;
/** What the compose file shipped with until ADR 16: each one worked (admin/change-me-please logged in). */
const FORMER_DEFAULTS = {
  SESSION_SECRET: 'development-only-session-secret-change-me-0123456789', POSTGRES_PASSWORD: 'budget-dev-only', ADMIN_PASSWORD: 'change-me-please',
} as const;
const withoutSecrets = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in SECRETS)));

/** The file as docker-compose sees it with `env` in the environment (on top of this process's, secrets given unless `env` overrides them). */
function composeModel(env: Record<string, string> = {}): Compose {
  return yaml.load(composeText({ ...SECRETS, ...env }), { schema: yaml.YAML11_SCHEMA }) as Compose;
}

/** The interpolated file; throws what docker-compose says (or would say) when a required variable is missing. */
function composeText(env: Record<string, string>): string {
  const environment = { ...withoutSecrets(), ...env };
  if (!composeVersion) return interpolate(readFileSync(composeFile, 'utf8'), environment);
  const run = spawnSync('docker-compose', ['-f', composeFile, 'config'], { encoding: 'utf8', cwd: root, env: environment });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

/**
 * What docker-compose does to `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}` and `${VAR?message}`
 * before parsing (the fallback path only): a required variable that is missing (`:?` also empty) stops it, naming it.
 */
function interpolate(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/\$\{(\w+)(?:(:?)([-?])([^}]*))?\}/g, (_, name: string, colon: string | undefined, kind: string | undefined, word: string | undefined) => {
    const value = env[name];
    const missing = value === undefined || (colon === ':' && value === '');
    if (kind === '?' && missing) throw new Error(`ERROR: Missing mandatory value for "environment" option interpolating ${name}: ${word}`);
    if (kind === '-' && missing) return word ?? '';
    return value ?? '';
  });
}

/** The app configuration a service's environment yields, or a failure naming the service and the problems. */
function configOf(name: string, service: Service): ReturnType<typeof loadConfig> {
  try {
    return loadConfig(service.environment ?? {});
  } catch (error) {
    throw new Error(error instanceof ConfigError ? `${name}: ${error.problems.join('; ')}` : String(error));
  }
}

describe(`docker-compose.yml, validated by ${validator}`, () => {
  if (composeVersion) {
    it('given docker-compose, when it validates the file with config -q, then it exits 0 with nothing on stderr', () => {
      const run = spawnSync('docker-compose', ['-f', composeFile, 'config', '-q'], { encoding: 'utf8', cwd: root });
      expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({ status: 0, stderr: '' });
    });
  }

  const compose = composeModel();
  const { services } = compose;

  it('given the topology, then every service is there and each long-running one has a healthcheck', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'kurrentdb', 'mailpit', 'migrate', 'postgres', 'rebuild', 'redis', 'worker']);
    for (const name of ['api', 'kurrentdb', 'mailpit', 'postgres', 'redis', 'worker']) {
      expect({ name, test: services[name].healthcheck?.test }).toEqual({ name, test: expect.arrayContaining([expect.any(String)]) });
    }
    // one-offs, never started by `up`; KurrentDB only when its profile is asked for
    expect([services.rebuild.profiles, services.migrate.profiles, services.kurrentdb.profiles]).toEqual([['tools'], ['tools'], ['kurrentdb']]);
  });

  it('given Redis, then jobs survive a restart (AOF) and are never evicted', () => {
    const command = ([] as string[]).concat(services.redis.command ?? []).join(' ');
    expect(command).toMatch(/--appendonly yes/);
    expect(command).toMatch(/--maxmemory-policy noeviction/);
  });

  it('given KurrentDB for development, then a single insecure node with its data on a volume', () => {
    expect(services.kurrentdb.environment).toMatchObject({ KURRENTDB_CLUSTER_SIZE: '1', KURRENTDB_INSECURE: 'true' });
    expect(JSON.stringify(services.kurrentdb.volumes)).toContain('/var/lib/kurrentdb');
  });

  it.each([['api', 'api'], ['worker', 'worker']])('given the %s service, then its environment passes the app configuration with ROLE=%s, events and read models in PostgreSQL, Redis', (name, role) => {
    const config = configOf(name, services[name]);
    expect(config).toMatchObject({ ROLE: role, EVENT_STORE: 'postgres', EVENT_STORE_SCHEMA: 'budget_events', READ_MODEL_SCHEMA: 'budget_read', REDIS_AUTOSTART: false, REDIS_URL: 'redis://redis:6379' });
    expect(config.EVENT_STORE_URL).toMatch(/^postgres:\/\/budget:.+@postgres:5432\/budget$/);
    expect(config.READ_MODEL_URL).toBe(config.EVENT_STORE_URL); // one database, two schemas
    expect(config.SMTP_URL).toBe('smtp://mailpit:1025');
    expect(Object.fromEntries(Object.entries(services[name].depends_on ?? {}).map(([k, v]) => [k, v.condition])))
      .toEqual({ postgres: 'service_healthy', redis: 'service_healthy', mailpit: 'service_healthy' });
  });

  it('given the app services, then they run with NODE_ENV=production, so the app checks its secrets (ADR 16)', () => {
    for (const name of ['api', 'worker', 'rebuild', 'migrate']) {
      expect({ name, env: services[name].environment?.NODE_ENV }).toEqual({ name, env: 'production' });
    }
  });

  it.each(Object.keys(SECRETS))('given no %s in the environment, then compose refuses to start, naming it (no default secret)', (variable) => {
    const given: Record<string, string> = { ...SECRETS };
    delete given[variable];
    expect(() => composeText(given)).toThrow(variable);
    expect(() => composeText({ ...given, [variable]: '' })).toThrow(variable);
  });

  it('given the secrets the file once defaulted to (admin/change-me-please, the development session secret and database password), then the app refuses them, naming each and quoting none', () => {
    const legacy = composeModel(FORMER_DEFAULTS).services;
    for (const name of ['api', 'worker']) {
      let problems: string[] = [];
      try {
        loadConfig(legacy[name].environment ?? {});
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        problems = error.problems;
      }
      expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['ADMIN_PASSWORD', 'EVENT_STORE_URL', 'READ_MODEL_URL', 'SESSION_SECRET']);
      for (const value of Object.values(FORMER_DEFAULTS)) expect(problems.join('\n')).not.toContain(value);
    }
  });

  it('given EVENT_STORE=kurrentdb in the environment (the documented alternative), then api and worker use the kurrentdb service', () => {
    const alternative = composeModel({ EVENT_STORE: 'kurrentdb' }).services;
    for (const name of ['api', 'worker']) {
      const config = configOf(name, alternative[name]);
      expect({ name, store: config.EVENT_STORE, url: config.KURRENTDB_URL }).toEqual({ name, store: 'kurrentdb', url: 'kurrentdb://kurrentdb:2113?tls=false' });
    }
  });

  it('given the migrate one-off, then it copies /data/events.sqlite into the PostgreSQL event store the app uses', () => {
    const command = ([] as string[]).concat(services.migrate.command ?? []);
    const config = configOf('migrate', services.migrate);
    expect(command.slice(0, 2)).toEqual(['node', 'dist/src/migrate-event-store.js']);
    expect(command[command.indexOf('--from') + 1]).toBe('sqlite:/data/events.sqlite');
    expect(command[command.indexOf('--to') + 1]).toBe(config.EVENT_STORE_URL);
    expect(command[command.indexOf('--to-schema') + 1]).toBe(config.EVENT_STORE_SCHEMA);
  });

  it('given scaling, then only the api publishes ports (a range, so replicas do not collide) and replicas share one image', () => {
    expect(services.api.ports).toHaveLength(1);
    expect(JSON.stringify(services.api.ports)).toMatch(/3000-3009/);
    expect(services.worker.ports).toBeUndefined();
    expect(services.api.image).toBe(services.worker.image);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('given the build, then it is multi-stage on Debian slim (glibc for the native modules), never Alpine', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(dockerfile.match(/^(FROM|ARG NODE_IMAGE).*$/gm)?.join('\n')).not.toMatch(/alpine/i);
  });

  it('given the runtime stage, then it runs as the non-root node user the compiled entry with a healthcheck', () => {
    const runtime = stages[stages.length - 1];
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK /m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/src\/main\.js"\]$/m);
    expect(runtime).not.toMatch(/npm (ci|install)/);
  });

  it('given the runtime stage and npm start, then both start the server with the memory policy\'s process environment (ADR 0023)', () => {
    const runtime = stages[stages.length - 1];
    const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
    for (const [name, value] of Object.entries(SERVER_PROCESS_ENV)) {
      expect(runtime).toMatch(new RegExp(`^ENV ${name}=${value}$`, 'm'));
      expect(start).toContain(`${name}=\${${name}:-${value}} node dist/src/main.js`);
    }
  });
});
