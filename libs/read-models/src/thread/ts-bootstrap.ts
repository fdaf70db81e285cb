/**
 * Tests run the TypeScript sources: the thread then starts from this script, which compiles `.ts` files on
 * require with @swc/core and the repository's `@app/*` path aliases (compiled files are cached in the temp
 * dir by path, size and mtime: every test app starts a thread), then loads the thread's entry. Built code
 * (dist/) starts the compiled entry directly and never uses this.
 */
export const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const swc = require(workerData.swc);
const root = workerData.root;
const libs = ['domain', 'event-store', 'budget-import', 'config', 'read-models', 'kernel', 'alerting', 'charts', 'spreadsheets', 'demo-year', 'platform'];
const paths = Object.fromEntries(libs.flatMap((l) => [['@app/' + l, ['libs/' + l + '/src']], ['@app/' + l + '/*', ['libs/' + l + '/src/*']]]));
const cache = join(tmpdir(), 'budget-tracker-thread-swc');
fs.mkdirSync(cache, { recursive: true });
require.extensions['.ts'] = (module, file) => {
  const stat = fs.statSync(file);
  const cached = join(cache, createHash('sha1').update(file + ':' + stat.size + ':' + stat.mtimeMs + ':' + root).digest('hex') + '.js');
  let code;
  try {
    code = fs.readFileSync(cached, 'utf8');
  } catch {
    code = swc.transformFileSync(file, {
      swcrc: false, sourceMaps: 'inline',
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022', baseUrl: root, paths },
      module: { type: 'commonjs' },
    }).code;
    const temporary = cached + '.' + process.pid + '.' + Math.random().toString(36).slice(2);
    fs.writeFileSync(temporary, code);
    fs.renameSync(temporary, cached); // atomic: threads of parallel test files may compile the same file
  }
  module._compile(code, file);
};
require(workerData.entry);
`;
