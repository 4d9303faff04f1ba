import {
  emptySubmissionFacts,
  evolveSubmissionFacts,
  registerSubmissionEvents,
  type SubmissionFacts,
} from '@opinion/contracts';
import type { ReadModelDefinition } from '@opinion/projections';
import { SUBMISSION_CATEGORY } from '../application/submission-streams';

/** "My items": each submission's facts (`opinion projections rebuild intake_my_submissions`). */
export const mySubmissionsReadModel: ReadModelDefinition<SubmissionFacts> = {
  name: 'intake_my_submissions',
  collection: 'intake_my_submissions',
  categories: [SUBMISSION_CATEGORY],
  initial: emptySubmissionFacts,
  evolve: evolveSubmissionFacts,
  registerEvents: (registry) => {
    registerSubmissionEvents(registry);
  },
};

/** For `opinion projections list|rebuild`. */
export const readModels = [mySubmissionsReadModel] as unknown as ReadModelDefinition[];
