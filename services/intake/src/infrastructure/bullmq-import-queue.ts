import { Queue, type ConnectionOptions } from 'bullmq';
import { parseJobPayload, QueueName } from '@opinion/jobs';
import type { ImportQueue } from '../application/import/import-ports';

/**
 * The import queue. The job id is the import id, so enqueueing a pending import again (at start,
 * after Redis lost it) adds nothing while its job is still there.
 */
export class BullmqImportQueue implements ImportQueue {
  readonly queue: Queue;

  constructor(connection: ConnectionOptions, prefix: string) {
    this.queue = new Queue(QueueName.IntakeImport, { connection, prefix });
  }

  async enqueue(importId: string): Promise<void> {
    const payload = parseJobPayload(QueueName.IntakeImport, { importId });
    await this.queue.add('import', payload, {
      jobId: importId,
      attempts: 3,
      backoff: { type: 'exponential', delay: 5_000 },
      // MongoDB keeps the import and its report; Redis keeps only recent failures to look at.
      removeOnComplete: true,
      removeOnFail: 1_000,
    });
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
