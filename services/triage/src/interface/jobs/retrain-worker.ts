import { bullmqConnection, parseJobPayload, QueueName } from '@opinion/jobs';
import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import type {
  RetrainingOutcomes,
  RetrainModelHandler,
  RetrainOutcome,
} from '../../application/retrain-model/retrain-model-handler';

// Training runs synchronously; the lock must outlast it, since it cannot be renewed meanwhile.
const LOCK_MS = 15 * 60 * 1000;

/** Processes triage.retrain jobs one at a time; the outcome is the job's return value. */
export function startRetrainWorker(
  handler: RetrainModelHandler,
  options: { redisUrl: string; prefix: string; outcomes: RetrainingOutcomes; logger: Logger },
): Worker {
  const { outcomes, logger } = options;
  const worker = new Worker<unknown, RetrainOutcome>(
    QueueName.TriageRetrain,
    async (job) => {
      const outcome = await handler.execute(parseJobPayload(QueueName.TriageRetrain, job.data));
      outcomes.retrainingEnded(
        outcome.outcome,
        outcome.outcome === 'rejected' ? outcome.reason : '',
      );
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
    outcomes.retrainingEnded('failed', '');
    logger.error({ err: error, job: job?.id }, 'retraining failed');
  });
  return worker;
}
