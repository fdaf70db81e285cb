import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('given nothing, uses the embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, REDIS_URL: 'redis://127.0.0.1:6379', DEMO_DATA: 'simulated', REDIS_AUTOSTART: true, LOG_FORMAT: 'text' });
    expect(config.DATA_DIR).toBe(resolve('./data'));
    expect(config.EVENT_STORE_FILE).toBe(resolve('./data/events.sqlite'));
    expect(config).toMatchObject({ TIME_PROGRESS_BASIS: 'month', MONITORING_SETTINGS: {}, READ_MODEL_SCHEMA: 'budget_read' });
    expect(config.READ_MODEL_URL).toBeUndefined();
    expect(config).toMatchObject({ IDEMPOTENCY_LEASE_MS: 60_000, IDEMPOTENCY_RETENTION_DAYS: 7 });
    expect(config.HEAP_GROWING_PERCENT).toBe(50);
  });

  it('given HEAP_GROWING_PERCENT=0, V8 keeps its own rule; a negative or absurd share is refused, naming the variable', () => {
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).HEAP_GROWING_PERCENT).toBe(0);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-5' })).toThrow(/HEAP_GROWING_PERCENT/);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '1000' })).toThrow(/HEAP_GROWING_PERCENT/);
  });

  it('given valid values, takes them', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: '/tmp/x', DEMO_DATA: 'false', REDIS_URL: 'redis://cache:6380/2' });
    expect(config).toMatchObject({ PORT: 8080, DATA_DIR: '/tmp/x', DEMO_DATA: 'off', REDIS_URL: 'redis://cache:6380/2' });
  });

  it.each([['true', 'simulated'], ['budget', 'budget'], ['false', 'off']])('given DEMO_DATA=%s, the demo data mode is %s', (value, mode) => {
    expect(loadConfig({ DEMO_DATA: value }).DEMO_DATA).toBe(mode);
  });

  it('given an unknown DEMO_DATA, the problem names the variable and the values it takes', () => {
    expect(() => loadConfig({ DEMO_DATA: 'simulate' })).toThrow(/^invalid configuration: DEMO_DATA: must be true \(demo budget and a simulated year\), budget \(the demo budget only\) or false \(got "simulate"\)$/);
  });

  it('given bad values, names every offending variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379', DEMO_DATA: 'yes', READ_MODEL_URL: 'mysql://x', TIME_PROGRESS_BASIS: 'week', MONITORING_SETTINGS: '{oops' });
    } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(problems.sort()).toEqual(['DEMO_DATA', 'MONITORING_SETTINGS', 'PORT', 'READ_MODEL_URL', 'REDIS_URL', 'TIME_PROGRESS_BASIS']);
  });

  describe('event store and process role', () => {
    const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
      try {
        loadConfig(env);
      } catch (e) {
        if (e instanceof ConfigError) return e.problems;
        throw e;
      }
      return [];
    };

    it('given nothing, the embedded SQLite store and the all-in-one role', () => {
      expect(loadConfig({})).toMatchObject({ EVENT_STORE: 'sqlite', ROLE: 'all' });
      expect(loadConfig({}).KURRENTDB_URL).toBeUndefined();
    });

    it('given EVENT_STORE=kurrentdb with a connection string and a role, then they are taken', () => {
      const config = loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://kurrentdb:2113?tls=false', ROLE: 'worker' });
      expect(config).toMatchObject({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://kurrentdb:2113?tls=false', ROLE: 'worker' });
      expect(loadConfig({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb+discover://admin:changeit@node1:2113,node2:2113?tls=true' }).KURRENTDB_URL)
        .toContain('node2:2113');
    });

    it('given EVENT_STORE=kurrentdb without KURRENTDB_URL, then a config error naming KURRENTDB_URL and how to set it', () => {
      const [problem, ...others] = problemsOf({ EVENT_STORE: 'kurrentdb' });
      expect(others).toEqual([]);
      expect(problem).toMatch(/^KURRENTDB_URL: EVENT_STORE=kurrentdb needs KURRENTDB_URL \(e\.g\. kurrentdb:\/\/localhost:2113\?tls=false\)/);
    });

    it('given EVENT_STORE=postgres with a URL, then the event store is PostgreSQL in the schema budget_events by default', () => {
      const config = loadConfig({ EVENT_STORE: 'postgres', EVENT_STORE_URL: 'postgres://budget:secret@postgres:5432/budget' });
      expect(config).toMatchObject({ EVENT_STORE: 'postgres', EVENT_STORE_URL: 'postgres://budget:secret@postgres:5432/budget', EVENT_STORE_SCHEMA: 'budget_events' });
      expect(loadConfig({ EVENT_STORE: 'postgres', EVENT_STORE_URL: 'postgresql://x/y', EVENT_STORE_SCHEMA: 'events_2024' }).EVENT_STORE_SCHEMA).toBe('events_2024');
    });

    it('given EVENT_STORE=postgres without EVENT_STORE_URL, then a config error naming EVENT_STORE_URL and how to set it', () => {
      const [problem, ...others] = problemsOf({ EVENT_STORE: 'postgres' });
      expect(others).toEqual([]);
      expect(problem).toMatch(/^EVENT_STORE_URL: EVENT_STORE=postgres needs EVENT_STORE_URL \(e\.g\. postgres:\/\//);
    });

    it('given the event store and the read models in one PostgreSQL schema, then the start is refused naming EVENT_STORE_SCHEMA', () => {
      const problems = problemsOf({ EVENT_STORE: 'postgres', EVENT_STORE_URL: 'postgres://x/y', READ_MODEL_URL: 'postgres://x/y', EVENT_STORE_SCHEMA: 'budget_read' });
      expect(problems.map((p) => p.split(':')[0])).toEqual(['EVENT_STORE_SCHEMA']);
    });

    it.each([
      [{ EVENT_STORE: 'postgres', EVENT_STORE_URL: 'mysql://x/y' }, 'EVENT_STORE_URL'],
      [{ EVENT_STORE_SCHEMA: 'Budget-Events' }, 'EVENT_STORE_SCHEMA'],
      [{ EVENT_STORE: 'kurrent' }, 'EVENT_STORE'],
      [{ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'http://localhost:2113' }, 'KURRENTDB_URL'],
      [{ KURRENTDB_URL: 'localhost:2113' }, 'KURRENTDB_URL'],
      [{ ROLE: 'scheduler' }, 'ROLE'],
    ])('given %p, then the start is refused naming %s', (env, variable) => {
      const problems = problemsOf(env);
      expect(problems).toHaveLength(1);
      expect(problems[0].split(':')[0]).toBe(variable);
    });
  });

  describe('TRUSTED_PROXIES (the load balancers whose X-Forwarded-For names the client)', () => {
    it('given nothing, then no proxy is trusted', () => {
      expect(loadConfig({}).TRUSTED_PROXIES).toEqual([]);
    });

    it('given addresses, CIDR ranges and the named ranges, then the list Fastify\'s trustProxy takes', () => {
      expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.0/8, 192.168.1.5,loopback , fd00::/8,uniquelocal' }).TRUSTED_PROXIES)
        .toEqual(['10.0.0.0/8', '192.168.1.5', 'loopback', 'fd00::/8', 'uniquelocal']);
    });

    it.each(['10.0.0.0/33', 'lb.internal', '10.0.0', 'true', '10.0.0.0/8/1', '::1/129'])('given %j, then the start is refused naming TRUSTED_PROXIES', (value) => {
      expect(() => loadConfig({ TRUSTED_PROXIES: value })).toThrow(/^invalid configuration: TRUSTED_PROXIES: /);
    });
  });
});
