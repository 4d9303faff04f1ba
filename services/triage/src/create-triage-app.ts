import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp } from '@opinion/http';
import type { TriageConfig } from './infrastructure/triage-config';
import { triageHttpAnswer } from './interface/http/triage-http-errors';
import { TriageModule } from './triage.module';
import { TriageRuntime } from './triage-runtime';

/** The triage HTTP app with its runtime started; `app.close()` stops both. */
export function createTriageApp(config: TriageConfig): Promise<NestExpressApplication> {
  return createServiceApp({
    name: 'triage',
    logLevel: config.LOG_LEVEL,
    start: (logger) => TriageRuntime.start(config, logger),
    module: (runtime) => TriageModule.register(runtime),
    jsonLimit: config.TRIAGE_BODY_LIMIT,
    errors: triageHttpAnswer,
    openApi: {
      title: 'Opinion Pipeline · triage (研判)',
      description:
        'Classification, near-duplicates, same-issue clusters, hot issues, similar items, corrections and retraining.',
    },
  });
}
