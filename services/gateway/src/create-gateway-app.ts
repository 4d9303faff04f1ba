import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { bodyParserErrors, PinoNestLogger } from '@opinion/http';
import { GatewayModule } from './gateway.module';
import { GatewayRuntime } from './gateway-runtime';
import type { GatewayConfig } from './infrastructure/gateway-config';
import { createLogger } from './infrastructure/logger';
import { logRequests } from './interface/http/express-middleware';
import { GatewayExceptionFilter } from './interface/http/gateway-exception.filter';

const TRUST_PROXY = { false: false, loopback: 'loopback', true: true } as const;

/** The gateway HTTP app with its runtime started; `app.close()` stops both. */
export async function createGatewayApp(config: GatewayConfig): Promise<NestExpressApplication> {
  const logger = createLogger(config.LOG_LEVEL);
  const runtime = await GatewayRuntime.start(config, logger);
  try {
    const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(runtime), {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
    });
    app.set('trust proxy', TRUST_PROXY[config.TRUST_PROXY]);
    app.use(runtime.metrics.httpMiddleware);
    app.use(logRequests(logger));
    app.useBodyParser('json', { limit: config.GATEWAY_BODY_LIMIT });
    // Right after the parser, so its errors (413, malformed JSON) are answered here.
    app.use(bodyParserErrors);
    app.useGlobalFilters(new GatewayExceptionFilter(logger));
    const openApi = new DocumentBuilder()
      .setTitle('Opinion Pipeline · gateway (社情民意信息平台)')
      .setDescription('Sign-in, people and organisations, and the submission API for people.')
      .setVersion('1')
      .addBearerAuth()
      .build();
    SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
    return app;
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}
