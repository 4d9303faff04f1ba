import type { EventEnvelope } from '@opinion/contracts';

/**
 * What feeds "my items": intake's own published events, folded per stream (idempotent, as Kafka
 * delivers at least once). An abstract class so that a Kafka controller asks for it by type.
 */
export abstract class MySubmissionsFeed {
  abstract apply(events: readonly EventEnvelope[]): Promise<void>;
}
