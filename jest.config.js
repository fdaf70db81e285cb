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
const common = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname };
module.exports = {
  maxWorkers: 2,
  // Every test and hook may take a minute: starting an app, a browser or a worker is bounded by its readiness signal
  // (tests/support waits for listening, Redis ready, read models caught up), not by jest's 5 s default, which a
  // busy 2-core machine misses. A wait that never comes still fails, at its own bounded deadline, saying what it waited for.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,src}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,src,tests}/**/*.int-spec.ts'], slowTestThreshold: 30 },
  ],
};
