// Runs the project's dependency rules over each fixture tree in a folder and prints, as JSON, the
// rules' names and each fixture's violations. dependency-rules.spec.ts runs it in a child process:
// dependency-cruiser is ES modules only, which jest's CommonJS runtime cannot import.
//   node cruise-fixtures.mjs <.dependency-cruiser.cjs> <fixtures folder>
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const [configFile, fixturesDir] = process.argv.slice(2).map((path) => resolve(path));
const options = await extractDepcruiseOptions(configFile);
const tsConfig = extractTSConfig(options.tsConfig.fileName);

const results = {};
for (const fixture of readdirSync(fixturesDir).sort()) {
  const baseDir = join(fixturesDir, fixture);
  const roots = ['services', 'libs'].filter((root) => existsSync(join(baseDir, root)));
  const { output } = await cruise(
    roots,
    // Paths outside the fixture (../…/libs, node_modules) are checked as targets, not followed.
    { ...options, baseDir, doNotFollow: { path: ['node_modules', '^\\.\\./'] } },
    {},
    { tsConfig },
  );
  results[fixture] = output.summary.violations
    .filter((violation) => violation.rule.severity !== 'ignore')
    .map(({ rule, from, to }) => ({ rule: rule.name, from, to }));
}
const rules = options.ruleSet.forbidden.map((rule) => rule.name);
process.stdout.write(JSON.stringify({ rules, violations: results }));
