// Architecture rules checked by `npm run deps:check` (part of `npm test`). Each rule has a fixture
// that makes it fire in tests/fixtures/dependency-rules (libs/testing/src/dependency-rules.spec.ts).

// Paths are relative to where depcruise runs: the repo root, or a fixture tree (whose @opinion/*
// imports resolve to the real libs as ../../../../libs/…, hence the optional ../ in LIB).
const SERVICE = '^services/[^/]+/src/';
const PRODUCTION = { pathNot: '\\.(spec|int-spec|e2e-spec)\\.ts$' };
const LIB = (names) => `^(\\.\\./)*libs/(${names})/`;
// Framework, database, broker, queue, hashing, metrics and file-format packages: adapters only.
// Allowed in the inner layers: zod (contracts are zod schemas), and @node-rs/jieba / opencc-js,
// pure in-memory text tools (domain reaches them through @opinion/text, the tokenizer seam).
// `^name` catches a package that is not installed.
const FRAMEWORK =
  '(^|node_modules/)(@nestjs/[^/]+|mongoose|mongodb|kafkajs|bullmq|ioredis|express|pino|@node-rs/argon2|prom-client|exceljs|csv-parse)(/|$)';
// Adapters, seeding and the composition root (files at src/); testing/ is production-code-not-to-tests.
const outside = (layers) => `${SERVICE}((${layers})/|[^/]+\\.ts$)`;

const layerRule = (name, comment, fromLayer, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `${SERVICE}${fromLayer}/`, ...PRODUCTION },
  to,
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cross-service-imports',
      comment: 'Services talk through events and HTTP; only libs/ is shared.',
      severity: 'error',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/([^/]+)/', pathNot: '^services/$1/' },
    },
    {
      name: 'libs-do-not-import-services',
      comment: 'Libs are shared by every service, so they cannot know any of them.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^services/' },
    },
    layerRule(
      'domain-not-to-outer-layers',
      'Domain is the centre: it imports only domain code.',
      'domain',
      { path: SERVICE, pathNot: `${SERVICE}domain/` },
    ),
    layerRule(
      'domain-only-pure-libs',
      'Domain may use the pure libs (contracts, text), not the event store, messaging, http, …',
      'domain',
      { path: LIB('[^/]+'), pathNot: LIB('contracts|text') },
    ),
    layerRule(
      'domain-no-framework',
      'Domain code is pure: no framework or I/O packages.',
      'domain',
      { path: FRAMEWORK },
    ),
    layerRule(
      'application-not-to-adapters',
      'Use cases reach adapters through application/ports; the composition root wires them.',
      'application',
      { path: outside('infrastructure|interface|seed') },
    ),
    layerRule(
      'application-no-edge-libs',
      'HTTP, Kafka, env config and the CLI are edge concerns (interface, infrastructure, root).',
      'application',
      { path: LIB('http|messaging|config|cli') },
    ),
    layerRule(
      'application-no-framework',
      'Handlers are plain classes (ADR 0006): no framework or I/O packages.',
      'application',
      { path: FRAMEWORK },
    ),
    layerRule(
      'read-models-not-to-adapters',
      'Read-model definitions are pure folds; the projection runner (libs) does the I/O.',
      'read-models',
      { path: outside('infrastructure|interface|seed') },
    ),
    layerRule(
      'read-models-no-framework',
      'Read-model definitions are pure folds: no framework or I/O packages.',
      'read-models',
      { path: FRAMEWORK },
    ),
    layerRule(
      'infrastructure-not-to-interface',
      'Driven adapters do not know the driving ones or the composition root.',
      'infrastructure',
      { path: outside('interface|seed') },
    ),
    layerRule(
      'interface-not-to-infrastructure',
      'Driving adapters only parse and call handlers (ADR 0006); ports hide the driven side.',
      'interface',
      { path: outside('infrastructure|seed') },
    ),
    {
      name: 'pure-libs-stay-pure',
      comment: 'Domain may import contracts and text, so they may not bring in frameworks or libs.',
      severity: 'error',
      from: { path: LIB('contracts|text'), ...PRODUCTION },
      to: { path: [FRAMEWORK, LIB('[^/]+')], pathNot: LIB('contracts|text') },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'Except swagger types by path: not in its exports map, but tsc (node10) resolves them.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^@nestjs/swagger/dist/' },
    },
    {
      name: 'production-code-not-to-tests',
      comment:
        'Test helpers (libs/testing, a service’s testing/) and specs stay out of production.',
      severity: 'error',
      from: {
        path: '^(services|libs)/',
        pathNot: ['\\.(spec|int-spec|e2e-spec)\\.ts$', `${SERVICE}testing/`, '^libs/testing/'],
      },
      to: {
        path: [
          '\\.(spec|int-spec|e2e-spec)\\.ts$',
          '^tests/',
          `${SERVICE}testing/`,
          LIB('testing'),
        ],
      },
    },
  ],
  options: {
    // Existing violations, reported for fixing (issue 10): interface code typed by infrastructure
    // classes. Listed one by one so that any new one fails.
    knownViolations: [
      ['gateway', 'interface/http/rate-limit.ts', 'redis-rate-limiter.ts'],
      ['gateway', 'interface/http/rate-limit.ts', 'metrics.ts'],
      ['gateway', 'interface/http/rate-limit.ts', 'gateway-config.ts'],
    ].map(([service, from, to]) => ({
      type: 'dependency',
      from: `services/${service}/src/${from}`,
      to: `services/${service}/src/infrastructure/${to}`,
      rule: { severity: 'error', name: 'interface-not-to-infrastructure' },
    })),
    doNotFollow: { path: 'node_modules' },
    // Anchored: an unanchored `dist/` would also drop packages resolved to node_modules/*/dist/.
    // services/web/dist: the web app's bundle (npm run web:build), not source.
    exclude: { path: '^(dist|coverage|\\.local)/|^tests/fixtures/|^services/web/dist/' },
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['require', 'node', 'default', 'types'],
      // .tsx: the web app (services/web).
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.json', '.d.ts'],
    },
  },
};
