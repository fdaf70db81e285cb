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
      name: 'no-http-in-libs',
      comment: 'HTTP lives in apps/api (one exception filter maps domain codes to statuses)',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '(@nestjs/(common|core|platform-express|swagger)|express)' },
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
