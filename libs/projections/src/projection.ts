import type { EventEnvelope } from '@opinion/contracts';

/**
 * A read model built from events. `apply` must be idempotent: Kafka delivers at least once and a
 * rebuild may overlap live consumption, so an event seen again changes nothing.
 */
export interface Projection {
  readonly name: string;
  /** Stream categories whose events this projection folds (all their event types). */
  readonly categories: readonly string[];
  apply(events: readonly EventEnvelope[]): Promise<void>;
  /** Drops the read model, for a rebuild from the store. */
  reset(): Promise<void>;
}

/** An event arrived before an earlier one of its stream: retry later, the earlier one will come. */
export class OutOfOrderEventError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedPosition: number,
    readonly receivedPosition: number,
  ) {
    super(
      `Stream ${streamId}: expected position ${expectedPosition}, received ${receivedPosition}`,
    );
    this.name = 'OutOfOrderEventError';
  }
}
