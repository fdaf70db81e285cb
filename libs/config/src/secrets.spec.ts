import { ConfigError, loadConfig } from './config';

/** A production environment whose secrets are all of the operator's own (nothing refused). */
const PRODUCTION = {
  NODE_ENV: 'production', SESSION_SECRET: 'q3V9pL2xW8kR4tN7mB1cZ6yH5gF0dS3aJ8uE2iO7', ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'Tongnan-Ledger-426-Office',
  EVENT_STORE: 'postgres', EVENT_STORE_URL: 'postgres://budget:5f2c9a7e1b3d8e6f4a0c2b7d@db:5432/budget',
} as const;

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
};
const variables = (problems: string[]) => problems.map((p) => p.split(':')[0]).sort();

describe('secrets in the configuration (ADR 16)', () => {
  describe('given NODE_ENV=production', () => {
    it('when every secret is the operator\'s own, then the configuration loads', () => {
      expect(problemsOf(PRODUCTION)).toEqual([]);
    });

    it.each(['SESSION_SECRET', 'ADMIN_PASSWORD'])('when %s is missing, then the start is refused naming it', (variable) => {
      const env: NodeJS.ProcessEnv = { ...PRODUCTION };
      delete env[variable];
      if (variable === 'ADMIN_PASSWORD') delete env.ADMIN_USERNAME;
      expect(variables(problemsOf(env))).toEqual([variable]);
    });

    it.each([
      ['SESSION_SECRET', 'development-only-session-secret-change-me-0123456789'], // the compose file's former default
      ['SESSION_SECRET', 'x'.repeat(48)],
      ['SESSION_SECRET', 'abababababababababababababababababab'], // long, but two characters
      ['ADMIN_PASSWORD', 'change-me-please'],
      ['ADMIN_PASSWORD', 'ChangeMe-2023!'],
      ['EVENT_STORE_URL', 'postgres://budget:budget-dev-only@postgres:5432/budget'],
      ['EVENT_STORE_URL', 'postgres://budget:short-pw@postgres:5432/budget'], // shorter than 12
      ['READ_MODEL_URL', 'postgresql://budget:postgres@db/budget'],
      ['SMTP_URL', 'smtp://alerts:changeme@mail.example.gov.cn:587'],
      ['KURRENTDB_URL', 'kurrentdb+discover://admin:changeit@node1:2113,node2:2113?tls=true'],
      ['METRICS_TOKEN', 'change-me-metrics-token'],
    ])('when %s is %s, then the start is refused naming it, without quoting the value', (variable, value) => {
      const problems = problemsOf({ ...PRODUCTION, [variable]: value });
      expect(variables(problems)).toEqual([variable]);
      expect(problems.join('\n')).not.toContain(value.replace(/^.*:\/\/[^:]*:([^@]*)@.*$/, '$1'));
    });

    it('when a PostgreSQL URL has no password (peer or certificate authentication, PGPASSWORD), then it is taken', () => {
      expect(problemsOf({ ...PRODUCTION, EVENT_STORE_URL: 'postgres://budget@db:5432/budget' })).toEqual([]);
    });
  });

  it('given no NODE_ENV (development, tests), then the embedded defaults need no secret', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ SESSION_SECRET: 'development-only-session-secret-change-me-0123456789' })).toEqual([]);
  });

  describe('given a rejected value, then the problem names the variable and never quotes a secret', () => {
    it.each([
      ['SESSION_SECRET', 'too-short-but-secret-9', 'value not shown: a secret'],
      ['ADMIN_PASSWORD', 'hunter2', 'value not shown: a secret'],
      ['METRICS_TOKEN', 'tok-3141', 'value not shown: a secret'],
      ['SMTP_URL', 'http://alerts:Sm7p-Pa55word@mail.gov.cn:587', 'got "http://***@mail.gov.cn:587"'],
      ['READ_MODEL_URL', 'mysql://budget:Db-Pa55word-42@db/budget', 'got "mysql://***@db/budget"'],
      ['EVENT_STORE_URL', 'mysql://budget:p@ss/word@db/budget', 'got "mysql://***@db/budget"'],
      ['REDIS_URL', 'tcp://:R3dis-Pa55@cache:6379', 'got "tcp://***@cache:6379"'],
    ])('%s', (variable, value, shown) => {
      const problems = problemsOf({ [variable]: value, ...(variable === 'ADMIN_PASSWORD' ? { ADMIN_USERNAME: 'admin' } : {}) });
      expect(variables(problems)).toEqual([variable]);
      expect(problems[0]).toContain(`(${shown})`);
      const secret = value.includes('@') ? value.slice(value.indexOf('//') + 2, value.lastIndexOf('@')) : value;
      expect(problems.join('\n')).not.toContain(secret);
    });

    it('ADMIN_PASSWORD breaking the password policy (contains the username) is refused at configuration, in every mode', () => {
      const problems = problemsOf({ ADMIN_USERNAME: 'caiwuke', ADMIN_PASSWORD: 'caiwuke-2023-ledger' });
      expect(problems).toEqual(['ADMIN_PASSWORD: the password must not contain the username']);
    });

    it('a value that is no secret is still quoted, to say what was wrong with it', () => {
      expect(problemsOf({ PORT: 'eighty' })[0]).toMatch(/^PORT: .*\(got "eighty"\)$/);
    });
  });
});
