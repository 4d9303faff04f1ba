// @ts-check
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = tseslint.config(
  // tests/fixtures: trees that break the dependency rules on purpose (dependency-rules.spec.ts).
  // services/web/dist: the web app's build output (npm run web:build).
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'services/web/dist/**',
      'coverage/**',
      '.local/**',
      'tests/fixtures/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Command-line tools and benchmarks print their results.
    files: ['bench/**', 'deploy/**'],
    rules: { 'no-console': 'off' },
  },
);
