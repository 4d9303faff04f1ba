import type { EventEnvelope } from '@opinion/contracts';

/**
 * What feeds the `triage_assessments` read model: triage's own published events, folded per item
 * stream (idempotent, as Kafka delivers at least once); those of the model and taxonomy streams
 * are passed over. An abstract class so that a Kafka controller asks for it by type.
 */
export abstract class AssessmentsFeed {
  abstract apply(events: readonly EventEnvelope[]): Promise<void>;
}
