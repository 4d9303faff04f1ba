import 'reflect-metadata';
import { ConfigError, loadConfig } from '@opinion/config';
import { createGatewayApp } from './create-gateway-app';
import { gatewayConfigSchema } from './infrastructure/gateway-config';

async function main() {
  let config;
  try {
    config = loadConfig(gatewayConfigSchema);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`gateway refuses to start. ${error.message}\n`);
    process.exit(1);
  }
  const app = await createGatewayApp(config);
  app.enableShutdownHooks();
  await app.listen(config.GATEWAY_PORT, config.GATEWAY_HOST);
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
