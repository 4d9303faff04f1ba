// Architecture rules checked by `npm run deps:check` (part of `npm test`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cross-service-imports',
      comment: 'Services talk through events and HTTP; only libs/contracts is shared.',
      severity: 'error',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/([^/]+)/', pathNot: '^services/$1/' },
    },
    {
      name: 'libs-do-not-import-services',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^services/' },
    },
    {
      name: 'pure-domain',
      comment: 'Domain code is pure: no framework, database, broker or queue packages.',
      severity: 'error',
      from: { path: '(^|/)domain/' },
      to: {
        path: 'node_modules/(@nestjs|mongoose|mongodb|kafkajs|bullmq|ioredis|express|pino)(/|$)',
      },
    },
    {
      name: 'pure-domain-no-infrastructure',
      severity: 'error',
      from: { path: '(^|/)domain/' },
      to: { path: '(^|/)(infrastructure|interface|application)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'production-code-not-to-tests',
      severity: 'error',
      from: { path: '^(services|libs)/', pathNot: '\\.(spec|int-spec|e2e-spec)\\.ts$' },
      to: { path: '(\\.(spec|int-spec|e2e-spec)\\.ts$|^tests/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.local)/' },
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.cjs', '.json', '.d.ts'],
    },
  },
};
