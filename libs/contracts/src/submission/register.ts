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
  return registry.registerAll(1, {
    [SUBMISSION_EVENTS.draftSaved]: draftSavedSchema,
    [SUBMISSION_EVENTS.submitted]: submittedSchema,
    [SUBMISSION_EVENTS.revised]: revisedSchema,
    [SUBMISSION_EVENTS.withdrawn]: withdrawnSchema,
    [SUBMISSION_EVENTS.screeningRecorded]: screeningRecordedSchema,
  });
}

/** Registers the editorial screening decisions that intake consumes (all at version 1). */
export function registerScreeningEvents(registry: EventRegistry): EventRegistry {
  return registry.registerAll(1, {
    [SCREENING_EVENTS.returned]: screeningReturnedSchema,
    [SCREENING_EVENTS.accepted]: screeningAcceptedSchema,
    [SCREENING_EVENTS.notUsed]: screeningNotUsedSchema,
    [SCREENING_EVENTS.merged]: screeningMergedSchema,
  });
}
