import { Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import { parseJobPayload, QueueName } from '@opinion/jobs';
import type { RunImportHandler } from '../../application/import/run-import-handler';

export interface ImportWorkerOptions {
  connection: ConnectionOptions;
  prefix: string;
  /** Imports run side by side; each already submits its rows in concurrent batches. */
  concurrency: number;
}

/** Takes import jobs, checks their payload and runs the import; the last failed try fails it. */
export function startImportWorker(
  handler: RunImportHandler,
  { connection, prefix, concurrency }: ImportWorkerOptions,
  logger: Logger,
): Worker {
  const worker = new Worker(
    QueueName.IntakeImport,
    async (job) => {
      const { importId } = parseJobPayload(QueueName.IntakeImport, job.data);
      await handler.execute(importId, (progress) => job.updateProgress({ ...progress }));
    },
    { connection, prefix, concurrency },
  );
  worker.on('failed', (job, error) => {
    logger.error({ err: error, jobId: job?.id }, 'import job failed');
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const { importId } = parseJobPayload(QueueName.IntakeImport, job.data);
    handler
      .fail(importId, error.message)
      .catch((failure: unknown) =>
        logger.error({ err: failure, importId }, 'import not marked failed'),
      );
  });
  worker.on('error', (error) => logger.error({ err: error }, 'import worker error'));
  return worker;
}
