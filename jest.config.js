// Three projects so `npm test` can run them in order and report once: pure unit specs beside the
// code, integration specs against the real servers started by deploy/local, and cross-service e2e.
const { compilerOptions } = require('./tsconfig.base.json');

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        // swc rewrites the @opinion/* aliases itself, so they also work in globalSetup, which
        // jest loads outside its module registry (moduleNameMapper does not apply there).
        baseUrl: __dirname,
        paths: compilerOptions.paths,
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common = { rootDir: __dirname, transform, testEnvironment: 'node' };

module.exports = {
  // A global option: jest ignores it inside projects. Integration and e2e tests wait on real servers.
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{services,libs,deploy}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{services,libs,deploy,tests/integration}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
    },
  ],
};
