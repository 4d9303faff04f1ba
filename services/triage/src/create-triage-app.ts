import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  bodyParserErrors,
  createServiceLogger,
  HttpErrorFilter,
  PinoNestLogger,
} from '@opinion/http';
import type { TriageConfig } from './infrastructure/triage-config';
import { triageHttpAnswer } from './interface/http/triage-http-errors';
import { TriageModule } from './triage.module';
import { TriageRuntime } from './triage-runtime';

/** The triage HTTP app with its runtime started; `app.close()` stops both. */
export async function createTriageApp(config: TriageConfig): Promise<NestExpressApplication> {
  const logger = createServiceLogger('triage', config.LOG_LEVEL);
  const runtime = await TriageRuntime.start(config, logger);
  try {
    const app = await NestFactory.create<NestExpressApplication>(TriageModule.register(runtime), {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
    });
    app.use(runtime.metrics.httpMiddleware);
    app.useBodyParser('json', { limit: config.TRIAGE_BODY_LIMIT });
    // Right after the parser, so its errors (413, malformed JSON) are answered here.
    app.use(bodyParserErrors);
    app.useGlobalFilters(new HttpErrorFilter(logger, triageHttpAnswer));
    const openApi = new DocumentBuilder()
      .setTitle('Opinion Pipeline · triage (研判)')
      .setDescription(
        'Classification, near-duplicates, same-issue clusters, hot issues, similar items, corrections and retraining.',
      )
      .setVersion('1')
      .build();
    SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
    return app;
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}
