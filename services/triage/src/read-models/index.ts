import { registerTriageEvents, TRIAGE_CATEGORY } from '@opinion/contracts';
import type { ReadModelDefinition } from '@opinion/projections';
import { emptyAssessment, evolveAssessment, type AssessmentView } from '../domain/assessment-view';

/** Each item's triage: label, duplicates, cluster (`opinion projections rebuild triage-assessments`). */
export const assessmentsReadModel: ReadModelDefinition<AssessmentView> = {
  name: 'triage-assessments',
  collection: 'triage_assessments',
  categories: [TRIAGE_CATEGORY],
  initial: emptyAssessment,
  evolve: evolveAssessment,
  registerEvents: (registry) => {
    registerTriageEvents(registry);
  },
};

/** For `opinion projections list|rebuild`. */
export const readModels = [assessmentsReadModel] as unknown as ReadModelDefinition[];
