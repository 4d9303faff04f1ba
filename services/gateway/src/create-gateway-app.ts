import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp } from '@opinion/http';
import { GatewayModule } from './gateway.module';
import { GatewayRuntime } from './gateway-runtime';
import type { GatewayConfig } from './infrastructure/gateway-config';
import { gatewayHttpAnswer } from './interface/http/gateway-http-errors';

const TRUST_PROXY = { false: false, loopback: 'loopback', true: true } as const;

/** The gateway HTTP app with its runtime started; `app.close()` stops both. */
export function createGatewayApp(config: GatewayConfig): Promise<NestExpressApplication> {
  return createServiceApp({
    name: 'gateway',
    logLevel: config.LOG_LEVEL,
    start: (logger) => GatewayRuntime.start(config, logger),
    module: (runtime) => GatewayModule.register(runtime, config),
    jsonLimit: config.GATEWAY_BODY_LIMIT,
    // Behind a reverse proxy, the client's IP (rate limits) is in X-Forwarded-For.
    trustProxy: TRUST_PROXY[config.TRUST_PROXY],
    logRequests: true,
    errors: gatewayHttpAnswer,
    openApi: {
      title: 'Opinion Pipeline · gateway (社情民意信息平台)',
      description: 'Sign-in, people and organisations, and the submission API for people.',
      bearerAuth: true,
    },
  });
}
