import { bullmqConnection, QueueName, type TriageRetrainPayload } from '@opinion/jobs';
import { Queue } from 'bullmq';
import type { RetrainRequests } from '../application/ports';

const NIGHTLY = 'triage-retrain-default-nightly';
const JOB_NAME = 'retrain';

/** The triage.retrain queue: requests now, and the nightly retraining of the default model. */
export class RetrainQueue implements RetrainRequests {
  readonly queue: Queue<TriageRetrainPayload>;

  constructor(redisUrl: string, prefix: string) {
    this.queue = new Queue(QueueName.TriageRetrain, {
      connection: bullmqConnection(redisUrl),
      prefix,
      defaultJobOptions: { removeOnComplete: 100, removeOnFail: 100 },
    });
  }

  async enqueue(payload: TriageRetrainPayload): Promise<string> {
    const job = await this.queue.add(JOB_NAME, payload);
    return job.id!;
  }

  /** Creates or updates the repeatable job; an empty pattern removes it. */
  async schedule(pattern: string): Promise<void> {
    if (!pattern) {
      await this.queue.removeJobScheduler(NIGHTLY);
      return;
    }
    await this.queue.upsertJobScheduler(
      NIGHTLY,
      { pattern, tz: 'Asia/Shanghai' },
      { name: JOB_NAME, data: { orgId: null, trigger: 'schedule' } },
    );
  }

  /** A Redis round trip, for /health. */
  ping(): Promise<unknown> {
    return this.queue.getJobCounts('wait');
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
