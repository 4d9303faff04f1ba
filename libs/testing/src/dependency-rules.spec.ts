import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

// Each folder in tests/fixtures/dependency-rules is a tiny repo tree named after the one rule it
// breaks (`<rule>` or `<rule>--<variant>`), or `clean`, which breaks none.
const repoRoot = join(__dirname, '..', '..', '..');
const configFile = join(repoRoot, '.dependency-cruiser.cjs');
const fixturesDir = join(repoRoot, 'tests', 'fixtures', 'dependency-rules');
const fixtures = readdirSync(fixturesDir).sort();
const ruleOf = (fixture: string): string => fixture.split('--')[0] ?? fixture;

// The packages the inner layers may not use (issue 10), one import each in the *-no-framework
// fixtures.
const FRAMEWORK_PACKAGES = [
  '@nestjs/common',
  '@nestjs/core',
  'mongoose',
  'mongodb',
  'kafkajs',
  'bullmq',
  'ioredis',
  'express',
  'pino',
  '@node-rs/argon2',
  'prom-client',
  'exceljs',
  'csv-parse',
];

interface Violation {
  rule: string;
  from: string;
  to: string;
}

let ruleNames: string[];
let violations: Record<string, Violation[]>;

beforeAll(async () => {
  // One child process for every fixture: dependency-cruiser is ES modules only.
  const { stdout } = await promisify(execFile)(process.execPath, [
    join(__dirname, 'cruise-fixtures.mjs'),
    configFile,
    fixturesDir,
  ]);
  ({ rules: ruleNames, violations } = JSON.parse(stdout) as {
    rules: string[];
    violations: Record<string, Violation[]>;
  });
});

describe('dependency rules', () => {
  const ruleFixtures = fixtures.filter((fixture) => fixture !== 'clean');

  it('have a fixture for every rule, and every fixture names a rule', () => {
    expect([...new Set(ruleFixtures.map(ruleOf))].sort()).toEqual([...ruleNames].sort());
  });

  it('find nothing in the clean fixture, which uses every allowed direction', () => {
    expect(violations['clean']).toEqual([]);
  });

  it.each(ruleFixtures)('fire only %s on its fixture', (fixture) => {
    const fired = violations[fixture] ?? [];
    expect(fired.length).toBeGreaterThan(0);
    expect([...new Set(fired.map((violation) => violation.rule))]).toEqual([ruleOf(fixture)]);
  });

  it.each(ruleFixtures.filter((fixture) => fixture.endsWith('-no-framework')))(
    'catch every framework package in %s',
    (fixture) => {
      const packageOf = (to: string): string | undefined =>
        /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(to)?.[1];
      const caught = (violations[fixture] ?? []).map((violation) => packageOf(violation.to));
      expect([...new Set(caught)].sort()).toEqual([...FRAMEWORK_PACKAGES].sort());
    },
  );

  it('catch each of @opinion/event-store, messaging and http imported by domain code', () => {
    const targets = (violations['domain-only-pure-libs'] ?? []).map(
      (violation) => /libs\/([^/]+)\//.exec(violation.to)?.[1],
    );
    expect(targets.sort()).toEqual(['event-store', 'http', 'messaging']);
  });
});
