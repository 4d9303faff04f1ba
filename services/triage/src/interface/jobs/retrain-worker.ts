import { bullmqConnection, parseJobPayload, QueueName } from '@opinion/jobs';
import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import type {
  RetrainModelHandler,
  RetrainOutcome,
} from '../../application/retrain-model/retrain-model-handler';
import type { TriageMetrics } from '../../infrastructure/triage-metrics';

// Training runs synchronously; the lock must outlast it, since it cannot be renewed meanwhile.
const LOCK_MS = 15 * 60 * 1000;

/** Processes triage.retrain jobs one at a time; the outcome is the job's return value. */
export function startRetrainWorker(
  handler: RetrainModelHandler,
  options: { redisUrl: string; prefix: string; metrics: TriageMetrics; logger: Logger },
): Worker {
  const { metrics, logger } = options;
  const worker = new Worker<unknown, RetrainOutcome>(
    QueueName.TriageRetrain,
    async (job) => {
      const outcome = await handler.execute(parseJobPayload(QueueName.TriageRetrain, job.data));
      metrics.retraining.inc({
        outcome: outcome.outcome,
        reason: outcome.outcome === 'rejected' ? outcome.reason : '',
      });
      logger.info({ job: job.id, ...outcome }, `retraining: candidate ${outcome.outcome}`);
      return outcome;
    },
    {
      connection: bullmqConnection(options.redisUrl),
      prefix: options.prefix,
      concurrency: 1,
      lockDuration: LOCK_MS,
    },
  );
  worker.on('failed', (job, error) => {
    metrics.retraining.inc({ outcome: 'failed', reason: '' });
    logger.error({ err: error, job: job?.id }, 'retraining failed');
  });
  return worker;
}
