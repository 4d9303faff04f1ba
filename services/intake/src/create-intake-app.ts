import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp } from '@opinion/http';
import { IMPORT_MEDIA_TYPES } from './application/import/import-format';
import type { IntakeConfig } from './infrastructure/intake-config';
import { IntakeModule } from './intake.module';
import { IntakeRuntime } from './intake-runtime';
import { intakeHttpAnswer } from './interface/http/intake-http-errors';

/** The intake HTTP app with its runtime started; `app.close()` stops both. */
export function createIntakeApp(config: IntakeConfig): Promise<NestExpressApplication> {
  return createServiceApp({
    name: 'intake',
    logLevel: config.LOG_LEVEL,
    start: (logger) => IntakeRuntime.start(config, logger),
    module: (runtime) => IntakeModule.register(runtime),
    jsonLimit: config.INTAKE_BODY_LIMIT,
    // Import files arrive as the raw body (POST /imports), with a limit of their own.
    extraParsers: (app) =>
      app.useBodyParser('raw', { type: IMPORT_MEDIA_TYPES, limit: config.INTAKE_IMPORT_LIMIT }),
    errors: intakeHttpAnswer,
    openApi: {
      title: 'Opinion Pipeline · intake (社情民意信息报送)',
      description:
        'Submit, save drafts, revise and withdraw opinion items; proposal conversion; bulk ' +
        'import of XLSX, CSV and JSONL files (批量导入).',
    },
  });
}
