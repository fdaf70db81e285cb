// Two projects: fast pure unit tests, and integration tests that talk to the real SQLite / Redis / PostgreSQL.
const swc = ['@swc/jest', {
  swcrc: false, // .swcrc excludes specs from the build; tests bring their own options
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022', keepClassNames: true,
  },
  module: { type: 'commonjs' },
}];
const moduleNameMapper = {
  '^@app/(domain|event-store|budget-import|config|read-models|spreadsheets|alerting|charts|demo-year|kernel|platform)$': '<rootDir>/libs/$1/src',
  '^@app/(domain|event-store|budget-import|config|read-models|spreadsheets|alerting|charts|demo-year|kernel|platform)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
// Lanes (tests/support/lane-runner.js): these suites use more than their core or a lot of memory (a browser beside the
// app, several app processes, a build and two first starts, 100,000 payments through the app), so they run one at a
// time, beside the light suites, never two at once. A suite that only keeps one core busy stays light.
const heavy = ['tests/web/', 'tests/multi-instance.int-spec.ts', 'tests/startup.int-spec.ts', 'tests/disbursement-import-large.int-spec.ts'];
const runner = ['<rootDir>/tests/support/lane-runner.js', { heavy }];
const common = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname, runner };
module.exports = {
  maxWorkers: 2,
  // Every test and hook may take two minutes: starting an app, a browser or a worker is bounded by its readiness signal
  // (tests/support waits for Redis ready, read models caught up, listening), not by jest's 5 s default, which a busy
  // 2-core machine misses. A wait that never comes still fails, at its own bounded deadline, saying what it waited for.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,src}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,src,tests}/**/*.int-spec.ts'], slowTestThreshold: 30 },
  ],
};
