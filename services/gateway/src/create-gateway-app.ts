import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp } from '@opinion/http';
import cookieParser from 'cookie-parser';
import { GatewayModule } from './gateway.module';
import { GatewayRuntime } from './gateway-runtime';
import type { GatewayConfig } from './infrastructure/gateway-config';
import { gatewayHttpAnswer } from './interface/http/gateway-http-errors';
import { securityHeaders, webApp } from './interface/http/web-app';

const TRUST_PROXY = { false: false, loopback: 'loopback', true: true } as const;

/**
 * The gateway HTTP app with its runtime started; `app.close()` stops both. It also serves the
 * built web app (GATEWAY_WEB_ROOT) at `/`, outside the API's paths.
 */
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
    // Before every route: the headers of every answer, the web app at /, the session cookie.
    before: (app) => {
      app.use(securityHeaders);
      app.use(webApp(config.GATEWAY_WEB_ROOT));
      app.use(cookieParser());
    },
    errors: gatewayHttpAnswer,
    openApi: {
      title: 'Opinion Pipeline · gateway (社情民意信息平台)',
      description: 'Sign-in, people and organisations, and the submission API for people.',
      bearerAuth: true,
    },
  });
}
