/**
 * Tests run the TypeScript sources: the thread then starts from this script, which compiles `.ts` files on
 * require with @swc/core and the repository's `@app/*` path aliases, then loads the thread's entry. Built
 * code (dist/) starts the compiled entry directly and never uses this.
 */
export const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const swc = require(workerData.swc);
const root = workerData.root;
const libs = ['domain', 'event-store', 'budget-import', 'config', 'read-models', 'kernel', 'alerting', 'charts', 'spreadsheets', 'demo-year', 'platform'];
const paths = Object.fromEntries(libs.flatMap((l) => [['@app/' + l, ['libs/' + l + '/src']], ['@app/' + l + '/*', ['libs/' + l + '/src/*']]]));
require.extensions['.ts'] = (module, file) => {
  const { code } = swc.transformFileSync(file, {
    swcrc: false, sourceMaps: 'inline',
    jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022', baseUrl: root, paths },
    module: { type: 'commonjs' },
  });
  module._compile(code, file);
};
require(workerData.entry);
`;
