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
  return registry.registerAll(1, {
    [TRIAGE_EVENTS.itemAssessed]: itemAssessedSchema,
    [TRIAGE_EVENTS.itemReclassified]: itemReclassifiedSchema,
    [TRIAGE_EVENTS.classificationCorrected]: classificationCorrectedSchema,
    [TRIAGE_EVENTS.modelAdopted]: modelAdoptedSchema,
    [TRIAGE_EVENTS.taxonomyDefined]: taxonomyDefinedSchema,
  });
}
