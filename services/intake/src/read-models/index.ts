import { registerSubmissionEvents } from '@opinion/contracts';
import type { ReadModelDefinition } from '@opinion/projections';
import {
  emptySummary,
  evolveSummary,
  type SubmissionSummary,
} from '../application/list-my-submissions/submission-summary';
import { SUBMISSION_CATEGORY } from '../application/submission-streams';

/** "My items": one summary per submission (`opinion projections rebuild intake_my_submissions`). */
export const mySubmissionsReadModel: ReadModelDefinition<SubmissionSummary> = {
  name: 'intake_my_submissions',
  collection: 'intake_my_submissions',
  categories: [SUBMISSION_CATEGORY],
  initial: emptySummary,
  evolve: evolveSummary,
  registerEvents: (registry) => {
    registerSubmissionEvents(registry);
  },
};

/** For `opinion projections list|rebuild`. */
export const readModels = [mySubmissionsReadModel] as unknown as ReadModelDefinition[];
