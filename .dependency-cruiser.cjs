/** Architectural boundaries, checked by `npm run lint:deps` (part of `npm test`). */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds pure deciders: no framework, no I/O, no queues, no databases',
      severity: 'error',
      from: { path: '^libs/domain' },
      to: { path: '(@nestjs|bullmq|ioredis|better-sqlite3|kysely|^pg$|node_modules/pg/|express|nodemailer|^fs$|^node:fs|^child_process|^node:child_process|^http$|^node:http)' },
    },
    {
      name: 'libs-do-not-know-apps',
      comment: 'libraries never import application code',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(apps|src)/' },
    },
    {
      name: 'no-framework-in-libs',
      comment: 'libraries are plain code; only libs/platform wires them into Nest for the apps (ADR 0012)',
      severity: 'error',
      from: { path: '^libs/', pathNot: '^libs/platform/' },
      to: { path: '(@nestjs/|express)' },
    },
    {
      name: 'no-http-in-platform',
      comment: 'HTTP lives in apps/api (one exception filter maps domain codes to statuses): platform has modules and providers, no controllers',
      severity: 'error',
      from: { path: '^libs/platform/' },
      to: { path: '(@nestjs/(core|platform-express|platform-fastify|swagger|cqrs)|express|fastify)' },
    },
    {
      name: 'apps-depend-on-libs-only',
      comment: 'an app never reaches into another app: what two apps share is a library (src/ composes them)',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec\\.ts$|\\.int-spec\\.ts$|/testing/|/contract/)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
