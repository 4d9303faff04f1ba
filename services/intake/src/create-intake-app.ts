import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp, type ServiceAppOptions } from '@opinion/http';
import type { Logger } from 'pino';
import { IMPORT_MEDIA_TYPES } from './application/import/import-format';
import type { IntakeConfig } from './infrastructure/intake-config';
import { IntakeModule, type IntakeModuleRuntime } from './intake.module';
import { IntakeRuntime } from './intake-runtime';
import { intakeHttpAnswer } from './interface/http/intake-http-errors';

/** What the HTTP app reads of the configuration. */
export type IntakeAppConfig = Pick<
  IntakeConfig,
  'LOG_LEVEL' | 'INTAKE_BODY_LIMIT' | 'INTAKE_IMPORT_LIMIT'
>;

/** The intake app around a runtime: the real one, or one on in-memory ports in a spec. */
export const intakeAppOptions = <Runtime extends IntakeModuleRuntime>(
  config: IntakeAppConfig,
  start: (logger: Logger) => Promise<Runtime>,
): ServiceAppOptions<Runtime> => ({
  name: 'intake',
  logLevel: config.LOG_LEVEL,
  start,
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

/** The intake HTTP app with its runtime started; `app.close()` stops both. */
export function createIntakeApp(config: IntakeConfig): Promise<NestExpressApplication> {
  return createServiceApp(
    intakeAppOptions(config, (logger) => IntakeRuntime.start(config, logger)),
  );
}
