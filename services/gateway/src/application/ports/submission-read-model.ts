import type { SubmissionView } from '../../read-models/submission-view';

export interface StoredSubmission {
  /** The stream version the view was folded to: the item's ETag. */
  version: number;
  view: SubmissionView;
}

/** The gateway's read model of submissions, fed by intake's events. */
export interface SubmissionReadModel {
  find(submissionId: string): Promise<StoredSubmission | null>;
  /** The items of these ids the read model knows, in no particular order. */
  findMany(submissionIds: readonly string[]): Promise<SubmissionView[]>;
  /** Items the user submitted or co-submitted, newest first. */
  listFor(userId: string, limit: number): Promise<SubmissionView[]>;
}
