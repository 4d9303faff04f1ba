import type { EventRegistry } from '../event-registry';
import {
  classificationCorrectedSchema,
  itemAssessedSchema,
  itemReclassifiedSchema,
  modelAdoptedSchema,
  taxonomyDefinedSchema,
  TRIAGE_EVENTS,
} from './events';

/** Registers every triage event (all at version 1). */
export function registerTriageEvents(registry: EventRegistry): EventRegistry {
  return registry
    .register(TRIAGE_EVENTS.itemAssessed, 1, itemAssessedSchema)
    .register(TRIAGE_EVENTS.itemReclassified, 1, itemReclassifiedSchema)
    .register(TRIAGE_EVENTS.classificationCorrected, 1, classificationCorrectedSchema)
    .register(TRIAGE_EVENTS.modelAdopted, 1, modelAdoptedSchema)
    .register(TRIAGE_EVENTS.taxonomyDefined, 1, taxonomyDefinedSchema);
}
