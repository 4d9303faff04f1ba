import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  bodyParserErrors,
  createServiceLogger,
  HttpErrorFilter,
  PinoNestLogger,
} from '@opinion/http';
import { IMPORT_MEDIA_TYPES } from './application/import/import-format';
import type { IntakeConfig } from './infrastructure/intake-config';
import { IntakeModule } from './intake.module';
import { IntakeRuntime } from './intake-runtime';
import { intakeHttpAnswer } from './interface/http/intake-http-errors';

/** The intake HTTP app with its runtime started; `app.close()` stops both. */
export async function createIntakeApp(config: IntakeConfig): Promise<NestExpressApplication> {
  const logger = createServiceLogger('intake', config.LOG_LEVEL);
  const runtime = await IntakeRuntime.start(config, logger);
  try {
    const app = await NestFactory.create<NestExpressApplication>(IntakeModule.register(runtime), {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
    });
    app.use(runtime.metrics.httpMiddleware);
    app.useBodyParser('json', { limit: config.INTAKE_BODY_LIMIT });
    // Import files arrive as the raw body (POST /imports), with a limit of their own.
    app.useBodyParser('raw', { type: IMPORT_MEDIA_TYPES, limit: config.INTAKE_IMPORT_LIMIT });
    // Right after the parser, so its errors (413, malformed JSON) are answered here.
    app.use(bodyParserErrors);
    app.useGlobalFilters(new HttpErrorFilter(logger, intakeHttpAnswer));
    const openApi = new DocumentBuilder()
      .setTitle('Opinion Pipeline · intake (社情民意信息报送)')
      .setDescription(
        'Submit, save drafts, revise and withdraw opinion items; proposal conversion; bulk ' +
          'import of XLSX, CSV and JSONL files (批量导入).',
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
