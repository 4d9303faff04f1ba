import type { EventRegistry } from '@opinion/contracts';
import type { StreamDocumentProjectionOptions } from './stream-document-projection';

/**
 * What a service publishes about one of its read models so operators can rebuild it by name
 * (`opinion projections rebuild <name>`). Services export theirs from src/read-models/index.ts.
 */
export interface ReadModelDefinition<
  State = unknown,
> extends StreamDocumentProjectionOptions<State> {
  /** Registers the event types the read model folds, so the store can read and upcast them. */
  registerEvents(registry: EventRegistry): void;
}
