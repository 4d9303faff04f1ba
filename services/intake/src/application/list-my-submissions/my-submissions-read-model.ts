import type { SubmissionSummary } from './submission-summary';

/** The "my items" read model, eventually consistent with the streams. */
export interface MySubmissionsReadModel {
  /** Items the user submitted or co-submitted, newest first. */
  listFor(userId: string, limit: number): Promise<SubmissionSummary[]>;
}
