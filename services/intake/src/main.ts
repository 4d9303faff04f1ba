import 'reflect-metadata';
import { ConfigError, loadConfig } from '@opinion/config';
import { createIntakeApp } from './create-intake-app';
import { intakeConfigSchema } from './infrastructure/intake-config';

async function main() {
  let config;
  try {
    config = loadConfig(intakeConfigSchema);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`intake refuses to start. ${error.message}\n`);
    process.exit(1);
  }
  const app = await createIntakeApp(config);
  app.enableShutdownHooks();
  await app.listen(config.INTAKE_PORT, config.INTAKE_HOST);
}

main().catch((error: unknown) => {
  process.stderr.write(`intake failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
