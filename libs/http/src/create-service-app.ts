import type { DynamicModule } from '@nestjs/common';
import type { CustomTransportStrategy } from '@nestjs/microservices';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { LogLevel } from '@opinion/config';
import type { Logger } from 'pino';
import { bodyParserErrors } from './body-parser-errors';
import { HttpErrorFilter, type ServiceErrorMapping } from './http-error-filter';
import type { ServiceMetrics } from './operations/service-metrics';
import { PinoNestLogger } from './pino-nest-logger';
import { createServiceLogger, requestLogging } from './service-logger';

/**
 * What a service's composition root gives the HTTP app: its metrics, how to stop it, and the
 * transport of its Kafka controllers (`kafkaConsumers`), which makes the app a hybrid one.
 */
export interface ServiceRuntime {
  metrics: ServiceMetrics;
  transport?: CustomTransportStrategy;
  stop(): Promise<void>;
}

export interface ServiceAppOptions<Runtime extends ServiceRuntime> {
  name: string;
  logLevel: LogLevel;
  start(logger: Logger): Promise<Runtime>;
  module(runtime: Runtime): DynamicModule;
  jsonLimit: string;
  /** Body parsers besides JSON (e.g. raw file uploads), registered before the parser errors. */
  extraParsers?: (app: NestExpressApplication) => void;
  errors: ServiceErrorMapping;
  /** `bearerAuth`: its endpoints take an `Authorization: Bearer` access token (the gateway). */
  openApi: { title: string; description: string; bearerAuth?: boolean };
  /** Express `trust proxy`, when a reverse proxy in front sets X-Forwarded-For (default off). */
  trustProxy?: boolean | string;
  /** One log line per request (method, route, status, time): for a service people call. */
  logRequests?: boolean;
  /**
   * Express middleware that runs first, before every route (OpenAPI's too): headers every answer
   * carries, files served beside the API (the gateway's web app), cookies.
   */
  before?: (app: NestExpressApplication) => void;
}

/**
 * A service's HTTP app with its runtime started: pino for Nest, request metrics (and, if asked,
 * request logs), JSON bodies with a limit, localised parser errors, the shared error filter and
 * OpenAPI at /docs; with a transport, its `@KafkaController`s consuming. `app.close()` stops
 * both; a failed start stops the runtime.
 */
export async function createServiceApp<Runtime extends ServiceRuntime>(
  options: ServiceAppOptions<Runtime>,
): Promise<NestExpressApplication> {
  const logger = createServiceLogger(options.name, options.logLevel);
  const runtime = await options.start(logger);
  try {
    const app = await NestFactory.create<NestExpressApplication>(options.module(runtime), {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
    });
    app.disable('x-powered-by');
    if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
    options.before?.(app);
    app.use(runtime.metrics.httpMiddleware);
    if (options.logRequests) app.use(requestLogging(logger));
    app.useBodyParser('json', { limit: options.jsonLimit });
    options.extraParsers?.(app);
    // Right after the parsers, so their errors (413, malformed JSON) are answered here.
    app.use(bodyParserErrors);
    app.useGlobalFilters(new HttpErrorFilter(logger, options.errors));
    const openApi = new DocumentBuilder()
      .setTitle(options.openApi.title)
      .setDescription(options.openApi.description)
      .setVersion('1');
    if (options.openApi.bearerAuth) openApi.addBearerAuth();
    SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi.build()));
    if (runtime.transport) {
      app.connectMicroservice({ strategy: runtime.transport });
      await app.startAllMicroservices();
    }
    return app;
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}
