import type { Actor } from '@opinion/contracts';

/** Two kept versions of an item's text; by default the latest and the one before it. */
export interface CompareRevisionsQuery {
  submissionId: string;
  actor: Actor;
  from?: number;
  to?: number;
}
