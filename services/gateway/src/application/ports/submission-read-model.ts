import type { EventEnvelope } from '@opinion/contracts';
import type { SubmissionView } from '../../read-models/submission-view';

export interface StoredSubmission {
  /** The stream version the view was folded to: the item's ETag. */
  version: number;
  view: SubmissionView;
}

/** The gateway's read model of submissions, fed by intake's events (and triage's: the inbox). */
export interface SubmissionReadModel {
  find(submissionId: string): Promise<StoredSubmission | null>;
  /** The items of these ids the read model knows, in no particular order. */
  findMany(submissionIds: readonly string[]): Promise<SubmissionView[]>;
  /** Items the user submitted or co-submitted, newest first. */
  listFor(userId: string, limit: number): Promise<SubmissionView[]>;
}

/**
 * What feeds that read model: intake's published events, folded per stream, and triage's events
 * about each item (`triage-<itemId>` streams; triage's other streams are not its business), each
 * folded beside the item (idempotent, as Kafka delivers at least once). An abstract class so that
 * a Kafka controller asks for it by type.
 */
export abstract class SubmissionsFeed {
  abstract apply(events: readonly EventEnvelope[]): Promise<void>;
}
