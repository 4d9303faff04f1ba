import type { EventRegistry } from '../event-registry';
import {
  draftSavedSchema,
  revisedSchema,
  screeningRecordedSchema,
  SUBMISSION_EVENTS,
  submittedSchema,
  withdrawnSchema,
} from './events';
import {
  SCREENING_EVENTS,
  screeningAcceptedSchema,
  screeningMergedSchema,
  screeningNotUsedSchema,
  screeningReturnedSchema,
} from './screening-events';

/** Registers every Submission event (all at version 1). */
export function registerSubmissionEvents(registry: EventRegistry): EventRegistry {
  return registry
    .register(SUBMISSION_EVENTS.draftSaved, 1, draftSavedSchema)
    .register(SUBMISSION_EVENTS.submitted, 1, submittedSchema)
    .register(SUBMISSION_EVENTS.revised, 1, revisedSchema)
    .register(SUBMISSION_EVENTS.withdrawn, 1, withdrawnSchema)
    .register(SUBMISSION_EVENTS.screeningRecorded, 1, screeningRecordedSchema);
}

/** Registers the editorial screening decisions that intake consumes (all at version 1). */
export function registerScreeningEvents(registry: EventRegistry): EventRegistry {
  return registry
    .register(SCREENING_EVENTS.returned, 1, screeningReturnedSchema)
    .register(SCREENING_EVENTS.accepted, 1, screeningAcceptedSchema)
    .register(SCREENING_EVENTS.notUsed, 1, screeningNotUsedSchema)
    .register(SCREENING_EVENTS.merged, 1, screeningMergedSchema);
}
