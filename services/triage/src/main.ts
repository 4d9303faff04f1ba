import 'reflect-metadata';
import { ConfigError, loadConfig } from '@opinion/config';
import { createTriageApp } from './create-triage-app';
import { triageConfigSchema } from './infrastructure/triage-config';

async function main() {
  let config;
  try {
    config = loadConfig(triageConfigSchema);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`triage refuses to start. ${error.message}\n`);
    process.exit(1);
  }
  const app = await createTriageApp(config);
  app.enableShutdownHooks();
  await app.listen(config.TRIAGE_PORT, config.TRIAGE_HOST);
}

main().catch((error: unknown) => {
  process.stderr.write(`triage failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
