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
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,src}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,src,tests}/**/*.int-spec.ts'], slowTestThreshold: 30 },
  ],
};
